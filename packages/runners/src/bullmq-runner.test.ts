import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runChunk, type CellResult } from "@seceq/core";
import { BullmqRunner, ChunkFailedError } from "./bullmq-runner.js";
import { startWorker, type ChunkInfo } from "./bullmq-worker.js";
import { InProcessRunner } from "./in-process-runner.js";
import { PiscinaRunner } from "./piscina-runner.js";
import { sweepIdOf } from "./sweep-id.js";
import { fixtureSpec } from "./test-utils/fixture-spec.js";
import { startRedis, type RedisFixture } from "./test-utils/redis-fixture.js";

let redis: RedisFixture;
before(async () => {
  redis = await startRedis();
});
after(async () => {
  await redis.stop();
});

const N = 40;
const ALL = Array.from({ length: N }, (_, i) => i);
const sorted = (cells: CellResult[]) => [...cells].sort((a, b) => a.index - b.index);

/** Await a promise, failing the test if it has not settled within `ms` milliseconds. */
async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Collect cells, asserting none arrives twice. */
function collector() {
  const cells: CellResult[] = [];
  const seen = new Set<number>();
  return {
    cells,
    onResult: (c: CellResult) => {
      assert.ok(!seen.has(c.index), `cell ${c.index} delivered twice`);
      seen.add(c.index);
      cells.push(c);
    },
  };
}

void test("differential: in-process, a 2-thread pool and BullMQ workers give identical cells", async () => {
  const spec = fixtureSpec({ n: N, samples: 2 });
  const reference = runChunk(spec, ALL);

  const inProcess = collector();
  await new InProcessRunner().run(spec, ALL, inProcess.onResult);

  const pool = new PiscinaRunner({ threads: 2 });
  const pooled = collector();
  try {
    await pool.run(spec, ALL, pooled.onResult);
  } finally {
    await pool.close();
  }

  const prefix = "diff";
  const workers = await Promise.all([
    startWorker({ queue: redis.url, prefix }),
    startWorker({ queue: redis.url, prefix }),
  ]);
  const runner = new BullmqRunner({ url: redis.url, prefix, chunkSize: 8 });
  const queued = collector();
  try {
    await runner.run(spec, ALL, queued.onResult);
    // Running again joins the finished jobs (same ids): same cells, nothing recomputed differently.
    const again = collector();
    await runner.run(spec, [5, 6, 33], again.onResult);
    assert.deepEqual(sorted(again.cells), [reference[5], reference[6], reference[33]]);
  } finally {
    await runner.close();
    await Promise.all(workers.map((w) => w.close()));
  }

  assert.deepEqual(inProcess.cells, reference);
  assert.deepEqual(sorted(pooled.cells), reference);
  assert.deepEqual(sorted(queued.cells), reference);
});

void test("retry: a chunk that throws on its first attempt is retried; the aggregate is still right", async () => {
  const spec = fixtureSpec({ n: N, seed: 9 });
  const reference = runChunk(spec, ALL);
  const prefix = "retry";
  const attempts: ChunkInfo[] = [];
  const worker = await startWorker({
    queue: redis.url,
    prefix,
    onChunk: (info) => {
      attempts.push(info);
      if (info.chunk === 2 && info.attemptsMade === 0) throw new Error("injected failure");
    },
  });
  const runner = new BullmqRunner({ url: redis.url, prefix, chunkSize: 10, backoffMs: 50 });
  const got = collector();
  try {
    await runner.run(spec, ALL, got.onResult);
  } finally {
    await runner.close();
    await worker.close();
  }
  assert.deepEqual(
    attempts.filter((a) => a.chunk === 2).map((a) => a.attemptsMade),
    [0, 1],
  );
  assert.equal(attempts[0]!.jobId, `${sweepIdOf(spec)}.0`);
  assert.deepEqual(sorted(got.cells), reference);
});

