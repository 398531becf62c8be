/**
 * Progress bars on stderr (cli-progress); plain lines when stderr is not a terminal, so CI logs stay readable.
 */
import cliProgress from "cli-progress";

/** A started progress bar. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** Start a progress bar with ETA for `total` steps. */
export function progressBar(label: string, total: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (d) => bar.update(d), stop: () => bar.stop() };
}
