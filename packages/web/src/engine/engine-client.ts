/**
 * Page side of the workbench's two engine workers (fast core figures, slower extras): a {@link WorkerExecutor} over
 * the engine jobs of `engine-core.ts`.
 */
import type {
  CoreJob,
  CoreResult,
  CoreWireResult,
  EngineJob,
  EngineWireResult,
  ExtrasJob,
  ExtrasResult,
} from "./engine-core.js";
import { ReportDeltaDecoder } from "./report-delta.js";
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

/** Message from the worker (core reports as deltas, see `report-delta.ts`). */
export type EngineReply = WorkerReply<EngineWireResult>;

/** The part of the Worker interface the client uses. */
export type WorkerLike = JobWorker<EngineJob, EngineWireResult>;

/** Request/response over one engine worker, which can be replaced (with a factory) to abandon a long job. */
export class EngineClient extends WorkerExecutor<EngineJob, EngineWireResult> {
  /** Rebuilds whole reports from the worker's deltas (a new worker starts with a whole report). */
  private readonly decoder = new ReportDeltaDecoder();

  constructor(worker: WorkerLike | (() => WorkerLike)) {
    super(worker, "engine", true);
  }

  /** Run a core job. */
  core(job: CoreJob): Promise<CoreResult> {
    // Every core answer is decoded, in the order the worker sent them (a promise's reactions run in that order).
    return (this.run(job) as Promise<CoreWireResult>).then((r): CoreResult => {
      if (!r.ok) return r;
      const { delta, ...rest } = r;
      return { ...rest, report: this.decoder.decode(delta) };
    });
  }

  /** Run an extras job. */
  extras(job: ExtrasJob): Promise<ExtrasResult> {
    return this.run(job) as Promise<ExtrasResult>;
  }
}
