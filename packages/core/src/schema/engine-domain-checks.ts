/**
 * Checks that make validation complete with respect to the engine (issue 14): every scenario that passes them can be
 * evaluated, Monte Carlo included, without the engine refusing a value. They cover what field-by-field schema checks
 * cannot see: the values an uncertainty distribution can draw, and the hardness range where the chosen lethal-radius
 * model is undefined.
 */
import type { Issue } from "../_shared/issues.js";
import { DEFAULT_UNCERTAINTY, distributionRange, MAX_STANDARD_NORMAL_DRAW } from "../evaluate/uncertainty.js";
import type { Distribution, Scenario, Uncertainty, UncertainParameter } from "./scenario.js";

/**
 * Largest |z| the Monte Carlo sampler can draw (Box–Muller on 53-bit uniforms: √(−2 ln 2⁻⁵³) ≈ 8.57, rounded up to
 * 8.6 as {@link MAX_STANDARD_NORMAL_DRAW}). Used to check that every draw stays finite.
 */
export const SAMPLER_MAX_Z = MAX_STANDARD_NORMAL_DRAW;

/**
 * Tail of a normal (or of log N for a lognormal) that must respect a parameter's domain: mean ± 5 sd holds all but
 * about 6 draws in 10 million. Wider spreads that cross the domain are refused instead of silently clamped.
 */
export const DOMAIN_Z = 5;

/** Largest factor a `multiply` uncertainty may apply (a parameter scaled 1000-fold is a units mistake). */
export const MAX_UNCERTAINTY_FACTOR = 1000;

/** Most aim points one element may present (deployed launchers ÷ launchers per aim point). */
export const MAX_AIM_POINTS = 10_000_000;

/** Hardness range where Brown's hardness factor is undefined, psi: the roots of its bracket 0.068h − 0.23√h + 0.19. */
export const BROWN_UNDEFINED_PSI: readonly [number, number] = (() => {
  const disc = Math.sqrt(0.23 * 0.23 - 4 * 0.068 * 0.19);
  const lo = (0.23 - disc) / (2 * 0.068);
  const hi = (0.23 + disc) / (2 * 0.068);
  return [lo * lo, hi * hi];
})();

/**
 * The range a parameter may take when an uncertainty `set`s it, and its unit for messages. `damageModel` draws only
 * choose between two damage curves (above or below 0.5), so any finite draw is in its domain.
 */
const SET_DOMAIN: Record<
  Exclude<UncertainParameter, "damageModel">,
  { lo: number; hi: number; loOpen: boolean; what: string }
> = {
  cepM: { lo: 0, hi: 100_000, loOpen: true, what: "a CEP in (0, 100000] m" },
  reliability: { lo: 0, hi: 1, loOpen: false, what: "a probability in [0, 1]" },
  hardnessPsi: { lo: 0, hi: 100_000, loOpen: true, what: "a hardness in (0, 100000] psi" },
  survivableFraction: { lo: 0, hi: 1, loOpen: false, what: "a fraction in [0, 1]" },
  w80: { lo: 0, hi: 1_000_000, loOpen: true, what: "a positive damage-curve scale (≤ 1,000,000)" },
  populationScaleKm: { lo: 0, hi: 1_000, loOpen: true, what: "a density-profile scale length in (0, 1000] km" },
  yieldKt: { lo: 0, hi: 100_000, loOpen: true, what: "a yield in (0, 100000] kt" },
  pk: { lo: 0, hi: 1, loOpen: false, what: "a probability in [0, 1]" },
  costExponent: { lo: 0, hi: 5, loOpen: true, what: "a cost exponent in (0, 5]" },
  costWeight: { lo: 0, hi: 5, loOpen: false, what: "a cost weight in [0, 5]" },
  luaFraction: { lo: 0, hi: 1, loOpen: false, what: "a fraction in [0, 1]" },
  strikerSurvivableUse: { lo: 0, hi: 1, loOpen: false, what: "a fraction in [0, 1]" },
};

const fmt = (x: number) =>
  Math.abs(x) >= 1e6 || (x !== 0 && Math.abs(x) < 1e-4) ? x.toExponential(3) : String(+x.toPrecision(6));

/** Field of the distribution that sets its upper or lower end, for locating issues. */
function endField(d: Distribution, end: "lo" | "hi"): string {
  if (d.type === "normal") return "sd";
  if (d.type === "lognormal") return end === "hi" && d.mu > 0 ? "mu" : "sigma";
  return end === "lo" ? "min" : "max";
}

