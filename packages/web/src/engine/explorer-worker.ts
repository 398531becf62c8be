/**
 * The Explorer's engine in a Web Worker (a third worker, apart from the workbench's fast and slow ones): runs
 * negotiation and sweep jobs with {@link runExplorerJob}, posting progress at most every
 * {@link PROGRESS_INTERVAL_MS} and transferring the sweep table's buffer. Cancelling is terminating the worker. The
 * place tables a job's base scenario needs are loaded before it runs.
 */
import { explorerTransferables, runExplorerJob, throttleProgress } from "./explorer-core.js";
import { withPlaceTables } from "./load-places.js";
import { serveJobs } from "./worker-executor.js";

/** Least time between two progress messages, ms. */
export const PROGRESS_INTERVAL_MS = 80;

serveJobs(withPlaceTables(runExplorerJob), explorerTransferables, (send) =>
  throttleProgress(send, PROGRESS_INTERVAL_MS),
);
