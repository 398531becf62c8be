/**
 * Run one fuzz case the way the CLI would (text → load → evaluate) under a time budget, and classify the outcome
 * (issue 14): refused cleanly, valid and evaluated, stopped by the budget, threw after validation, hang, non-user
 * exception, or prototype pollution.
 *
 * The budget works like the CLI's `--budget`: the engine reports each unit of work and the case is stopped at the first
 * report after the budget ran out (`overBudget`, a clean stop of a valid but very large scenario). A `hang` is a case
 * that stays unresponsive: loading alone exceeds the budget, or no unit of work ends within half the budget after it
 * ran out.
 *
 * The budget is measured in CPU time of this process by default (`clock: "cpu"`), so a run on a machine shared with
 * other work classes cases as an idle machine would (there, wall time ≈ CPU time for this single-threaded work); the
 * wall time is reported too.
 */
import { evaluate, InputError, loadScenarioText, unexplainedNonFinite, type Issue } from "@seceq/core";

/** Outcome classes. The last four are failures. */
export type CaseClass =
  "refused" | "evaluated" | "overBudget" | "threwAfterValidation" | "hang" | "nonUserException" | "prototypePollution";

/** Classes that count as failures. */
export const FAILURE_CLASSES: readonly CaseClass[] = [
  "threwAfterValidation",
  "hang",
  "nonUserException",
  "prototypePollution",
];

/** Result of one case. */
export interface CaseResult {
  class: CaseClass;
  /** What went wrong, for failures; the first issue, for refusals. */
  detail?: string;
  /** Time of load + evaluate on the budget's clock, ms. */
  ms: number;
  /** Wall time of load + evaluate, ms. */
  wallMs: number;
  /** NaN or ±Infinity in the report that no warning explains (`unexplainedNonFinite`), for evaluated cases. */
  nonFinite: string[];
  /** Refusals whose issues lack `line:col` (every refusal from text must be located). */
  unlocated?: boolean;
}

/** Options of {@link runCase}. */
export interface RunCaseOptions {
  /** Budget for load + evaluate, ms (default 10,000). */
  budgetMs?: number;
  /** Monte Carlo samples (default 4). */
  samples?: number;
  /** Compute arms-race sensitivities (default true). */
  sensitivities?: boolean;
  /** Clock of the budget: CPU time of this process (default) or wall time. */
  clock?: "cpu" | "wall";
}

/** CPU time (user + system) of this process, ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

class OverBudget extends Error {}

/** Own property names of the built-in prototypes user data could reach. */
function prototypeFingerprint(): string {
  const names = (o: object) => Reflect.ownKeys(o).map(String).sort().join(",");
  return [names(Object.prototype), names(Array.prototype), String(Object.getPrototypeOf(Object.prototype))].join("|");
}

const firstIssue = (issues: readonly Issue[]) =>
  issues[0] ? `${issues[0].code} ${issues[0].path.join(".")}: ${issues[0].message}`.slice(0, 300) : undefined;

/**
 * Load and evaluate one document, classifying the outcome. The budget is checked between units of engine work (the
 * engine's `onWork` callback), so a case that runs long is stopped and classed `overBudget`.
 * @param text YAML or JSON scenario text
 * @param options budget, samples, sensitivities
 */
export function runCase(text: string, options: RunCaseOptions = {}): CaseResult {
  const budgetMs = options.budgetMs ?? 10_000;
  const before = prototypeFingerprint();
  const now = options.clock === "wall" ? () => performance.now() : cpuMs;
  const t0 = now();
  const w0 = performance.now();
  const finish = (r: Omit<CaseResult, "ms" | "wallMs" | "nonFinite"> & { nonFinite?: string[] }): CaseResult => {
    const ms = now() - t0;
    const wallMs = performance.now() - w0;
    if (prototypeFingerprint() !== before)
      return {
        class: "prototypePollution",
        detail: `built-in prototypes changed (${r.class})`,
        ms,
        wallMs,
        nonFinite: [],
      };
    if (ms > budgetMs * 1.5)
      return { class: "hang", detail: `unresponsive: ${Math.round(ms)} ms (${r.class})`, ms, wallMs, nonFinite: [] };
    return { nonFinite: [], ...r, ms, wallMs };
  };
  let loaded;
  try {
    loaded = loadScenarioText(text, "fuzz.yaml");
  } catch (e) {
    return finish({ class: "nonUserException", detail: `loader threw: ${(e as Error).stack ?? String(e)}` });
  }
  const loadMs = now() - t0;
  if (loadMs > budgetMs)
    return finish({ class: "hang", detail: `loading took ${Math.round(loadMs)} ms, over the ${budgetMs} ms budget` });
  if (!loaded.value) {
    const unlocated = loaded.issues.some((i) => i.line === undefined || i.col === undefined);
    const overflow = loaded.issues.find((i) => /call stack/i.test(i.message));
    if (overflow) return finish({ class: "nonUserException", detail: `stack overflow reported as ${overflow.code}` });
    return finish({
      class: "refused",
      ...(firstIssue(loaded.issues) ? { detail: firstIssue(loaded.issues)! } : {}),
      unlocated,
    });
  }
  try {
    const report = evaluate(loaded.value, {
      samples: options.samples ?? 4,
      seed: 1,
      sensitivities: options.sensitivities ?? true,
      drawdown: false,
      onWork: () => {
        if (now() - t0 > budgetMs) throw new OverBudget();
      },
    });
    const unexplained = unexplainedNonFinite(report).map((v) => `${v.path.join(".")}=${v.value}`);
    return finish({ class: "evaluated", nonFinite: unexplained });
  } catch (e) {
    if (e instanceof OverBudget) return finish({ class: "overBudget", detail: `over ${budgetMs} ms` });
    if (e instanceof InputError)
      return finish({
        class: "threwAfterValidation",
        detail: e.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      });
    return finish({ class: "nonUserException", detail: (e as Error).stack ?? String(e) });
  }
}
