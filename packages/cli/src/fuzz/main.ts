/**
 * `npm run fuzz [-- --cases N --seed S --budget MS --clock cpu|wall --log FILE --shrink]`: run the mutation fuzzer and
 * print the count of each outcome class; exit 1 when any failure class occurred. The budget (default 10,000 ms) is
 * CPU time of the fuzzing process unless `--clock wall` (see run-case.ts). `--log FILE` writes one JSON line per case
 * that was not plainly refused or evaluated, or that took longer than a second (class, ms, wall ms, detail, mutant),
 * so every failure and every slow case can be classified and replayed. With `--shrink`, print a minimal reproducer
 * for each failure class.
 */
import { appendFileSync, writeFileSync } from "node:fs";
import { FAILURE_CLASSES } from "./run-case.js";
import { runFuzz, shrinkFailure } from "./fuzz.js";

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const logIndex = process.argv.indexOf("--log");
const log = logIndex >= 0 ? process.argv[logIndex + 1] : undefined;
const cases = arg("--cases", 5000);
const seed = arg("--seed", 20261205);
const budgetMs = arg("--budget", 10_000);
const clock =
  process.argv.includes("--clock") && process.argv[process.argv.indexOf("--clock") + 1] === "wall" ? "wall" : "cpu";
if (log !== undefined) writeFileSync(log, "");
const t0 = performance.now();
const summary = runFuzz({
  cases,
  seed,
  budgetMs,
  clock,
  onCase: (done, result, mutant) => {
    if (log !== undefined && ((result.class !== "refused" && result.class !== "evaluated") || result.ms > 1000))
      appendFileSync(
        log,
        JSON.stringify({
          case: done - 1,
          class: result.class,
          ms: Math.round(result.ms),
          wallMs: Math.round(result.wallMs),
          detail: result.detail,
          mutant,
        }) + "\n",
      );
    if (done % 250 === 0)
      process.stderr.write(`fuzz: ${done}/${cases} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  },
});
const failed = FAILURE_CLASSES.filter((c) => summary.counts[c] > 0);
console.log(
  JSON.stringify(
    {
      cases: summary.cases,
      seed,
      budgetMs,
      clock,
      counts: summary.counts,
      nonFiniteReports: summary.nonFiniteReports,
      unlocatedRefusals: summary.unlocatedRefusals,
      maxCaseMs: Math.round(summary.maxMs),
      maxCaseWallMs: Math.round(summary.maxWallMs),
      seconds: Math.round((performance.now() - t0) / 1000),
      examples: Object.fromEntries(
        Object.entries(summary.examples).map(([k, v]) => [k, { mutations: v.mutant, detail: v.result.detail }]),
      ),
    },
    null,
    2,
  ),
);
if (process.argv.includes("--shrink"))
  for (const cls of failed) {
    const r = shrinkFailure(cls, { cases, seed, budgetMs, clock });
    if (r) console.log(`\n# minimal ${cls}: ${r.result.detail ?? ""}\n${JSON.stringify(r.mutant)}`);
  }
process.exit(failed.length > 0 || summary.unlocatedRefusals > 0 || summary.nonFiniteReports > 0 ? 1 : 0);
