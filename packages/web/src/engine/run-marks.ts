/**
 * Performance marks of one core run, the breakdown of a slider change's latency (User Timing, visible in the
 * browser's performance panel and read by `bench/web-slider.ts`). Each mark is named `seceq:<stage>:<runId>`:
 *
 * - `post`: the page posts the run's job to the core worker;
 * - `worker-start`, `worker-evaluated`: the worker starts the job and has its figures (stamped in the worker, in
 *   epoch milliseconds, and placed on the page's timeline here);
 * - `answer`: the result has reached the page's store (after the message and its structured clone);
 * - `number`: the headline figures of the run are in the DOM (React has committed the cards);
 * - `charts`: the charts and tables of the run are in the DOM too.
 *
 * Only the marks of the last {@link KEPT_RUNS} runs are kept, so a long drag does not grow the timeline.
 */

/** Stages of a core run, in order. */
export type RunStage = "post" | "worker-start" | "worker-evaluated" | "answer" | "number" | "charts";

/** Runs whose marks are kept. */
export const KEPT_RUNS = 400;

/** Name of a run's mark. */
export function runMarkName(stage: RunStage, runId: number): string {
  return `seceq:${stage}:${runId}`;
}

/** Wall-clock time in epoch milliseconds at sub-millisecond resolution (comparable across a page and its workers). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Mark a stage of a run on this context's performance timeline.
 * @param stage the stage
 * @param runId the core run's sequence number (1, 2, …)
 * @param atEpochMs when it happened, epoch ms (a worker's stamp); default now
 */
export function markRun(stage: RunStage, runId: number, atEpochMs?: number): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  const name = runMarkName(stage, runId);
  if (atEpochMs === undefined) performance.mark(name);
  else performance.mark(name, { startTime: Math.max(0, atEpochMs - performance.timeOrigin) });
  // Every run is answered, so its answer clears what fell out of the window (stages a run skipped included).
  if (stage === "answer")
    for (; clearedUpTo < runId - KEPT_RUNS; clearedUpTo++)
      for (const s of STAGES) performance.clearMarks(runMarkName(s, clearedUpTo + 1));
}

const STAGES: readonly RunStage[] = ["post", "worker-start", "worker-evaluated", "answer", "number", "charts"];
/** Runs up to this one have had their marks cleared. */
let clearedUpTo = 0;
