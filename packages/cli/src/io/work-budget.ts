/**
 * Progress and a time budget for long synchronous engine work (issue 14): the engine calls back after each unit of
 * work; this watcher shows a progress bar once the work has taken longer than about a second, and stops the work with a
 * clean user error once the budget is spent. The engine keeps no clock; the watcher reads one between units.
 */
import { UserError } from "../errors.js";
import { progressBar, type Progress } from "./progress.js";

/** Options of {@link watchWork}. */
export interface WorkWatchOptions {
  /** Label of the progress bar, e.g. `evaluate`. */
  label: string;
  /** Budget in seconds; no limit when absent. */
  budgetSeconds?: number;
  /** Show the bar after this much time, ms. Default 1000. */
  showAfterMs?: number;
  /** Clock in ms (tests inject one). Default `performance.now`. */
  now?: () => number;
  /** Start a bar (tests inject one). Default {@link progressBar} on stderr. */
  startBar?: (label: string, total: number) => Progress;
}

/** A watcher: pass `onWork` to the engine, call `stop` when done (or on any error). */
export interface WorkWatch {
  /** The engine's callback after each unit: (units done, total units). Throws once the budget is spent. */
  onWork: (done: number, total: number) => void;
  /** Stop the progress bar if one was shown. */
  stop: () => void;
}

/**
 * Watch a long evaluation: lazy progress bar and an optional budget.
 * @param options label, budget (s), delay before the bar shows (ms, default 1000)
 */
export function watchWork(options: WorkWatchOptions): WorkWatch {
  const now = options.now ?? (() => performance.now());
  const showAfter = options.showAfterMs ?? 1000;
  const start = now();
  let bar: Progress | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    onWork: (done, total) => {
      const elapsed = now() - start;
      if (options.budgetSeconds !== undefined && elapsed > options.budgetSeconds * 1000 && done < total) {
        stop();
        throw new UserError(
          [
            {
              code: "budget_exceeded",
              path: [],
              message: `${options.label} stopped after ${(elapsed / 1000).toFixed(1)} s, over the --budget of ${options.budgetSeconds} s (${done} of ${total} steps done)`,
              hint: "raise --budget, or do less work: --no-sensitivities, fewer --samples, fewer force elements",
            },
          ],
          { summary: "budget exceeded; nothing was written." },
        );
      }
      if (!bar && elapsed >= showAfter && done < total) bar = (options.startBar ?? progressBar)(options.label, total);
      bar?.update(done);
    },
    stop,
  };
}
