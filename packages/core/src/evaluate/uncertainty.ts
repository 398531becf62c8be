/**
 * Monte Carlo perturbation of a scenario: draw each uncertain parameter and apply it to a copy of the scenario.
 */
import { InputError, type Issue } from "../_shared/issues.js";
import type { Citation, Distribution, Scenario, Uncertainty } from "../schema/scenario.js";
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
  specs.forEach((spec, i) => {
    const path = specs === scenario.uncertainty ? ["uncertainty", i, "distribution"] : ["uncertainty"];
    const finite = (v: number): number => {
      if (!Number.isFinite(v)) throw new InputError([nonFiniteDraw(spec, path, v)]);
      return v;
    };
    const apply = (x: number) => {
      const v = sample(spec.distribution, u);
      return finite(spec.mode === "set" ? v : x * v);
    };
    for (const party of s.parties) {
      if (spec.party !== undefined && party.id !== spec.party) continue;
      if (spec.parameter === "w80") {
        const c = party.value.damageCurve;
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
            const v = finite(sample(spec.distribution, u));
            const sf = f.basing.survivableFraction;
            sf.dayToDay = clamp01(spec.mode === "set" ? v : sf.dayToDay * v);
            sf.generated = clamp01(spec.mode === "set" ? v : sf.generated * v);
            break;
          }
        }
      }
    }
  });
  return s;
}

/**
 * Largest |z| a standard normal draw can take here: Box–Muller on 53-bit uniforms gives at most
 * √(−2 ln 2⁻⁵³) ≈ 8.57, so values at ±8.6 bound every draw of a normal or lognormal distribution.
 */
export const MAX_STANDARD_NORMAL_DRAW = 8.6;

/** The two extreme values a distribution can draw (see {@link MAX_STANDARD_NORMAL_DRAW}). */
export function distributionTails(d: Distribution): [number, number] {
  const z = MAX_STANDARD_NORMAL_DRAW;
  switch (d.type) {
    case "normal":
      return [d.mean - z * d.sd, d.mean + z * d.sd];
    case "lognormal":
      return [Math.exp(d.mu - z * d.sigma), Math.exp(d.mu + z * d.sigma)];
    case "uniform":
    case "triangular":
      return [d.min, d.max];
  }
}

function nonFiniteDraw(spec: Uncertainty, path: (string | number)[], v: number): Issue {
  return {
    code: "non_finite_draw",
    path,
    message:
      `the ${spec.distribution.type} distribution of ${spec.parameter} can draw ${String(v)} ` +
      `(${spec.mode === "set" ? "as the value" : "as a factor, times the scenario's value"}); ` +
      "Monte Carlo needs finite values",
    hint:
      spec.distribution.type === "lognormal"
        ? `exp(mu ± ${MAX_STANDARD_NORMAL_DRAW} sigma) must stay finite (mu + ${MAX_STANDARD_NORMAL_DRAW} sigma below about 709); lognormal mu is the log of the median`
        : "narrow the distribution",
  };
}

/** Base values a spec perturbs, over every matching party, element and layer. */
function baseValues(scenario: Scenario, spec: Uncertainty): number[] {
  const out: number[] = [];
  for (const party of scenario.parties) {
    if (spec.party !== undefined && party.id !== spec.party) continue;
    if (spec.parameter === "w80") {
      const c = party.value.damageCurve;
      out.push(c.model === "exponential-w80" ? c.w80 : c.valueAreaKm2);
      continue;
    }
    if (spec.parameter === "pk") {
      for (const d of party.defenses) if (spec.element === undefined || d.id === spec.element) out.push(d.pk);
      continue;
    }
    for (const f of party.forces) {
      if (spec.element !== undefined && f.id !== spec.element) continue;
      switch (spec.parameter) {
        case "cepM":
          out.push(f.cepM);
          break;
        case "reliability":
          out.push(f.reliability);
          break;
        case "hardnessPsi":
          out.push(f.basing.hardnessPsi);
          break;
        case "yieldKt":
          out.push(f.yieldKt);
          break;
        case "survivableFraction":
          out.push(f.basing.survivableFraction.dayToDay, f.basing.survivableFraction.generated);
          break;
      }
    }
  }
  return out;
}

/**
 * Check the tails of every uncertainty entry: refuse a distribution whose extreme draws (normal and lognormal at
 * ±{@link MAX_STANDARD_NORMAL_DRAW} standard deviations, uniform and triangular at their ends), applied to the values
 * it perturbs, are not finite numbers (e.g. lognormal `mu: 710`, whose draws overflow to Infinity). Deterministic: a
 * scenario is refused before any sample is drawn, whatever the seed.
 * @param scenario validated scenario
 * @returns one `non_finite_draw` error per offending entry, at `uncertainty[i].distribution`
 */
export function uncertaintyTailIssues(scenario: Scenario): Issue[] {
  const out: Issue[] = [];
  scenario.uncertainty.forEach((spec, i) => {
    const path = ["uncertainty", i, "distribution"];
    const tails = distributionTails(spec.distribution);
    const bad = tails.find((t) => !Number.isFinite(t));
    if (bad !== undefined) return void out.push(nonFiniteDraw(spec, path, bad));
    if (spec.mode === "set") return;
    for (const x of baseValues(scenario, spec))
      for (const t of tails) if (!Number.isFinite(x * t)) return void out.push(nonFiniteDraw(spec, path, x * t));
  });
  return out;
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
