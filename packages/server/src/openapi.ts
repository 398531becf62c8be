/**
 * The OpenAPI 3.1 description of the API, served at GET /api/openapi.json. Every request and response schema is
 * generated from the zod schemas in `api-schemas.ts` (and the core's `Scenario` and `Framework`) with
 * `z.toJSONSchema`, as JSON Schema 2020-12, the dialect OpenAPI 3.1 uses.
 */
import { z } from "zod";
import type { AppLimits } from "./app-context.js";
import { apiRegistry } from "./api-schemas.js";

/** Version of the server and its API. */
export const SERVER_VERSION = "0.1.0";

type Json = Record<string, unknown>;

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: Json): Json => ({ "application/json": { schema } });

/** Responses every endpoint may give. */
const COMMON_ERRORS: Json = {
  "500": { description: "internal error (details only in the server log)", content: json(ref("ErrorBody")) },
};

const error = (description: string): Json => ({ description, content: json(ref("ErrorBody")) });

/** Error responses of endpoints that read a body. */
const BODY_ERRORS: Json = {
  "400": error(
    "invalid JSON (`invalid_json`), invalid request fields (`invalid_request`) or an invalid scenario (`invalid_scenario`); `issues` lists every problem with its path",
  ),
  "413": error("body larger than the limit (`payload_too_large`)"),
  "415": error("Content-Type not accepted (`unsupported_media_type`)"),
};

/** Error responses of engine endpoints. */
const ENGINE_ERRORS: Json = {
  ...BODY_ERRORS,
  "503": error("too many computations waiting (`busy`) or over the time budget (`timeout`); see Retry-After"),
};

function ok(description: string, schema: Json): Json {
  return { description, content: json(schema) };
}

/** A request body: a wrapper, or (for engine endpoints) a bare scenario as JSON or YAML. */
function scenarioBody(wrapper: string, bare: boolean): Json {
  const schema = bare ? { oneOf: [ref(wrapper), ref("Scenario")] } : ref(wrapper);
  return {
    required: true,
    content: {
      "application/json": { schema },
      ...(bare
        ? { "application/yaml": { schema: { type: "string", description: "a scenario file (YAML or JSON)" } } }
        : {}),
    },
  };
}

function operation(summary: string, responses: Json, extra: Json = {}): Json {
  return { summary, ...extra, responses: { ...responses, ...COMMON_ERRORS } };
}

const idParam = (description: string): Json => ({
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string" },
  description,
});
const query = (name: string, description: string, schema: Json = { type: "integer", minimum: 0 }): Json => ({
  name,
  in: "query",
  required: false,
  schema,
  description,
});

let components: Record<string, Json> | undefined;

/** The component schemas, generated once from the zod registry. */
function componentSchemas(): Record<string, Json> {
  if (!components) {
    const out = z.toJSONSchema(apiRegistry, {
      target: "draft-2020-12",
      io: "input",
      uri: (id) => `#/components/schemas/${id}`,
    });
    components = {};
    for (const [id, schema] of Object.entries(out.schemas)) {
      const { $schema: _s, $id: _i, ...rest } = schema as Json;
      components[id] = rest;
    }
  }
  return components;
}

/**
 * Build the OpenAPI 3.1 document.
 * @param limits the app's limits (stated in the description)
 */