void test("a worker killed (SIGKILL) mid-chunk: the stalled job is picked up by another worker; every cell once", async () => {
  const spec = fixtureSpec({ n: N, seed: 21 });
  const reference = runChunk(spec, ALL);
  const prefix = "kill";
  const dir = mkdtempSync(join(tmpdir(), "seceq-kill-"));
  const marker = join(dir, "crashed");
  const script = fileURLToPath(new URL("./test-utils/crash-worker.ts", import.meta.url));
  const child = spawn(process.execPath, ["--conditions=@seceq/source", "--import", "tsx", script], {
    env: {
      ...process.env,
      SECEQ_TEST_REDIS: redis.url,
      SECEQ_TEST_PREFIX: prefix,
      SECEQ_TEST_CRASH_CHUNK: "1",
      SECEQ_TEST_MARKER: marker,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const runner = new BullmqRunner({ url: redis.url, prefix, chunkSize: 10 });
  const got = collector();
  let rescuer: Awaited<ReturnType<typeof startWorker>> | undefined;
  let run: Promise<void> | undefined;
  try {
    run = runner.run(spec, ALL, got.onResult);
    assert.equal(await within(60_000, "the crashing worker's exit", exited), "SIGKILL");
    assert.ok(existsSync(marker), "the child died in chunk 1");
    assert.match(out, /chunk 1\n/);
    assert.doesNotMatch(out, /chunk [2-9]/, "it died in chunk 1, before taking another");
    // A second worker finds the dead worker's job once its 1 s lock has expired.
    rescuer = await startWorker({ queue: redis.url, prefix, stalledIntervalMs: 500 });
    await within(60_000, "the run after the rescue", run);
  } finally {
    await runner.close();
    await run?.catch(() => {});
    await rescuer?.close();
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(sorted(got.cells), reference);
});

void test("many chunks (20) are awaited with one pair of listeners: no MaxListenersExceededWarning", async () => {
  const spec = fixtureSpec({ n: N, seed: 5 });
  const prefix = "many";
  const warnings: Error[] = [];
  const onWarning = (w: Error) => void warnings.push(w);
  process.on("warning", onWarning);
  const worker = await startWorker({ queue: redis.url, prefix, concurrency: 4 });
  const runner = new BullmqRunner({ url: redis.url, prefix, chunkSize: 2 });
  const got = collector();
  try {
    await within(60_000, "a 20-chunk run", runner.run(spec, ALL, got.onResult));
    // Warnings are emitted on the next tick.
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off("warning", onWarning);
    await runner.close();
    await worker.close();
  }
  assert.deepEqual(sorted(got.cells), runChunk(spec, ALL));
  assert.deepEqual(
    warnings.filter((w) => w.name === "MaxListenersExceededWarning").map((w) => w.message),
    [],
  );
});

void test("a chunk that fails on every attempt: the other chunks are delivered, then ChunkFailedError", async () => {
  const spec = fixtureSpec({ n: N, seed: 13 });
  const reference = runChunk(spec, ALL);
  const prefix = "fail";
  const worker = await startWorker({
    queue: redis.url,
    prefix,
    onChunk: (info) => {
      if (info.chunk === 1) throw new Error("disk full on the worker");
    },
  });
  const runner = new BullmqRunner({ url: redis.url, prefix, chunkSize: 10, attempts: 2, backoffMs: 20 });
  const got = collector();
  let error: unknown;
  try {
    await within(60_000, "a run with a failing chunk", runner.run(spec, ALL, got.onResult)).catch(
      (e: unknown) => (error = e),
    );
  } finally {
    await runner.close();
    await worker.close();
  }
  assert.ok(error instanceof ChunkFailedError, String(error));
  assert.deepEqual(error.failed, [{ chunk: 1, start: 10, end: 20, reason: "disk full on the worker" }]);
  assert.equal(
    error.message,
    `chunk 1 of sweep ${sweepIdOf(spec)} (cells 10–19) failed on all 2 attempts: disk full on the worker`,
  );
  assert.deepEqual(
    sorted(got.cells),
    reference.filter((c) => c.index < 10 || c.index >= 20),
  );
});

void test("Redis killed and restarted empty mid-sweep: the lost jobs are enqueued again and the run completes", async () => {
  const own = await startRedis();
  let restarted: RedisFixture | undefined;
  const spec = fixtureSpec({ n: N, seed: 21 });
  const reference = runChunk(spec, ALL);
  const prefix = "lost";
  let computed = 0;
  const worker = await startWorker({
    queue: own.url,
    prefix,
    // Slow chunks, so the restart lands while most of the sweep is still queued.
    onChunk: () => new Promise<void>((r) => setTimeout(r, 300)),
    onChunkDone: () => void computed++,
  });
  const requeued: number[] = [];
  const changes: string[] = [];
  const runner = new BullmqRunner({
    url: own.url,
    prefix,
    chunkSize: 4,
    backoffMs: 50,
    reconcileIntervalMs: 1000,
    onRequeue: ({ chunks }) => requeued.push(chunks),
    onConnectionChange: (c) => changes.push(c.state),
  });
  const got = collector();
  try {
    const run = runner.run(spec, ALL, got.onResult);
    run.catch(() => {});
    const deadline = Date.now() + 30_000;
    while (got.cells.length < 8 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(got.cells.length >= 8 && got.cells.length < N, `${got.cells.length} cells before the restart`);
    await own.stop();
    restarted = await startRedis({ port: own.port });
    await within(60_000, "the sweep after Redis restarted empty", run);
  } finally {
    await runner.close();
    await worker.close();
    await own.stop();
    await restarted?.stop();
  }
  assert.deepEqual(changes, ["lost", "restored"]);
  assert.ok(requeued.length >= 1 && requeued[0]! > 0, `re-enqueued: ${requeued.join(", ")}`);
  assert.ok(requeued.reduce((t, c) => t + c, 0) <= N / 4 - 2, "only chunks not delivered before the restart");
  assert.deepEqual(sorted(got.cells), reference, "every cell exactly once (the collector refuses repeats)");
  assert.ok(computed >= N / 4, `${computed} chunks computed`);
});
