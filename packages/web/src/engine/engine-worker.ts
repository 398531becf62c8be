/**
 * The engine in a Web Worker: runs core and extras jobs (see `engine-core.ts`), transferring the crisis buffer. The
 * page keeps at most one job in flight per worker (the coalescing scheduler), so no queueing happens here.
 */
import { runJob, transferables } from "./engine-core.js";
import { serveJobs } from "./worker-executor.js";
// Place tables for the population value model (fills the engine registry; worker threads do not share it).
import "@seceq/data/places";

serveJobs(runJob, transferables);
