/**
 * The engine in a Web Worker: runs core and extras jobs (see `engine-core.ts`), transferring the crisis buffer. The
 * page keeps at most one job in flight per worker (the coalescing scheduler), so no queueing happens here. The place
 * tables a job's scenario needs are loaded before it runs.
 */
import { runJob, transferables } from "./engine-core.js";
import { withPlaceTables } from "./load-places.js";
import { serveJobs } from "./worker-executor.js";

serveJobs(withPlaceTables(runJob), transferables);
