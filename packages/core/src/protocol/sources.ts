/**
 * Resolve what a request names: its scenario (inline, as text, or a saved document the caller looked up) and its
 * treaty framework (a rule pack id, a document, text, or the one the scenario names). Invalid input is refused with
 * every issue, paths relative to the request body.
 */
import type { Issue } from "../_shared/issues.js";
import type { Scenario } from "../schema/scenario.js";
import { loadScenarioText, validateScenario } from "../schema/validate-scenario.js";
import type { Framework } from "../treaty/framework-schema.js";
import { loadFrameworkText, validateFramework } from "../treaty/load-framework.js";
import { getRulePack, RULE_PACK_IDS } from "../treaty/rule-packs/index.js";
import { OperationFailure, prefixIssues, problemCount, refuse } from "./operation-error.js";

/** A saved scenario the caller looked up for a request naming `scenarioId`. */
export interface SavedDocument {
  id: string;
  version: number;
  /** The stored scenario document. */
  document: unknown;
}

/** A validated scenario and where it came from. */
export interface ResolvedScenario {
  scenario: Scenario;
  /** Warnings found while validating (errors refuse the request). */
  warnings: Issue[];
  /** Saved scenario used, if any. */
  saved?: { id: string; version: number };
}

/** The source fields a request may carry. */
export interface SourceFields {
  scenario?: unknown;
  text?: string | undefined;
  file?: string | undefined;
  scenarioId?: string | undefined;
  version?: number | undefined;
}

/** Thrown when a request names a saved scenario the caller has not supplied; the caller looks it up and retries. */
export class NeedsSavedScenario extends Error {
  constructor(
    readonly scenarioId: string,
    readonly version: number | undefined,
  ) {
    super(`saved scenario "${scenarioId}" is needed`);
    this.name = "NeedsSavedScenario";
  }
}

/** A 400 for an invalid scenario with every issue (errors and warnings). */
export function invalidScenario(issues: Issue[]): OperationFailure {
  return new OperationFailure({
    status: 400,
    code: "invalid_scenario",
    message: `the scenario is not valid (${problemCount(issues)})`,
    issues,
  });
}

/**
 * Validate the scenario a request names.
 * @param source the request's source fields, or `{scenario: body}` for a bare body (paths then start at the root)
 * @param saved the saved scenario, when the request names one and the caller looked it up (404 when it has none)
 * @param bare true when the body itself was the scenario
 * @throws {@link OperationFailure} 400 `invalid_scenario`, 404 for an unknown saved scenario;
 *   {@link NeedsSavedScenario} when a saved scenario is named and `saved` is undefined
 */
export function resolveScenario(
  source: SourceFields,
  saved: SavedDocument | null | undefined,
  bare = false,
): ResolvedScenario {
  if (source.text !== undefined) {
    const r = loadScenarioText(source.text, source.file ?? "request");
    if (!r.value) throw invalidScenario(r.issues);
    return { scenario: r.value, warnings: r.issues };
  }
  if (source.scenarioId !== undefined) {
    if (saved === undefined) throw new NeedsSavedScenario(source.scenarioId, source.version);
    if (saved === null)
      refuse(
        404,
        "not_found",
        source.version === undefined
          ? `no saved scenario "${source.scenarioId}"`
          : `no version ${source.version} of saved scenario "${source.scenarioId}"`,
      );
    const r = validateScenario(saved.document);
    if (!r.value) throw invalidScenario(prefixIssues(r.issues, ["document"]));
    return { scenario: r.value, warnings: r.issues, saved: { id: saved.id, version: saved.version } };
  }
  const r = validateScenario(source.scenario);
  const issues = bare ? r.issues : prefixIssues(r.issues, ["scenario"]);
  if (!r.value) throw invalidScenario(issues);
  return { scenario: r.value, warnings: issues };
}

/** The framework fields of a treaty request. */
export interface FrameworkFields {
  framework?: string | Record<string, unknown> | undefined;
  frameworkText?: string | undefined;
  date?: string | undefined;
}

/** A framework and the date to count at (undefined: the core's default). */
export interface ResolvedFramework {
  framework: Framework;
  date: string | undefined;
}

function unknownPack(id: string, path: (string | number)[]): never {
  return refuse(400, "invalid_request", `unknown framework "${id}"`, [
    {
      code: "unknown_reference",
      path,
      message: `unknown framework "${id}"; built-in rule packs: ${RULE_PACK_IDS.join(", ")} (or send a framework document)`,
    },
  ]);
}

/**
 * Resolve the framework of a treaty request.
 * @param fields `framework` (rule pack id or document), `frameworkText`, `date`
 * @param scenario the validated scenario (its `framework` reference is the default)
 */
export function resolveFramework(fields: FrameworkFields, scenario: Scenario): ResolvedFramework {
  if (fields.framework !== undefined && fields.frameworkText !== undefined)
    refuse(400, "invalid_request", "give only one of `framework` and `frameworkText`", [
      { code: "invalid_request", path: ["frameworkText"], message: "give only one of `framework` and `frameworkText`" },
    ]);
  if (fields.frameworkText !== undefined) {
    const r = loadFrameworkText(fields.frameworkText, "framework");
    if (!r.value) refuse(400, "invalid_framework", "the framework is not valid", r.issues);
    return { framework: r.value, date: fields.date };
  }
  if (typeof fields.framework === "string") {
    const pack = getRulePack(fields.framework);
    if (!pack) unknownPack(fields.framework, ["framework"]);
    return { framework: pack, date: fields.date };
  }
  if (fields.framework !== undefined) {
    const r = validateFramework(fields.framework);
    if (!r.value) refuse(400, "invalid_framework", "the framework is not valid", prefixIssues(r.issues, ["framework"]));
    return { framework: r.value, date: fields.date };
  }
  const ref = scenario.framework;
  if (!ref)
    refuse(400, "invalid_request", "no framework given and the scenario names none", [
      {
        code: "missing_field",
        path: ["framework"],
        message: `give \`framework\` (one of ${RULE_PACK_IDS.join(", ")}, or a framework document) or \`frameworkText\``,
      },
    ]);
  const pack = getRulePack(ref.id);
  if (!pack) unknownPack(ref.id, ["scenario", "framework", "id"]);
  return { framework: pack, date: fields.date ?? ref.date };
}
