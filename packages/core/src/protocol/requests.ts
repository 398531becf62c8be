/**
 * One zod schema per operation request: validate, evaluate, crisis, treaty check, treaty comply, scenario write,
 * negotiate (the negotiation spec itself) and sweep cells. The HTTP API parses request bodies with them, the
 * OpenAPI document is generated from them, and `runOperation` runs them, so every interface accepts the same
 * fields within the same bounds (see `domains.ts`).
 *
 * Request schemas are built by functions taking the schema of the embedded scenario and framework: requests are
 * parsed with a permissive placeholder ({@link AnyDocument}; the scenario is then validated on its own, which
 * reports every issue with its path and line:col), and documented with the core's `Scenario` and `Framework`.
 */
import { z } from "zod";
import { Posture, Scenario, IsoDate } from "../schema/scenario.js";
import { Framework } from "../treaty/framework-schema.js";
import { CrisisDays, Samples, Seed } from "./domains.js";

/** Placeholder for an embedded document when parsing: any JSON object (validated later, issues located). */
export const AnyDocument = z.record(z.string(), z.unknown());

/** Keys naming where a request's scenario comes from. */
export const SOURCE_KEYS = ["scenario", "text", "scenarioId"] as const;

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
  const given = SOURCE_KEYS.filter((k) => value[k] !== undefined);
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

/** Request to validate a scenario. */
export function validateRequest<S extends z.ZodType>(scenario: S) {
  return z.strictObject(sourceFields(scenario)).superRefine(oneSource);
}

/** Fields of an evaluation besides the scenario. */
export const EvaluateOptionsSchema = z.strictObject({
  samples: Samples.optional(),
  seed: Seed.optional(),
  sensitivities: z.boolean().optional().describe("compute arms-race sensitivities (default true)"),
  drawdown: z.boolean().optional().describe("keep the draw-down curves (default true)"),
});

/** Request to evaluate a scenario. */
export function evaluateRequest<S extends z.ZodType>(scenario: S) {
  return z.strictObject({ ...sourceFields(scenario), ...EvaluateOptionsSchema.shape }).superRefine(oneSource);
}

/** Request for a crisis timeline. */
export function crisisRequest<S extends z.ZodType>(scenario: S) {
  return z.strictObject({ ...sourceFields(scenario), days: CrisisDays.optional() }).superRefine(oneSource);
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

/** Request to count a scenario under a framework. */
export function treatyCheckRequest<S extends z.ZodType, F extends z.ZodType>(scenario: S, framework: F) {
  return z
    .strictObject({
      ...sourceFields(scenario),
      ...frameworkFields(framework),
      assumeBinding: z.boolean().optional().describe("treat every limit as binding whatever the date (default false)"),
    })
    .superRefine(oneSource);
}

/** Request for the reductions that bring a party into compliance. */
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

/** Request to save a scenario (a new one, or a new version). */
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
        .describe("updates only: the version the edit started from; a newer saved version gives a conflict"),
    })
    .superRefine((v, ctx) => oneSource(v, ctx));
}

/** Request to compute cells of a resolved sweep (the unit of work of every sweep runner). */
export const SweepCellsRequest = z.strictObject({
  /** The resolved sweep spec (plain data, as `resolveSweepSpec` returns it). */
  spec: AnyDocument,
  /** Cell indices to compute, each in [0, cellCount(spec)). */
  indices: z.array(z.number().int().min(0)).max(100_000),
});

/** The request parsers (embedded documents checked afterwards, with located issues). */
export const Requests = {
  validate: validateRequest(AnyDocument),
  evaluate: evaluateRequest(AnyDocument),
  crisis: crisisRequest(AnyDocument),
  treatyCheck: treatyCheckRequest(AnyDocument, AnyDocument),
  treatyComply: treatyComplyRequest(AnyDocument, AnyDocument),
  scenarioWrite: scenarioWriteRequest(AnyDocument),
  sweepCells: SweepCellsRequest,
};

/** The request schemas as published (embedded documents as the core's `Scenario` and `Framework` schemas). */
export const DocumentedRequests = {
  ValidateRequest: validateRequest(Scenario),
  EvaluateRequest: evaluateRequest(Scenario),
  CrisisRequest: crisisRequest(Scenario),
  TreatyCheckRequest: treatyCheckRequest(Scenario, Framework),
  TreatyComplyRequest: treatyComplyRequest(Scenario, Framework),
  ScenarioWriteRequest: scenarioWriteRequest(Scenario),
};

/** Parsed request types. */
export type EvaluateRequest = z.infer<typeof Requests.evaluate>;
export type CrisisRequest = z.infer<typeof Requests.crisis>;
export type TreatyCheckRequest = z.infer<typeof Requests.treatyCheck>;
export type TreatyComplyRequest = z.infer<typeof Requests.treatyComply>;
export type ValidateRequest = z.infer<typeof Requests.validate>;
export type ScenarioWriteRequest = z.infer<typeof Requests.scenarioWrite>;
export type SweepCellsRequest = z.infer<typeof SweepCellsRequest>;
