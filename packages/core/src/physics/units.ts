/**
 * Unit constants and conversions used by the physics : yields in kt at the API, Mt inside the
 * classic formulas; distances in m at the API, nautical miles inside the classic formulas.
 */

/** Metres in one international nautical mile (exact by definition). */
export const NMI_M = 1852;

/** Metres in one kilometre. */
export const KM_M = 1000;

/** Kilotons in one megaton. */
export const KT_PER_MT = 1000;

/** Square kilometres in one square statute mile (1 mi = 1609.344 m). */
export const SQMI_KM2 = 2.589988110336;

/**
 * Convert a yield from kilotons to megatons.
 * @param kt yield, kt
 * @returns yield, Mt
 */
export function ktToMt(kt: number): number {
  return kt / KT_PER_MT;
}

/**
 * Convert a yield from megatons to kilotons.
 * @param mt yield, Mt
 * @returns yield, kt
 */
export function mtToKt(mt: number): number {
  return mt * KT_PER_MT;
}

/**
 * Convert a distance from metres to nautical miles.
 * @param m distance, m
 * @returns distance, nmi
 */
export function mToNmi(m: number): number {
  return m / NMI_M;
}

/**
 * Convert a distance from nautical miles to metres.
 * @param nmi distance, nmi
 * @returns distance, m
 */
export function nmiToM(nmi: number): number {
  return nmi * NMI_M;
}

/**
 * Convert a distance from metres to kilometres.
 * @param m distance, m
 * @returns distance, km
 */
export function mToKm(m: number): number {
  return m / KM_M;
}
