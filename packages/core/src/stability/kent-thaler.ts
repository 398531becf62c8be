/**
 * Kent–Thaler cost of an exchange to one side and first-strike stability ([kent-thaler-1989], [crisis-stability-calculator-nd]).
 *
 * Source: Kent & Thaler, RAND R-3765 (1989); the exact cost function comes from a public implementation citing
 * R-3765 App. C p. 61 [S]. Exponent and weight are documented assumptions the user can change
 * (`assumptions.costExponent`, `assumptions.costWeight`).
 */
import { DEFAULT_ASSUMPTIONS } from "../schema/scenario.js";
import { damagePower } from "./damage-power.js";

/**
 * Cost to a side: C = D_self^a + w·(1 − D_other^a). Ranges from 0 (untouched, adversary destroyed) to 1 + w. The
 * powers are {@link damagePower}'s, the same the exchange's draw-down uses.
 * @param damageSelf fraction of own value destroyed, 0–1
 * @param damageOther fraction of the adversary's value destroyed, 0–1
 * @param exponent a, default 0.75
 * @param weight w, default 0.3
 */
export function kentThalerCost(
  damageSelf: number,
  damageOther: number,
  exponent: number = DEFAULT_ASSUMPTIONS.costExponent,
  weight: number = DEFAULT_ASSUMPTIONS.costWeight,
): number {
  const ds = Math.min(1, Math.max(0, damageSelf));
  const dO = Math.min(1, Math.max(0, damageOther));
  const power = damagePower(exponent);
  return power(ds) + weight * (1 - power(dO));
}

/**
 * First-strike stability of one side: C1/C2 capped at 1, where C1 is its cost of striking first and C2 its cost of
 * being struck first. Policy for zero denominators: C2 = 0 gives 1 (nothing to fear from waiting).
 * The cap at 1 follows the public implementation [S].
 * @param c1 cost of striking first
 * @param c2 cost of being struck first
 */
export function firstStrikeStability(c1: number, c2: number): number {
  if (!(c2 > 0)) return 1;
  return Math.min(1, Math.max(0, c1 / c2));
}

/** Reading of a stability index, by the public calculator's convention [S] (not Kent–Thaler's own). */
export type StabilityReading = "robust" | "moderate" | "fragile";

/**
 * Limits of the reading bands (public calculator's convention [S]): an index ≥ `robust` (0.75) reads robust, one
 * < `fragile` (0.45) fragile, moderate between. Dimensionless, on the 0–1 stability scale.
 */
export const STABILITY_READING_THRESHOLDS = { robust: 0.75, fragile: 0.45 } as const;

/** Band a stability index: ≥ 0.75 robust, < 0.45 fragile, moderate between (public calculator's convention [S]). */
export function stabilityReading(index: number): StabilityReading {
  if (index >= STABILITY_READING_THRESHOLDS.robust) return "robust";
  if (index < STABILITY_READING_THRESHOLDS.fragile) return "fragile";
  return "moderate";
}
