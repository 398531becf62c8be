/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979, "A comparison of three methods for selecting values of
 * input variables in the analysis of output from a computer code", Technometrics 21(2)).
 *
 * Each of the `d` dimensions of the unit cube is cut into `n` equal strata; every stratum of every dimension holds
 * exactly one of the `n` points. Dimension k of point i is `(π_k(i) + U) / n`, with `π_k` an independent uniformly
 * random permutation of 0…n−1 (Fisher–Yates; Durstenfeld 1964) and U uniform in [0, 1), or 0.5 when `centered`.
 *
 * Policy: n = 0 gives no points; d = 0 gives n empty points. Deterministic for a given uniform source.
 */
import type { Uniform } from "../random/rng.js";

/** Options of {@link latinHypercube}. */
export interface LatinHypercubeOptions {
  /** Put each point at the centre of its stratum instead of a uniform position inside it. Default false. */
  centered?: boolean;
}

/**
 * Draw an n-point Latin hypercube design in [0, 1)^d.
 * @param n number of points (and strata per dimension), a whole number ≥ 0
 * @param d number of dimensions, a whole number ≥ 0
 * @param u uniform source in [0, 1) (e.g. `uniformRng(seed)`)
 * @returns `n` points of `d` coordinates each
 */
export function latinHypercube(n: number, d: number, u: Uniform, options: LatinHypercubeOptions = {}): number[][] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  if (!Number.isInteger(d) || d < 0) throw new RangeError(`d must be a whole number ≥ 0, got ${d}`);
  const points: number[][] = Array.from({ length: n }, () => new Array<number>(d));
  const perm = new Int32Array(n);
  for (let k = 0; k < d; k++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    // Fisher–Yates shuffle (Durstenfeld's in-place form).
    for (let i = n - 1; i > 0; i--) {
      const j = Math.min(i, Math.floor(u() * (i + 1)));
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    for (let i = 0; i < n; i++) {
      const jitter = options.centered ? 0.5 : u();
      points[i]![k] = (perm[i]! + jitter) / n;
    }
  }
  return points;
}
