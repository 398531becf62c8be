/**
 * What the engine worker computes, as plain functions (so node:test can run them without a Worker or a DOM).
 *
 * Two kinds of job keep the sliders fast:
 * - `core`: validate the scenario and `evaluate()` it without sensitivities (stability, exchanges with draw-down
 *   curves, parity, warnings, sources): the figures that must follow a slider within a frame or two;
 * - `extras`: the slower analyses (arms-race sensitivities, the crisis timeline, Monte Carlo bands, treaty
 *   compliance), run by a second worker so they never delay the core figures.
 */
import {
  checkCompliance,
  crisisTimeline,
  evaluate,
  getRulePack,
  MAX_CRISIS_DAYS,
  ScenarioValidator,
  shareUnchanged,
  type ComplianceReport,
  type Issue,
  type Report,
  type Scenario,
  type SensitivityEntry,
} from "@seceq/core";
import { packCrisis, type PackedCrisis } from "./crisis-buffer.js";
import { MAX_BROWSER_SAMPLES } from "./limits.js";
import { deltaBuffers, ReportDeltaEncoder, type ReportDelta } from "./report-delta.js";
import { epochNow } from "./run-marks.js";

/** A core job: the scenario document as edited (defaults may be omitted). */
export interface CoreJob {
  kind: "core";
  scenario: unknown;
}

/** Treaty check settings of an extras job. */
export interface ComplianceSettings {
  /** Rule pack id (`new-start`, `start1`, `sort`, `inf`, `none`). */
  frameworkId: string;
  /** Date to count at, YYYY-MM-DD. */
  date: string;
  /** Treat limits as binding whatever the date. */
  assumeBinding: boolean;
}

/** An extras job. */
export interface ExtrasJob {
  kind: "extras";
  scenario: unknown;
  /** Last crisis day (0–365), default 14. */
  crisisDays: number;
  /** Monte Carlo samples; 0 for none. */
  samples: number;
  /** Monte Carlo seed. */
  seed: number;
  /** Treaty check; omitted for none. */
  compliance?: ComplianceSettings;
}

/** Any job. */
export type EngineJob = CoreJob | ExtrasJob;

/** When a core job started and had its figures, in the worker, epoch ms (see `run-marks.ts`). */
export interface CoreTiming {
  startedAt: number;
  evaluatedAt: number;
}

/** Result of a core job. */
export type CoreResult =
  | { kind: "core"; ok: true; report: Report; issues: Issue[]; elapsedMs: number; timing?: CoreTiming }
  | { kind: "core"; ok: false; issues: Issue[]; elapsedMs: number; timing?: CoreTiming };

/** Treaty compliance outcome: a report, or why there is none. */
export type ComplianceOutcome = { ok: true; report: ComplianceReport } | { ok: false; message: string };

/** Result of an extras job. */
export type ExtrasResult =
  | {
      kind: "extras";
      ok: true;
      sensitivities: SensitivityEntry[];
      crisis: PackedCrisis;
      monteCarlo: Report["monteCarlo"] | null;
      compliance: ComplianceOutcome | null;
      elapsedMs: number;
    }
  | { kind: "extras"; ok: false; issues: Issue[]; elapsedMs: number };

/** Any result. */
export type EngineResult = CoreResult | ExtrasResult;

const now = () => globalThis.performance.now();

/**
 * The scenario of the last job, whose objects the next one shares where unchanged (`shareUnchanged`): the engine's
 * caches keyed by object identity then hit for every element an edit did not touch, and an extras job on the document
 * its core job just ran gets that very scenario.
 */
let lastScenario: Scenario | undefined;

/**
 * Validation of this worker's documents: each is the previous one with the edited path copied (the doc-delta decoder
 * rebuilds them so, and the page never modifies a document it sent), so a slider step parses only the element it
 * changed instead of the whole document.
 */
const validator = new ScenarioValidator();

/** Run a core job: validate and evaluate (no sensitivities, draw-down kept). */
export function runCore(job: CoreJob): CoreResult {
  const t0 = now();
  const startedAt = epochNow();
  const v = validator.validate(job.scenario);
  if (!v.value)
    return {
      kind: "core",
      ok: false,
      issues: v.issues,
      elapsedMs: now() - t0,
      timing: { startedAt, evaluatedAt: epochNow() },
    };
  const scenario = (lastScenario = shareUnchanged(lastScenario, v.value));
  const report = evaluate(scenario, { sensitivities: false, drawdown: true });
  return {
    kind: "core",
    ok: true,
    report,
    issues: v.issues,
    elapsedMs: now() - t0,
    timing: { startedAt, evaluatedAt: epochNow() },
  };
}

/** Check treaty compliance with a built-in rule pack; failures come back as a message, never thrown. */
export function runCompliance(
  scenario: Parameters<typeof checkCompliance>[0],
  settings: ComplianceSettings,
): ComplianceOutcome {
  const framework = getRulePack(settings.frameworkId);
  if (!framework) return { ok: false, message: `unknown rule pack "${settings.frameworkId}"` };
  try {
    return {
      ok: true,
      report: checkCompliance(scenario, framework, { date: settings.date, assumeBinding: settings.assumeBinding }),
    };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Run an extras job: sensitivities, crisis timeline, Monte Carlo bands when samples > 0, compliance when asked. */
export function runExtras(job: ExtrasJob): ExtrasResult {
  const t0 = now();
  const v = validator.validate(job.scenario);
  if (!v.value) return { kind: "extras", ok: false, issues: v.issues, elapsedMs: now() - t0 };
  const s = (lastScenario = shareUnchanged(lastScenario, v.value));
  const samples = Math.max(0, Math.min(MAX_BROWSER_SAMPLES, Math.floor(job.samples)));
  const report = evaluate(s, { sensitivities: true, drawdown: false, samples, seed: job.seed });
  const crisis = packCrisis(crisisTimeline(s, Math.max(0, Math.min(MAX_CRISIS_DAYS, Math.floor(job.crisisDays)))));
  return {
    kind: "extras",
    ok: true,
    sensitivities: report.sensitivities,
    crisis,
    monteCarlo: report.monteCarlo ?? null,
    compliance: job.compliance ? runCompliance(s, job.compliance) : null,
    elapsedMs: now() - t0,
  };
}

/** Run any job. */
export function runJob(job: EngineJob): EngineResult {
  return job.kind === "core" ? runCore(job) : runExtras(job);
}

/** A core result as the worker sends it: its report as a delta against the worker's previous one. */
export type CoreWireResult =
  (Omit<Extract<CoreResult, { ok: true }>, "report"> & { delta: ReportDelta }) | Extract<CoreResult, { ok: false }>;

/** Any result as the worker sends it. */
export type EngineWireResult = CoreWireResult | ExtrasResult;

/**
 * A job runner for one worker that sends core reports as deltas (see `report-delta.ts`): make one per worker
 * (instance), as each keeps the last report it sent.
 */
export function deltaJobRunner(encoderId: string): (job: EngineJob) => EngineWireResult {
  const encoder = new ReportDeltaEncoder(encoderId);
  return (job) => {
    const r = runJob(job);
    if (r.kind !== "core" || !r.ok) return r;
    const { report, ...rest } = r;
    return { ...rest, delta: encoder.encode(report) };
  };
}

/** Buffers of a result to transfer rather than copy (the crisis timeline; a core report's packed rows). */
export function transferables(result: EngineWireResult): ArrayBuffer[] {
  if (!result.ok) return [];
  return result.kind === "extras" ? [result.crisis.buffer] : deltaBuffers(result.delta);
}
