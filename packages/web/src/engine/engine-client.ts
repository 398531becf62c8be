/**
 * Page side of the workbench's two engine workers (fast core figures, slower extras): a {@link WorkerExecutor} over
 * the engine jobs of `engine-core.ts`.
 */
import type { CoreJob, CoreResult, EngineJob, EngineResult, ExtrasJob, ExtrasResult } from "./engine-core.js";
import {
  CancelledError,
  WorkerExecutor,
  type JobWorker,
  type WorkerReply,
  type WorkerRequest,
} from "./worker-executor.js";

export { CancelledError };

/** Message to the worker. */
export type EngineRequest = WorkerRequest<EngineJob>;

/** Message from the worker. */
export type EngineReply = WorkerReply<EngineResult>;

/** The part of the Worker interface the client uses. */
export type WorkerLike = JobWorker<EngineJob, EngineResult>;

/** Request/response over one engine worker, which can be replaced (with a factory) to abandon a long job. */
export class EngineClient extends WorkerExecutor<EngineJob, EngineResult> {
  /**
   * @param worker a worker, or a factory of workers
   * @param startNow start the worker now (default), or on the first job; after a cancel a fresh one starts at once
   */
  constructor(worker: WorkerLike | (() => WorkerLike), startNow = true) {
    super(worker, "engine", true, startNow);
  }

  /** Run a core job. */
  core(job: CoreJob): Promise<CoreResult> {
    return this.run(job) as Promise<CoreResult>;
  }

  /** Run an extras job. */
  extras(job: ExtrasJob): Promise<ExtrasResult> {
    return this.run(job) as Promise<ExtrasResult>;
  }
}
