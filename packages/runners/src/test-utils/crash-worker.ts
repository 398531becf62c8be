/**
 * Test helper process: a sweep worker that kills itself (SIGKILL, no cleanup) when it starts a chosen chunk for the
 * first time, to test that a worker dying mid-chunk loses nothing. Configured by environment variables:
 * SECEQ_TEST_REDIS (URL), SECEQ_TEST_PREFIX, SECEQ_TEST_CRASH_CHUNK, SECEQ_TEST_MARKER (file created before dying).
 */
import { existsSync, writeFileSync } from "node:fs";
import { startWorker } from "../bullmq-worker.js";

const env = (k: string): string => {
  const v = process.env[k];
  if (v === undefined) throw new Error(`${k} is not set`);
  return v;
};
const crashChunk = Number(env("SECEQ_TEST_CRASH_CHUNK"));
const marker = env("SECEQ_TEST_MARKER");

await startWorker({
  queue: env("SECEQ_TEST_REDIS"),
  prefix: env("SECEQ_TEST_PREFIX"),
  lockDurationMs: 1000,
  stalledIntervalMs: 1000,
  onChunk: (info) => {
    process.stdout.write(`chunk ${info.chunk}\n`);
    if (info.chunk === crashChunk && !existsSync(marker)) {
      writeFileSync(marker, String(process.pid));
      process.kill(process.pid, "SIGKILL");
    }
  },
});
process.stdout.write("ready\n");
