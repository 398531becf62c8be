/**
 * Saved scenarios with versions and the run history:
 * GET/POST /api/scenarios, GET/PUT/DELETE /api/scenarios/{id}, GET /api/scenarios/{id}/versions,
 * GET /api/runs, GET /api/runs/{id}. Scenarios are validated before saving and stored with defaults filled in, so
 * a saved version's hash equals the hash recorded by runs of the same scenario.
 */
import type { Context, Hono } from "hono";
import type { Issue } from "@seceq/core";
import type { AppContext } from "../app-context.js";
import { Requests } from "../api-schemas.js";
import { HttpError, invalidRequest } from "../http-errors.js";
import { bodyOf } from "../request-body.js";
import { isWrapped, parseWrapper, resolveScenario, type ResolvedScenario } from "../scenario-input.js";

/** Parse an optional whole-number query parameter within bounds; 400 otherwise. */
function intParam(c: Context, name: string, min: number, max: number): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === "") return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
    const issue: Issue = {
      code: "invalid_query",
      path: [name],
      message: `must be a whole number from ${min} to ${max}`,
    };
    throw invalidRequest([issue], `query parameter ${name} is not valid`);
  }
  return n;
}

/** Read a scenario write (create or update): the validated scenario and the name, note and base version. */
async function readWrite(
  c: Context,
  ctx: AppContext,
): Promise<{ resolved: ResolvedScenario; name?: string; note?: string; baseVersion?: number }> {
  const body = await bodyOf(c, ctx, true);
  if (!isWrapped(body)) return { resolved: await resolveScenario({ scenario: body }, undefined, true) };
  const req = parseWrapper(Requests.scenarioWrite, body);
  const resolved = await resolveScenario(req, undefined);
  return {
    resolved,
    ...(req.name !== undefined ? { name: req.name } : {}),
    ...(req.note !== undefined ? { note: req.note } : {}),
    ...(req.baseVersion !== undefined ? { baseVersion: req.baseVersion } : {}),
  };
}

function notFound(id: string, version?: number): HttpError {
  return new HttpError(
    404,
    "not_found",
    version === undefined ? `no saved scenario "${id}"` : `no version ${version} of saved scenario "${id}"`,
  );
}

/** Register the scenario and run endpoints on the `/api` router. */
export function registerStoreRoutes(api: Hono, ctx: AppContext): void {
  const { store } = ctx;

  api.get("/scenarios", async (c) => {
    const limit = intParam(c, "limit", 1, 500);
    const offset = intParam(c, "offset", 0, Number.MAX_SAFE_INTEGER);
    return c.json(
      await store.listScenarios({
        ...(limit !== undefined ? { limit } : {}),
        ...(offset !== undefined ? { offset } : {}),
      }),
    );
  });

  api.post("/scenarios", async (c) => {
    const w = await readWrite(c, ctx);
    if (w.baseVersion !== undefined)
      throw invalidRequest([
        { code: "unknown_field", path: ["baseVersion"], message: "baseVersion is for updates (PUT)" },
      ]);
    const saved = await store.createScenario({
      name: w.name ?? w.resolved.scenario.name,
      document: w.resolved.scenario,
      ...(w.note !== undefined ? { note: w.note } : {}),
    });
    c.header("Location", `/api/scenarios/${encodeURIComponent(saved.id)}`);
    return c.json(saved, 201);
  });

  api.get("/scenarios/:id", async (c) => {
    const id = c.req.param("id");
    const version = intParam(c, "version", 1, Number.MAX_SAFE_INTEGER);
    const saved = await store.getScenario(id, version);
    if (!saved) throw notFound(id, version);
    return c.json(saved);
  });

  api.get("/scenarios/:id/versions", async (c) => {
    const id = c.req.param("id");
    const versions = await store.listScenarioVersions(id);
    if (!versions) throw notFound(id);
    return c.json({ id, versions });
  });

  api.put("/scenarios/:id", async (c) => {
    const id = c.req.param("id");
    const w = await readWrite(c, ctx);
    const saved = await store.updateScenario(id, {
      document: w.resolved.scenario,
      ...(w.name !== undefined ? { name: w.name } : {}),
      ...(w.note !== undefined ? { note: w.note } : {}),
      ...(w.baseVersion !== undefined ? { baseVersion: w.baseVersion } : {}),
    });
    return c.json(saved, 200);
  });

  api.delete("/scenarios/:id", async (c) => {
    const id = c.req.param("id");
    if (!(await store.deleteScenario(id))) throw notFound(id);
    return c.body(null, 204);
  });

  api.get("/runs", async (c) => {
    const limit = intParam(c, "limit", 1, 500);
    const offset = intParam(c, "offset", 0, Number.MAX_SAFE_INTEGER);
    const kind = c.req.query("kind");
    const scenarioId = c.req.query("scenarioId");
    return c.json(
      await store.listRuns({
        ...(limit !== undefined ? { limit } : {}),
        ...(offset !== undefined ? { offset } : {}),
        ...(kind ? { kind } : {}),
        ...(scenarioId ? { scenarioId } : {}),
      }),
    );
  });

  api.get("/runs/:id", async (c) => {
    const raw = c.req.param("id");
    const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
    const run = Number.isSafeInteger(id) ? await store.getRun(id) : undefined;
    if (!run) throw new HttpError(404, "not_found", `no run "${raw}"`);
    return c.json(run);
  });
}
