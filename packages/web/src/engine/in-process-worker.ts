/**
 * An in-process stand-in for the engine worker, for tests and for browsers without module workers (loaded lazily by
 * the page, so the engine is not in the main bundle twice).
 */
import { deltaJobRunner, type EngineJob, type EngineWireResult } from "./engine-core.js";
import { withPlaceTables } from "./load-places.js";
import { InProcessJobWorker } from "./worker-executor.js";

let started = 0;

/** Runs engine jobs on the calling thread after a macrotask, with the worker message protocol (reports as deltas). */
export class InProcessWorker extends InProcessJobWorker<EngineJob, EngineWireResult> {
  constructor() {
    super(withPlaceTables(deltaJobRunner(`in-process-${++started}`)));
  }
}
