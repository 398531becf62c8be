/**
 * The engine in a Web Worker: runs core and extras jobs (see `engine-core.ts`), transferring the crisis buffer. The
 * page keeps at most one job in flight per worker (the coalescing scheduler), so no queueing happens here. The place
 * tables a job's scenario needs are loaded before it runs. Scenarios and reports travel as deltas (`engine-wire.ts`).
 */
import { transferables } from "./engine-core.js";
import { wireJobRunner } from "./engine-wire.js";
import { serveJobs } from "./worker-executor.js";

// Scenarios arrive as patches of the last one, reports leave as deltas of the last one (engine-wire.ts), the latter
// named by a per-start id.
serveJobs(wireJobRunner(`w${Math.random().toString(36).slice(2)}`), transferables);
