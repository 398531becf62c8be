/**
 * Monte Carlo perturbation of a scenario: draw each uncertain parameter and apply it to a copy of the scenario.
 */
import type { Citation, Scenario, Uncertainty } from "../schema/scenario.js";
import { sample, uniformRng, type Uniform } from "../random/rng.js";

const NOTIONAL: Citation = {
  source: "seceq default spread (notional): used only when a scenario lists no uncertainty",
  asOf: "2026-11-27",
  confidence: "notional",
};

/**
 * Default uncertainty applied when a scenario gives none and samples are requested. Notional spreads, documented so a
 * user can replace them: CEP ×lognormal(σ 0.2), reliability ×uniform(0.9, 1.05), hardness ×lognormal(σ 0.25),
 * survivable fractions ×uniform(0.9, 1.1), damage-curve scale ×lognormal(σ 0.3), interceptor Pk ×uniform(0.7, 1.1).
 */
export const DEFAULT_UNCERTAINTY: readonly Uncertainty[] = [
  { parameter: "cepM", mode: "multiply", distribution: { type: "lognormal", mu: 0, sigma: 0.2 }, source: NOTIONAL },
  {
    parameter: "reliability",
    mode: "multiply",
    distribution: { type: "uniform", min: 0.9, max: 1.05 },
    source: NOTIONAL,
  },
  {
    parameter: "hardnessPsi",
    mode: "multiply",
    distribution: { type: "lognormal", mu: 0, sigma: 0.25 },
    source: NOTIONAL,
  },
  {
    parameter: "survivableFraction",
    mode: "multiply",
    distribution: { type: "uniform", min: 0.9, max: 1.1 },
    source: NOTIONAL,
  },
  { parameter: "w80", mode: "multiply", distribution: { type: "lognormal", mu: 0, sigma: 0.3 }, source: NOTIONAL },
  { parameter: "pk", mode: "multiply", distribution: { type: "uniform", min: 0.7, max: 1.1 }, source: NOTIONAL },
];

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Return a perturbed copy of the scenario: one independent draw per uncertainty entry and matching element.
 * @param scenario validated scenario (not modified)
 * @param specs uncertainty entries (the scenario's own, or {@link DEFAULT_UNCERTAINTY})
 * @param u uniform source for this sample
 */
export function perturbScenario(scenario: Scenario, specs: readonly Uncertainty[], u: Uniform): Scenario {
  const s = structuredClone(scenario);
  for (const spec of specs) {
    const apply = (x: number) => {
      const v = sample(spec.distribution, u);
      return spec.mode === "set" ? v : x * v;
    };
    for (const party of s.parties) {
      if (spec.party !== undefined && party.id !== spec.party) continue;
      if (spec.parameter === "w80") {
        const c = party.value.damageCurve;
        if (!c) continue;
        if (c.model === "exponential-w80") c.w80 = Math.max(1e-6, apply(c.w80));
        else c.valueAreaKm2 = Math.max(1e-6, apply(c.valueAreaKm2));
        continue;
      }
      if (spec.parameter === "pk") {
        for (const d of party.defenses)
          if (spec.element === undefined || d.id === spec.element) d.pk = clamp01(apply(d.pk));
        continue;
      }
      for (const f of party.forces) {
        if (spec.element !== undefined && f.id !== spec.element) continue;
        switch (spec.parameter) {
          case "cepM":
            f.cepM = Math.max(0.1, apply(f.cepM));
            break;
          case "reliability":
            f.reliability = clamp01(apply(f.reliability));
            break;
          case "hardnessPsi":
            f.basing.hardnessPsi = Math.max(0.1, apply(f.basing.hardnessPsi));
            break;
          case "yieldKt":
            f.yieldKt = Math.max(0.001, apply(f.yieldKt));
            break;
          case "survivableFraction": {
            const v = sample(spec.distribution, u);
            const sf = f.basing.survivableFraction;
            sf.dayToDay = clamp01(spec.mode === "set" ? v : sf.dayToDay * v);
            sf.generated = clamp01(spec.mode === "set" ? v : sf.generated * v);
            break;
          }
        }
      }
    }
  }
  return s;
}

/**
 * Run a Monte Carlo ensemble: sample i perturbs the scenario with its own stream `uniformRng(seed, i)`, so any sample
 * can be reproduced alone and results do not depend on who computes them (evaluate, a sweep cell, a worker).
 * @param scenario validated scenario (not modified)
 * @param specs uncertainty entries
 * @param seed ensemble seed
 * @param samples number of samples
 * @param compute outputs of one perturbed scenario, always the same number in the same order
 * @param onProgress called after each sample with (done, total)
 * @returns one column of `samples` values per output
 */
export function monteCarloColumns(
  scenario: Scenario,
  specs: readonly Uncertainty[],
  seed: number,
  samples: number,
  compute: (perturbed: Scenario) => ArrayLike<number>,
  onProgress?: (done: number, total: number) => void,
): Float64Array[] {
  let columns: Float64Array[] = [];
  for (let i = 0; i < samples; i++) {
    const v = compute(perturbScenario(scenario, specs, uniformRng(seed, i)));
    if (i === 0) columns = Array.from({ length: v.length }, () => new Float64Array(samples));
    for (let k = 0; k < v.length; k++) columns[k]![i] = v[k]!;
    onProgress?.(i + 1, samples);
  }
  return columns;
}
