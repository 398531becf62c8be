/**
 * Progress bars on stderr (cli-progress); plain lines when stderr is not a terminal, so CI logs stay readable. The
 * library is loaded when the first bar starts (most runs end before a bar is due).
 */
import { createRequire } from "node:module";
import type * as CliProgressModule from "cli-progress";

type CliProgress = typeof CliProgressModule;
let cliProgressLib: CliProgress | undefined;

/** cli-progress, loaded on first use (a CommonJS module, so it can be required synchronously). */
function cliProgress(): CliProgress {
  return (cliProgressLib ??= createRequire(import.meta.url)("cli-progress") as CliProgress);
}

/** A started progress bar. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** Start a progress bar with ETA for `total` steps. */
export function progressBar(label: string, total: number): Progress {
  const lib = cliProgress();
  const bar = new lib.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      // The cursor stays visible: Ctrl-C during synchronous engine work ends the process at once (no JavaScript runs
      // until the engine returns, so no handler could restore a hidden cursor), and the terminal must be left usable.
      hideCursor: false,
    },
    lib.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (d) => bar.update(d), stop: () => bar.stop() };
}

/**
 * Run `work` with a progress bar that is stopped on every path, errors included (a running bar's timer would keep the
 * process alive after the error is reported).
 * @param label what is counted
 * @param total steps; no bar when 0
 * @param work receives the update function (a no-op without a bar)
 */
export function withProgress<T>(label: string, total: number, work: (update: (done: number) => void) => T): T {
  if (total <= 0) return work(() => undefined);
  const bar = progressBar(label, total);
  try {
    return work((d) => bar.update(d));
  } finally {
    bar.stop();
  }
}
