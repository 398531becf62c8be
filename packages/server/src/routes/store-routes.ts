/**
 * Saved scenarios with versions and the run history:
 * GET/POST /api/scenarios, GET/PUT/DELETE /api/scenarios/{id}, GET /api/scenarios/{id}/versions,
 * GET /api/runs, GET /api/runs/{id}. Scenarios are validated (in the executor) before saving and stored with defaults
 * filled in, so a saved version's hash equals the hash recorded by runs of the same scenario.
 */
import { DocumentedRequests, Scenario } from "@seceq/core";
import { z } from "zod";
import {
  named,
  PageQuery,
  RunPage,
  RunQuery,
  RunRecord,
  SavedScenario,
  ScenarioPage,
  ScenarioVersions,
  VersionQuery,
} from "../api-schemas.js";
import { MAX_REQUEST_KEYS, MAX_REQUEST_NESTING } from "../body-structure.js";
import { readScenarioWrite } from "../engine-call.js";
import { HttpError } from "../http-errors.js";
import { route, type RouteDef } from "../route-table.js";

const BODY_ERRORS = {
  400: `invalid JSON, invalid request fields or an invalid scenario; \`issues\` lists every problem with its path; a body nesting deeper than ${MAX_REQUEST_NESTING} levels, or with a mapping of more than ${MAX_REQUEST_KEYS} keys, is refused before it is validated, with one \`too_deep\` or \`too_wide\` issue at line:col`,
  413: "body larger than the limit (`payload_too_large`)",
  415: "Content-Type not accepted (`unsupported_media_type`)",
  503: "too many computations waiting (`busy`); see Retry-After",
};

const WriteBody = {
  schema: named(z.union([DocumentedRequests.ScenarioWriteRequest, Scenario]), "ScenarioWriteBody"),
  yaml: "a scenario file (YAML or JSON)",
};

function notFound(id: string, version?: number): HttpError {
  return new HttpError(
    404,
    "not_found",
    version === undefined ? `no saved scenario "${id}"` : `no version ${version} of saved scenario "${id}"`,
  );
}

/** Only the members that are set. */
const given = <T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

/** The scenario and run routes. */
export const storeRoutes: RouteDef[] = [
  route({
    method: "get",
    path: "/scenarios",
    summary: "List saved scenarios, most recently updated first",
    query: PageQuery,
    responses: { 200: { description: "a page", schema: ScenarioPage }, 400: "bad paging" },
    handler: async (c, ctx, q) => c.json(await ctx.store.listScenarios(given(q))),
  }),
  route({
    method: "post",
    path: "/scenarios",
    summary: "Save a scenario as version 1 (validated; stored with defaults filled in)",
    body: WriteBody,
    responses: { 201: { description: "the saved scenario; header Location", schema: SavedScenario }, ...BODY_ERRORS },
    handler: async (c, ctx) => {
      const w = await readScenarioWrite(c, ctx);
      if (w.write?.baseVersion !== undefined)
        throw new HttpError(400, "invalid_request", "the request is not valid", [
          { code: "unknown_field", path: ["baseVersion"], message: "baseVersion is for updates (PUT)" },
        ]);
      const saved = await ctx.store.createScenario({
        name: w.write?.name ?? w.scenario!.name,
        document: w.scenario!,
        ...given({ note: w.write?.note }),
      });
      c.header("Location", `/api/scenarios/${encodeURIComponent(saved.id)}`);
      return c.json(saved, 201);
    },
  }),
  route({
    method: "get",
    path: "/scenarios/:id",
    summary: "A saved scenario at its latest version, or at ?version=",
    params: { id: "scenario id" },
    query: VersionQuery,
    responses: {
      200: { description: "the scenario", schema: SavedScenario },
      400: "bad version",
      404: "unknown scenario or version",
    },
    handler: async (c, ctx, q) => {
      const id = c.req.param("id") ?? "";
      const saved = await ctx.store.getScenario(id, q.version);
      if (!saved) throw notFound(id, q.version);
      return c.json(saved);
    },
  }),
  route({
    method: "get",
    path: "/scenarios/:id/versions",
    summary: "The versions of a saved scenario, oldest first",
    params: { id: "scenario id" },
    responses: { 200: { description: "versions", schema: ScenarioVersions }, 404: "unknown scenario" },
    handler: async (c, ctx) => {
      const id = c.req.param("id") ?? "";
      const versions = await ctx.store.listScenarioVersions(id);
      if (!versions) throw notFound(id);
      return c.json({ id, versions });
    },
  }),
  route({
    method: "put",
    path: "/scenarios/:id",
    summary: "Save a new version",
    params: { id: "scenario id" },
    body: WriteBody,
    responses: {
      200: { description: "the new version", schema: SavedScenario },
      ...BODY_ERRORS,
      404: "unknown scenario",
      409: "baseVersion is no longer the latest version",
    },
    handler: async (c, ctx) => {
      const w = await readScenarioWrite(c, ctx);
      const saved = await ctx.store.updateScenario(c.req.param("id") ?? "", {
        document: w.scenario!,
        ...given({ name: w.write?.name, note: w.write?.note, baseVersion: w.write?.baseVersion }),
      });
      return c.json(saved, 200);
    },
  }),
  route({
    method: "delete",
    path: "/scenarios/:id",
    summary: "Delete a scenario and its versions (runs keep their record)",
    params: { id: "scenario id" },
    responses: { 204: "deleted", 404: "unknown scenario" },
    handler: async (c, ctx) => {
      const id = c.req.param("id") ?? "";
      if (!(await ctx.store.deleteScenario(id))) throw notFound(id);
      return c.body(null, 204);
    },
  }),
  route({
    method: "get",
    path: "/runs",
    summary: "Run history, newest first",
    query: RunQuery,
    responses: { 200: { description: "a page", schema: RunPage }, 400: "bad paging" },
    handler: async (c, ctx, q) =>
      c.json(
        await ctx.store.listRuns(given({ ...q, kind: q.kind || undefined, scenarioId: q.scenarioId || undefined })),
      ),
  }),
  route({
    method: "get",
    path: "/runs/:id",
    summary: "One recorded run",
    params: { id: "run id" },
    responses: { 200: { description: "the run", schema: RunRecord }, 404: "unknown run" },
    handler: async (c, ctx) => {
      const raw = c.req.param("id") ?? "";
      const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
      const run = Number.isSafeInteger(id) ? await ctx.store.getRun(id) : undefined;
      if (!run) throw new HttpError(404, "not_found", `no run "${raw}"`);
      return c.json(run);
    },
  }),
];
