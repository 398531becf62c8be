import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  checkRedisUrl
} from "./chunk-5IERZTCI.js";
import {
  parseIntOption
} from "./chunk-COACYP2P.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  note
} from "./chunk-S5PDL7IM.js";
import "./chunk-GM5MLEME.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/worker.js
import { availableParallelism } from "node:os";
import { describeConnectionChange, RedisUnavailableError, startWorker } from "@seceq/runners";
async function runWorkerCommand(opts, stop) {
  if (opts.queue === void 0)
    throw new UserError("--queue redis://host:port is required");
  checkRedisUrl("--queue", opts.queue);
  const threads = opts.threads !== void 0 ? parseIntOption("--threads", opts.threads, 1, 256) : availableParallelism();
  const concurrency = opts.concurrency !== void 0 ? parseIntOption("--concurrency", opts.concurrency, 1, 64) : 1;
  let worker;
  try {
    worker = await startWorker({
      queue: opts.queue,
      prefix: opts.prefix,
      threads,
      concurrency,
      // Without Redis the worker waits; say so once when the connection goes and once when it is back.
      onConnectionChange: (change) => note(`seceq worker: ${describeConnectionChange(change)}`),
      onChunkDone: (info, ms) => {
        if (!opts.quiet)
          note(`seceq worker: sweep ${info.sweepId} chunk ${info.chunk}: ${info.end - info.start} cells in ${(ms / 1e3).toFixed(2)} s${info.attemptsMade > 0 ? ` (attempt ${info.attemptsMade + 1})` : ""}`);
      }
    });
  } catch (e) {
    if (e instanceof RedisUnavailableError)
      throw new UserError(e.message);
    throw e;
  }
  note(`seceq worker: waiting for sweep chunks on ${opts.queue} (prefix ${opts.prefix}, ${threads} thread${threads === 1 ? "" : "s"}); Ctrl-C to stop`);
  let detach = () => {
  };
  const signalled = new Promise((resolve) => {
    const on = () => resolve();
    process.once("SIGINT", on);
    process.once("SIGTERM", on);
    detach = () => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
    };
  });
  await (stop ? Promise.race([stop, signalled]) : signalled);
  detach();
  note("seceq worker: stopping after the current chunk");
  await worker.close();
}
function registerWorker(program) {
  program.command("worker").description("run a distributed sweep worker on a BullMQ queue (until Ctrl-C)").option("--queue <url>", "Redis URL, redis://host:port").option("--prefix <prefix>", "BullMQ key prefix (as given to `seceq sweep --prefix`)", "seceq").option("--threads <n>", "worker threads computing each chunk (default: one per core)").option("--concurrency <n>", "chunks processed at once (default 1)").option("--quiet", "do not log each chunk").action((opts) => runWorkerCommand(opts));
}
export {
  registerWorker,
  runWorkerCommand
};