export function openApiDocument(limits: AppLimits): Json {
  const paths: Json = {
    "/api/health": { get: operation("Liveness and versions", { "200": ok("the server is up", ref("Health")) }) },
    "/api/openapi.json": {
      get: operation("This document", { "200": ok("OpenAPI 3.1 document", { type: "object" }) }),
    },
    "/api/presets": {
      get: operation("List the embedded scenario presets", {
        "200": ok("presets", { type: "array", items: ref("PresetInfo") }),
      }),
    },
    "/api/presets/{id}": {
      get: operation(
        "A preset as an editable scenario document",
        { "200": ok("the scenario", ref("Scenario")), "404": error("unknown preset") },
        { parameters: [idParam("preset id")] },
      ),
    },
    "/api/frameworks": {
      get: operation("List the built-in treaty rule packs", {
        "200": ok("rule packs", { type: "array", items: ref("FrameworkInfo") }),
      }),
    },
    "/api/frameworks/{id}": {
      get: operation(
        "A rule pack as a framework document",
        { "200": ok("the framework", ref("Framework")), "404": error("unknown rule pack") },
        { parameters: [idParam("rule pack id")] },
      ),
    },
    "/api/validate": {
      post: operation(
        "Validate a scenario; every problem with its path (and line:col from text)",
        { "200": ok("validity and issues", ref("ValidateResponse")), ...BODY_ERRORS },
        { requestBody: scenarioBody("ValidateRequest", true) },
      ),
    },
    "/api/evaluate": {
      post: operation(
        "Evaluate a scenario: parity, exchanges, first-strike stability, sensitivities, optional Monte Carlo bands",
        {
          "200": ok(
            "the report (also returned by evaluate() in @seceq/core); header Seceq-Run-Id names the recorded run",
            ref("Report"),
          ),
          ...ENGINE_ERRORS,
          "404": error("unknown saved scenario"),
          "422": error(
            `samples above the server's limit of ${limits.maxSamples} (\`too_many_samples\`), or Monte Carlo samples ` +
              `not done within the time budget of ${limits.monteCarloBudgetMs / 1000} s (\`over_budget\`)`,
          ),
        },
        { requestBody: scenarioBody("EvaluateRequest", true) },
      ),
    },
    "/api/crisis": {
      post: operation(
        "Stability day by day through a crisis as forces are generated",
        { "200": ok("the timeline", ref("CrisisTimeline")), ...ENGINE_ERRORS, "404": error("unknown saved scenario") },
        { requestBody: scenarioBody("CrisisRequest", true) },
      ),
    },
    "/api/treaty/check": {
      post: operation(
        "Count a scenario under a framework at a date",
        {
          "200": ok("the compliance report", ref("ComplianceReport")),
          ...ENGINE_ERRORS,
          "404": error("unknown saved scenario"),
        },
        { requestBody: scenarioBody("TreatyCheckRequest", true) },
      ),
    },
    "/api/treaty/comply": {
      post: operation(
        "The reductions that bring a party into compliance, keeping the most survivable warheads",
        {
          "200": ok("the path to compliance", ref("PathToCompliance")),
          ...ENGINE_ERRORS,
          "404": error("unknown saved scenario"),
        },
        { requestBody: scenarioBody("TreatyComplyRequest", false) },
      ),
    },
    "/api/negotiate": {
      post: operation(
        "Search a negotiation space: the frameworks scored, the zone of possible agreement and the Pareto frontier",
        {
          "200": ok(
            "the search result (also returned by negotiate() in @seceq/core); header Seceq-Run-Id names the recorded run",
            ref("NegotiationResult"),
          ),
          ...BODY_ERRORS,
          "400": error(
            "invalid JSON (`invalid_json`) or an invalid spec (`invalid_spec`: schema, unknown preset, party or rule); `issues` lists every problem with its path (and line:col from YAML)",
          ),
          "503": error("too many computations waiting (`busy`) or over the time budget (`timeout`); see Retry-After"),
          "422": error(
            `samples above the server's limit of ${limits.maxSamples} (\`too_many_samples\`), or the search not done ` +
              `within the time budget of ${limits.monteCarloBudgetMs / 1000} s (\`over_budget\`)`,
          ),
        },
        {
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: ref("NegotiationSpec") },
              "application/yaml": { schema: { type: "string", description: "a negotiation spec file (YAML or JSON)" } },
            },
          },
        },
      ),
    },
    "/api/scenarios": {
      get: operation(
        "List saved scenarios, most recently updated first",
        { "200": ok("a page", ref("ScenarioPage")), "400": error("bad paging") },
        {
          parameters: [query("limit", "page size, 1–500 (default 50)"), query("offset", "items to skip (default 0)")],
        },
      ),
      post: operation(
        "Save a scenario as version 1 (validated; stored with defaults filled in)",
        { "201": ok("the saved scenario; header Location", ref("SavedScenario")), ...BODY_ERRORS },
        { requestBody: scenarioBody("ScenarioWriteRequest", false) },
      ),
    },
    "/api/scenarios/{id}": {
      get: operation(
        "A saved scenario at its latest version, or at ?version=",
        { "200": ok("the scenario", ref("SavedScenario")), "404": error("unknown scenario or version") },
        {
          parameters: [
            idParam("scenario id"),
            query("version", "version number (default the latest)", { type: "integer", minimum: 1 }),
          ],
        },
      ),
      put: operation(
        "Save a new version",
        {
          "200": ok("the new version", ref("SavedScenario")),
          ...BODY_ERRORS,
          "404": error("unknown scenario"),
          "409": error("baseVersion is no longer the latest version"),
        },
        { parameters: [idParam("scenario id")], requestBody: scenarioBody("ScenarioWriteRequest", false) },
      ),
      delete: operation(
        "Delete a scenario and its versions (runs keep their record)",
        { "204": { description: "deleted" }, "404": error("unknown scenario") },
        { parameters: [idParam("scenario id")] },
      ),
    },
    "/api/scenarios/{id}/versions": {
      get: operation(
        "The versions of a saved scenario, oldest first",
        { "200": ok("versions", ref("ScenarioVersions")), "404": error("unknown scenario") },
        { parameters: [idParam("scenario id")] },
      ),
    },
    "/api/runs": {
      get: operation(
        "Run history, newest first",
        { "200": ok("a page", ref("RunPage")), "400": error("bad paging") },
        {
          parameters: [
            query("limit", "page size, 1–500 (default 50)"),
            query("offset", "items to skip (default 0)"),
            query("kind", "only runs of this kind", {
              type: "string",
              enum: ["evaluate", "crisis", "treaty-check", "treaty-comply", "negotiate"],
            }),
            query("scenarioId", "only runs of this saved scenario", { type: "string" }),
          ],
        },
      ),
    },
    "/api/runs/{id}": {
      get: operation(
        "One recorded run",
        { "200": ok("the run", ref("RunRecord")), "404": error("unknown run") },
        { parameters: [idParam("run id")] },
      ),
    },
  };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Security Equation API",
      version: SERVER_VERSION,
      description:
        "The seceq engine over HTTP: validate, evaluate, crisis timelines, treaty checks and negotiation searches on scenario documents, " +
        "plus saved scenarios with versions and a run history. Errors are JSON {error, message, issues?}. " +
        `Limits: bodies up to ${limits.maxBodyBytes} bytes (413 above), Monte Carlo samples up to ${limits.maxSamples} ` +
        `(422 above) and ${limits.monteCarloBudgetMs / 1000} s of Monte Carlo or search time (422 beyond), ${limits.maxConcurrent} computations at once with ${limits.maxQueue} waiting (503 busy beyond).`,
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
