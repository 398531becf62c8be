/**
 * What one engine worker runs, as it arrives and leaves: core jobs come with their scenario as a document delta
 * (`doc-delta.ts`) and go back with their report as a report delta (`report-delta.ts`); extras jobs as they are. The
 * place tables a job's scenario needs are loaded before it runs. Make one runner per worker (instance): it keeps the
 * last document received and the last report sent.
 */
import { DocDeltaDecoder, type DocDelta } from "./doc-delta.js";
import { deltaJobRunner, type EngineWireResult, type ExtrasJob } from "./engine-core.js";
import { withPlaceTables } from "./load-places.js";

/** A core job as the page sends it: the scenario document as a delta against the worker's last one. */
export interface CoreWireJob {
  kind: "core";
  doc: DocDelta;
}

/** Any job as the page sends it. */
export type EngineWireJob = CoreWireJob | ExtrasJob;

/**
 * The job handler of one engine worker.
 * @param id names this worker's report deltas (unique per worker start)
 */
export function wireJobRunner(id: string): (job: EngineWireJob) => Promise<EngineWireResult> {
  const docs = new DocDeltaDecoder();
  const run = withPlaceTables(deltaJobRunner(id));
  // Decoded at once, in arrival order (serveJobs calls handlers in that order); the place tables load after.
  return (job) => run(job.kind === "core" ? { kind: "core", scenario: docs.decode(job.doc) } : job, () => undefined);
}
