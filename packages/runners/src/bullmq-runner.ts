/**
 * Distributed sweeps through BullMQ on Redis, for runs that outgrow one machine.
 *
 * - Chunks: the cell space [0, n) is cut into fixed chunks of `chunkSize` cells (chunk c = cells c·size …
 *   (c+1)·size − 1); each chunk is one job. A job's data is only `{sweepId, chunk, start, end}`; the resolved spec is
 *   stored once in Redis under `<prefix>:seceq:spec:<sweepId>` and cached by each worker.
 * - Idempotent: the job id is `${sweepId}.${chunk}` (BullMQ refuses `:` in custom ids). Adding a job that exists
 *   adds nothing, so a resumed or repeated
 *   run joins the jobs already queued, running or finished; a chunk whose job failed for good is retried.
 * - Retries: `attempts` (default 3) with exponential backoff; a worker that dies mid-chunk loses its lock and the
 *   job is picked up again by another worker (BullMQ's stalled-job check).
 * - Aggregation: a job returns its cells (JSON-safe, `encodeCellJson`); the producer receives each finished chunk
 *   through `QueueEvents` (one `completed` and one `failed` listener for the whole run, matching jobs by id) and hands
 *   the cells to `onResult`, which upserts them into the result store (so a retried or repeated chunk changes
 *   nothing). The store then holds the aggregate; no giant Redis hash is built.
 * - A chunk that fails on every attempt does not stop the others: the run delivers every chunk that succeeds, then
 *   rejects with a {@link ChunkFailedError}.
 * - Lost queue state: after a reconnection, and every `reconcileIntervalMs`, the run checks its unfinished chunks in
 *   Redis. A Redis restarted without persistence has forgotten the spec and the jobs: the spec is stored again and
 *   the missing jobs are added again (cells are idempotent), reported through `onRequeue`; a job that finished while
 *   its event was lost is taken from its stored state. So a run never waits for jobs Redis no longer knows.
 *
 * Cells are computed by the same `runCell` as every other runner, with the seed in the spec, so results are
 * identical to an in-process run.
 */
import { Queue, QueueEvents, type Job } from "bullmq";
import { cellCount, decodeCellJson, type CellJson, type ResolvedSweepSpec } from "@seceq/core";
import type { Redis } from "ioredis";
import { connectRedis, parseRedisUrl, type RedisConnectionChange } from "./redis/connect.js";
import type { ResultHandler, RunOptions, Runner } from "./runner.js";
import { sweepIdOf } from "./sweep-id.js";

/** Default BullMQ key prefix. */
export const DEFAULT_PREFIX = "seceq";
/** Default queue name. */
export const DEFAULT_QUEUE = "seceq-sweeps";
/** Default cells per job. */
export const DEFAULT_CHUNK_SIZE = 100;
/** How long stored specs and finished jobs are kept in Redis, s (7 days). */
export const KEEP_SECONDS = 7 * 24 * 3600;

/** Data of one chunk job. */
export interface ChunkJobData {
  sweepId: string;
  chunk: number;
  /** First cell (inclusive) and last cell (exclusive). */
  start: number;
  end: number;
}

/** Where a sweep's spec is stored in Redis. */
export function specKey(prefix: string, sweepId: string): string {
  return `${prefix}:seceq:spec:${sweepId}`;
}

/** Job id of a chunk: `${sweepId}.${chunk}` (BullMQ reserves `:` in job ids). */
export function chunkJobId(sweepId: string, chunk: number): string {
  return `${sweepId}.${chunk}`;
}

/** Options of {@link BullmqRunner}. */
export interface BullmqRunnerOptions {
  /** `redis://host:port[/db]`. */
  url: string;
  /** BullMQ key prefix (give each test its own). Default `seceq`. */
  prefix?: string;
  /** Queue name. Default `seceq-sweeps`. */
  queueName?: string;
  /** Cells per job, 1–5,000. Default 100. Must be the same for every run of one sweep (it fixes the job ids). */
  chunkSize?: number;
  /** Tries per job. Default 3. */
  attempts?: number;
  /** First retry delay, ms, doubling after each failure. Default 1,000. */
  backoffMs?: number;
  /** Told when the Redis connection is lost and when it is back (once per change). Default: nothing reported. */
  onConnectionChange?: (change: RedisConnectionChange) => void;
  /**
   * How often a run checks that Redis still knows its unfinished jobs, ms (it also checks after every reconnection).
   * Default 10,000.
   */
  reconcileIntervalMs?: number;
  /** Told when jobs Redis had forgotten (e.g. restarted without persistence) were added again. */
  onRequeue?: (info: { sweepId: string; chunks: number }) => void;
}

