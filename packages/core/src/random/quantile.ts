/**
 * Summary statistics of Monte Carlo samples.
 *
 * Quantiles use linear interpolation between order statistics (type 7 of Hyndman & Fan 1996, as d3-array and R's
 * default). Policy: NaN values are dropped; an empty input gives NaN; p is clamped to [0, 1]; a sample holding
 * ±Infinity has that infinity as its mean. Sums use Neumaier's
 * compensated summation (Neumaier 1974) so that ensemble means do not drift with sample count.
 */

/** Neumaier-compensated sum of the finite values. */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}

/** Quantile p of the non-NaN values (type 7). */
export function quantile(values: ArrayLike<number>, p: number): number {
  const xs = Float64Array.from(Array.from(values).filter((v) => !Number.isNaN(v))).sort();
  if (xs.length === 0) return NaN;
  const q = Math.min(1, Math.max(0, p));
  const h = (xs.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(xs.length - 1, lo + 1);
  return xs[lo]! + (h - lo) * (xs[hi]! - xs[lo]!);
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
  const finite = Array.from(values).filter((v) => !Number.isNaN(v));
  const n = finite.length;
  // The mean of a sample holding ±Infinity is that infinity (or NaN for both), as the sum is.
  const inf = finite.filter((v) => !Number.isFinite(v));
  const mean = !n ? NaN : inf.length ? inf.reduce((t, v) => t + v, 0) : compensatedSum(finite) / n;
  return {
    mean,
    p5: quantile(finite, 0.05),
    p50: quantile(finite, 0.5),
    p95: quantile(finite, 0.95),
  };
}
