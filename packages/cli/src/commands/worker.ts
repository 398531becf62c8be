/**
 * `seceq worker --queue redis://host:port [--threads N] [--concurrency N] [--prefix P]`: a distributed sweep worker.
 * Takes chunk jobs from the queue that `seceq sweep --queue` fills, computes them (on N local threads), and returns
 * the cells; runs until Ctrl-C or SIGTERM, then finishes its current chunk and stops.
 */
import { availableParallelism } from "node:os";
import type { Command } from "@commander-js/extra-typings";
import { describeConnectionChange, RedisUnavailableError, startWorker } from "@seceq/runners";
import { UserError } from "../errors.js";
import { note } from "../io/output.js";
import { parseIntOption } from "../io/options.js";
import { checkRedisUrl } from "../io/redis-url.js";

/** Options of `seceq worker`. */
export interface WorkerCliOptions {
  queue?: string;
  prefix: string;
  threads?: string;
  concurrency?: string;
  quiet?: boolean;
}

/**
 * Run a worker until a signal (or `stop` resolves, for tests).
 * @param opts command-line options
 * @param stop optional promise that ends the worker
 */
export async function runWorkerCommand(opts: WorkerCliOptions, stop?: Promise<unknown>): Promise<void> {
  if (opts.queue === undefined) throw new UserError("--queue redis://host:port is required");
  checkRedisUrl("--queue", opts.queue);
  const threads =
    opts.threads !== undefined ? parseIntOption("--threads", opts.threads, 1, 256) : availableParallelism();
  const concurrency = opts.concurrency !== undefined ? parseIntOption("--concurrency", opts.concurrency, 1, 64) : 1;
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
          note(
            `seceq worker: sweep ${info.sweepId} chunk ${info.chunk}: ${info.end - info.start} cells in ${(ms / 1000).toFixed(2)} s${info.attemptsMade > 0 ? ` (attempt ${info.attemptsMade + 1})` : ""}`,
          );
      },
    });
  } catch (e) {
    if (e instanceof RedisUnavailableError) throw new UserError(e.message);
    throw e;
  }
  note(
    `seceq worker: waiting for sweep chunks on ${opts.queue} (prefix ${opts.prefix}, ${threads} thread${threads === 1 ? "" : "s"}); Ctrl-C to stop`,
  );
  let detach = () => {};
  const signalled = new Promise<void>((resolve) => {
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

/** Register `worker`. */
export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description("run a distributed sweep worker on a BullMQ queue (until Ctrl-C)")
    .option("--queue <url>", "Redis URL, redis://host:port")
    .option("--prefix <prefix>", "BullMQ key prefix (as given to `seceq sweep --prefix`)", "seceq")
    .option("--threads <n>", "worker threads computing each chunk (default: one per core)")
    .option("--concurrency <n>", "chunks processed at once (default 1)")
    .option("--quiet", "do not log each chunk")
    .action((opts: WorkerCliOptions) => runWorkerCommand(opts));
}
