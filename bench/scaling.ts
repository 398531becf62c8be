/**
 * Scaling benchmark: CPU time of one evaluation (no sensitivities, no draw-down curves kept) of synthetic scenarios
 * with 10, 50 and 200 force elements per party and 2, 3, 5 and 8 parties, and the exponent b of a least-squares fit
 * cost ∝ elements^b for each party count (the target: b ≤ 1, linear in force elements).
 *
 * Each party has E elements cycling through silo ICBMs (counterforce targets), mobile ICBMs, SLBMs and bombers, with
 * the total force held at about 1,500 warheads per party (so only the element count grows), one value damage curve,
 * and no defences. A combination whose single evaluation would exceed the budget is skipped and said so.
 */
import { evaluate, parseScenario, type ScenarioInput } from "@seceq/core";
import { cpuMs, medianCpuMs } from "./cpu-time.js";

const cite = { source: "synthetic bench scenario", asOf: "2026-01-01", confidence: "notional" } as const;
const KINDS = [
  { category: "icbm-silo", yieldKt: 300, cepM: 120, hardnessPsi: 2000, survivable: [0, 0] },
  { category: "icbm-mobile", yieldKt: 150, cepM: 150, hardnessPsi: 30, survivable: [0.2, 0.8] },
  { category: "slbm", yieldKt: 100, cepM: 90, hardnessPsi: 10, survivable: [0.6, 0.8] },
  { category: "bomber", yieldKt: 150, cepM: 100, hardnessPsi: 5, survivable: [0, 0.3] },
] as const;

/** A validated synthetic scenario with `parties` parties of `elements` force elements each. */
export function syntheticScenario(parties: number, elements: number) {
  const launchersEach = Math.max(1, Math.round(1500 / elements));
  const party = (pi: number): ScenarioInput["parties"][number] => ({
    id: `p${pi}`,
    name: `Party ${pi}`,
    posture: "dayToDay",
    options: { launchUnderAttack: false, holdBackFraction: 0 },
    forces: Array.from({ length: elements }, (_, k) => {
      const kind = KINDS[k % KINDS.length]!;
      return {
        id: `e${k}`,
        name: `Element ${k}`,
        category: kind.category,
        launchers: { deployed: launchersEach },
        warheadsPerLauncher: 1,
        // Slightly different yields and CEPs so every element is its own weapon and target class.
        yieldKt: kind.yieldKt * (1 + k / (10 * elements)),
        cepM: kind.cepM * (1 + k / (20 * elements)),
        reliability: 0.8,
        rangeKm: 13000,
        basing: {
          hardnessPsi: kind.hardnessPsi,
          survivableFraction: { dayToDay: kind.survivable[0], generated: kind.survivable[1] },
        },
        source: cite,
      };
    }),
    defenses: [],
    value: { damageCurve: { model: "exponential-w80", w80: 300 }, source: cite },
  });
  return parseScenario({
    schemaVersion: 1,
    id: `synthetic-${parties}x${elements}`,
    name: "Synthetic",
    asOf: "2026-01-01",
    parties: Array.from({ length: parties }, (_, i) => party(i)),
  } satisfies ScenarioInput);
}

/** Least-squares slope of log y against log x. */
function fittedExponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  lx.forEach((x, i) => {
    num += (x - mx) * (ly[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/** Run the scaling benchmark; returns CPU ms per evaluation and the fitted exponents. */
export async function benchScaling(): Promise<Record<string, number>> {
  await Promise.resolve();
  const budgetMs = Number(process.env["SECEQ_BENCH_SCALING_BUDGET_MS"] ?? 20_000);
  const out: Record<string, number> = {};
  // Warm the JIT on a mid-size case first, or the first (smallest) figure carries the compilation and bends the fit.
  const warm = syntheticScenario(2, 50);
  for (let i = 0; i < 3; i++) evaluate(warm, { sensitivities: false, drawdown: false });
  for (const P of [2, 3, 5, 8]) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const E of [10, 50, 200]) {
      const s = syntheticScenario(P, E);
      const once = cpuMs(() => void evaluate(s, { sensitivities: false, drawdown: false }));
      if (once > budgetMs / 3) {
        process.stderr.write(
          `bench scaling: ${P} parties × ${E} elements took ${once.toFixed(0)} ms once; larger skipped\n`,
        );
        xs.push(E);
        ys.push(once);
        out[`evaluate ${P} parties × ${E} elements (1 run) ms`] = once;
        break;
      }
      const ms = medianCpuMs(() => void evaluate(s, { sensitivities: false, drawdown: false }), 1, 3);
      xs.push(E);
      ys.push(ms);
      out[`evaluate ${P} parties × ${E} elements ms`] = ms;
    }
    if (xs.length >= 2) out[`fitted exponent b (cost ∝ elements^b), ${P} parties`] = fittedExponent(xs, ys);
  }
  return out;
}
