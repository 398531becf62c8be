/**
 * The reading of a stability index under uncertainty: "robust" only when the whole 90 % band is robust, otherwise the
 * share of Monte Carlo samples in each reading ("robust in 73 % of samples"). The reading follows the band, not the
 * expected value alone.
 */
import { STABILITY_READING_THRESHOLDS, stabilityReading, type StabilityReading } from "./kent-thaler.js";

/** Shares of Monte Carlo samples in each reading, 0–1 each, summing to 1 (NaN samples are left out). */
export interface ReadingShares {
  robust: number;
  moderate: number;
  fragile: number;
}

/**
 * Count the share of samples in each reading band. Policy: NaN samples are dropped; an empty sample gives NaN shares.
 * @param values stability indices of the samples (0–1)
 */
export function readingShares(values: ArrayLike<number>): ReadingShares {
  let r = 0;
  let m = 0;
  let f = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const reading = stabilityReading(v);
    if (reading === "robust") r++;
    else if (reading === "moderate") m++;
    else f++;
  }
  const n = r + m + f;
  return n === 0 ? { robust: NaN, moderate: NaN, fragile: NaN } : { robust: r / n, moderate: m / n, fragile: f / n };
}

/** A reading that accounts for the uncertainty band. */
export interface BandReading {
  /**
   * The reading the whole 90 % band supports, or `mixed` when the band crosses a threshold (then `dominant` and
   * `shares` say how the samples fall).
   */
  reading: StabilityReading | "mixed";
  /** Reading of the largest share of samples. */
  dominant: StabilityReading;
  shares: ReadingShares;
  /** Words for a person, e.g. "robust (whole 90 % band ≥ 0.75)" or "robust in 73 % of samples". */
  text: string;
}

const pct = (x: number) => `${Math.round(100 * x)} %`;

/**
 * Read a stability index with its Monte Carlo band: robust only when the 5th percentile is at or above the robust
 * threshold (0.75), fragile only when the 95th percentile is below the fragile one (0.45), moderate only when the band
 * lies between; otherwise `mixed`, worded by the share of samples in the dominant reading ("robust in 73 % of
 * samples, moderate in 27 %").
 * @param p5 5th percentile of the index
 * @param p95 95th percentile of the index
 * @param shares shares of samples per reading
 */
export function bandReading(p5: number, p95: number, shares: ReadingShares): BandReading {
  const { robust: R, fragile: F } = STABILITY_READING_THRESHOLDS;
  const order: StabilityReading[] = ["robust", "moderate", "fragile"];
  const dominant = order.reduce((best, k) => (shares[k] > shares[best] ? k : best), "robust" as StabilityReading);
  if (p5 >= R) return { reading: "robust", dominant, shares, text: `robust (whole 90 % band ≥ ${R})` };
  if (p95 < F) return { reading: "fragile", dominant, shares, text: `fragile (whole 90 % band < ${F})` };
  if (p5 >= F && p95 < R)
    return { reading: "moderate", dominant, shares, text: `moderate (whole 90 % band ${F}–${R})` };
  const rest = order
    .filter((k) => k !== dominant && shares[k] >= 0.005)
    .map((k) => `${k} in ${pct(shares[k])}`)
    .join(", ");
  return {
    reading: "mixed",
    dominant,
    shares,
    text: `${dominant} in ${pct(shares[dominant])} of samples${rest ? `, ${rest}` : ""}`,
  };
}
