/**
 * Full-factorial grids: every combination of each dimension's levels, addressed by a single cell index so that any
 * cell can be computed on its own (a worker needs only the index, never the whole grid).
 *
 * Order: mixed radix with the first dimension slowest and the last fastest, as nested loops written in dimension
 * order. Policy: a dimension with 0 levels makes the grid empty; indices outside [0, size) are refused.
 */

/**
 * Return `levels` evenly spaced values from `min` to `max` inclusive. One level gives `[min]`; `min === max` gives
 * `levels` copies of `min`. The last level is exactly `max` (no accumulated rounding).
 * @param min first level
 * @param max last level
 * @param levels number of levels, a whole number ≥ 1
 */
export function linspace(min: number, max: number, levels: number): number[] {
  if (!Number.isInteger(levels) || levels < 1) throw new RangeError(`levels must be a whole number ≥ 1, got ${levels}`);
  if (levels === 1) return [min];
  const out = new Array<number>(levels);
  for (let i = 0; i < levels; i++) out[i] = i === levels - 1 ? max : min + ((max - min) * i) / (levels - 1);
  return out;
}

/**
 * Number of cells of a grid with the given number of levels per dimension (the product; 1 for no dimensions).
 * @param sizes levels per dimension, each a whole number ≥ 0
 */
export function gridSize(sizes: readonly number[]): number {
  let n = 1;
  for (const s of sizes) n *= s;
  return n;
}

/**
 * Level indices of grid cell `index`: `[i0, i1, …]` with `i_k ∈ [0, sizes[k])`, first dimension slowest.
 * @param sizes levels per dimension
 * @param index cell index in [0, gridSize(sizes))
 */
export function gridLevelIndices(sizes: readonly number[], index: number): number[] {
  const total = gridSize(sizes);
  if (!Number.isInteger(index) || index < 0 || index >= total)
    throw new RangeError(`grid cell index ${index} is outside [0, ${total})`);
  const out = new Array<number>(sizes.length);
  let rest = index;
  for (let k = sizes.length - 1; k >= 0; k--) {
    const s = sizes[k]!;
    out[k] = rest % s;
    rest = Math.floor(rest / s);
  }
  return out;
}

/**
 * Values of grid cell `index`, picking one level per dimension.
 * @param levels the levels of each dimension
 * @param index cell index in [0, product of level counts)
 */
export function gridPoint(levels: readonly (readonly number[])[], index: number): number[] {
  const idx = gridLevelIndices(
    levels.map((l) => l.length),
    index,
  );
  return idx.map((i, k) => levels[k]![i]!);
}