/** One chunk that failed on every attempt. */
export interface FailedChunk {
  chunk: number;
  /** First cell (inclusive) and last cell (exclusive). */
  start: number;
  end: number;
  /** The error message of the last attempt. */
  reason: string;
}

/** Chunks of a queued sweep failed on every attempt; the cells of the other chunks were delivered. */
export class ChunkFailedError extends Error {
  readonly sweepId: string;
  /** The failed chunks, in chunk order. */
  readonly failed: FailedChunk[];
  constructor(sweepId: string, failed: FailedChunk[], attempts: number) {
    const first = failed[0]!;
    super(
      `chunk ${first.chunk} of sweep ${sweepId} (cells ${first.start}–${first.end - 1}) failed on ${attempts === 1 ? "its only attempt" : `all ${attempts} attempts`}: ${first.reason}` +
        (failed.length > 1 ? ` (and ${failed.length - 1} more chunk${failed.length === 2 ? "" : "s"} failed)` : ""),
    );
    this.name = "ChunkFailedError";
    this.sweepId = sweepId;
    this.failed = failed;
  }
}

/** Sends sweep chunks to BullMQ workers (`seceq worker`) and collects their cells. */
export class BullmqRunner implements Runner {
  readonly name = "bullmq";
  readonly prefix: string;
  readonly queueName: string;
  readonly chunkSize: number;
  readonly #options: BullmqRunnerOptions;
  #client: Redis | undefined;
  #queue: Queue<ChunkJobData, CellJson[], "chunk"> | undefined;
  /** Checks of the runs in progress, called when the connection is back. */
  readonly #onRestored = new Set<() => void>();

