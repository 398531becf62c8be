/**
 * API throughput: start `seceq serve`'s server on a random loopback port (engine in worker threads, a throw-away
 * SQLite file), then 50 concurrent clients POST /api/evaluate with the default preset for 10 s or 2,000 requests,
 * whichever comes first. Reports requests per second, p50/p99 latency and errors (any status but 200).
 * Stops by itself: clients stop at the deadline, then the server, its workers and the store are closed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { startServer } from "@seceq/server";

const CLIENTS = 50;
const DURATION_MS = 10_000;
const MAX_REQUESTS = 2_000;

/** Quantile of sorted values (type 7, linear between order statistics). */
function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Run the API throughput benchmark; figures keyed by name. */
export async function benchApiThroughput(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "seceq-bench-api-"));
  const server = await startServer({ port: 0, host: "127.0.0.1", dbPath: join(dir, "store.db"), log: () => undefined });
  try {
    const url = `${server.url}api/evaluate`;
    const body = JSON.stringify(getPresetInput(DEFAULT_PRESET_ID));
    const post = async (): Promise<number> => {
      const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      await r.arrayBuffer();
      return r.status;
    };

    // Warm up: let every worker thread load the engine and run once, outside the measurement.
    const workers = Math.min(8, availableParallelism());
    await Promise.all(Array.from({ length: workers * 2 }, post));

    // One client alone: the latency of a request with no queue (engine time plus HTTP and JSON).
    const alone: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await post();
      alone.push(performance.now() - start);
    }
    alone.sort((a, b) => a - b);

    const latencies: number[] = [];
    let errors = 0;
    let busy = 0;
    let issued = 0;
    const t0 = performance.now();
    const deadline = t0 + DURATION_MS;
    const client = async () => {
      while (performance.now() < deadline && issued < MAX_REQUESTS) {
        issued++;
        const start = performance.now();
        const status = await post().catch(() => 0);
        latencies.push(performance.now() - start);
        if (status !== 200) errors++;
        if (status === 503) busy++;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const elapsedS = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      "1 client: median latency ms": quantile(alone, 0.5),
      clients: CLIENTS,
      "engine worker threads": workers,
      requests: latencies.length,
      "requests/s": (latencies.length - errors) / elapsedS,
      "p50 latency ms": quantile(latencies, 0.5),
      "p99 latency ms": quantile(latencies, 0.99),
      "errors (non-200)": errors,
      "of which 503 busy": busy,
      "elapsed s": elapsedS,
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
