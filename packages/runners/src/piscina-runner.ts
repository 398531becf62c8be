/**
 * Run cells on a pool of worker threads (piscina 5). Cells go out in chunks; each chunk comes back as one transferred
 * Float64Array and is unpacked into cell results on this thread.
 *
 * Workers run the TypeScript source when this module does (development, tests: each worker gets
 * `--conditions=@seceq/source` and starts from `pool-worker-source.mjs`, which registers tsx's ESM loader), and the
 * built JavaScript otherwise.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { unpackCells, type ResolvedSweepSpec } from "@seceq/core";
import { chunk, type ResultHandler, type RunOptions, type Runner } from "./runner.js";
import type { PoolTask } from "./pool-worker.js";

/** Options of {@link PiscinaRunner}. */
export interface PiscinaRunnerOptions {
  /** Worker threads. Default: the machine's available parallelism. */
  threads?: number;
  /**
   * Cells per task, rounded down and clamped to 1–5,000. Default: enough for about 8 tasks per thread, between 1 and
   * 64.
   */
  chunkSize?: number;
}

const fromSource = import.meta.url.endsWith(".ts");

/** Runs cells on a fixed pool of worker threads. */
export class PiscinaRunner implements Runner {
  readonly name = "piscina";
  readonly threads: number;
  /** Cells per task as given (rounded down and clamped to 1–5,000), or undefined for the automatic size. */
  readonly chunkSize: number | undefined;
  #pool: Piscina<PoolTask, Float64Array> | undefined;

  constructor(options: PiscinaRunnerOptions = {}) {
    this.threads = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
    this.chunkSize =
      options.chunkSize === undefined || Number.isNaN(options.chunkSize)
        ? undefined
        : Math.min(5000, Math.max(1, Math.floor(options.chunkSize)));
  }

  /** The pool, started on first use (threads start once and are reused across runs). */
  get pool(): Piscina<PoolTask, Float64Array> {
    this.#pool ??= new Piscina<PoolTask, Float64Array>({
      filename: new URL(fromSource ? "./pool-worker-source.mjs" : "./pool-worker.js", import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: 60_000,
      // From source: resolve workspace packages to their TypeScript (tsx is registered by the entry file).
      execArgv: fromSource ? ["--conditions=@seceq/source"] : [],
    });
    return this.#pool;
  }

  /** Start every thread and load the engine in each, so the first timed run does not pay for it. */
  async warmUp(spec: ResolvedSweepSpec): Promise<void> {
    await Promise.all(Array.from({ length: this.threads }, () => this.pool.run({ spec, indices: [0] })));
  }

  async run(
    spec: ResolvedSweepSpec,
    cellIndices: readonly number[],
    onResult: ResultHandler,
    options: RunOptions = {},
  ): Promise<void> {
    const size = this.chunkSize ?? Math.min(64, Math.max(1, Math.ceil(cellIndices.length / (this.threads * 8))));
    const chunks = chunk(cellIndices, size);
    const pool = this.pool;
    // Keep a bounded number of tasks in flight so a huge sweep does not queue millions of spec copies.
    const inFlight = this.threads * 2;
    let next = 0;
    let delivering = Promise.resolve();
    const worker = async (): Promise<void> => {
      while (next < chunks.length) {
        options.signal?.throwIfAborted();
        const indices = chunks[next++]!;
        const buf = await pool.run({ spec, indices }, options.signal ? { signal: options.signal } : {});
        const cells = unpackCells(spec, buf);
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
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.destroy();
  }
}
