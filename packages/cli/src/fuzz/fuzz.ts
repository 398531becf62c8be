/**
 * Seeded mutation fuzzer over the presets and examples/scenarios/minimal.yaml (issue 14). `npm test` runs a few hundred
 * cases; `npm run fuzz` runs thousands and prints the count of each outcome class. For each failure class found,
 * fast-check shrinks one failing mutant to a minimal reproducer, which is kept as a regression fixture.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { stringify } from "yaml";
import { getPresetInput, listPresets } from "@seceq/data";
import { parse } from "yaml";
import { applyMutations, mutantArbitrary, type Mutant } from "./mutate.js";
import { FAILURE_CLASSES, runCase, type CaseClass, type CaseResult, type RunCaseOptions } from "./run-case.js";

/** The base documents: examples/scenarios/minimal.yaml and every preset, as plain data. */
export function fuzzBases(): { name: string; data: Record<string, unknown> }[] {
  const minimal = parse(
    readFileSync(new URL("../../../../examples/scenarios/minimal.yaml", import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  return [
    { name: "minimal", data: minimal },
    ...listPresets().map((p) => ({
      name: p.id,
      data: JSON.parse(JSON.stringify(getPresetInput(p.id))) as Record<string, unknown>,
    })),
  ];
}

/** Write a mutant as YAML or JSON text (non-finite numbers become `.nan`/`.inf` in YAML, `null` in JSON). */
export function mutantText(bases: ReturnType<typeof fuzzBases>, m: Mutant): string {
  const doc = applyMutations(bases[m.base]!.data, m.mutations);
  return m.format === "json" ? JSON.stringify(doc, null, 1) : stringify(doc, { aliasDuplicateObjects: false });
}

/** Counts of one fuzz run. */
export interface FuzzSummary {
  cases: number;
  counts: Record<CaseClass, number>;
  /** Evaluated cases whose report holds NaN or ±Infinity that no warning explains. */
  nonFiniteReports: number;
  /** Refusals with an issue lacking line:col. */
  unlocatedRefusals: number;
  /** Slowest case on the budget's clock (CPU time unless `clock: "wall"`), ms. */
  maxMs: number;
  /** Slowest case in wall time, ms. */
  maxWallMs: number;
  /** One example per failure class: the mutant and what happened. */
  examples: Partial<Record<CaseClass, { mutant: Mutant; result: CaseResult }>>;
}

/** Options of {@link runFuzz}. */
export interface FuzzOptions extends RunCaseOptions {
  /** Cases to run. */
  cases: number;
  /** fast-check seed. */
  seed: number;
  /** Called after each case, with the mutant it ran. */
  onCase?: (done: number, result: CaseResult, mutant: Mutant) => void;
}

/**
 * Run `cases` seeded mutants and count the outcome classes.
 * @param options cases, seed, per-case budget and engine options
 */
export function runFuzz(options: FuzzOptions): FuzzSummary {
  const bases = fuzzBases();
  const mutants = fc.sample(mutantArbitrary(bases.length), { numRuns: options.cases, seed: options.seed });
  const counts = Object.fromEntries(
    (["refused", "evaluated", "overBudget", ...FAILURE_CLASSES] as CaseClass[]).map((c) => [c, 0]),
  ) as Record<CaseClass, number>;
  const summary: FuzzSummary = {
    cases: 0,
    counts,
    nonFiniteReports: 0,
    unlocatedRefusals: 0,
    maxMs: 0,
    maxWallMs: 0,
    examples: {},
  };
  mutants.forEach((m, i) => {
    const result = runCase(mutantText(bases, m), options);
    summary.cases++;
    counts[result.class]++;
    if (result.nonFinite.length > 0) summary.nonFiniteReports++;
    if (result.unlocated) summary.unlocatedRefusals++;
    summary.maxMs = Math.max(summary.maxMs, result.ms);
    summary.maxWallMs = Math.max(summary.maxWallMs, result.wallMs);
    if (result.class !== "refused" && result.class !== "evaluated")
      summary.examples[result.class] ??= { mutant: m, result };
    options.onCase?.(i + 1, result, m);
  });
  return summary;
}

/**
 * Shrink a failing mutant of one class to a minimal reproducer with fast-check, starting from the given seed.
 * @param cls the failure class to reproduce
 * @param options seed and case options; `cases` bounds the search
 * @returns the minimal mutant's text, or undefined when none was found
 */
export function shrinkFailure(
  cls: CaseClass,
  options: FuzzOptions,
): { mutant: Mutant; text: string; result: CaseResult } | undefined {
  const bases = fuzzBases();
  const out = fc.check(
    fc.property(mutantArbitrary(bases.length), (m) => runCase(mutantText(bases, m), options).class !== cls),
    { numRuns: options.cases, seed: options.seed },
  );
  if (!out.failed || !out.counterexample) return undefined;
  const mutant = out.counterexample[0];
  const text = mutantText(bases, mutant);
  return { mutant, text, result: runCase(text, options) };
}
