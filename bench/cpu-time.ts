/**
 * CPU-time measurement shared by the benches: process CPU time (user + system) of a function, median of several runs,
 * so figures on a shared, loaded machine count the work done rather than the time spent waiting for a core.
 */

/** CPU milliseconds (user + system) spent by this process while `fn` ran once. */
export function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/**
 * Median CPU time of one call of `fn`, ms: `reps` runs of `inner` calls each after one warm-up run.
 * @param fn the work to time
 * @param inner calls per run (raise for sub-millisecond work: process.cpuUsage has ~1 µs resolution)
 * @param reps runs; the median is reported
 */
export function medianCpuMs(fn: () => void, inner = 1, reps = 5): number {
  for (let i = 0; i < inner; i++) fn();
  const runs: number[] = [];
  for (let r = 0; r < reps; r++)
    runs.push(
      cpuMs(() => {
        for (let i = 0; i < inner; i++) fn();
      }) / inner,
    );
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}
