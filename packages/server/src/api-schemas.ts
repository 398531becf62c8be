/**
 * Zod schemas of the HTTP API's request and response bodies. Request schemas parse the bodies the server receives;
 * every schema is also registered (by id) so the OpenAPI document is generated from these same definitions with
 * `z.toJSONSchema`, and cannot drift from what the server accepts.
 *
 * Request schemas are built by functions taking the schema of the embedded scenario and framework: the server parses
 * with a permissive placeholder (the scenario is then validated by `validateScenario`, which reports every issue with
 * its path), and the OpenAPI document uses the core's `Scenario` and `Framework` schemas.
 */
import { z } from "zod";
import { Framework, NegotiationSpec, Posture, Scenario } from "@seceq/core";

/** Largest `samples` the API runs by default (Monte Carlo draws). */
export const DEFAULT_MAX_SAMPLES = 10_000;

/** Largest crisis length, days. */
export const MAX_CRISIS_DAYS = 365;

/** Registry of the schemas named in the OpenAPI document (a private registry: no global ids to collide). */
export const apiRegistry = z.registry<{ id: string }>();

/** Register a schema under an id in {@link apiRegistry} and return it. */
function named<T extends z.ZodType>(schema: T, id: string): T {
  apiRegistry.add(schema, { id });
  return schema;
}

named(Scenario, "Scenario");
named(Framework, "Framework");
named(NegotiationSpec, "NegotiationSpec");

/** Placeholder for an embedded document when parsing: any JSON object (validated later, issues located). */
const AnyObject = z.record(z.string(), z.unknown());

const IsoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

//// shared ////

/** One validation problem (see `Issue` in @seceq/core). */
export const IssueSchema = z
  .object({
    code: z.string().describe("stable machine-readable code, e.g. invalid_type, unknown_field, syntax"),
    path: z.array(z.union([z.string(), z.number()])).describe("where in the document: keys and indices"),
    message: z.string(),
    severity: z.enum(["error", "warning"]).optional(),
    hint: z.string().optional(),
    file: z.string().optional(),
    line: z.number().int().optional().describe("1-based line, when the document came as text"),
    col: z.number().int().optional().describe("1-based column"),
  })
  .register(apiRegistry, { id: "Issue" });

/** Body of every error response. */
export const ErrorBodySchema = z
  .object({
    error: z
      .string()
      .describe("stable code: invalid_json, invalid_scenario, invalid_request, payload_too_large, busy, …"),
    message: z.string(),
    issues: z.array(IssueSchema).optional(),
  })
  .register(apiRegistry, { id: "ErrorBody" });

/** The fields choosing the scenario of a request: inline, as text, or a saved one. Give exactly one. */
function sourceFields<S extends z.ZodType>(scenario: S) {
  return {
    scenario: scenario.optional().describe("the scenario document (JSON)"),
    text: z.string().optional().describe("the scenario as YAML or JSON text; issues then carry line:col"),
    file: z.string().max(200).optional().describe("name used for `text` in issues (default `request`)"),
    scenarioId: z.string().min(1).max(128).optional().describe("id of a saved scenario"),
    version: z.number().int().min(1).optional().describe("version of the saved scenario (default the latest)"),
  };
}

