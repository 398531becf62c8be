import { buildApp as buildBase } from "/tmp/slider/base/packages/web/src/e2e/harness.ts";
import { buildApp } from "../packages/web/src/e2e/harness.js";
import { benchSliderLatency } from "./web-slider.js";
const rounds = Number(process.env.ROUNDS ?? 3);
const iterations = Number(process.env.ITER ?? 60);
if (!process.env.SKIP_BUILD) {
  await buildBase("/tmp/slider/dist-base");
  await buildApp("/tmp/slider/dist-new");
}
const keys = ["loadAvgBefore", "numberP50Ms", "numberP95Ms", "p50Ms", "p95Ms", "toChartsP50Ms", "fromWorkerP50Ms", "evaluateP50Ms", "pageCpuPerChangeMs", "rendererCpuPerChangeMs"];
for (let r = 0; r < rounds; r++)
  for (const [name, dir] of [["base", "/tmp/slider/dist-base"], ["new", "/tmp/slider/dist-new"]] as const) {
    const x = await benchSliderLatency({ distDir: dir, iterations, warmup: 15 });
    console.log(name.padEnd(5), keys.map((k) => `${k.replace("Ms", "")}=${x[k]!.toFixed(1)}`).join(" "));
  }
