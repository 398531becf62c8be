/**
 * Sobol' low-discrepancy sequence (Sobol' 1967) in base 2, with the direction numbers of Joe & Kuo (2008),
 * "Constructing Sobol sequences with better two-dimensional projections", SIAM J. Sci. Comput. 30(5) 2635–2654,
 * file `new-joe-kuo-6.21201` (the set SciPy's `qmc.Sobol` uses). Points are generated in Gray-code order
 * (Antonov & Saleev 1979), so point i is the XOR of the direction numbers selected by the bits of i ^ (i >> 1) and
 * can be computed on its own from its index.
 *
 * Unscrambled; point 0 is the origin. We keep it: dropping the first point spoils the balance of the first 2^m
 * points (Owen 2022, "On dropping the first Sobol' point"). Precision: 32 bits per coordinate, indices < 2^32.
 */

/**
 * Joe–Kuo primitive-polynomial data for dimensions 2…{@link SOBOL_MAX_DIMENSIONS}: degree s, coefficient bits a,
 * and the initial direction integers m_1…m_s. Dimension 1 is van der Corput's sequence (all m = 1).
 */
const JOE_KUO: readonly (readonly [s: number, a: number, m: readonly number[]])[] = [
  [1, 0, [1]],
  [2, 1, [1, 3]],
  [3, 1, [1, 3, 1]],
  [3, 2, [1, 1, 1]],
  [4, 1, [1, 1, 3, 3]],
  [4, 4, [1, 3, 5, 13]],
  [5, 2, [1, 1, 5, 5, 17]],
  [5, 4, [1, 1, 5, 5, 5]],
  [5, 7, [1, 1, 7, 11, 19]],
  [5, 11, [1, 1, 5, 1, 1]],
  [5, 13, [1, 1, 1, 3, 11]],
  [5, 14, [1, 3, 5, 5, 31]],
  [6, 1, [1, 3, 3, 9, 7, 49]],
  [6, 13, [1, 1, 1, 15, 21, 21]],
  [6, 16, [1, 3, 1, 13, 27, 49]],
  [6, 19, [1, 1, 1, 15, 7, 5]],
  [6, 22, [1, 3, 1, 15, 13, 25]],
  [6, 25, [1, 1, 5, 5, 19, 61]],
  [7, 1, [1, 3, 7, 11, 23, 15, 103]],
  [7, 4, [1, 3, 7, 13, 13, 15, 69]],
];

/** Highest dimension supported (1 + the Joe–Kuo rows embedded). */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO.length + 1;

/** Bits per coordinate. */
const BITS = 32;

/** Direction numbers v[dim][k] (k = 0…31), each an unsigned 32-bit integer; built lazily and kept. */
const directions: Uint32Array[] = [];

function directionNumbers(dim: number): Uint32Array {
  const cached = directions[dim];
  if (cached) return cached;
  const v = new Uint32Array(BITS);
  if (dim === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
  } else {
    const [s, a, m] = JOE_KUO[dim - 1]!;
    for (let k = 0; k < s && k < BITS; k++) v[k] = (m[k]! * 2 ** (BITS - 1 - k)) >>> 0;
    for (let k = s; k < BITS; k++) {
      let x = (v[k - s]! ^ (v[k - s]! >>> s)) >>> 0;
      for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x = (x ^ v[k - j]!) >>> 0;
      v[k] = x;
    }
  }
  directions[dim] = v;
  return v;
}

/**
 * Return point `index` of the d-dimensional Sobol' sequence, each coordinate in [0, 1).
 * @param index point number, a whole number in [0, 2^32)
 * @param d dimensions, 1…{@link SOBOL_MAX_DIMENSIONS}
 */
export function sobolPoint(index: number, d: number): number[] {
  if (!Number.isInteger(index) || index < 0 || index >= 2 ** BITS)
    throw new RangeError(`Sobol index must be a whole number in [0, 2^32), got ${index}`);
  if (!Number.isInteger(d) || d < 1 || d > SOBOL_MAX_DIMENSIONS)
    throw new RangeError(`Sobol dimensions must be 1…${SOBOL_MAX_DIMENSIONS}, got ${d}`);
  // Gray code of the index; `^` works modulo 2^32 and `>>> 0` reads the result unsigned.
  const gray = (index ^ Math.floor(index / 2)) >>> 0;
  const out = new Array<number>(d);
  for (let j = 0; j < d; j++) {
    const v = directionNumbers(j);
    let x = 0;
    for (let k = 0; k < BITS; k++) if ((gray >>> k) & 1) x = (x ^ v[k]!) >>> 0;
    out[j] = x / 2 ** BITS;
  }
  return out;
}

/**
 * Return the first `n` points of the d-dimensional Sobol' sequence (point 0 first).
 * @param n number of points; balance properties hold best for powers of two
 * @param d dimensions, 1…{@link SOBOL_MAX_DIMENSIONS}
 */
export function sobolPoints(n: number, d: number): number[][] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  return Array.from({ length: n }, (_, i) => sobolPoint(i, d));
}
