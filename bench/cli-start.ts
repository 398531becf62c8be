/**
 * Start-up of the built CLI, as a user runs it: wall time of `seceq --version` and of `seceq evaluate` on the
 * default preset (text output), each a fresh `node packages/cli/bin/seceq.mjs` process, after `npm run build`.
 * The one-minute load average is printed with the figures: the targets (≤ 0.3 s and ≤ 1 s) are for an idle machine.
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = fileURLToPath(new URL("../packages/cli/bin/seceq.mjs", import.meta.url));

/** Wall time of one run, ms; throws when the command fails. */
function timeRun(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`seceq ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Median and minimum of `runs` timed runs after one unmeasured run (disk cache warm-up). */
function measure(args: string[], runs: number): { median: number; min: number } {
  timeRun(args);
  const t = Array.from({ length: runs }, () => timeRun(args)).sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)]!, min: t[0]! };
}

/**
 * Measure the built CLI; returns `versionMedianS`, `versionMinS`, `evaluateMedianS`, `evaluateMinS` (seconds) and
 * `loadAverage1m`.
 * @param runs timed runs per command. Default 7.
 */
export async function benchCliStart(runs = 7): Promise<Record<string, number>> {
  const build = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  const load = loadavg()[0]!;
  const version = measure(["--version"], runs);
  const evaluate = measure(["evaluate"], runs);
  return Promise.resolve({
    versionMedianS: version.median / 1000,
    versionMinS: version.min / 1000,
    evaluateMedianS: evaluate.median / 1000,
    evaluateMinS: evaluate.min / 1000,
    loadAverage1m: load,
  });
}
