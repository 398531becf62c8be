/**
 * A distributed sweep worker (`seceq worker --queue redis://…`): takes chunk jobs from the BullMQ queue, computes
 * their cells — on a local piscina pool when `threads` > 1, else on this thread — and returns them
 * as the job's result (JSON-safe cells). The spec of each sweep is read once from Redis and cached.
 */
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { encodeCellJson, runChunk, type CellResult, type ResolvedSweepSpec } from "@seceq/core";
import { DEFAULT_PREFIX, DEFAULT_QUEUE, specKey, type ChunkJobData } from "./bullmq-runner.js";
import { PiscinaRunner } from "./piscina-runner.js";
import { connectRedis, type RedisConnectionChange } from "./redis/connect.js";

/** Facts about a chunk about to be computed (for logs and tests). */
export interface ChunkInfo {
  sweepId: string;
  chunk: number;
  start: number;
  end: number;
  /** Failed attempts before this one (0 on the first). */
  attemptsMade: number;
  jobId: string;
}

/** Options of {@link startWorker}. */
export interface StartWorkerOptions {
  /** `redis://host:port[/db]`. */
  queue: string;
  /** BullMQ key prefix. Default `seceq`. */
  prefix?: string;
  /** Queue name. Default `seceq-sweeps`. */
  queueName?: string;
  /** Worker threads computing each chunk; 1 computes on this thread. Default 1. */
  threads?: number;
  /** Jobs processed at once. Default 1. */
  concurrency?: number;
  /** Job lock duration, ms: a worker silent this long is presumed dead and its job retried. Default 30,000. */
  lockDurationMs?: number;
  /** How often to look for stalled jobs, ms. Default 30,000. */
  stalledIntervalMs?: number;
  /** Called before each chunk is computed (logging; tests inject failures by throwing). */
  onChunk?: (info: ChunkInfo) => void | Promise<void>;
  /** Called after each chunk, with the time it took, ms. */
  onChunkDone?: (info: ChunkInfo, ms: number) => void;
  /** Told when the Redis connection is lost and when it is back (once per change). Default: nothing reported. */
  onConnectionChange?: (change: RedisConnectionChange) => void;
}

/** A running worker. */
export interface SweepWorker {
  readonly worker: Worker<ChunkJobData, CellJson[]>;
  /** Stop taking jobs, finish the current ones, and disconnect. */
  close(): Promise<void>;
}

type CellJson = ReturnType<typeof encodeCellJson>;

/**
 * Start a worker on the sweep queue.
 * @param options queue URL, prefix, threads, concurrency, lock settings and hooks
 * @throws RedisUnavailableError when Redis cannot be reached within 5 s
 */
export async function startWorker(options: StartWorkerOptions): Promise<SweepWorker> {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const client = await connectRedis(
    options.queue,
    options.onConnectionChange ? { onConnectionChange: options.onConnectionChange } : {},
  );
  const specs = new Map<string, ResolvedSweepSpec>();
  const pool = (options.threads ?? 1) > 1 ? new PiscinaRunner({ threads: options.threads! }) : undefined;

  const loadSpec = async (sweepId: string): Promise<ResolvedSweepSpec> => {
    let spec = specs.get(sweepId);
    if (!spec) {
      const text = await client.get(specKey(prefix, sweepId));
      if (text === null)
        throw new UnrecoverableError(`the spec of sweep ${sweepId} is not in Redis (expired or removed)`);
      spec = JSON.parse(text) as ResolvedSweepSpec;
      if (specs.size >= 8) specs.delete(specs.keys().next().value!);
      specs.set(sweepId, spec);
    }
    return spec;
  };

  const processor = async (job: Job<ChunkJobData, CellJson[]>): Promise<CellJson[]> => {
    const { sweepId, chunk, start, end } = job.data;
    const info: ChunkInfo = { sweepId, chunk, start, end, attemptsMade: job.attemptsMade, jobId: job.id ?? "" };
    const spec = await loadSpec(sweepId);
    await options.onChunk?.(info);
    const t0 = performance.now();
    const indices = Array.from({ length: end - start }, (_, i) => start + i);
    let cells: CellResult[];
    if (pool) {
      cells = [];
      await pool.run(spec, indices, (c) => void cells.push(c));
      cells.sort((a, b) => a.index - b.index);
    } else cells = runChunk(spec, indices);
    options.onChunkDone?.(info, performance.now() - t0);
    return cells.map(encodeCellJson);
  };

  const worker = new Worker<ChunkJobData, CellJson[]>(options.queueName ?? DEFAULT_QUEUE, processor, {
    connection: client,
    prefix,
    concurrency: options.concurrency ?? 1,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
  });
  worker.on("error", () => {});
  try {
    await worker.waitUntilReady();
  } catch (e) {
    await worker.close(true).catch(() => {});
    await pool?.close();
    client.disconnect();
    throw e;
  }
  return {
    worker,
    async close() {
      await worker.close();
      await pool?.close();
      if (client.status !== "end") await client.quit();
    },
  };
}