/** Refuse bodies giving no scenario source, or more than one. */
function oneSource(value: { scenario?: unknown; text?: unknown; scenarioId?: unknown }, ctx: z.RefinementCtx): void {
  const given = (["scenario", "text", "scenarioId"] as const).filter((k) => value[k] !== undefined);
  if (given.length !== 1)
    ctx.addIssue({
      code: "custom",
      path: [],
      message:
        given.length === 0
          ? "give the scenario as `scenario` (JSON), `text` (YAML or JSON) or `scenarioId` (a saved scenario)"
          : `give only one of ${given.map((k) => `\`${k}\``).join(", ")}`,
    });
}

//// requests ////

/** POST /api/validate. */
export function validateRequest<S extends z.ZodType>(scenario: S) {
  return z.strictObject(sourceFields(scenario)).superRefine(oneSource);
}

/** POST /api/evaluate. */
export function evaluateRequest<S extends z.ZodType>(scenario: S) {
  return z
    .strictObject({
      ...sourceFields(scenario),
      samples: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe(
          `Monte Carlo samples (default 0: deterministic only); the server refuses more than its limit (default ${DEFAULT_MAX_SAMPLES}) with 422`,
        ),
      seed: z.number().int().min(0).max(4294967295).optional().describe("Monte Carlo seed (default 1)"),
      sensitivities: z.boolean().optional().describe("compute arms-race sensitivities (default true)"),
      drawdown: z.boolean().optional().describe("keep the draw-down curves (default true)"),
    })
    .superRefine(oneSource);
}

/** POST /api/crisis. */
export function crisisRequest<S extends z.ZodType>(scenario: S) {
  return z
    .strictObject({
      ...sourceFields(scenario),
      days: z.number().int().min(0).max(MAX_CRISIS_DAYS).optional().describe("last crisis day (default 14)"),
    })
    .superRefine(oneSource);
}

function frameworkFields<F extends z.ZodType>(framework: F) {
  return {
    framework: z
      .union([z.string().min(1).max(128), framework])
      .optional()
      .describe("rule pack id (new-start, start1, sort, inf, none) or a framework document; default the scenario's"),
    frameworkText: z.string().optional().describe("a framework as YAML or JSON text (issues carry line:col)"),
    date: IsoDate.optional().describe("date to count at (default: the scenario's framework date, else its asOf)"),
  };
}

/** POST /api/treaty/check. */
export function treatyCheckRequest<S extends z.ZodType, F extends z.ZodType>(scenario: S, framework: F) {
  return z
    .strictObject({
      ...sourceFields(scenario),
      ...frameworkFields(framework),
      assumeBinding: z.boolean().optional().describe("treat every limit as binding whatever the date (default false)"),
    })
    .superRefine(oneSource);
}

/** POST /api/treaty/comply. */
export function treatyComplyRequest<S extends z.ZodType, F extends z.ZodType>(scenario: S, framework: F) {
  return z
    .strictObject({
      ...sourceFields(scenario),
      ...frameworkFields(framework),
      party: z.string().min(1).max(64).describe("id of the party to bring into compliance"),
      posture: Posture.optional().describe(
        "posture whose survivable fractions weigh the objective (default generated)",
      ),
      keepWeight: z.number().min(0).max(1).optional().describe("weight on each item kept (default 0.001)"),
    })
    .superRefine(oneSource);
}

/** POST /api/scenarios and PUT /api/scenarios/{id}. */
export function scenarioWriteRequest<S extends z.ZodType>(scenario: S) {
  return z
    .strictObject({
      scenario: scenario.optional().describe("the scenario document (JSON)"),
      text: z.string().optional().describe("the scenario as YAML or JSON text"),
      file: z.string().max(200).optional(),
      name: z.string().min(1).max(200).optional().describe("display name (default the scenario's name)"),
      note: z.string().max(2000).optional().describe("change note of this version"),
      baseVersion: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe("PUT only: the version the edit started from; a newer saved version gives 409"),
    })
    .superRefine((v, ctx) => oneSource(v, ctx));
}

/** The request parsers the server uses (embedded documents checked afterwards, with located issues). */
export const Requests = {
  validate: validateRequest(AnyObject),
  evaluate: evaluateRequest(AnyObject),
  crisis: crisisRequest(AnyObject),
  treatyCheck: treatyCheckRequest(AnyObject, AnyObject),
  treatyComply: treatyComplyRequest(AnyObject, AnyObject),
  scenarioWrite: scenarioWriteRequest(AnyObject),
};

//// responses ////

const PairStabilitySchema = z
  .looseObject({
    a: z.string(),
    b: z.string(),
    c1A: z.number(),
    c2A: z.number(),
    c1B: z.number(),
    c2B: z.number(),
    fssA: z.number().describe("a's first-strike stability C1/C2, capped at 1"),
    fssB: z.number(),
    combined: z.number().describe("fssA·fssB"),
    reading: z.string(),
  })
  .register(apiRegistry, { id: "PairStability" });

/** Report of POST /api/evaluate (the full type is `Report` in packages/core/src/evaluate/report.ts). */
export const ReportSchema = z
  .looseObject({
    reportVersion: z.literal(1),
    engine: z.object({ name: z.literal("seceq"), version: z.string() }),
    scenario: z.object({ id: z.string(), name: z.string(), asOf: z.string() }),
    assumptions: z.record(z.string(), z.unknown()),
    parties: z.array(z.looseObject({ id: z.string(), name: z.string(), deployedWarheads: z.number() })),
    dyads: z.array(z.looseObject({ a: z.string(), b: z.string() })),
    exchanges: z.array(z.looseObject({ striker: z.string(), victim: z.string() })),
    stability: z.object({ pairs: z.array(PairStabilitySchema), minCombined: z.number() }),
    sensitivities: z.array(z.looseObject({ party: z.string(), element: z.string(), counterpart: z.string() })),
    warnings: z.array(IssueSchema),
    sources: z.array(z.looseObject({ party: z.string(), item: z.string(), source: z.string() })),
    monteCarlo: z
      .object({
        samples: z.number().int(),
        seed: z.number().int(),
        uncertainty: z.enum(["scenario", "default"]),
        bands: z.record(z.string(), z.looseObject({})).describe("5/50/95 % bands keyed by metric"),
      })
      .optional(),
  })
  .describe("Infinite ratios are sent as null (JSON has no Infinity).")
  .register(apiRegistry, { id: "Report" });

/** Timeline of POST /api/crisis. */
export const CrisisTimelineSchema = z
  .object({
    days: z.array(
      z.object({
        day: z.number(),
        generated: z.record(z.string(), z.number()).describe("share generated per party, 0–1"),
        pairs: z.array(PairStabilitySchema),
        minCombined: z.number(),
      }),
    ),
    worstDay: z.number(),
    worstCombined: z.number(),
  })
  .register(apiRegistry, { id: "CrisisTimeline" });

/** Report of POST /api/treaty/check (the full type is `ComplianceReport` in packages/core/src/treaty/compliance.ts). */
export const ComplianceReportSchema = z
  .looseObject({
    framework: z.object({ id: z.string(), name: z.string(), citation: z.string() }),
    date: z.string(),
    state: z.enum(["not-yet-in-force", "in-force", "expired"]),
    assumeBinding: z.boolean(),
    parties: z.array(z.string()),
    checks: z.array(
      z.looseObject({
        limitId: z.string(),
        party: z.string(),
        counted: z.number(),
        limit: z.number(),
        headroom: z.number(),
        status: z.enum(["compliant", "violation", "not-in-force"]),
      }),
    ),
    violations: z.number().int(),
    warnings: z.array(IssueSchema),
  })
  .register(apiRegistry, { id: "ComplianceReport" });

/** Result of POST /api/treaty/comply (the full type is `PathToCompliance` in packages/core/src/treaty/). */
export const PathToComplianceSchema = z
  .looseObject({
    party: z.string(),
    framework: z.string(),
    status: z.enum(["already-compliant", "no-binding-limits", "solved", "infeasible"]),
    changes: z.array(
      z.looseObject({
        kind: z.enum(["force", "defense"]),
        id: z.string(),
        field: z.string(),
        from: z.number(),
        to: z.number(),
      }),
    ),
    survivableWarheads: z.object({ before: z.number(), after: z.number() }),
    message: z.string(),
  })
  .register(apiRegistry, { id: "PathToCompliance" });

/** Result of POST /api/negotiate (the full type is `NegotiationResult` in packages/core/src/negotiate/search.ts). */
export const NegotiationResultSchema = z
  .looseObject({
    resultVersion: z.literal(1),
    spec: z.looseObject({
      id: z.string(),
      scenario: z.object({ id: z.string(), name: z.string(), asOf: z.string() }),
      parties: z.tuple([z.string(), z.string()]),
      samples: z.number().int(),
      seed: z.number().int(),
    }),
    points: z
      .array(
        z.looseObject({
          index: z.number().int(),
          origin: z.enum(["status-quo", "loosest", "sample", "refine"]),
          values: z.record(z.string(), z.number()).describe("coordinate values by key, units of each dimension"),
          label: z.string(),
          framework: z.record(z.string(), z.unknown()).optional().describe("the point's treaty limits (a Framework)"),
          score: z.looseObject({
            feasible: z.boolean(),
            combined: z.number().nullable().describe("combined first-strike stability, 0–1 (null when infeasible)"),
            totalWarheadsRemoved: z.number().nullable(),
            parityGap: z.number().nullable(),
          }),
          zopa: z.object({ inZopa: z.boolean(), reasons: z.array(z.string()) }),
          objective: z.number(),
        }),
      )
      .describe("every distinct point scored; points[0] is the status quo"),
    zopa: z.array(z.number().int()).describe("indices of the points in the zone of possible agreement, best first"),
    frontier: z.array(z.number().int()).describe("indices of the Pareto frontier, status quo included"),
    statusQuoDominated: z.boolean(),
    evaluations: z.object({ scored: z.number().int(), infeasible: z.number().int(), cached: z.number().int() }),
  })
  .describe("Infinite or NaN figures are sent as null (JSON has neither).")
  .register(apiRegistry, { id: "NegotiationResult" });

/** Response of POST /api/validate. */
export const ValidateResponseSchema = z
  .object({
    valid: z.boolean(),
    issues: z.array(IssueSchema).describe("errors and warnings, each with its path and, from text, line:col"),
    summary: z
      .object({
        id: z.string(),
        name: z.string(),
        parties: z.array(z.object({ id: z.string(), elements: z.number() })),
      })
      .optional(),
  })
  .register(apiRegistry, { id: "ValidateResponse" });

export const HealthSchema = z
  .object({ status: z.literal("ok"), version: z.string(), engine: z.string(), uptimeS: z.number() })
  .register(apiRegistry, { id: "Health" });

export const PresetInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    asOf: z.string(),
    parties: z.array(z.string()),
  })
  .register(apiRegistry, { id: "PresetInfo" });

export const FrameworkInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    citation: z.string(),
    inForce: z.object({ from: z.string().optional(), to: z.string().optional() }),
    limits: z.number().int().describe("number of limits"),
  })
  .register(apiRegistry, { id: "FrameworkInfo" });

const scenarioSummaryFields = {
  id: z.string(),
  name: z.string(),
  latestVersion: z.number().int(),
  hash: z.string().describe("SHA-256 of the latest version's scenario (canonical JSON, defaults filled in)"),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const SavedScenarioSummarySchema = z
  .object(scenarioSummaryFields)
  .register(apiRegistry, { id: "SavedScenarioSummary" });

export const SavedScenarioSchema = z
  .object({
    ...scenarioSummaryFields,
    version: z.number().int(),
    versionName: z.string(),
    versionHash: z.string(),
    note: z.string().nullable(),
    versionCreatedAt: z.string(),
    /** The scenario, validated, with defaults filled in. */
    document: Scenario,
  })
  .register(apiRegistry, { id: "SavedScenario" });

export const ScenarioVersionInfoSchema = z
  .object({
    version: z.number().int(),
    name: z.string(),
    hash: z.string(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .register(apiRegistry, { id: "ScenarioVersionInfo" });

export const RunRecordSchema = z
  .object({
    id: z.number().int(),
    kind: z.string().describe("evaluate, crisis, treaty-check, treaty-comply or negotiate"),
    scenarioId: z.string().nullable(),
    scenarioVersion: z.number().int().nullable(),
    scenarioHash: z.string(),
    options: z.unknown(),
    summary: z.unknown(),
    createdAt: z.string(),
  })
  .register(apiRegistry, { id: "RunRecord" });

function page<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
    .register(apiRegistry, { id });
}

export const ScenarioPageSchema = page(SavedScenarioSummarySchema, "ScenarioPage");
export const RunPageSchema = page(RunRecordSchema, "RunPage");

export const ScenarioVersionsSchema = z
  .object({ id: z.string(), versions: z.array(ScenarioVersionInfoSchema) })
  .register(apiRegistry, { id: "ScenarioVersions" });

/** Schemas of the OpenAPI document's request bodies (embedded documents as the core's schemas). */
export const DocumentedRequests = {
  ValidateRequest: named(validateRequest(Scenario), "ValidateRequest"),
  EvaluateRequest: named(evaluateRequest(Scenario), "EvaluateRequest"),
  CrisisRequest: named(crisisRequest(Scenario), "CrisisRequest"),
  TreatyCheckRequest: named(treatyCheckRequest(Scenario, Framework), "TreatyCheckRequest"),
  TreatyComplyRequest: named(treatyComplyRequest(Scenario, Framework), "TreatyComplyRequest"),
  ScenarioWriteRequest: named(scenarioWriteRequest(Scenario), "ScenarioWriteRequest"),
};
