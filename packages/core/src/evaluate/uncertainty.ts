/**
 * Monte Carlo perturbation of a scenario: draw each uncertain parameter and apply it to a copy of the scenario.
 *
 * Parametric uncertainty (CEP, reliability, hardness, survivable shares, yields, interceptor Pk, the damage curve's
 * scale) and structural uncertainty (the Kent–Thaler cost exponent and weight, the launch-under-attack share, the
 * striker's use of survivable forces, and the damage model itself) are drawn the same way.
 */
import { InputError, type Issue } from "../_shared/issues.js";
import type {
  Assumptions,
  Citation,
  DamageCurve,
  DefenseLayer,
  Distribution,
  ForceElement,
  Party,
  Scenario,
  Uncertainty,
  UncertainParameter,
} from "../schema/scenario.js";
import { armedLaunchers } from "../schema/scenario.js";
import { emtPerWarhead } from "../parity/index.js";
import { sample, uniformRng, type Uniform } from "../random/rng.js";
import { DEFAULT_EFFECTS } from "../schema/value-model.js";

const NOTIONAL: Citation = {
  source: "seceq default spread (notional): used only when a scenario lists no uncertainty",
  asOf: "2026-11-27",
  confidence: "notional",
};

const DENSITY: Citation = {
  source:
    "seceq default density spread: ×lognormal(σ 0.2) on the Clark scale length b₁ covers the 2.4–3.9 km that reproduce the blast-dominated validation cases of docs/methods.md §7.6 at about 90 % [clark-1951] [bertaud-malpezzi-2003]",
  asOf: "2026-12-06",
  confidence: "notional",
};

const STRUCTURAL: Citation = {
  source:
    "seceq default structural spread (notional): the Kent–Thaler constants and availability shares are secondary-sourced [kent-thaler-1989]",
  asOf: "2026-12-05",
  confidence: "notional",
};

/**
 * Default uncertainty applied when a scenario gives none and samples are requested. Notional spreads, documented so a
 * user can replace them:
 * - parametric: CEP ×lognormal(σ 0.2), reliability ×uniform(0.9, 1.05), hardness ×lognormal(σ 0.25), survivable
 *   fractions ×uniform(0.9, 1.1), damage-curve scale ×lognormal(σ 0.3), interceptor Pk ×uniform(0.7, 1.1);
 * - structural: Kent–Thaler cost exponent ×triangular(2/3, 1, 4/3) (0.5–1.0 around the default 0.75), cost weight
 *   ×triangular(1/3, 1, 5/3) (0.1–0.5 around 0.3), launch-under-attack share ×uniform(0.75, 1.05) (about 0.68–0.95
 *   around 0.9), striker's use of survivable forces ×uniform(0.8, 1.1) (0.72–0.99 around 0.9), and the damage model
 *   itself: uniform(0, 1), so each party's damage curve is swapped for its matched alternative in half the samples
 *   (see {@link matchedDamageCurve}); for parties on the population model, the density profile's scale length
 *   `populationScaleKm` ×lognormal(σ 0.2) (b₁ = 3.3 km, 90 % within 2.4–4.6 km: the 2.4–3.9 km that reproduce the
 *   blast-dominated validation cases of docs/methods.md §7.2/§7.6). Each distinct b₁ re-derives the party's
 *   agglomerations and damage tables; the model uses b₁ on a grid of 5 % steps (see `populationTarget`), so an
 *   ensemble derives a few dozen tables at most.
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
  {
    parameter: "costExponent",
    mode: "multiply",
    distribution: { type: "triangular", min: 2 / 3, mode: 1, max: 4 / 3 },
    source: STRUCTURAL,
  },
  {
    parameter: "costWeight",
    mode: "multiply",
    distribution: { type: "triangular", min: 1 / 3, mode: 1, max: 5 / 3 },
    source: STRUCTURAL,
  },
  {
    parameter: "luaFraction",
    mode: "multiply",
    distribution: { type: "uniform", min: 0.75, max: 1.05 },
    source: STRUCTURAL,
  },
  {
    parameter: "strikerSurvivableUse",
    mode: "multiply",
    distribution: { type: "uniform", min: 0.8, max: 1.1 },
    source: STRUCTURAL,
  },
  { parameter: "damageModel", mode: "set", distribution: { type: "uniform", min: 0, max: 1 }, source: STRUCTURAL },
  // Last, so the draws of the entries above are those of earlier versions (each entry draws in turn).
  {
    parameter: "populationScaleKm",
    mode: "multiply",
    distribution: { type: "lognormal", mu: 0, sigma: 0.2 },
    source: DENSITY,
  },
];

/** Uncertain parameters that act on the scenario's assumptions (no party or element filter applies). */
export const STRUCTURAL_ASSUMPTION_PARAMETERS: ReadonlySet<UncertainParameter> = new Set([
  "costExponent",
  "costWeight",
  "luaFraction",
  "strikerSurvivableUse",
]);