  constructor(options: BullmqRunnerOptions) {
    this.#options = options;
    this.prefix = options.prefix ?? DEFAULT_PREFIX;
    this.queueName = options.queueName ?? DEFAULT_QUEUE;
    this.chunkSize = Math.min(5000, Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE)));
    parseRedisUrl(options.url);
  }

  /** Connect to Redis now (otherwise the first `run` does). @throws RedisUnavailableError */
  async connect(): Promise<void> {
    await this.#connect();
  }

  async #connect(): Promise<{ client: Redis; queue: Queue<ChunkJobData, CellJson[], "chunk"> }> {
    if (!this.#client || !this.#queue) {
      this.#client = await connectRedis(this.#options.url, {
        onConnectionChange: (change) => {
          this.#options.onConnectionChange?.(change);
          if (change.state === "restored") for (const check of this.#onRestored) check();
        },
      });
      this.#queue = new Queue<ChunkJobData, CellJson[], "chunk">(this.queueName, {
        connection: this.#client,
        prefix: this.prefix,
      });
      this.#queue.on("error", () => {});
    }
    return { client: this.#client, queue: this.#queue };
  }

  async run(
    spec: ResolvedSweepSpec,
    cellIndices: readonly number[],
    onResult: ResultHandler,
    options: RunOptions = {},
  ): Promise<void> {
    if (cellIndices.length === 0) return;
    const { client, queue } = await this.#connect();
    const sweepId = options.sweepId ?? sweepIdOf(spec);
    const n = cellCount(spec);
    const size = this.chunkSize;
    await client.set(specKey(this.prefix, sweepId), JSON.stringify(spec), "EX", KEEP_SECONDS);

    const wanted = new Set(cellIndices);
    const chunks = [...new Set(cellIndices.map((i) => Math.floor(i / size)))].sort((a, b) => a - b);
    const attempts = this.#options.attempts ?? 3;
    const dataOf = (c: number): ChunkJobData => ({
      sweepId,
      chunk: c,
      start: c * size,
      end: Math.min(n, (c + 1) * size),
    });
    const jobOf = (c: number) => ({
      name: "chunk" as const,
      data: dataOf(c),
      opts: {
        jobId: chunkJobId(sweepId, c),
        attempts,
        backoff: { type: "exponential", delay: this.#options.backoffMs ?? 1000 },
        removeOnComplete: { age: KEEP_SECONDS },
        removeOnFail: { age: KEEP_SECONDS },
      },
    });

    // One waiter per chunk, keyed by job id, settled by one `completed` and one `failed` listener (not one pair of
    // listeners per job), or by the job's stored state when it finished before this run listened.
    type Outcome = { ok: true; value: unknown } | { ok: false; reason: string };
    const waiters = new Map<string, { settled: boolean; settle: (o: Outcome) => void; outcome: Promise<Outcome> }>();
    for (const c of chunks) {
      let resolve!: (o: Outcome) => void;
      const outcome = new Promise<Outcome>((r) => (resolve = r));
      const waiter = {
        settled: false,
        outcome,
        settle: (o: Outcome) => {
          if (waiter.settled) return;
          waiter.settled = true;
          resolve(o);
        },
      };
      waiters.set(chunkJobId(sweepId, c), waiter);
    }
    const events = new QueueEvents(this.queueName, { connection: client, prefix: this.prefix });
    events.on("error", () => {});
    events.on("completed", ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) =>
      waiters.get(jobId)?.settle({ ok: true, value: returnvalue }),
    );
    events.on("failed", ({ jobId, failedReason }: { jobId: string; failedReason: string }) =>
      waiters.get(jobId)?.settle({ ok: false, reason: failedReason }),
    );
    // Waiting for jobs does not watch the signal, so an abort ends the run by racing it.
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(options.signal!.reason as Error);
      if (options.signal?.aborted) onAbort();
    });
    aborted.catch(() => {});
    options.signal?.addEventListener("abort", onAbort);
    let stopChecks = () => {};
    try {
      await events.waitUntilReady();
      const jobs: Job<ChunkJobData, CellJson[], "chunk">[] = await queue.addBulk(chunks.map(jobOf));
      // Jobs that exist from an earlier run may have finished already: take a stored result; a chunk that failed
      // for good in an earlier run gets another chance.
      await Promise.all(
        jobs.map(async (job) => {
          const w = waiters.get(job.id!)!;
          const state = await job.getState();
          if (w.settled) return;
          if (state === "failed") await job.retry("failed");
          else if (state === "completed") {
            const stored = await queue.getJob(job.id!);
            if (stored) w.settle({ ok: true, value: stored.returnvalue });
          }
        }),
      );
      // Check the unfinished chunks against what Redis knows now: after a reconnection and at intervals.
      let checking = false;
      const reconcile = async (): Promise<void> => {
        if (checking) return;
        checking = true;
        try {
          const open = chunks.filter((c) => !waiters.get(chunkJobId(sweepId, c))!.settled);
          if (open.length === 0) return;
          const missing: number[] = [];
          for (const c of open) {
            const id = chunkJobId(sweepId, c);
            const job = await queue.getJob(id);
            if (!job) missing.push(c);
            // Finished while its event was lost (e.g. during the outage): take the stored outcome.
            else if (job.finishedOn !== undefined)
              waiters
                .get(id)!
                .settle(
                  job.failedReason && (job.returnvalue === null || job.returnvalue === undefined)
                    ? { ok: false, reason: job.failedReason }
                    : { ok: true, value: job.returnvalue },
                );
          }
          if (missing.length === 0) return;
          // Redis forgot the run (restarted empty): the spec first, so workers find it, then the jobs.
          await client.set(specKey(this.prefix, sweepId), JSON.stringify(spec), "EX", KEEP_SECONDS);
          await queue.addBulk(missing.map(jobOf));
          this.#options.onRequeue?.({ sweepId, chunks: missing.length });
        } catch {
          // Redis unreachable again: the next check retries.
        } finally {
          checking = false;
        }
      };
      const check = () => void reconcile();
      const timer = setInterval(check, this.#options.reconcileIntervalMs ?? 10_000);
      timer.unref();
      this.#onRestored.add(check);
      stopChecks = () => {
        this.#onRestored.delete(check);
        clearInterval(timer);
      };

      let delivering = Promise.resolve();
      const failed: FailedChunk[] = [];
      const work = Promise.all(
        chunks.map(async (c) => {
          const outcome = await waiters.get(chunkJobId(sweepId, c))!.outcome;
          if (options.signal?.aborted) return;
          if (!outcome.ok) {
            const { start, end } = dataOf(c);
            failed.push({ chunk: c, start, end, reason: outcome.reason });
            return;
          }
          const value = outcome.value;
          const cells = (typeof value === "string" ? JSON.parse(value) : value) as CellJson[];
          delivering = delivering.then(async () => {
            for (const cell of cells) if (wanted.has(cell.index)) await onResult(decodeCellJson(cell));
          });
          await delivering;
        }),
      );
      // If the abort wins, the abandoned waits are never settled; nothing awaits them then.
      work.catch(() => {});
      await Promise.race([work, aborted]);
      await delivering;
      options.signal?.throwIfAborted();
      if (failed.length > 0) {
        failed.sort((a, b) => a.chunk - b.chunk);
        throw new ChunkFailedError(sweepId, failed, attempts);
      }
    } finally {
      stopChecks();
      options.signal?.removeEventListener("abort", onAbort);
      await events.close();
    }
  }

  async close(): Promise<void> {
    const queue = this.#queue;
    const client = this.#client;
    this.#queue = undefined;
    this.#client = undefined;
    await queue?.close();
    if (client && client.status !== "end") await client.quit();
  }
}
