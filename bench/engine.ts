/**
 * Engine benchmarks: time of one evaluation of the default scenario (with and without sensitivities), of the
 * crisis timeline, and Monte Carlo samples per second.
 */
import { Bench } from "tinybench";
import {
  clearDamageTables,
  crisisTimeline,
  evaluate,
  forceState,
  pairDamageTables,
  pairReach,
  populationTarget,
  scenarioStability,
  type Scenario,
} from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset } from "@seceq/data";

/** Run the engine benchmarks; returns figures keyed by name (ms or per second). */
export async function benchEngine(): Promise<Record<string, number>> {
  const s = getPreset(DEFAULT_PRESET_ID);
  // The same scenario as the engine saw it before the population model (notional damage curves, capital-distance
  // reach, no sites), for a before/after comparison in the same run.
  const notional: Scenario = structuredClone(s);
  for (const p of notional.parties) {
    p.value = { damageCurve: p.value.damageCurve!, source: p.value.source };
    for (const f of p.forces) delete f.basing.sites;
  }
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench
    .add("stability (both exchanges)", () => void scenarioStability(s))
    .add("evaluate, no sensitivities", () => void evaluate(s, { sensitivities: false }))
    .add(
      "evaluate, no sensitivities, before (notional curves, no sites)",
      () => void evaluate(notional, { sensitivities: false }),
    )
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
  // Deriving the population damage tables of the default scenario (both ordered pairs), cache cleared each time.
  const states = s.parties.map((p) => forceState(p));
  const pops = s.parties.map((p, i) => populationTarget(p, i));
  const derive = () =>
    pairDamageTables(states, pops, (i, j) => pairReach(s.parties[i]!, s.parties[j]!, pops[i], pops[j]));
  derive();
  const runs = 20;
  let total = 0;
  for (let k = 0; k < runs; k++) {
    clearDamageTables();
    const t = performance.now();
    derive();
    total += performance.now() - t;
  }
  out["population damage tables, default scenario (derive) mean ms"] = total / runs;
  const n = 200;
  const t0 = performance.now();
  evaluate(s, { samples: n, seed: 1, sensitivities: false, drawdown: false });
  out["Monte Carlo samples/s (in-process)"] = n / ((performance.now() - t0) / 1000);
  return out;
}
