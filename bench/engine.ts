/**
 * Engine benchmarks: time of one evaluation of the default scenario (with and without sensitivities), of the
 * crisis timeline, and Monte Carlo samples per second.
 */
import { Bench } from "tinybench";
import { crisisTimeline, evaluate, scenarioStability } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset } from "@seceq/data";

/** Run the engine benchmarks; returns figures keyed by name (ms or per second). */
export async function benchEngine(): Promise<Record<string, number>> {
  const s = getPreset(DEFAULT_PRESET_ID);
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench
    .add("stability (both exchanges)", () => void scenarioStability(s))
    .add("evaluate, no sensitivities", () => void evaluate(s, { sensitivities: false }))
    .add("evaluate, full report", () => void evaluate(s))
    .add("crisis timeline, 15 days", () => void crisisTimeline(s, 14));
  await bench.run();
  const out: Record<string, number> = {};
  for (const t of bench.tasks) {
    const r = t.result as { latency?: { mean: number; p99?: number } } | undefined;
    if (r?.latency) {
      out[`${t.name} mean ms`] = r.latency.mean;
      if (r.latency.p99 !== undefined) out[`${t.name} p99 ms`] = r.latency.p99;
    }
  }
  const n = 200;
  const t0 = performance.now();
  evaluate(s, { samples: n, seed: 1, sensitivities: false, drawdown: false });
  out["Monte Carlo samples/s (in-process)"] = n / ((performance.now() - t0) / 1000);
  return out;
}