/** Check one uncertainty entry's distribution against the engine and the parameter's domain. */
function checkUncertainty(u: Uncertainty, ui: number): Issue[] {
  const d = u.distribution;
  const at = (field: string) => ["uncertainty", ui, "distribution", field];
  // Degenerate parameter combinations (min > max, mode outside) are reported by the cross-checks.
  if ((d.type === "uniform" || d.type === "triangular") && d.min > d.max) return [];
  if (d.type === "triangular" && (d.mode < d.min || d.mode > d.max)) return [];
  const [sLo, sHi] = distributionRange(d, SAMPLER_MAX_Z);
  const width = d.type === "uniform" || d.type === "triangular" ? d.max - d.min : 0;
  if (!Number.isFinite(sLo) || !Number.isFinite(sHi) || !Number.isFinite(width))
    return [
      {
        code: "out_of_range",
        path: at(endField(d, Number.isFinite(sHi) && Number.isFinite(width) ? "lo" : "hi")),
        message: `this ${d.type} distribution can draw values that overflow to infinity (draws reach ${fmt(sLo)} … ${fmt(sHi)})`,
        hint:
          d.type === "lognormal"
            ? "mu and sigma are on the log scale: exp(mu + 8.6·sigma) must stay finite; mu 0 is a factor of 1"
            : "use a narrower spread",
      },
    ];
  if (u.parameter === "damageModel") return [];
  const [lo, hi] = distributionRange(d, DOMAIN_Z);
  const tail = d.type === "normal" || d.type === "lognormal" ? " (mean ± 5 sd)" : "";
  if (u.mode === "multiply") {
    if (lo < 0)
      return [
        {
          code: "out_of_range",
          path: at(endField(d, "lo")),
          message: `a multiplier must not be negative; this distribution reaches ${fmt(lo)}${tail}`,
          hint: d.type === "normal" ? "use a lognormal multiplier, or a smaller sd" : "raise the minimum to ≥ 0",
        },
      ];
    if (hi > MAX_UNCERTAINTY_FACTOR)
      return [
        {
          code: "out_of_range",
          path: at(endField(d, "hi")),
          message: `a multiplier above ${MAX_UNCERTAINTY_FACTOR} is almost surely a units mistake; this distribution reaches ${fmt(hi)}${tail}`,
          hint: d.type === "lognormal" ? "a lognormal multiplier centred on 1 has mu 0" : "lower the maximum",
        },
      ];
    return [];
  }
  const dom = SET_DOMAIN[u.parameter];
  const below = dom.loOpen ? lo <= dom.lo : lo < dom.lo;
  if (below || hi > dom.hi)
    return [
      {
        code: "out_of_range",
        path: at(endField(d, below ? "lo" : "hi")),
        message: `\`set\` ${u.parameter} must draw ${dom.what}; this distribution reaches ${fmt(below ? lo : hi)}${tail}`,
        hint:
          d.type === "normal"
            ? "a normal can go below zero: use a lognormal, a triangular or a uniform within the domain"
            : "keep min and max within the domain",
      },
    ];
  return [];
}

/** The factor range (multiply) or value range (set) an uncertainty entry applies to hardness, for the Brown check. */
function hardnessRange(h: number, specs: readonly Uncertainty[], party: string, element: string): [number, number] {
  let lo = h;
  let hi = h;
  for (const u of specs) {
    if (u.parameter !== "hardnessPsi") continue;
    if (u.party !== undefined && u.party !== party) continue;
    if (u.element !== undefined && u.element !== element) continue;
    const [a, b] = distributionRange(u.distribution, SAMPLER_MAX_Z);
    if (u.mode === "set") {
      lo = Math.min(lo, Math.max(0.1, a));
      hi = Math.max(hi, b);
    } else {
      lo = Math.min(lo, Math.max(0.1, h * Math.max(0, a)));
      hi = Math.max(hi, h * b);
    }
  }
  return [lo, hi];
}

/**
 * Run the engine-domain checks on a scenario that passed the schema.
 * @param s validated scenario
 * @returns errors, located at the distribution field or the element's hardness
 */
export function checkEngineDomain(s: Scenario): Issue[] {
  const out: Issue[] = [];
  s.uncertainty.forEach((u, ui) => out.push(...checkUncertainty(u, ui)));
  // Brown's f(h) is undefined between about 2.06 and 3.79 psi: refuse a hardness (or its uncertain range) there when
  // the assumptions apply Brown's model to it.
  const a = s.assumptions;
  const [bLo, bHi] = BROWN_UNDEFINED_PSI;
  const brownBelow = a.softTargetModel === "brown-1976" ? a.softTargetBelowPsi : -Infinity;
  const brownAbove = a.lethalRadiusModel === "brown-1976" ? a.softTargetBelowPsi : Infinity;
  s.parties.forEach((p, pi) =>
    p.forces.forEach((f, fi) => {
      // A vanishing launchers-per-aim-point turns a few launchers into infinitely many aim points.
      const aimPoints = f.launchers.deployed / f.basing.launchersPerAimPoint;
      if (!(aimPoints <= MAX_AIM_POINTS))
        out.push({
          code: "out_of_range",
          path: ["parties", pi, "forces", fi, "basing", "launchersPerAimPoint"],
          message: `${f.launchers.deployed} launchers at ${fmt(f.basing.launchersPerAimPoint)} per aim point make ${fmt(aimPoints)} aim points, more than ${MAX_AIM_POINTS.toLocaleString("en-US")}`,
          hint: "launchersPerAimPoint is how many launchers one detonation destroys together (1 for silos)",
        });
      // Monte Carlo without the scenario's own uncertainty applies the default spreads.
      const specs = s.uncertainty.length > 0 ? s.uncertainty : DEFAULT_UNCERTAINTY;
      const [lo, hi] = hardnessRange(f.basing.hardnessPsi, specs, p.id, f.id);
      const meets = (from: number, to: number) => Math.max(lo, bLo, from) <= Math.min(hi, bHi, to);
      if (meets(-Infinity, brownBelow - Number.EPSILON) || meets(brownAbove, Infinity))
        out.push({
          code: "out_of_range",
          path: ["parties", pi, "forces", fi, "basing", "hardnessPsi"],
          message: `Brown's lethal-radius model is undefined between ${fmt(bLo)} and ${fmt(bHi)} psi, and this target's hardness${lo !== hi ? ` (with its uncertainty, ${fmt(lo)} … ${fmt(hi)} psi)` : ""} falls there`,
          hint: "use the overpressure model for soft targets (assumptions.softTargetModel) or a hardness outside that range",
        });
    }),
  );
  return out;
}
