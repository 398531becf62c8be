/**
 * Equivalent megatonnage ([richelson-1980]) and the blast-area scaling behind it.
 */
import { requireNonNegative } from "../physics/checks.js";
import { ktToMt } from "../physics/units.js";

/** Area exposed to ≥ 10 psi per EMT (per 1 Mt), sq mi (Sibley 1977 via Richelson 1980). */
export const AREA_PER_EMT_SQMI = 20;

/** Area exposed to ≥ 10 psi per EMT, km², as used by OWID for Suh's data (20 sq mi ≈ 51.8 km²; OWID uses 51.7). */
export const AREA_PER_EMT_KM2 = 51.7;

/**
 * Equivalent megatonnage of one warhead: Y^(2/3) for Y ≤ 1 Mt, Y^(1/2) above (Richelson 1980, after Groover et al.
 * 1978 for Y > 1 Mt). A 40-kt warhead counts 0.117; a 25-Mt warhead counts 5.
 * @param yieldKt yield, kt (≥ 0; 0 gives 0)
 * @returns EMT, Mt-equivalent
 */
export function emtPerWarhead(yieldKt: number): number {
  const y = ktToMt(requireNonNegative("yieldKt", yieldKt));
  return y <= 1 ? Math.pow(y, 2 / 3) : Math.sqrt(y);
}

/**
 * Area exposed to at least 10 psi by one burst, scaling as Y^(2/3) at every yield (the area argument behind EMT):
 * 1 Mt gives 20 sq mi and 5 Mt gives 58 sq mi (Richelson 1980, citing Sibley 1977). Unlike {@link emtPerWarhead},
 * it does not switch to Y^(1/2) above 1 Mt.
 * @param yieldKt yield, kt (≥ 0)
 * @returns area, sq mi
 */
export function blastAreaSqMi(yieldKt: number): number {
  return AREA_PER_EMT_SQMI * Math.pow(ktToMt(requireNonNegative("yieldKt", yieldKt)), 2 / 3);
}
