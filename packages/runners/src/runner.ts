/**
 * The `Runner` interface: one way to run sweep cells, whatever executes them — this thread, a
 * worker-thread pool, or workers on other machines through BullMQ on Redis. Every runner computes cells with the one
 * pure cell function `runCell(spec, index)` from `@seceq/core`, so results are identical whichever runner ran them.
 */
import type { CellResult, ResolvedSweepSpec } from "@seceq/core";

/** Receives each finished cell. Cells arrive in any order; the runner awaits a returned promise before the next. */
export type ResultHandler = (result: CellResult) => void | Promise<void>;

/** Options of {@link Runner.run}. */
export interface RunOptions {
  /** Stop early: pending cells are abandoned and `run` rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Identity of the sweep (distributed runners key jobs by it). Default: `sweepIdOf(spec)`. */
  sweepId?: string;
}

/** Runs sweep cells. */
export interface Runner {
  /** Short name for logs: `in-process`, `piscina`, `bullmq`. */
  readonly name: string;
  /**
   * Compute the given cells of a sweep, calling `onResult` once per cell as each finishes.
   * @param spec resolved sweep spec (plain data)
   * @param cellIndices cells to compute (each in [0, cellCount(spec)))
   * @param onResult called once per cell
   */
  run(
    spec: ResolvedSweepSpec,
    cellIndices: readonly number[],
    onResult: ResultHandler,
    options?: RunOptions,
  ): Promise<void>;
  /** Release threads and connections. The runner cannot be used afterwards. */
  close(): Promise<void>;
}

/**
 * Split indices into consecutive chunks of at most `size`.
 * @param indices cell indices
 * @param size chunk size, an integer ≥ 1
 * @throws RangeError when `size` is not an integer ≥ 1 (0 or NaN would never advance)
 */
export function chunk<T>(indices: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be an integer ≥ 1, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < indices.length; i += size) out.push(indices.slice(i, i + size));
  return out;
}

/**
 * Split indices into consecutive chunks that shrink with the work left (guided self-scheduling,
 * [polychronopoulos-kuck-1987]): each chunk holds the share 1/`parts` of the indices not yet taken, rounded up, and
 * at most `max`. A pool handing them out in order gives its threads large chunks first and small ones last, so the
 * threads finish nearly together when cells differ in cost, with few chunks in all (about `parts`·ln(n/`parts`) + …).
 * @param indices cell indices
 * @param parts the divisor, ≥ 1 (e.g. 4 per thread)
 * @param max largest chunk, ≥ 1
 * @throws RangeError when `parts` or `max` is not an integer ≥ 1
 */
export function guidedChunks<T>(indices: readonly T[], parts: number, max: number): T[][] {
  for (const [name, v] of [
    ["parts", parts],
    ["max", max],
  ] as const)
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be an integer ≥ 1, got ${v}`);
  const out: T[][] = [];
  for (let i = 0; i < indices.length;) {
    const size = Math.min(max, Math.ceil((indices.length - i) / parts));
    out.push(indices.slice(i, i + size));
    i += size;
  }
  return out;
}
