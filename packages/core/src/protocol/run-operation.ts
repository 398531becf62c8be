/**
 * `runOperation(op, {signal, onProgress, budgetMs})`: the one entry point every executor runs (in-process, worker
 * threads, Web Workers, distributed chunks). It decodes the request body (JSON or YAML text, or parsed data), checks
 * it against the operation's request schema, resolves the scenario and framework, runs the engine, and returns the
 * result or the refusal as plain data.
 *
 * Pure: budgets are deadline checks after each Monte Carlo sample, search step or sweep cell (no timers); the clock
 * is `performance.now()` unless given. Aborting is seen at the same points and throws the signal's reason.
 */
import { hasErrors, InputError, type Issue } from "../_shared/issues.js";
import { fromZodIssues } from "../schema/zod-issues.js";
import { findReservedKeys } from "../schema/reserved-keys.js";
import type { Scenario } from "../schema/scenario.js";
import { evaluate, type EvaluateOptions } from "../evaluate/evaluate.js";
import { crisisTimeline } from "../stability/crisis-timeline.js";
import { checkCompliance } from "../treaty/compliance.js";
import { pathToCompliance } from "../treaty/path-to-compliance.js";
import { negotiate } from "../negotiate/search.js";
import {
  loadNegotiationSpec,
  parseNegotiationSpec,
  type ResolveNegotiationOptions,
} from "../negotiate/negotiation-spec.js";
import { packCells } from "../sweep/cell-codec.js";
import { runCell, type CellResult } from "../sweep/run-cell.js";
import type { ResolvedSweepSpec } from "../sweep/sweep-spec.js";
import type { z } from "zod";
import { DEFAULT_CRISIS_DAYS, DEFAULT_SEED, MAX_SAMPLES } from "./domains.js";
import { OperationFailure, problemCount, refuse, type OperationError } from "./operation-error.js";
import { checkStructure, isWrapped, parseJsonText, type RequestBody } from "./request-body.js";
import { Requests } from "./requests.js";
import {
  NeedsSavedScenario,
  resolveFramework,
  resolveScenario,
  type ResolvedScenario,
  type SavedDocument,
  type SourceFields,
} from "./sources.js";

/** The operations. */
export type OperationKind =
  "validate" | "evaluate" | "crisis" | "treaty-check" | "treaty-comply" | "negotiate" | "save-scenario" | "sweep-cells";

/** An operation: what to do and the request, as it came. */
export interface Operation {
  kind: OperationKind;
  /** The request body (JSON or YAML text, or parsed data). YAML is a bare scenario (or spec) file. */
  body: RequestBody;
  /** The saved scenario a request names by `scenarioId`, looked up by the caller (null: there is none). */
  saved?: SavedDocument | null;
  /** Refuse more Monte Carlo samples than this with 422 `too_many_samples`. Default {@link MAX_SAMPLES}. */
  maxSamples?: number;
  /** Where the refusal tells the user to go instead, e.g. "run it with `seceq evaluate --samples`". */
  elsewhere?: string;
}

/** Progress of a running operation. */
export interface OperationProgress {
  /** What is being done: `samples`, `sample`, `refine`, `status-quo`, `cells`. */
  phase: string;
  /** Steps done. */
  done: number;
  /** Upper bound on the steps. */
  total: number;
}

/** Options of {@link runOperation}. */
export interface RunOperationOptions {
  /** Stop at the next check point; `runOperation` then throws the signal's reason. */
  signal?: AbortSignal;
  /** Called after each step (Monte Carlo sample, search step, sweep cell). */
  onProgress?: (p: OperationProgress) => void;
  /** Time budget, ms, from the call: past it the operation stops with 422 `over_budget`. Default none. */
  budgetMs?: number;
  /** Clock, ms. Default `performance.now()`. */
  now?: () => number;
  /** Presets for negotiation specs naming `base.preset`. */
  presets?: Pick<ResolveNegotiationOptions, "resolvePreset" | "presetIds">;
}

