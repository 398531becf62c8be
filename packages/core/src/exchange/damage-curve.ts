/**
 * Damage to a party's value as a function of what arrives ([kent-thaler-1989], [crisis-stability-calculator-nd], [richelson-1980]). Named models:
 * - `exponential-w80`: D(w) = 1 − exp(−w·ln5/w80), w = arriving warheads. A labelled stand-in for Kent–Thaler's
 *   hand-drawn damage curve (R-3765 Fig. 7), from a public implementation; not Kent–Thaler's own.
 * - `emt-area`: D = 1 − exp(−EMT·a/A), EMT = arriving equivalent megatonnage, a = area exposed to ≥ 10 psi per EMT
 *   (51.7 km², Sibley 1977 via Richelson 1980 and OWID), A = the party's value area (km²).
 */
import type { DamageCurve } from "../schema/scenario.js";

/** What arrives on a party's value: warheads and their equivalent megatonnage. */
export interface Arrivals {
  /** Expected warheads arriving (after reliability and defences). */
  warheads: number;
  /** Equivalent megatonnage of those warheads, EMT (Mt^(2/3) ≤ 1 Mt, Mt^(1/2) above). */
  emt: number;
}

/**
 * Return the fraction of value destroyed, 0–1, for the arrivals. Negative or NaN arrivals count as zero.
 * @param curve the party's damage curve
 * @param arrivals expected warheads and EMT arriving
 */
export function damageFraction(curve: DamageCurve, arrivals: Arrivals): number {
  switch (curve.model) {
    case "exponential-w80": {
      const w = arrivals.warheads > 0 ? arrivals.warheads : 0;
      return 1 - Math.exp((-w * Math.log(5)) / curve.w80);
    }
    case "emt-area": {
      const e = arrivals.emt > 0 ? arrivals.emt : 0;
      return 1 - Math.exp((-e * curve.areaPerEmtKm2) / curve.valueAreaKm2);
    }
  }
}
