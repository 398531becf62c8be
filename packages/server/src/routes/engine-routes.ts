/**
 * Engine routes: POST /api/validate, /api/evaluate, /api/crisis, /api/treaty/check, /api/treaty/comply and
 * /api/negotiate. The scenario routes take a bare scenario (JSON or YAML) or a wrapper
 * `{scenario | text | scenarioId, …options}` (schemas in `@seceq/core`'s protocol); /api/negotiate takes a
 * negotiation spec (JSON, or YAML text). Bodies are parsed, validated and run in the executor.
 */
import { DocumentedRequests, NegotiationSpec, Scenario } from "@seceq/core";
import { z } from "zod";
import {
  ComplianceReport,
  CrisisTimeline,
  NegotiationResult,
  PathToCompliance,
  Report,
  named,
  ValidateResponse,
} from "../api-schemas.js";
import { MAX_REQUEST_KEYS, MAX_REQUEST_NESTING } from "../body-structure.js";
import { engineCall } from "../engine-call.js";
import { route, type RouteDef } from "../route-table.js";

/** How a body nesting too deeply or too wide is refused, said in each route's 400. */
const TOO_DEEP = `a body nesting deeper than ${MAX_REQUEST_NESTING} levels, or with a mapping of more than ${MAX_REQUEST_KEYS} keys, is refused before any computation is queued, with one \`too_deep\` or \`too_wide\` issue at line:col`;
const BODY_ERRORS = {
  400: `invalid JSON (\`invalid_json\`), invalid request fields (\`invalid_request\`) or an invalid scenario (\`invalid_scenario\`); \`issues\` lists every problem with its path (and line:col from YAML); ${TOO_DEEP}`,
  413: "body larger than the limit (`payload_too_large`)",
  415: "Content-Type not accepted (`unsupported_media_type`)",
};
const ENGINE_ERRORS = {
  ...BODY_ERRORS,
  404: "unknown saved scenario",
  422: "Monte Carlo samples above the server's limit (`too_many_samples`), or the work not done within the time budget (`over_budget`)",
  503: "too many computations waiting (`busy`) or over the time limit (`timeout`); see Retry-After",
};
const SCENARIO_YAML = "a scenario file (YAML or JSON)";

/** A wrapper, or a bare scenario. */
const orBare = (wrapper: z.ZodType, id: string) => ({
  schema: named(z.union([wrapper, Scenario]), id),
  yaml: SCENARIO_YAML,
});

/** The engine routes. */
export const engineRoutes: RouteDef[] = [
  route({
    method: "post",
    path: "/validate",
    summary: "Validate a scenario; every problem with its path (and line:col from text)",
    body: orBare(DocumentedRequests.ValidateRequest, "ValidateBody"),
    responses: {
      200: { description: "validity and issues", schema: ValidateResponse },
      ...BODY_ERRORS,
      404: "unknown saved scenario",
      503: ENGINE_ERRORS[503],
    },
    handler: (c, ctx) => engineCall(c, ctx, "validate"),
  }),
  route({
    method: "post",
    path: "/evaluate",
    summary:
      "Evaluate a scenario: parity, exchanges, first-strike stability, sensitivities, optional Monte Carlo bands",
    body: orBare(DocumentedRequests.EvaluateRequest, "EvaluateBody"),
    responses: {
      200: {
        description:
          "the report (also returned by evaluate() in @seceq/core); header Seceq-Run-Id names the recorded run",
        schema: Report,
      },
      ...ENGINE_ERRORS,
    },
    handler: (c, ctx) => engineCall(c, ctx, "evaluate"),
  }),
  route({
    method: "post",
    path: "/crisis",
    summary: "Stability day by day through a crisis as forces are generated",
    body: orBare(DocumentedRequests.CrisisRequest, "CrisisBody"),
    responses: { 200: { description: "the timeline", schema: CrisisTimeline }, ...ENGINE_ERRORS },
    handler: (c, ctx) => engineCall(c, ctx, "crisis"),
  }),
  route({
    method: "post",
    path: "/treaty/check",
    summary: "Count a scenario under a framework at a date",
    body: orBare(DocumentedRequests.TreatyCheckRequest, "TreatyCheckBody"),
    responses: { 200: { description: "the compliance report", schema: ComplianceReport }, ...ENGINE_ERRORS },
    handler: (c, ctx) => engineCall(c, ctx, "treaty-check"),
  }),
  route({
    method: "post",
    path: "/treaty/comply",
    summary: "The reductions that bring a party into compliance, keeping the most survivable warheads",
    body: { schema: DocumentedRequests.TreatyComplyRequest },
    responses: { 200: { description: "the path to compliance", schema: PathToCompliance }, ...ENGINE_ERRORS },
    handler: (c, ctx) => engineCall(c, ctx, "treaty-comply", false),
  }),
  route({
    method: "post",
    path: "/negotiate",
    summary:
      "Search a negotiation space: the frameworks scored, the zone of possible agreement and the Pareto frontier",
    body: { schema: NegotiationSpec, yaml: "a negotiation spec file (YAML or JSON)" },
    responses: {
      200: {
        description:
          "the search result (also returned by negotiate() in @seceq/core); header Seceq-Run-Id names the recorded run",
        schema: NegotiationResult,
      },
      ...ENGINE_ERRORS,
      400: `invalid JSON (\`invalid_json\`) or an invalid spec (\`invalid_spec\`: schema, unknown preset, party or rule); \`issues\` lists every problem with its path (and line:col from YAML); ${TOO_DEEP} (\`invalid_spec\`)`,
    },
    handler: (c, ctx) => engineCall(c, ctx, "negotiate"),
  }),
];