/**
 * Mean equivalent megatonnage per deployed nuclear warhead over every party of the scenario, Mt-equivalent; 1 when
 * the scenario has no deployed nuclear warheads (the matched curves then agree at w80 one-megaton warheads).
 */
export function meanEmtPerWarhead(scenario: Scenario): number {
  let n = 0;
  let emt = 0;
  for (const p of scenario.parties)
    for (const f of p.forces) {
      if (!f.nuclear) continue;
      const w = armedLaunchers(f) * f.warheadsPerLauncher;
      n += w;
      emt += w * emtPerWarhead(f.yieldKt);
    }
  return n > 0 && emt > 0 ? emt / n : 1;
}

/**
 * The alternative damage model matched to a curve: `exponential-w80` (damage by arriving warheads) ↔ `emt-area`
 * (damage by arriving EMT), calibrated so both destroy 80 % of value when w80 warheads of the scenario's mean EMT
 * arrive: valueAreaKm2 = w80 · ē · a / ln 5, with ē the mean EMT per warhead and a the area per EMT (51.7 km²). The
 * two differ in how they weigh yield: many small warheads destroy less under `emt-area`. Models without a matched
 * alternative are returned unchanged.
 * @param curve the party's damage curve
 * @param emtPerWarheadMean mean EMT per warhead, Mt-equivalent (> 0)
 */
