/**
 * An in-process stand-in for the engine worker, for tests and for browsers without module workers (loaded lazily by
 * the page, so the engine is not in the main bundle twice).
 */
import type { EngineWireResult } from "./engine-core.js";
import { wireJobRunner, type EngineWireJob } from "./engine-wire.js";
import { InProcessJobWorker } from "./worker-executor.js";

let started = 0;

/** Runs engine jobs on the calling thread after a macrotask, with the worker message protocol (and its deltas). */
export class InProcessWorker extends InProcessJobWorker<EngineWireJob, EngineWireResult> {
  constructor() {
    super(wireJobRunner(`in-process-${++started}`));
  }
}
