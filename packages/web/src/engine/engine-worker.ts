/**
 * The engine in a Web Worker: runs core and extras jobs (see `engine-core.ts`), transferring the crisis buffer. The
 * page keeps at most one job in flight per worker (the coalescing scheduler), so no queueing happens here. The place
 * tables a job's scenario needs are loaded before it runs. Core reports are sent as deltas (`report-delta.ts`).
 */
import { deltaJobRunner, transferables } from "./engine-core.js";
import { withPlaceTables } from "./load-places.js";
import { serveJobs } from "./worker-executor.js";

// Core reports go as deltas against this worker's previous one (report-delta.ts), named by a per-start id.
serveJobs(withPlaceTables(deltaJobRunner(`w${Math.random().toString(36).slice(2)}`)), transferables);