/** A finished operation: its result, with what a run history records. */
export interface OperationSuccess {
  ok: true;
  kind: OperationKind;
  /** The result (a Report, CrisisTimeline, …; for `sweep-cells` the packed cells, see `cell-codec.ts`). */
  result: unknown;
  /** Warnings found while validating the input. */
  warnings: Issue[];
  /** The validated scenario the result is about (absent for `sweep-cells`). */
  scenario?: Scenario;
  /** Saved scenario used, if any. */
  saved?: { id: string; version: number };
  /** The options the operation ran with, for a run history (only those given). */
  options?: Record<string, unknown>;
  /** For `save-scenario`: the name, note and base version of the write. */
  write?: { name?: string; note?: string; baseVersion?: number };
}

/** Outcome of {@link runOperation}: a result, a refusal, or a request for a saved scenario. */
export type OperationOutcome =
  OperationSuccess | { ok: false; error: OperationError } | { ok: false; needsSaved: { id: string; version?: number } };

/** Drop undefined members, so recorded options hold only what was asked. */
function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** Parse a wrapper with the request's schema; 400 `invalid_request` with every issue on failure. */
function parseWrapper<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  checkStructure(body, "invalid_request");
  // zod drops `__proto__` keys silently; refuse them first, at their path.
  const reserved = findReservedKeys(body);
  if (reserved.length > 0) refuse(400, "invalid_request", "the request is not valid", reserved);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    refuse(400, "invalid_request", "the request is not valid", fromZodIssues(parsed.error.issues, schema));
  return parsed.data;
}

/** The decoded body: parsed JSON data, or YAML text (read later by the document loader, for line:col issues). */
type Decoded = { data: unknown } | { yaml: string };

function decode(body: RequestBody): Decoded {
  if ("data" in body) return { data: body.data };
  return body.format === "yaml" ? { yaml: body.text } : { data: parseJsonText(body.text) };
}

/** Read a scenario request: a wrapper checked against `schema`, or a bare scenario with the default options. */
function scenarioRequest<S extends z.ZodType>(
  schema: S,
  decoded: Decoded,
  saved: SavedDocument | null | undefined,
  requireWrapper = false,
): { options: Partial<z.infer<S>>; resolved: ResolvedScenario } {
  if ("yaml" in decoded) {
    if (requireWrapper) wrapperRequired();
    return { options: {}, resolved: resolveScenario({ text: decoded.yaml }, saved) };
  }
  const body = decoded.data;
  if (isWrapped(body)) {
    const options = parseWrapper(schema, body);
    return { options, resolved: resolveScenario(options as SourceFields, saved) };
  }
  if (requireWrapper) wrapperRequired();
  checkStructure(body, "invalid_scenario", "scenario");
  return { options: {}, resolved: resolveScenario({ scenario: body }, saved, true) };
}

function wrapperRequired(): never {
  return refuse(400, "invalid_request", "send `{scenario | text | scenarioId, party, framework?}`", [
    { code: "missing_field", path: ["party"], message: "the party to bring into compliance is required" },
  ]);
}

function checkSamples(samples: number, max: number, elsewhere: string): void {
  if (samples > max)
    refuse(
      422,
      "too_many_samples",
      `samples ${samples.toLocaleString("en-US")} is more than this server runs per request ` +
        `(${max.toLocaleString("en-US")}); lower it, or ${elsewhere}`,
      [{ code: "too_big", path: ["samples"], message: `must be at most ${max} on this server` }],
    );
}

/** A deadline and abort check, called at every step. */
function checkpoint(options: RunOperationOptions, what: string, hint: string, steps = "steps", atMost = "") {
  const now = options.now ?? (() => globalThis.performance.now());
  const budget = options.budgetMs;
  const deadline = budget === undefined ? Infinity : now() + budget;
  return (p: OperationProgress): void => {
    options.signal?.throwIfAborted();
    options.onProgress?.(p);
    if (p.done < p.total && now() > deadline)
      refuse(
        422,
        "over_budget",
        `the ${what} did not finish within the time budget of ${budget! / 1000} s ` +
          `(${p.done.toLocaleString("en-US")} of ${atMost}${p.total.toLocaleString("en-US")} ${steps} done); ${hint}`,
      );
  };
}

function summaryOf(s: Scenario) {
  return { id: s.id, name: s.name, parties: s.parties.map((p) => ({ id: p.id, elements: p.forces.length })) };
}

