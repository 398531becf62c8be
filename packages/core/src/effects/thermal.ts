/**
 * Burns in the open: the ground range within which the thermal radiation of an air burst gives third-degree burns to
 * exposed skin (docs/methods.md §7.1).
 *
 * Radiant exposure at slant range D from a burst of yield W (Glasstone & Dolan 1977, ch. 7 [glasstone-dolan-1977]):
 *
 *   Q(D) = f · W · T(D) / (4π D²)
 *
 * with f the thermal partition (share of the yield emitted as thermal radiation), W in joules (1 kt = 4.184·10¹² J)
 * and T(D) the atmospheric transmittance, here T = 1 / (1 + D/Λ) with Λ a transmission length (the fit of G&D's
 * third-degree burn ranges on a clear day, see {@link DEFAULT_BURNS}). The exposure for third-degree burns grows with
 * yield (a longer pulse lets the skin shed heat): 8, 10 and 12 cal/cm² at 20 kt, 1 Mt and 20 Mt (G&D, ch. 7, table of
 * radiant exposures for skin burns), interpolated in log–log, held constant outside.
 *
 * Policy: yield ≤ 0 or NaN gives 0 km; f or Λ ≤ 0 gives 0 km. The ground range is taken equal to the slant range (the
 * burst height is well inside the ring at the heights that maximise blast ranges).
 */

/** Joules per kiloton of TNT. */
export const JOULES_PER_KT = 4.184e12;
/** Joules per square metre in one calorie per square centimetre. */
export const J_PER_M2_PER_CAL_CM2 = 4.184e4;

/** Radiant exposure for third-degree burns of bare skin, cal/cm², by yield, kt [glasstone-dolan-1977]. */
export const THIRD_DEGREE_CAL_CM2: ReadonlyArray<readonly [number, number]> = [
  [20, 8],
  [1000, 10],
  [20000, 12],
];

/**
 * Return the radiant exposure giving third-degree burns to bare skin at a yield (log–log interpolation of
 * {@link THIRD_DEGREE_CAL_CM2}, constant outside), cal/cm².
 * @param yieldKt yield, kt
 */
export function thirdDegreeExposureCalCm2(yieldKt: number): number {
  const t = THIRD_DEGREE_CAL_CM2;
  if (!(yieldKt > t[0]![0])) return t[0]![1];
  for (let i = 1; i < t.length; i++) {
    const [y1, q1] = t[i]!;
    if (yieldKt <= y1) {
      const [y0, q0] = t[i - 1]!;
      const w = Math.log(yieldKt / y0) / Math.log(y1 / y0);
      return Math.exp(Math.log(q0) + w * Math.log(q1 / q0));
    }
  }
  return t[t.length - 1]![1];
}

/**
 * Return the radiant exposure at a slant range, cal/cm².
 * @param yieldKt yield, kt
 * @param rangeKm slant range, km
 * @param thermalFraction share of the yield radiated as heat (G&D: about 0.35 for air bursts)
 * @param transmissionKm transmission length Λ of T = 1/(1 + D/Λ), km
 */
export function radiantExposureCalCm2(
  yieldKt: number,
  rangeKm: number,
  thermalFraction: number,
  transmissionKm: number,
): number {
  const dM = rangeKm * 1000;
  const t = 1 / (1 + rangeKm / transmissionKm);
  return (thermalFraction * yieldKt * JOULES_PER_KT * t) / (4 * Math.PI * dM * dM) / J_PER_M2_PER_CAL_CM2;
}

/**
 * Return the range within which bare skin facing an air burst gets third-degree burns, km (bisection on the
 * monotone exposure).
 * @param yieldKt yield, kt
 * @param thermalFraction share of the yield radiated as heat
 * @param transmissionKm transmission length Λ, km
 */
export function thirdDegreeRangeKm(yieldKt: number, thermalFraction: number, transmissionKm: number): number {
  if (!(yieldKt > 0) || !(thermalFraction > 0) || !(transmissionKm > 0)) return 0;
  const need = thirdDegreeExposureCalCm2(yieldKt);
  let lo = 0;
  let hi = 1;
  while (radiantExposureCalCm2(yieldKt, hi, thermalFraction, transmissionKm) > need && hi < 1e5) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (radiantExposureCalCm2(yieldKt, mid, thermalFraction, transmissionKm) > need) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
