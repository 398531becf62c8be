/**
 * An in-process stand-in for the engine worker, for tests and for browsers without module workers (loaded lazily by
 * the page, so the engine is not in the main bundle twice).
 */
import { runJob, type EngineJob, type EngineResult } from "./engine-core.js";
import { withPlaceTables } from "./load-places.js";
import { InProcessJobWorker } from "./worker-executor.js";

/** Runs engine jobs on the calling thread after a macrotask, with the worker message protocol. */
export class InProcessWorker extends InProcessJobWorker<EngineJob, EngineResult> {
  constructor() {
    super(withPlaceTables((job: EngineJob) => runJob(job)));
  }
}