function success(
  kind: OperationKind,
  result: unknown,
  resolved: ResolvedScenario,
  options: Record<string, unknown>,
): OperationSuccess {
  return {
    ok: true,
    kind,
    result,
    warnings: resolved.warnings,
    scenario: resolved.scenario,
    ...(resolved.saved ? { saved: resolved.saved } : {}),
    options: defined(options),
  };
}

function run(op: Operation, options: RunOperationOptions): OperationSuccess {
  const maxSamples = op.maxSamples ?? MAX_SAMPLES;
  switch (op.kind) {
    case "validate": {
      const decoded = decode(op.body);
      let resolved: ResolvedScenario | undefined;
      let issues: Issue[];
      try {
        resolved = scenarioRequest(Requests.validate, decoded, op.saved).resolved;
        issues = resolved.warnings;
      } catch (e) {
        // An invalid scenario is this operation's normal answer, not an error.
        if (!(e instanceof OperationFailure && e.error.code === "invalid_scenario")) throw e;
        issues = e.error.issues ?? [];
      }
      const valid = resolved !== undefined && !hasErrors(issues);
      const result = { valid, issues, ...(valid && resolved ? { summary: summaryOf(resolved.scenario) } : {}) };
      return {
        ok: true,
        kind: op.kind,
        result,
        warnings: issues,
        ...(resolved ? { scenario: resolved.scenario } : {}),
      };
    }
    case "evaluate": {
      const { options: o, resolved } = scenarioRequest(Requests.evaluate, decode(op.body), op.saved);
      checkSamples(o.samples ?? 0, maxSamples, op.elsewhere ?? "run it with `seceq evaluate --samples`");
      const evalOptions = defined({
        samples: o.samples,
        seed: o.seed,
        sensitivities: o.sensitivities,
        drawdown: o.drawdown,
      }) as EvaluateOptions;
      const step = checkpoint(
        options,
        "Monte Carlo run",
        "use fewer samples, or run it with `seceq evaluate --samples`",
        "samples",
      );
      const samples = Math.max(0, Math.floor(o.samples ?? 0));
      // The whole evaluation is under the budget too, not only its samples: arms-race sensitivities run one
      // stability evaluation per force element, which on a scenario with many elements can take longer than the
      // budget without a single sample (issue 14). Checked quietly: clients see the samples' progress.
      const work = checkpoint(
        { ...options, onProgress: () => undefined },
        "evaluation",
        "sensitivities take one step per force element and Monte Carlo one per sample: turn sensitivities off " +
          "(`sensitivities: false`), use fewer samples, or run it with `seceq evaluate --budget`",
      );
      const report = evaluate(resolved.scenario, {
        ...evalOptions,
        onProgress: (done, total) => step({ phase: "samples", done, total }),
        // Until the samples start (they have their own check and message above).
        onWork: (done, total) => {
          if (done < total - samples) work({ phase: "work", done, total });
        },
      });
      return success(op.kind, report, resolved, evalOptions as Record<string, unknown>);
    }
    case "crisis": {
      const { options: o, resolved } = scenarioRequest(Requests.crisis, decode(op.body), op.saved);
      const days = o.days ?? DEFAULT_CRISIS_DAYS;
      options.signal?.throwIfAborted();
      return success(op.kind, crisisTimeline(resolved.scenario, days), resolved, { days });
    }
    case "treaty-check": {
      const { options: o, resolved } = scenarioRequest(Requests.treatyCheck, decode(op.body), op.saved);
      const { framework, date } = resolveFramework(o, resolved.scenario);
      const checkOptions = defined({ date, assumeBinding: o.assumeBinding });
      options.signal?.throwIfAborted();
      return success(op.kind, checkCompliance(resolved.scenario, framework, checkOptions), resolved, {
        framework: framework.id,
        ...checkOptions,
      });
    }
    case "treaty-comply": {
      const { options: o, resolved } = scenarioRequest(Requests.treatyComply, decode(op.body), op.saved, true);
      const party = o.party!;
      if (!resolved.scenario.parties.some((p) => p.id === party))
        refuse(400, "invalid_request", `unknown party "${party}"`, [
          {
            code: "unknown_reference",
            path: ["party"],
            message: `unknown party "${party}"; the scenario has ${resolved.scenario.parties.map((p) => p.id).join(", ")}`,
          },
        ]);
      const { framework, date } = resolveFramework(o, resolved.scenario);
      const pathOptions = defined({ date, posture: o.posture, keepWeight: o.keepWeight });
      options.signal?.throwIfAborted();
      return success(op.kind, pathToCompliance(resolved.scenario, framework, party, pathOptions), resolved, {
        framework: framework.id,
        party,
        ...pathOptions,
      });
    }
    case "negotiate": {
      const decoded = decode(op.body);
      const text =
        "yaml" in decoded
          ? decoded.yaml
          : decoded.data !== null &&
              typeof decoded.data === "object" &&
              !Array.isArray(decoded.data) &&
              Object.keys(decoded.data).length === 1 &&
              typeof (decoded.data as { text?: unknown }).text === "string"
            ? (decoded.data as { text: string }).text
            : undefined;
      const presets = options.presets ?? {};
      if (text === undefined && "data" in decoded) checkStructure(decoded.data, "invalid_spec");
      const r =
        text !== undefined
          ? loadNegotiationSpec(text, { file: "request", ...presets })
          : parseNegotiationSpec("data" in decoded ? decoded.data : undefined, presets);
      if (!r.value)
        refuse(400, "invalid_spec", `the negotiation spec is not valid (${problemCount(r.issues)})`, r.issues);
      const spec = r.value;
      checkSamples(spec.samples, maxSamples, op.elsewhere ?? "run it with `seceq negotiate`");
      const step = checkpoint(
        options,
        "negotiation search",
        "use fewer samples or refinement runs, search in the browser, or run it with `seceq negotiate`",
        "steps",
        "at most ",
      );
      const result = negotiate(spec, { onProgress: (p) => step({ ...p }) });
      return success(
        op.kind,
        result,
        { scenario: spec.base.scenario, warnings: r.issues },
        {
          spec: spec.id,
          preset: spec.base.preset,
          parties: spec.parties,
          samples: spec.samples,
          refine: spec.refine,
          seed: spec.seed ?? DEFAULT_SEED,
        },
      );
    }
    case "save-scenario": {
      const decoded = decode(op.body);
      const { options: o, resolved } = scenarioRequest(Requests.scenarioWrite, decoded, null);
      return {
        ...success(op.kind, resolved.scenario, resolved, {}),
        write: defined({ name: o.name, note: o.note, baseVersion: o.baseVersion }),
      };
    }
    case "sweep-cells": {
      const decoded = decode(op.body);
      const req = parseWrapper(Requests.sweepCells, "data" in decoded ? decoded.data : undefined);
      const spec = req.spec as unknown as ResolvedSweepSpec;
      const step = checkpoint(options, "sweep chunk", "use smaller chunks", "cells");
      const cells: CellResult[] = [];
      for (const index of req.indices) {
        cells.push(runCell(spec, index));
        step({ phase: "cells", done: cells.length, total: req.indices.length });
      }
      return { ok: true, kind: op.kind, result: packCells(spec, cells), warnings: [] };
    }
  }
}

/**
 * Run an operation. Refusals (bad input, unknown references, limits, budgets) come back as data; an abort throws
 * the signal's reason; anything else thrown is a bug and propagates.
 * @param op the operation and its request
 * @param options abort signal, progress callback, time budget, clock, presets
 */
export function runOperation(op: Operation, options: RunOperationOptions = {}): OperationOutcome {
  try {
    options.signal?.throwIfAborted();
    return run(op, options);
  } catch (e) {
    if (e instanceof OperationFailure) return { ok: false, error: e.error };
    if (e instanceof NeedsSavedScenario)
      return {
        ok: false,
        needsSaved: { id: e.scenarioId, ...(e.version !== undefined ? { version: e.version } : {}) },
      };
    if (e instanceof InputError)
      return {
        ok: false,
        error: { status: 400, code: "invalid_input", message: "the input is not valid", issues: e.issues },
      };
    throw e;
  }
}