export function matchedDamageCurve(curve: DamageCurve, emtPerWarheadMean: number): DamageCurve {
  const e = emtPerWarheadMean > 0 ? emtPerWarheadMean : 1;
  switch (curve.model) {
    case "exponential-w80":
      return { model: "emt-area", areaPerEmtKm2: 51.7, valueAreaKm2: (curve.w80 * e * 51.7) / Math.log(5) };
    case "emt-area":
      return { model: "exponential-w80", w80: (curve.valueAreaKm2 * Math.log(5)) / (curve.areaPerEmtKm2 * e) };
    default:
      return curve;
  }
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Copy-on-write access to a scenario being perturbed: the first write below a node copies the path to it (scenario →
 * parties → party → forces → element → basing → survivable fraction, and the like), so a sample shares every object
 * no draw touches with the base scenario (sites, place tables, C3, generation schedules) instead of cloning it whole.
 */
class Perturbed {
  readonly s: Scenario;
  #assumptions = false;
  #parties = false;
  /** Per party index: the party, its value, its defences list and its forces list are copies made for this sample. */
  readonly #party: boolean[] = [];
  readonly #value: boolean[] = [];
  readonly #curve: boolean[] = [];
  readonly #defenses: boolean[] = [];
  readonly #forces: boolean[] = [];
  /** Per party index, per item index: copies made for this sample. */
  readonly #defense: boolean[][] = [];
  readonly #force: boolean[][] = [];
  readonly #basing: boolean[][] = [];
  readonly #survivable: boolean[][] = [];

  constructor(base: Scenario) {
    this.s = { ...base };
  }

  assumptions(): Assumptions {
    if (!this.#assumptions) {
      this.#assumptions = true;
      this.s.assumptions = { ...this.s.assumptions };
    }
    return this.s.assumptions;
  }

  party(pi: number): Party {
    if (!this.#parties) {
      this.#parties = true;
      this.s.parties = this.s.parties.slice();
    }
    if (!this.#party[pi]) {
      this.#party[pi] = true;
      this.s.parties[pi] = { ...this.s.parties[pi]! };
    }
    return this.s.parties[pi]!;
  }

  value(pi: number): Party["value"] {
    const p = this.party(pi);
    if (!this.#value[pi]) {
      this.#value[pi] = true;
      p.value = { ...p.value };
    }
    return p.value;
  }

  damageCurve(pi: number): DamageCurve {
    const v = this.value(pi);
    if (!this.#curve[pi]) {
      this.#curve[pi] = true;
      v.damageCurve = { ...v.damageCurve! };
    }
    return v.damageCurve!;
  }

  defense(pi: number, di: number): DefenseLayer {
    const p = this.party(pi);
    if (!this.#defenses[pi]) {
      this.#defenses[pi] = true;
      p.defenses = p.defenses.slice();
    }
    const owned = (this.#defense[pi] ??= []);
    if (!owned[di]) {
      owned[di] = true;
      p.defenses[di] = { ...p.defenses[di]! };
    }
    return p.defenses[di]!;
  }

  force(pi: number, fi: number): ForceElement {
    const p = this.party(pi);
    if (!this.#forces[pi]) {
      this.#forces[pi] = true;
      p.forces = p.forces.slice();
    }
    const owned = (this.#force[pi] ??= []);
    if (!owned[fi]) {
      owned[fi] = true;
      p.forces[fi] = { ...p.forces[fi]! };
    }
    return p.forces[fi]!;
  }

  basing(pi: number, fi: number): ForceElement["basing"] {
    const f = this.force(pi, fi);
    const owned = (this.#basing[pi] ??= []);
    if (!owned[fi]) {
      owned[fi] = true;
      f.basing = { ...f.basing };
    }
    return f.basing;
  }

  survivableFraction(pi: number, fi: number): ForceElement["basing"]["survivableFraction"] {
    const b = this.basing(pi, fi);
    const owned = (this.#survivable[pi] ??= []);
    if (!owned[fi]) {
      owned[fi] = true;
      b.survivableFraction = { ...b.survivableFraction };
    }
    return b.survivableFraction;
  }
}

/**
 * Return a perturbed copy of the scenario: one independent draw per uncertainty entry and matching element (per
 * entry for the scenario-wide assumptions, per party for `w80` and `damageModel`). Results are clamped to each
 * field's valid range (probabilities to [0, 1], the cost exponent to [0.05, 5], the cost weight to [0, 5]). The copy
 * is made along the paths the draws change only; everything else is shared with `scenario`, which is not modified
 * (treat the result as read-only too).
 * @param scenario validated scenario (not modified)
 * @param specs uncertainty entries (the scenario's own, or {@link DEFAULT_UNCERTAINTY})
 * @param u uniform source for this sample
 */
export function perturbScenario(scenario: Scenario, specs: readonly Uncertainty[], u: Uniform): Scenario {
  const w = new Perturbed(scenario);
  const s = w.s;
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
    if (spec.parameter === "costExponent") {
      w.assumptions().costExponent = Math.min(5, Math.max(0.05, apply(s.assumptions.costExponent)));
      return;
    }
    if (spec.parameter === "costWeight") {
      w.assumptions().costWeight = Math.min(5, Math.max(0, apply(s.assumptions.costWeight)));
      return;
    }
    if (spec.parameter === "luaFraction") {
      w.assumptions().luaFraction = clamp01(apply(s.assumptions.luaFraction));
      return;
    }
    if (spec.parameter === "strikerSurvivableUse") {
      w.assumptions().strikerSurvivableUse = clamp01(apply(s.assumptions.strikerSurvivableUse));
      return;
    }
    // The matched alternative is calibrated on the scenario as perturbed so far (yields drawn earlier count).
    const emtMean = spec.parameter === "damageModel" ? meanEmtPerWarhead(s) : 1;
    s.parties.forEach((party, pi) => {
      if (spec.party !== undefined && party.id !== spec.party) return;
      if (spec.parameter === "populationScaleKm") {
        // Clark scale length of a 1-million place (population value model; default 3.3 km): each draw re-derives the
        // damage tables, so sample it only when the density profile is the question.
        if (party.value.model === "population") {
          const v = w.value(pi);
          const e = (v.effects = v.effects ? { ...v.effects } : {});
          e.scaleKmAtMillion = Math.max(0.05, apply(e.scaleKmAtMillion ?? DEFAULT_EFFECTS.scaleKmAtMillion));
        }
        return;
      }
      if (spec.parameter === "damageModel") {
        // One draw per party; above 0.5 (the median of the default uniform(0, 1)) the alternative model applies. A
        // party on the population model keeps it (its notional curve is not a calibrated alternative; sample
        // populationScaleKm for its structural spread); the draw is still taken so streams stay aligned.
        const draw = finite(sample(spec.distribution, u));
        const c = party.value.damageCurve;
        if (draw > 0.5 && c && party.value.model !== "population")
          w.value(pi).damageCurve = matchedDamageCurve(c, emtMean);
        return;
      }
      if (spec.parameter === "w80") {
        const c = party.value.damageCurve;
        if (!c) return;
        if (c.model === "exponential-w80") (w.damageCurve(pi) as typeof c).w80 = Math.max(1e-6, apply(c.w80));
        else if (c.model === "emt-area")
          (w.damageCurve(pi) as typeof c).valueAreaKm2 = Math.max(1e-6, apply(c.valueAreaKm2));
        return;
      }
      if (spec.parameter === "pk") {
        party.defenses.forEach((d, di) => {
          if (spec.element === undefined || d.id === spec.element) w.defense(pi, di).pk = clamp01(apply(d.pk));
        });
        return;
      }
      const parameter = spec.parameter;
      party.forces.forEach((f, fi) => {
        if (spec.element !== undefined && f.id !== spec.element) return;
        switch (parameter) {
          case "cepM":
            w.force(pi, fi).cepM = Math.max(0.1, apply(f.cepM));
            break;
          case "reliability":
            w.force(pi, fi).reliability = clamp01(apply(f.reliability));
            break;
          case "hardnessPsi":
            w.basing(pi, fi).hardnessPsi = Math.max(0.1, apply(f.basing.hardnessPsi));
            break;
          case "yieldKt":
            w.force(pi, fi).yieldKt = Math.max(0.001, apply(f.yieldKt));
            break;
          case "survivableFraction": {
            const v = finite(sample(spec.distribution, u));
            const sf = f.basing.survivableFraction;
            const dayToDay = clamp01(spec.mode === "set" ? v : sf.dayToDay * v);
            const generated = clamp01(spec.mode === "set" ? v : sf.generated * v);
            const out = w.survivableFraction(pi, fi);
            out.dayToDay = dayToDay;
            out.generated = generated;
            break;
          }
          case "costExponent":
          case "costWeight":
          case "luaFraction":
          case "strikerSurvivableUse":
            // The scenario-wide assumptions were applied above, before the party loop.
            break;
        }
      });
    });
  });
  return s;
}

/**
 * Largest |z| a standard normal draw can take here: Box–Muller on 53-bit uniforms gives at most
 * √(−2 ln 2⁻⁵³) ≈ 8.57, so values at ±8.6 bound every draw of a normal or lognormal distribution.
 */
export const MAX_STANDARD_NORMAL_DRAW = 8.6;

/**
 * Range of values a distribution can draw: normal and lognormal cut at `z` standard deviations, uniform and triangular
 * at their ends. Non-finite bounds mean the draws can overflow.
 * @param d distribution
 * @param z tail cut for normal and lognormal, in standard deviations; by default {@link MAX_STANDARD_NORMAL_DRAW},
 *   which bounds every draw, so the result is the two extreme values the distribution can draw
 * @returns [low, high]
 */
export function distributionRange(d: Distribution, z: number = MAX_STANDARD_NORMAL_DRAW): [number, number] {
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
  const a = scenario.assumptions;
  if (spec.parameter === "costExponent") return [a.costExponent];
  if (spec.parameter === "costWeight") return [a.costWeight];
  if (spec.parameter === "luaFraction") return [a.luaFraction];
  if (spec.parameter === "strikerSurvivableUse") return [a.strikerSurvivableUse];
  // The damage-model switch replaces a curve by its matched alternative: no base value is multiplied.
  if (spec.parameter === "damageModel") return [];
  for (const party of scenario.parties) {
    if (spec.party !== undefined && party.id !== spec.party) continue;
    if (spec.parameter === "w80") {
      const c = party.value.damageCurve;
      if (c) out.push(c.model === "exponential-w80" ? c.w80 : c.valueAreaKm2);
      continue;
    }
    if (spec.parameter === "populationScaleKm") {
      if (party.value.model === "population")
        out.push(party.value.effects?.scaleKmAtMillion ?? DEFAULT_EFFECTS.scaleKmAtMillion);
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
    const tails = distributionRange(spec.distribution);
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
