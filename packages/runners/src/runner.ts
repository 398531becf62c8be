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
