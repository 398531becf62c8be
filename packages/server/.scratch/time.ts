import { evaluate, crisisTimeline } from "@seceq/core";
import { getPreset, DEFAULT_PRESET_ID } from "@seceq/data";
const s = getPreset(DEFAULT_PRESET_ID);
for (let k = 0; k < 3; k++) {
let t = performance.now(); evaluate(s); console.log("eval", performance.now() - t);
t = performance.now(); evaluate(s, {samples: 1000}); console.log("eval 1000", performance.now() - t);
}
let t = performance.now(); crisisTimeline(s, 14); console.log("crisis", performance.now() - t);
console.log(JSON.stringify(evaluate(s)).length);
