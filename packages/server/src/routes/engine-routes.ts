/**
 * Engine endpoints: POST /api/validate, /api/evaluate, /api/crisis, /api/treaty/check, /api/treaty/comply, and
 * /api/negotiate. The scenario endpoints take a bare scenario (JSON or YAML) or a wrapper
 * `{scenario | text | scenarioId, …options}`; /api/negotiate takes a negotiation spec (JSON, or YAML text). Heavy
 * work goes through the gate (bounded concurrency and queue) to the executor, and each run is recorded in the store.
 */
import type { Hono } from "hono";
import {
  hasErrors,
  loadNegotiationSpec,
  parseNegotiationSpec,
  type Issue,
  type ResolveNegotiationOptions,
  type Scenario,
} from "@seceq/core";
import { getPreset, listPresets } from "@seceq/data";
import { contentHash } from "@seceq/store";
import type { AppContext } from "../app-context.js";
import { Requests, MAX_CRISIS_DAYS } from "../api-schemas.js";
import { HttpError } from "../http-errors.js";
import type { EngineJob, JobResult } from "../jobs.js";
import { bodyOf } from "../request-body.js";
import {
  isWrapped,
  MAX_BODY_DEPTH,
  nestsDeeperThan,
  parseWrapper,
  readScenarioRequest,
  resolveScenario,
  type ResolvedScenario,
} from "../scenario-input.js";
import { resolveFramework } from "../framework-input.js";
import { runSummary } from "../run-summary.js";

/** Run a job through the gate and executor, then record the run; returns the result and the run id (if recorded). */
async function runRecorded<J extends EngineJob>(
  ctx: AppContext,
  job: J,
  resolved: ResolvedScenario,
  options: Record<string, unknown>,
): Promise<{ result: JobResult<J>; runId?: number }> {
  const result = await ctx.gate.run(() => ctx.executor.run(job));
  if (!ctx.recordRuns) return { result };
  try {
    const run = await ctx.store.recordRun({
      kind: job.kind,
      scenarioId: resolved.saved?.id ?? null,
      scenarioVersion: resolved.saved?.version ?? null,
      scenarioHash: contentHash(resolved.scenario),
      options,
      summary: runSummary(job, result),
    });
    return { result, runId: run.id };
  } catch (e) {
    // The result is still right; a failed history write must not turn it into an error.
    ctx.log(`seceq serve: could not record a ${job.kind} run: ${(e as Error).message}`);
    return { result };
  }
}

/** Drop undefined members, so recorded options hold only what was asked. */
function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** Resolve `base.preset` of negotiation specs from the embedded presets. */
function presetResolver(): ResolveNegotiationOptions {
  const presetIds = listPresets().map((p) => p.id);
  return { resolvePreset: (id) => (presetIds.includes(id) ? getPreset(id) : undefined), presetIds };
}

/** A body that is `{text}` and nothing else: a spec sent as YAML (or JSON) text. */
function textBody(body: unknown): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const keys = Object.keys(body);
  const text = (body as { text?: unknown }).text;
  return keys.length === 1 && typeof text === "string" ? text : undefined;
}

function summaryOf(s: Scenario) {
  return { id: s.id, name: s.name, parties: s.parties.map((p) => ({ id: p.id, elements: p.forces.length })) };
}

