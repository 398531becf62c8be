import { evaluate } from "@seceq/core";
import { getPreset } from "@seceq/data";
import { cpuMs } from "./cpu-time.js";
import { referenceReport } from "../test/reference-engine.js";
const s = getPreset(process.argv[2] ?? "us-russia-2026");
evaluate(s); referenceReport(s);
for (let i = 0; i < 2; i++) {
  console.log("new", cpuMs(() => void evaluate(s)).toFixed(0), "ref", cpuMs(() => void referenceReport(s)).toFixed(0));
}
