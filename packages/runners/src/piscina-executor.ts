/**
 * Run operations on a pool of worker threads (piscina 5): the event loop stays free while the engine works, several
 * cores are used, and the pool's own limits replace hand-written admission control — at most `maxQueue` operations
 * wait (one more is refused at once with {@link QueueFullError}), every operation has a hard time limit (its worker
 * is terminated and replaced), and each worker has a heap ceiling.
 *
 * Workers run the TypeScript source when this module does (development, tests: each worker gets
 * `--conditions=@seceq/source` and starts from `operation-worker-source.mjs`, which registers tsx's ESM loader), and
 * the built JavaScript otherwise.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { ExecuteOptions, Executor, Operation, OperationOutcome } from "@seceq/core";
import type { OperationTask, SweepChunkTask } from "./operation-worker.js";

/** Options of {@link PiscinaExecutor}. */
export interface PiscinaExecutorOptions {
  /** Worker threads. Default: the available parallelism, at most 8. */
  threads?: number;
  /** Operations waiting for a thread; one more is refused with {@link QueueFullError}. Default: 16 per thread. */
  maxQueue?: number;
  /**
   * Hard limit per operation from submission, ms (queueing included): then its worker is terminated and the run
   * rejects with {@link TimeLimitError}. Default none. Budgets (`budgetMs`) stop the engine cooperatively before.
   */
  timeoutMs?: number;
  /** Heap ceiling of each worker, MB. Default 1,024. */
  maxOldGenerationSizeMb?: number;
  /** Keep idle threads this long, ms. Default 60,000. */
  idleTimeoutMs?: number;
}

/** The queue of waiting operations is full. */
export class QueueFullError extends Error {
  constructor(
    readonly running: number,
    readonly waiting: number,
  ) {
    super(`the server is busy (${running} running, ${waiting} waiting); retry shortly`);
    this.name = "QueueFullError";
  }
}

/** An operation was stopped at the executor's hard time limit. */
export class TimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(
      `the computation exceeded this server's time limit of ${limitMs / 1000} s and was stopped; ` +
        "use fewer samples, or run it with the seceq CLI",
    );
    this.name = "TimeLimitError";
  }
}

/** A worker ran out of its heap. */
export class OutOfMemoryError extends Error {
  constructor(readonly heapMb: number) {
    super(`the computation needed more than this server's ${heapMb} MB per job`);
    this.name = "OutOfMemoryError";
  }
}

const fromSource = import.meta.url.endsWith(".ts");

/** A worker's answer to a sweep chunk whose spec it does not hold (`NEEDS_SPEC` of `operation-worker.ts`). */
type NeedsSpec = "needs-spec";

/** Runs operations on a pool of worker threads. */
export class PiscinaExecutor implements Executor {
  readonly threads: number;
  readonly maxQueue: number;
  readonly #options: PiscinaExecutorOptions;
  #pool: Piscina<OperationTask, OperationOutcome | Float64Array | string> | undefined;
  #closed = false;
  /** Operations submitted and not settled (running or waiting). */
  #inFlight = 0;

  constructor(options: PiscinaExecutorOptions = {}) {
    this.threads = Math.max(1, Math.floor(options.threads ?? Math.min(8, availableParallelism())));
    this.maxQueue = Math.max(0, Math.floor(options.maxQueue ?? 16 * this.threads));
    this.#options = options;
  }

  /** The pool, started on first use (threads start once and are reused). */
  get pool(): Piscina<OperationTask, OperationOutcome | Float64Array | string> {
    if (this.#closed) throw new Error("executor is closed");
    this.#pool ??= new Piscina<OperationTask, OperationOutcome | Float64Array | string>({
      filename: new URL(fromSource ? "./operation-worker-source.mjs" : "./operation-worker.js", import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      maxQueue: this.maxQueue,
      idleTimeout: this.#options.idleTimeoutMs ?? 60_000,
      resourceLimits: { maxOldGenerationSizeMb: this.#options.maxOldGenerationSizeMb ?? 1024 },
      // From source: resolve workspace packages to their TypeScript (tsx is registered by the entry file).
      execArgv: fromSource ? ["--conditions=@seceq/source"] : [],
    });
    return this.#pool;
  }

  /** Operations running or waiting now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Start every thread and load the engine in each, so the first timed run does not pay for it. */
  async warmUp(): Promise<void> {
    const op: Operation = { kind: "validate", body: { data: {} } };
    await Promise.all(Array.from({ length: this.threads }, () => this.pool.run({ op })));
  }

  async run(op: Operation, options: ExecuteOptions = {}): Promise<OperationOutcome> {
    const out = await this.#submit({ op }, options);
    if (out instanceof Float64Array) return { ok: true, kind: "sweep-cells", result: out, warnings: [] };
    return out as OperationOutcome;
  }

  /**
   * Run a chunk of sweep cells by spec id (the worker keeps the specs it was sent; see `operation-worker.ts`).
   * @param chunk spec id, cell indices, and the spec itself when a worker asked for it
   * @param options abort signal
   * @returns the packed cells, `"needs-spec"` when the worker does not hold the spec, or a refusal
   */
  async runSweepChunk(
    chunk: SweepChunkTask,
    options: ExecuteOptions = {},
  ): Promise<Float64Array | NeedsSpec | OperationOutcome> {
    return (await this.#submit({ sweep: chunk }, options)) as Float64Array | NeedsSpec | OperationOutcome;
  }

  async #submit(base: OperationTask, options: ExecuteOptions): Promise<OperationOutcome | Float64Array | string> {
    const pool = this.pool;
    // piscina checks `maxQueue` only once its queue is non-empty (a task handed to a busy worker is not counted), so
    // the bound is also kept here, exactly: threads running plus maxQueue waiting.
    if (this.#inFlight >= this.threads + this.maxQueue)
      throw new QueueFullError(Math.min(this.#inFlight, this.threads), this.#inFlight - this.threads);
    this.#inFlight++;
    const limit = this.#options.timeoutMs;
    const timer = limit !== undefined ? AbortSignal.timeout(limit) : undefined;
    const signals = [options.signal, timer].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const task: OperationTask = { ...base, ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}) };
    try {
      return await pool.run(task, signal ? { signal } : {});
    } catch (e) {
      if (timer?.aborted && !options.signal?.aborted) throw new TimeLimitError(limit!);
      if (options.signal?.aborted) throw options.signal.reason;
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ERR_WORKER_OUT_OF_MEMORY") throw new OutOfMemoryError(this.#options.maxOldGenerationSizeMb ?? 1024);
      if (e instanceof Error && /queue is at limit|no task queue available/i.test(e.message))
        throw new QueueFullError(this.threads, pool.queueSize);
      throw e;
    } finally {
      this.#inFlight--;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.destroy();
  }
}
