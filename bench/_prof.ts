import { evaluate } from "@seceq/core";
import { getPreset } from "@seceq/data";
const s = getPreset("us-russia-2026");
const n = structuredClone(s); for (const p of n.parties) p.value = { damageCurve: p.value.damageCurve!, source: p.value.source };
for (let i = 0; i < 30; i++) { evaluate(s, { sensitivities: false }); evaluate(n, { sensitivities: false }); }
let a = 0, b = 0;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 10; r++) {
  let t = cpu(); for (let i = 0; i < 20; i++) evaluate(s, { sensitivities: false }); a += cpu() - t;
  t = cpu(); for (let i = 0; i < 20; i++) evaluate(n, { sensitivities: false }); b += cpu() - t;
}
console.log("cpu ms/evaluate: population", (a / 200).toFixed(2), "notional", (b / 200).toFixed(2), "ratio", (a / b).toFixed(2));
