/**
 * Where engine jobs run. The engine is synchronous CPU work; an {@link Executor} decides whether it runs on the
 * server's own thread ({@link InlineExecutor}: simple, blocks the event loop while it runs) or in worker threads
 * (`WorkerExecutor`: the event loop stays free, and a job over its time budget is stopped).
 */
import type { EngineJob, JobResult } from "./jobs.js";
import { runJob } from "./jobs.js";

/** Per-job options of {@link Executor.run}. */
export interface RunOptions {
  /** Stop the job after this long, ms, where the executor can (worker threads); default the executor's own. */
  timeoutMs?: number;
}

/** Runs engine jobs. */
export interface Executor {
  /** Jobs it can run at the same time (the gate admits this many by default). */
  readonly parallelism: number;
  /** Run a job; settles with its result or its error. */
  run<J extends EngineJob>(job: J, options?: RunOptions): Promise<JobResult<J>>;
  /** Stop accepting jobs and release threads. */
  close(): Promise<void>;
}

/**
 * Runs jobs on the calling thread, one at a time, after yielding once to the event loop so pending I/O goes first.
 * It cannot stop a running job, so `timeoutMs` is ignored (evaluations still honour their Monte Carlo budget).
 */
export class InlineExecutor implements Executor {
  readonly parallelism = 1;

  async run<J extends EngineJob>(job: J): Promise<JobResult<J>> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return runJob(job);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
