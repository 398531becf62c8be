/**
 * Page side of the Explorer's worker (negotiation searches and sweeps, with progress): a {@link WorkerExecutor} over
 * the jobs of `explorer-core.ts`, started on the first job, so opening the workbench costs nothing until the
 * Explorer is used.
 */
import type {
  ExplorerJob,
  ExplorerProgress,
  ExplorerResult,
  NegotiateJob,
  NegotiateResult,
  SweepJob,
  SweepResult,
} from "./explorer-core.js";
import {
  CancelledError,
  WorkerExecutor,
  type JobWorker,
  type WorkerReply,
  type WorkerRequest,
} from "./worker-executor.js";

export { CancelledError };

/** Message to the worker. */
export type ExplorerRequest = WorkerRequest<ExplorerJob>;

/** Message from the worker: progress of a job, its result, or why it failed. */
export type ExplorerReply = WorkerReply<ExplorerResult, ExplorerProgress>;

/** The part of the Worker interface the client uses. */
export type ExplorerWorkerLike = JobWorker<ExplorerJob, ExplorerResult, ExplorerProgress>;

/** Request/response (with progress) over one lazily started, replaceable worker. */
export class ExplorerClient extends WorkerExecutor<ExplorerJob, ExplorerResult, ExplorerProgress> {
  constructor(factory: () => ExplorerWorkerLike) {
    super(factory, "explorer");
  }

  /** Run a negotiation search. */
  negotiate(job: NegotiateJob, onProgress?: (p: ExplorerProgress) => void): Promise<NegotiateResult> {
    return this.run(job, onProgress ? { onProgress } : {}) as Promise<NegotiateResult>;
  }

  /** Run a sweep. */
  sweep(job: SweepJob, onProgress?: (p: ExplorerProgress) => void): Promise<SweepResult> {
    return this.run(job, onProgress ? { onProgress } : {}) as Promise<SweepResult>;
  }
}