/** Register the engine endpoints on the `/api` router. */
export function registerEngineRoutes(api: Hono, ctx: AppContext): void {
  api.post("/validate", async (c) => {
    const body = await bodyOf(c, ctx, true);
    const wrapped = isWrapped(body);
    const source = wrapped ? parseWrapper(Requests.validate, body) : { scenario: body };
    let value: Scenario | undefined;
    let issues: Issue[];
    try {
      const resolved = await resolveScenario(source, ctx.store, !wrapped);
      value = resolved.scenario;
      issues = resolved.warnings;
    } catch (e) {
      // An invalid scenario is this endpoint's normal answer, not an error.
      if (!(e instanceof HttpError && e.code === "invalid_scenario")) throw e;
      issues = e.issues ?? [];
    }
    const valid = value !== undefined && !hasErrors(issues);
    return c.json({ valid, issues, ...(valid && value ? { summary: summaryOf(value) } : {}) }, 200);
  });

  api.post("/evaluate", async (c) => {
    const { options, resolved } = await readScenarioRequest(Requests.evaluate, await bodyOf(c, ctx, true), ctx.store);
    const samples = options.samples ?? 0;
    if (samples > ctx.limits.maxSamples)
      throw new HttpError(
        422,
        "too_many_samples",
        `samples ${samples.toLocaleString("en-US")} is more than this server runs per request ` +
          `(${ctx.limits.maxSamples.toLocaleString("en-US")}); lower it, or run it with \`seceq evaluate --samples\``,
        [
          {
            code: "too_big",
            path: ["samples"],
            message: `must be at most ${ctx.limits.maxSamples} on this server`,
          },
        ],
      );
    const evalOptions = defined({
      samples: options.samples,
      seed: options.seed,
      sensitivities: options.sensitivities,
      drawdown: options.drawdown,
    });
    const { result, runId } = await runRecorded(
      ctx,
      { kind: "evaluate", scenario: resolved.scenario, options: evalOptions, budgetMs: ctx.limits.monteCarloBudgetMs },
      resolved,
      evalOptions,
    );
    if (runId !== undefined) c.header("Seceq-Run-Id", String(runId));
    return c.json(result, 200);
  });

  api.post("/crisis", async (c) => {
    const { options, resolved } = await readScenarioRequest(Requests.crisis, await bodyOf(c, ctx, true), ctx.store);
    const days = Math.min(options.days ?? 14, MAX_CRISIS_DAYS);
    const { result, runId } = await runRecorded(ctx, { kind: "crisis", scenario: resolved.scenario, days }, resolved, {
      days,
    });
    if (runId !== undefined) c.header("Seceq-Run-Id", String(runId));
    return c.json(result, 200);
  });

  api.post("/treaty/check", async (c) => {
    const { options, resolved } = await readScenarioRequest(
      Requests.treatyCheck,
      await bodyOf(c, ctx, true),
      ctx.store,
    );
    const { framework, date } = resolveFramework(options, resolved.scenario);
    const checkOptions = defined({ date, assumeBinding: options.assumeBinding });
    const { result, runId } = await runRecorded(
      ctx,
      { kind: "treaty-check", scenario: resolved.scenario, framework, options: checkOptions },
      resolved,
      { framework: framework.id, ...checkOptions },
    );
    if (runId !== undefined) c.header("Seceq-Run-Id", String(runId));
    return c.json(result, 200);
  });

  api.post("/negotiate", async (c) => {
    const body = await bodyOf(c, ctx, true);
    const text = textBody(body);
    if (text === undefined && nestsDeeperThan(body, MAX_BODY_DEPTH))
      throw new HttpError(400, "invalid_spec", "the request body nests too deeply", [
        { code: "too_deep", path: [], message: `request body nests deeper than ${MAX_BODY_DEPTH} levels` },
      ]);
    const options = presetResolver();
    const r =
      text !== undefined
        ? loadNegotiationSpec(text, { file: "request", ...options })
        : parseNegotiationSpec(body, options);
    if (!r.value) {
      const n = r.issues.filter((i) => (i.severity ?? "error") === "error").length;
      throw new HttpError(
        400,
        "invalid_spec",
        `the negotiation spec is not valid (${n} problem${n === 1 ? "" : "s"})`,
        r.issues,
      );
    }
    const spec = r.value;
    if (spec.samples > ctx.limits.maxSamples)
      throw new HttpError(
        422,
        "too_many_samples",
        `samples ${spec.samples.toLocaleString("en-US")} is more than this server runs per request ` +
          `(${ctx.limits.maxSamples.toLocaleString("en-US")}); lower it, or run it with \`seceq negotiate\``,
        [{ code: "too_big", path: ["samples"], message: `must be at most ${ctx.limits.maxSamples} on this server` }],
      );
    const { result, runId } = await runRecorded(
      ctx,
      { kind: "negotiate", spec, budgetMs: ctx.limits.monteCarloBudgetMs },
      { scenario: spec.base.scenario, warnings: r.issues },
      defined({
        spec: spec.id,
        preset: spec.base.preset,
        parties: spec.parties,
        samples: spec.samples,
        refine: spec.refine,
        seed: spec.seed,
      }),
    );
    if (runId !== undefined) c.header("Seceq-Run-Id", String(runId));
    return c.json(result, 200);
  });

  api.post("/treaty/comply", async (c) => {
    const body = await bodyOf(c, ctx, false);
    if (!isWrapped(body))
      throw new HttpError(400, "invalid_request", "send `{scenario | text | scenarioId, party, framework?}`", [
        { code: "missing_field", path: ["party"], message: "the party to bring into compliance is required" },
      ]);
    const { options, resolved } = await readScenarioRequest(Requests.treatyComply, body, ctx.store);
    const party = options.party!;
    if (!resolved.scenario.parties.some((p) => p.id === party))
      throw new HttpError(400, "invalid_request", `unknown party "${party}"`, [
        {
          code: "unknown_reference",
          path: ["party"],
          message: `unknown party "${party}"; the scenario has ${resolved.scenario.parties.map((p) => p.id).join(", ")}`,
        },
      ]);
    const { framework, date } = resolveFramework(options, resolved.scenario);
    const pathOptions = defined({ date, posture: options.posture, keepWeight: options.keepWeight });
    const { result, runId } = await runRecorded(
      ctx,
      { kind: "treaty-comply", scenario: resolved.scenario, framework, party, options: pathOptions },
      resolved,
      { framework: framework.id, party, ...pathOptions },
    );
    if (runId !== undefined) c.header("Seceq-Run-Id", String(runId));
    return c.json(result, 200);
  });
}
