/**
 * The one executor interface: whatever runs operations — this thread, a worker-thread pool, a
 * browser Web Worker — takes an operation and run options and settles with the outcome. Implementations: the
 * in-process {@link InProcessExecutor} here, `PiscinaExecutor` in `@seceq/runners` (server, CLI, BullMQ chunks) and
 * the Web Worker executor of the workbench.
 */
import {
  runOperation,
  type Operation,
  type OperationOutcome,
  type OperationProgress,
  type RunOperationOptions,
} from "./run-operation.js";

/** Per-run options of {@link Executor.run}; `P` is the progress type. */
export interface ExecuteOptions<P = OperationProgress> {
  /** Abandon the run: a queued run is dropped, a running one stopped where the executor can; `run` rejects. */
  signal?: AbortSignal;
  /** Progress of the run (where the executor can report it). */
  onProgress?: (p: P) => void;
  /** Time budget, ms; past it the run settles with 422 `over_budget` (deadline checks inside the engine). */
  budgetMs?: number;
}

/** Runs operations of type `Op` to outcomes of type `Out`, reporting progress of type `P`. */
export interface Executor<Op = Operation, Out = OperationOutcome, P = OperationProgress> {
  /** Run one operation. Refusals settle as outcomes; an abort, a full queue or a crash rejects. */
  run(op: Op, options?: ExecuteOptions<P>): Promise<Out>;
  /** Stop accepting work and release threads. */
  close(): Promise<void>;
}

/** Options of {@link InProcessExecutor}. */
export interface InProcessExecutorOptions {
  /** Presets for negotiation specs naming `base.preset`. */
  presets?: RunOperationOptions["presets"];
}

/**
 * Runs operations on the calling thread, after a microtask (so a caller can attach handlers first). It blocks the
 * thread while an operation runs; budgets and aborts are honoured at each engine step.
 */
export class InProcessExecutor implements Executor {
  readonly #options: InProcessExecutorOptions;

  constructor(options: InProcessExecutorOptions = {}) {
    this.#options = options;
  }

  async run(op: Operation, options: ExecuteOptions = {}): Promise<OperationOutcome> {
    await Promise.resolve();
    return runOperation(op, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
      ...(this.#options.presets ? { presets: this.#options.presets } : {}),
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
