/**
 * Run an engine operation for a request: a body nesting too deeply or holding a mapping too wide is refused at once (`body-structure.ts`); otherwise
 * the body goes to the executor as text (parsed and validated there, under the pool's queue and time limits), a
 * saved scenario named by the body is looked up and the operation re-run with it, refusals become HTTP errors, and
 * each run is recorded in the store.
 */
import type { Context } from "hono";
import type { Operation, OperationKind, OperationOutcome, OperationSuccess } from "@seceq/core";
import { contentHash } from "@seceq/store";
import type { AppContext } from "./app-context.js";
import { refuseHostileBody } from "./body-structure.js";
import { HttpError } from "./http-errors.js";
import { readBody } from "./read-body.js";
import { runSummary } from "./run-summary.js";

/** Executor failures that are limits, not bugs, by error name: status, code and Retry-After. */
const LIMIT_ERRORS: Record<string, [503, string, string]> = {
  QueueFullError: [503, "busy", "1"],
  TimeLimitError: [503, "timeout", "5"],
  OutOfMemoryError: [503, "out_of_memory", "5"],
};

/** Run an operation on the executor; limits become 503s, refusals 4xx {@link HttpError}s. */
async function execute(ctx: AppContext, op: Operation): Promise<OperationSuccess> {
  let out: OperationOutcome;
  const run = async (o: Operation) => {
    try {
      return await ctx.executor.run(o, { budgetMs: ctx.limits.monteCarloBudgetMs });
    } catch (e) {
      const limit = e instanceof Error ? LIMIT_ERRORS[e.name] : undefined;
      if (limit)
        throw new HttpError(limit[0], limit[1], e instanceof Error ? e.message : "", undefined, {
          "Retry-After": limit[2],
        });
      throw e;
    }
  };
  out = await run(op);
  if (!out.ok && "needsSaved" in out) {
    const { id, version } = out.needsSaved;
    const saved = await ctx.store.getScenario(id, version);
    out = await run({
      ...op,
      saved: saved ? { id: saved.id, version: saved.version, document: saved.document } : null,
    });
  }
  if (out.ok) return out;
  if ("needsSaved" in out) throw new Error("the executor asked twice for a saved scenario");
  const { status, code, message, issues } = out.error;
  throw new HttpError(status, code, message, issues);
}

/**
 * Answer an engine request: read the body, run the operation, record the run, and send the result.
 * @param c the request
 * @param ctx shared state
 * @param kind the operation
 * @param allowYaml accept a YAML body (a bare scenario or spec file)
 */
export async function engineCall(
  c: Context,
  ctx: AppContext,
  kind: OperationKind,
  allowYaml = true,
): Promise<Response> {
  const body = await readBody(c.req.raw, ctx.limits.maxBodyBytes, allowYaml);
  refuseHostileBody(body, kind);
  const out = await execute(ctx, { kind, body, maxSamples: ctx.limits.maxSamples });
  if (ctx.recordRuns && kind !== "validate" && out.scenario) {
    try {
      const run = await ctx.store.recordRun({
        kind,
        scenarioId: out.saved?.id ?? null,
        scenarioVersion: out.saved?.version ?? null,
        scenarioHash: contentHash(out.scenario),
        options: out.options ?? {},
        summary: runSummary(kind, out.result),
      });
      c.header("Seceq-Run-Id", String(run.id));
    } catch (e) {
      // The result is still right; a failed history write must not turn it into an error.
      ctx.log(`seceq serve: could not record a ${kind} run: ${(e as Error).message}`);
    }
  }
  return c.json(out.result as object, 200);
}

/**
 * Validate a scenario write (create or update) in the executor.
 * @returns the validated scenario and the write's name, note and base version
 */
export async function readScenarioWrite(c: Context, ctx: AppContext): Promise<OperationSuccess> {
  const body = await readBody(c.req.raw, ctx.limits.maxBodyBytes, true);
  refuseHostileBody(body, "save-scenario");
  return execute(ctx, { kind: "save-scenario", body });
}
