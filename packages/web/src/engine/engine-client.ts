/**
 * Page side of the workbench's two engine workers (fast core figures, slower extras): a {@link WorkerExecutor} over
 * the engine jobs of `engine-core.ts`.
 */
import type { CoreJob, CoreResult, CoreWireResult, EngineWireResult, ExtrasJob, ExtrasResult } from "./engine-core.js";
import type { EngineWireJob } from "./engine-wire.js";
import { DOC_DELTA_MISMATCH, DocDeltaEncoder } from "./doc-delta.js";
import { ReportDeltaDecoder } from "./report-delta.js";
import {
  CancelledError,
  WorkerExecutor,
  type JobWorker,
  type WorkerReply,
  type WorkerRequest,
} from "./worker-executor.js";

export { CancelledError };

/** Message to the worker (core scenarios as patches, see `doc-delta.ts`). */
export type EngineRequest = WorkerRequest<EngineWireJob>;

/** Message from the worker (core reports as deltas, see `report-delta.ts`). */
export type EngineReply = WorkerReply<EngineWireResult>;

/** The part of the Worker interface the client uses. */
export type WorkerLike = JobWorker<EngineWireJob, EngineWireResult>;

/** Request/response over one engine worker, which can be replaced (with a factory) to abandon a long job. */
export class EngineClient extends WorkerExecutor<EngineWireJob, EngineWireResult> {
  /** Rebuilds whole reports from the worker's deltas (a new worker starts with a whole report). */
  private readonly decoder = new ReportDeltaDecoder();
  /** Sends scenarios as patches of the one sent before. */
  private readonly docs = new DocDeltaEncoder(`c${Math.random().toString(36).slice(2)}`);

  /**
   * @param worker a worker, or a factory of workers
   * @param startNow start the worker now (default), or on the first job; after a cancel a fresh one starts at once
   */
  constructor(worker: WorkerLike | (() => WorkerLike), startNow = true) {
    super(worker, "engine", true, startNow);
  }

  /** Run a core job. */
  core(job: CoreJob): Promise<CoreResult> {
    return this.coreOnce(job, false);
  }

  /** Run a core job; a worker that cannot patch its document (it is new) gets it whole, once (`retried`). */
  private coreOnce(job: CoreJob, retried: boolean): Promise<CoreResult> {
    // Every core answer is decoded, in the order the worker sent them (a promise's reactions run in that order).
    return (this.run({ kind: "core", doc: this.docs.encode(job.scenario) }) as Promise<CoreWireResult>).then(
      (r): CoreResult => {
        if (!r.ok) return r;
        const { delta, ...rest } = r;
        return { ...rest, report: this.decoder.decode(delta) };
      },
      (e: unknown) => {
        // A fresh worker (after a crash) has no document to patch: send this one whole.
        if (retried || !(e instanceof Error) || !e.message.includes(DOC_DELTA_MISMATCH)) throw e;
        this.docs.reset();
        return this.coreOnce(job, true);
      },
    );
  }

  /** Run an extras job. */
  extras(job: ExtrasJob): Promise<ExtrasResult> {
    return this.run(job) as Promise<ExtrasResult>;
  }
}
