/**
 * The Explorer's engine in a Web Worker (a third worker, apart from the workbench's fast and slow ones): runs
 * negotiation and sweep jobs with {@link runExplorerJob}, posting progress at most every
 * {@link PROGRESS_INTERVAL_MS} and transferring the sweep table's buffer. Cancelling is terminating the worker.
 */
import { explorerTransferables, runExplorerJob, throttleProgress } from "./explorer-core.js";
import { serveJobs } from "./worker-executor.js";
// Place tables for the population value model (fills the engine registry; worker threads do not share it).
import "@seceq/data/places";

/** Least time between two progress messages, ms. */
export const PROGRESS_INTERVAL_MS = 80;

serveJobs(runExplorerJob, explorerTransferables, (send) => throttleProgress(send, PROGRESS_INTERVAL_MS));
