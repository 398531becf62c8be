/**
 * Zod schemas of the HTTP API: the operation requests and results come from `@seceq/core`'s protocol; this module
 * adds the API's own bodies (errors, health, lists, saved scenarios, runs) and names every schema in a private
 * registry, from which the OpenAPI document's components are generated.
 */
import { z } from "zod";
import {
  ComplianceReportSchema,
  CrisisTimelineSchema,
  DocumentedRequests,
  Framework,
  IssueSchema,
  NegotiationResultSchema,
  NegotiationSpec,
  PathToComplianceSchema,
  ReportSchema,
  Scenario,
  ValidateResultSchema,
} from "@seceq/core";

/** Largest `samples` the API runs per request by default (Monte Carlo draws; the domain allows more). */
export const DEFAULT_MAX_SAMPLES = 10_000;

/** Registry of the schemas named in the OpenAPI document (a private registry: no global ids to collide). */
export const apiRegistry = z.registry<{ id: string }>();

/** Register a schema under an id in {@link apiRegistry} and return it. */
export function named<T extends z.ZodType>(schema: T, id: string): T {
  apiRegistry.add(schema, { id });
  return schema;
}

named(Scenario, "Scenario");
named(Framework, "Framework");
named(NegotiationSpec, "NegotiationSpec");
named(IssueSchema, "Issue");
for (const [id, schema] of Object.entries(DocumentedRequests)) named(schema, id);

export const Report = named(ReportSchema, "Report");
export const CrisisTimeline = named(CrisisTimelineSchema, "CrisisTimeline");
export const ComplianceReport = named(ComplianceReportSchema, "ComplianceReport");
export const PathToCompliance = named(PathToComplianceSchema, "PathToCompliance");
export const NegotiationResult = named(NegotiationResultSchema, "NegotiationResult");
export const ValidateResponse = named(ValidateResultSchema, "ValidateResponse");

/** Body of every error response. */
export const ErrorBodySchema = named(
  z.object({
    error: z
      .string()
      .describe("stable code: invalid_json, invalid_scenario, invalid_request, payload_too_large, busy, …"),
    message: z.string(),
    issues: z.array(IssueSchema).optional(),
  }),
  "ErrorBody",
);

export const Health = named(
  z.object({ status: z.literal("ok"), version: z.string(), engine: z.string(), uptimeS: z.number() }),
  "Health",
);

export const PresetList = named(
  z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      asOf: z.string(),
      parties: z.array(z.string()),
    }),
  ),
  "PresetList",
);

export const FrameworkList = named(
  z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      citation: z.string(),
      inForce: z.object({ from: z.string().optional(), to: z.string().optional() }),
      limits: z.number().int().describe("number of limits"),
    }),
  ),
  "FrameworkList",
);

const scenarioSummaryFields = {
  id: z.string(),
  name: z.string(),
  latestVersion: z.number().int(),
  hash: z.string().describe("SHA-256 of the latest version's scenario (canonical JSON, defaults filled in)"),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const SavedScenario = named(
  z.object({
    ...scenarioSummaryFields,
    version: z.number().int(),
    versionName: z.string(),
    versionHash: z.string(),
    note: z.string().nullable(),
    versionCreatedAt: z.string(),
    document: Scenario.describe("the scenario, validated, with defaults filled in"),
  }),
  "SavedScenario",
);

const RunRecord = named(
  z.object({
    id: z.number().int(),
    kind: z.string().describe("evaluate, crisis, treaty-check, treaty-comply or negotiate"),
    scenarioId: z.string().nullable(),
    scenarioVersion: z.number().int().nullable(),
    scenarioHash: z.string(),
    options: z.unknown(),
    summary: z.unknown(),
    createdAt: z.string(),
  }),
  "RunRecord",
);
export { RunRecord };

function page<T extends z.ZodType>(item: T, id: string) {
  return named(
    z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
    id,
  );
}

export const ScenarioPage = page(named(z.object(scenarioSummaryFields), "SavedScenarioSummary"), "ScenarioPage");
export const RunPage = page(RunRecord, "RunPage");

export const ScenarioVersions = named(
  z.object({
    id: z.string(),
    versions: z.array(
      named(
        z.object({
          version: z.number().int(),
          name: z.string(),
          hash: z.string(),
          note: z.string().nullable(),
          createdAt: z.string(),
        }),
        "ScenarioVersionInfo",
      ),
    ),
  }),
  "ScenarioVersions",
);

/** A whole-number query parameter from `min` to `max`; an empty value counts as absent. */
function intQuery(min: number, max: number, description: string) {
  return z
    .preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^\d{1,16}$/, `must be a whole number from ${min} to ${max}`)
        .transform(Number)
        .pipe(
          z
            .number()
            .int()
            .min(min, `must be a whole number from ${min} to ${max}`)
            .max(max, `must be a whole number from ${min} to ${max}`),
        )
        .optional(),
    )
    .describe(description);
}

/** Query of the list endpoints: paging. */
export const PageQuery = z.object({
  limit: intQuery(1, 500, "page size, 1–500 (default 50)"),
  offset: intQuery(0, Number.MAX_SAFE_INTEGER, "items to skip (default 0)"),
});

/** Query of GET /api/runs. */
export const RunQuery = PageQuery.extend({
  kind: z
    .string()
    .max(64)
    .optional()
    .describe("only runs of this kind (evaluate, crisis, treaty-check, treaty-comply, negotiate)"),
  scenarioId: z.string().max(128).optional().describe("only runs of this saved scenario"),
});

/** Query of GET /api/scenarios/{id}. */
export const VersionQuery = z.object({
  version: intQuery(1, Number.MAX_SAFE_INTEGER, "version number (default the latest)"),
});
