/**
 * Sweep benchmarks: cells per second in-process (wall, and per core by CPU time) and on 1- and 2-thread piscina pools
 * over the same cells (issue 11: 2 workers ≥ 1.8 × one worker; ≥ 3,000 cells/s per core),
 * Monte Carlo samples per second inside sweep cells, and the overhead per cell of going through BullMQ on a
 * loopback Redis (a worker in this process, so the difference is queueing, not parallelism).
 *
 * Cells are Latin-hypercube cells over the default preset (US and Russian silo ICBMs, cost weight). Pools are warmed
 * up (threads started, engine loaded) before timing.
 */
import { cellCount, loadSweepSpec, runCell, runChunk, type ResolvedSweepSpec } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset, listPresets } from "@seceq/data";
import { BullmqRunner, PiscinaRunner, startWorker, type SweepWorker } from "@seceq/runners";
import { startRedis } from "@seceq/runners/test-utils";
import { cpuMs } from "./cpu-time.js";

function spec(n: number, samples: number, seed: number): ResolvedSweepSpec {
  const text = `id: bench-${n}-${samples}-${seed}
base: { preset: ${DEFAULT_PRESET_ID} }
parameters:
  - path: parties.us.forces.mm3-w87.launchers.deployed
    range: [0, 300]
  - path: parties.ru.forces.yars-silo.launchers.deployed
    range: [0, 90]
  - path: assumptions.costWeight
    range: [0.1, 0.6]
sampling: { method: latin-hypercube, n: ${n} }
seed: ${seed}
samples: ${samples}
outputs: [stability.us-ru.combined, stability.us-ru.fss.us, stability.us-ru.fss.ru, exchange.ru>us.damageToVictim]
`;
  const ids = listPresets().map((p) => p.id);
  const r = loadSweepSpec(text, {
    resolvePreset: (id) => (ids.includes(id) ? getPreset(id) : undefined),
    presetIds: ids,
  });
  if (!r.value) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.value;
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

/** Shortest of `reps` timings of an async or sync function, ms (the least disturbed run on a shared machine). */
async function fastest(reps: number, fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Run the sweep benchmarks; figures keyed by name (per second, ratio, or ms). */
export async function benchSweep(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const n = 160;
  const s = spec(n + 40, 0, 1);
  const timed = range(40, 40 + n);
  const pool = new PiscinaRunner({ threads: 2 });
  const pool1 = new PiscinaRunner({ threads: 1 });
  try {
    // Warm up: threads started, engine loaded and JIT-compiled on both sides.
    runChunk(s, range(0, 40));
    await pool.warmUp(s);
    await pool1.warmUp(s);
    await pool.run(s, range(0, 40), () => {});
    await pool1.run(s, range(0, 40), () => {});
    // Interleaved, so a burst of load from other processes hits every side alike; the fastest run of each counts.
    let inProcessMs = Infinity;
    let inProcessCpuMs = Infinity;
    let pooledMs = Infinity;
    let pooled1Ms = Infinity;
    let pooledCpuMs = Infinity;
    let pooled1CpuMs = Infinity;
    // Process CPU time counts every thread: equal CPU per cell on both pools means the second worker adds no work.
    const cpuOf = async (fn: () => Promise<unknown>) => {
      const t0 = process.cpuUsage();
      await fn();
      const t = process.cpuUsage(t0);
      return (t.user + t.system) / 1000;
    };
    for (let rep = 0; rep < 4; rep++) {
      inProcessCpuMs = Math.min(
        inProcessCpuMs,
        cpuMs(() => void runChunk(s, timed)),
      );
      inProcessMs = Math.min(inProcessMs, await fastest(1, () => runChunk(s, timed)));
      const t1 = performance.now();
      pooled1CpuMs = Math.min(pooled1CpuMs, await cpuOf(() => pool1.run(s, timed, () => {})));
      pooled1Ms = Math.min(pooled1Ms, performance.now() - t1);
      const t2 = performance.now();
      pooledCpuMs = Math.min(pooledCpuMs, await cpuOf(() => pool.run(s, timed, () => {})));
      pooledMs = Math.min(pooledMs, performance.now() - t2);
    }
    out["cells/s per core (in-process, CPU time; target ≥ 3,000)"] = n / (inProcessCpuMs / 1000);
    out["cells/s in-process"] = n / (inProcessMs / 1000);
    out["cells/s piscina 1 thread"] = n / (pooled1Ms / 1000);
    out["cells/s piscina 2 threads"] = n / (pooledMs / 1000);
    out["piscina scaling (2 threads / in-process)"] = inProcessMs / pooledMs;
    out["piscina scaling (2 threads / 1 thread, same sweep; target ≥ 1.8)"] = pooled1Ms / pooledMs;
    out["piscina CPU ms per cell, 1 thread"] = pooled1CpuMs / n;
    out["piscina CPU ms per cell, 2 threads"] = pooledCpuMs / n;
    out["piscina work ratio (CPU per cell, 1 thread / 2 threads; 1 = no added work)"] = pooled1CpuMs / pooledCpuMs;
  } finally {
    await pool.close();
    await pool1.close();
  }

  // Monte Carlo inside cells (each sample is one perturbed stability run).
  const samples = 50;
  const mc = spec(5, samples, 2);
  runCell(mc, 0);
  const mcMs = await fastest(2, () => runChunk(mc, range(1, cellCount(mc))));
  out["Monte Carlo samples/s in sweep cells (in-process)"] = ((cellCount(mc) - 1) * samples) / (mcMs / 1000);
  const mcCpuMs = cpuMs(() => void runChunk(mc, range(1, cellCount(mc))));
  out["Monte Carlo samples/s per core in sweep cells (CPU time)"] = ((cellCount(mc) - 1) * samples) / (mcCpuMs / 1000);

  // BullMQ on loopback: one worker in this process, chunks of 40 cells; overhead = queued time − direct time.
  let redis;
  try {
    redis = await startRedis();
  } catch (e) {
    process.stderr.write(`bench sweep: BullMQ skipped: ${(e as Error).message}\n`);
    out["BullMQ overhead ms/cell (loopback)"] = NaN;
    return out;
  }
  const prefix = "bench";
  let worker: SweepWorker | undefined;
  let runner: BullmqRunner | undefined;
  try {
    worker = await startWorker({ queue: redis.url, prefix });
    runner = new BullmqRunner({ url: redis.url, prefix, chunkSize: 40 });
    await runner.run(spec(40, 0, 4), range(0, 40), () => {});
    const sweeps = [spec(n, 0, 5), spec(n, 0, 6), spec(n, 0, 7)];
    let k = 0;
    // A fresh sweep each repetition, so no finished jobs are reused.
    const queued = runner;
    const queuedMs = await fastest(3, () => queued.run(sweeps[k++]!, range(0, n), () => {}));
    const directMs = await fastest(3, () => runChunk(sweeps[0]!, range(0, n)));
    out["cells/s BullMQ, 1 in-process worker (loopback)"] = n / (queuedMs / 1000);
    out["BullMQ overhead ms/cell (loopback)"] = (queuedMs - directMs) / n;
  } finally {
    // The Redis server is stopped whatever failed before it (a worker that did not start, a run that threw).
    try {
      await runner?.close();
      await worker?.close();
    } finally {
      await redis.stop();
    }
  }
  return out;
}
