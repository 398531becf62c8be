/**
 * Run cells on a pool of worker threads: chunks of cells go to a {@link PiscinaExecutor}; each chunk comes back as one
 * transferred Float64Array and is unpacked into cell results on this thread. A chunk names its spec by content id and
 * carries only cell indices: each worker is sent the spec once (when it answers that it lacks it) and keeps it, so
 * the spec is not copied per chunk and the engine's caches stay warm across a worker's chunks (issue 11).
 */
import { availableParallelism } from "node:os";
import { unpackCells, type ResolvedSweepSpec } from "@seceq/core";
import { PiscinaExecutor } from "./piscina-executor.js";
import { sweepIdOf } from "./sweep-id.js";
import { chunk, guidedChunks, type ResultHandler, type RunOptions, type Runner } from "./runner.js";

/** Options of {@link PiscinaRunner}. */
export interface PiscinaRunnerOptions {
  /** Worker threads. Default: the machine's available parallelism. */
  threads?: number;
  /**
   * Cells per task, rounded down and clamped to 1–5,000. Default: tasks that shrink with the cells left (a quarter of
   * a thread's share of them, at most 64 cells; {@link guidedChunks}), so the threads finish together.
   */
  chunkSize?: number;
}

/** Runs cells on a fixed pool of worker threads. */
export class PiscinaRunner implements Runner {
  readonly name = "piscina";
  readonly threads: number;
  /** Cells per task as given (rounded down and clamped to 1–5,000), or undefined for the automatic size. */
  readonly chunkSize: number | undefined;
  readonly #executor: PiscinaExecutor;
  /** Content ids of the specs run so far (the key workers keep them by). */
  readonly #ids = new WeakMap<ResolvedSweepSpec, string>();

  constructor(options: PiscinaRunnerOptions = {}) {
    this.threads = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
    this.chunkSize =
      options.chunkSize === undefined || Number.isNaN(options.chunkSize)
        ? undefined
        : Math.min(5000, Math.max(1, Math.floor(options.chunkSize)));
    // The runner keeps at most 2 tasks per thread in flight, so the queue never fills.
    this.#executor = new PiscinaExecutor({ threads: this.threads, maxQueue: 4 * this.threads });
  }

  /** Compute a chunk of cells on the pool, packed. */
  async #chunk(spec: ResolvedSweepSpec, indices: number[], signal?: AbortSignal): Promise<Float64Array> {
    let id = this.#ids.get(spec);
    if (id === undefined) this.#ids.set(spec, (id = sweepIdOf(spec)));
    const options = signal ? { signal } : {};
    let out = await this.#executor.runSweepChunk({ id, indices }, options);
    if (out === "needs-spec") out = await this.#executor.runSweepChunk({ id, spec, indices }, options);
    if (out instanceof Float64Array) return out;
    if (typeof out === "string" || out.ok) throw new Error(`sweep chunk: unexpected answer from the worker`);
    throw new Error(`sweep chunk refused: ${"error" in out ? out.error.message : "needs a scenario"}`);
  }

  /** Start every thread and load the engine in each, so the first timed run does not pay for it. */
  async warmUp(spec: ResolvedSweepSpec): Promise<void> {
    await Promise.all(Array.from({ length: this.threads }, () => this.#chunk(spec, [0])));
  }

  async run(
    spec: ResolvedSweepSpec,
    cellIndices: readonly number[],
    onResult: ResultHandler,
    options: RunOptions = {},
  ): Promise<void> {
    const chunks =
      this.chunkSize === undefined
        ? guidedChunks(cellIndices, 4 * this.threads, 64)
        : chunk(cellIndices, this.chunkSize);
    // Keep a bounded number of tasks in flight so a huge sweep does not queue millions of spec copies.
    const inFlight = this.threads * 2;
    let next = 0;
    let delivering = Promise.resolve();
    const worker = async (): Promise<void> => {
      while (next < chunks.length) {
        options.signal?.throwIfAborted();
        const indices = chunks[next++]!;
        const cells = unpackCells(spec, await this.#chunk(spec, indices, options.signal));
        delivering = delivering.then(async () => {
          for (const c of cells) await onResult(c);
        });
        await delivering;
      }
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, chunks.length) }, worker));
    await delivering;
  }

  async close(): Promise<void> {
    await this.#executor.close();
  }
}
