/**
 * Start-up of the built CLI, as a user runs it: `seceq --version`, and `seceq evaluate` on the default preset (text
 * output) with and without `--no-sensitivities`, each a fresh `node packages/cli/bin/seceq.mjs` process, after
 * `npm run build`. Each command is reported as wall time (what the targets are about: ≤ 0.3 s and ≤ 1 s on an idle
 * machine) and as the process's CPU time (user + system, all its threads; steadier on a loaded machine).
 *
 * To tell start-up from engine, the engine's cold time is measured apart: a fresh process loads the engine and the
 * default preset, then times its first `evaluate` (CPU of the process during that call, `engine*CpuS`). The start-up
 * share (`startup*CpuS`) is the command's CPU time less the engine's: Node itself, module loading, the preset, the
 * place tables, the text output. The one-minute load average is printed with the figures.
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = fileURLToPath(new URL("../packages/cli/bin/seceq.mjs", import.meta.url));

/** Preloaded into each timed process: writes its CPU time (user + system, µs) to stderr as it exits. */
const REPORT_CPU =
  "data:text/javascript," +
  encodeURIComponent(
    'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`\\n@cpu ${u.user + u.system}\\n`); });',
  );

/** One timed run: wall and CPU milliseconds, and stdout; throws when the process fails. */
function timeRun(args: string[]): { wallMs: number; cpuMs: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", REPORT_CPU, ...args], { cwd: ROOT, encoding: "utf8" });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const cpu = /@cpu (\d+)/.exec(r.stderr);
  if (!cpu) throw new Error(`${args.join(" ")}: no CPU report`);
  return { wallMs, cpuMs: Number(cpu[1]) / 1000, stdout: r.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median and minimum wall time, and median CPU time, of `runs` runs after one unmeasured run (disk cache warm-up). */
function measure(args: string[], runs: number): { median: number; min: number; cpu: number } {
  timeRun(args);
  const t = Array.from({ length: runs }, () => timeRun(args));
  return {
    median: median(t.map((x) => x.wallMs)),
    min: Math.min(...t.map((x) => x.wallMs)),
    cpu: median(t.map((x) => x.cpuMs)),
  };
}

/** CPU time of the first `evaluate` of the default preset in a fresh process (engine only), median of `runs`, ms. */
function engineColdCpuMs(sensitivities: boolean, runs: number): number {
  const script =
    'const { evaluate } = await import("@seceq/core");' +
    'const { getPreset, DEFAULT_PRESET_ID } = await import("@seceq/data");' +
    "const s = getPreset(DEFAULT_PRESET_ID); const t0 = process.cpuUsage();" +
    `evaluate(s, { sensitivities: ${String(sensitivities)} });` +
    "const t = process.cpuUsage(t0); console.log((t.user + t.system) / 1000);";
  return median(
    Array.from({ length: runs }, () => Number(timeRun(["--input-type=module", "-e", script]).stdout.trim())),
  );
}

/**
 * Measure the built CLI. Returns, in seconds: `version*` and `evaluate*` (with sensitivities, as `seceq evaluate`
 * runs by default) and `evaluateNoSens*` (`--no-sensitivities`), each as `MedianS`, `MinS` (wall) and `CpuS`
 * (median CPU); `engineCpuS` / `engineNoSensCpuS` (the engine's cold evaluate) and `startupCpuS` /
 * `startupNoSensCpuS` (the command's CPU less the engine's); and `loadAverage1m`.
 * @param runs timed runs per command. Default 7.
 */
export async function benchCliStart(runs = 7): Promise<Record<string, number>> {
  const build = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  const load = loadavg()[0]!;
  const version = measure([BIN, "--version"], runs);
  const evaluate = measure([BIN, "evaluate"], runs);
  const noSens = measure([BIN, "evaluate", "--no-sensitivities"], runs);
  const engine = engineColdCpuMs(true, Math.max(3, Math.ceil(runs / 2)));
  const engineNoSens = engineColdCpuMs(false, runs);
  return Promise.resolve({
    versionMedianS: version.median / 1000,
    versionMinS: version.min / 1000,
    versionCpuS: version.cpu / 1000,
    evaluateMedianS: evaluate.median / 1000,
    evaluateMinS: evaluate.min / 1000,
    evaluateCpuS: evaluate.cpu / 1000,
    evaluateNoSensMedianS: noSens.median / 1000,
    evaluateNoSensMinS: noSens.min / 1000,
    evaluateNoSensCpuS: noSens.cpu / 1000,
    engineCpuS: engine / 1000,
    engineNoSensCpuS: engineNoSens / 1000,
    startupCpuS: (evaluate.cpu - engine) / 1000,
    startupNoSensCpuS: (noSens.cpu - engineNoSens) / 1000,
    loadAverage1m: load,
  });
}
