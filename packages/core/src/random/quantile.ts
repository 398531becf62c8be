/**
 * Summary statistics of Monte Carlo samples, on d3-array.
 *
 * Quantiles use linear interpolation between order statistics (type 7 of Hyndman & Fan 1996 [hyndman-fan-1996],
 * d3-array's `quantile`, R's default). Sums are d3-array's `fsum`: Shewchuk's exact-rounding summation, so ensemble
 * means do not drift with sample count (it replaces Neumaier's compensated sum [neumaier-1974]).
 * Policy: NaN values are dropped; an empty input gives NaN; p is clamped to [0, 1]; a sample holding ±Infinity has
 * that infinity as its mean (NaN when it holds both).
 */
import { fsum, quantile as d3Quantile, quantileSorted } from "d3-array";

/** Exactly rounded sum of the finite values (NaN and ±Infinity are skipped; empty input gives 0). */
export function compensatedSum(values: ArrayLike<number>): number {
  return fsum(Array.from(values), (v) => (Number.isFinite(v) ? v : 0));
}

/** Quantile p of the non-NaN values (type 7); NaN for an empty input or a NaN p. */
export function quantile(values: ArrayLike<number>, p: number): number {
  return d3Quantile(Array.from(values), p) ?? NaN;
}

/** Mean and 5/50/95 percentiles of a sample. */
export interface Band {
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

/** Summarise samples as a {@link Band}. Empty input gives NaN everywhere. */
export function band(values: ArrayLike<number>): Band {
  const sorted = Array.from(values)
    .filter((v) => !Number.isNaN(v))
    .sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { mean: NaN, p5: NaN, p50: NaN, p95: NaN };
  // The mean of a sample holding ±Infinity is that infinity (or NaN for both), as the sum is.
  const low = sorted[0]!;
  const high = sorted[n - 1]!;
  const mean =
    !Number.isFinite(low) || !Number.isFinite(high)
      ? (Number.isFinite(low) ? 0 : low) + (Number.isFinite(high) ? 0 : high)
      : fsum(sorted) / n;
  return {
    mean,
    p5: quantileSorted(sorted, 0.05) ?? NaN,
    p50: quantileSorted(sorted, 0.5) ?? NaN,
    p95: quantileSorted(sorted, 0.95) ?? NaN,
  };
}
