/**
 * An in-process stand-in for the Explorer's worker, for tests and for browsers without module workers (loaded lazily
 * by the page); progress is delivered unthrottled.
 */
import { runExplorerJob, type ExplorerJob, type ExplorerProgress, type ExplorerResult } from "./explorer-core.js";
import { withPlaceTables } from "./load-places.js";
import { InProcessJobWorker } from "./worker-executor.js";

/** Runs Explorer jobs on the calling thread with the worker message protocol. */
export class InProcessExplorerWorker extends InProcessJobWorker<ExplorerJob, ExplorerResult, ExplorerProgress> {
  constructor() {
    super(withPlaceTables(runExplorerJob));
  }
}
