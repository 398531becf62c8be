/**
 * Turn a request body into a validated scenario. A body is either a bare scenario document, or a wrapper object
 * naming the scenario as `scenario` (JSON), `text` (YAML or JSON, issues located at line:col) or `scenarioId`
 * (+ `version`) of a saved scenario, next to the endpoint's options. Wrappers are parsed with the endpoint's zod
 * schema, so a misspelt option is an error, not silently ignored.
 */
import {
  findReservedKeys,
  fromZodIssues,
  loadScenarioText,
  validateScenario,
  type Issue,
  type Scenario,
} from "@seceq/core";
import type { ResultStore } from "@seceq/store";
import type { z } from "zod";
import { HttpError, invalidRequest, prefixIssues } from "./http-errors.js";

/** Keys that mark a body as a wrapper rather than a bare scenario. */
const SOURCE_KEYS = ["scenario", "text", "scenarioId"] as const;

/** Deepest nesting accepted in a request body (a scenario needs about 8). */
export const MAX_BODY_DEPTH = 64;

/** A validated scenario and where it came from. */
export interface ResolvedScenario {
  scenario: Scenario;
  /** Warnings found while validating (errors refuse the request). */
  warnings: Issue[];
  /** Saved scenario used, if any. */
  saved?: { id: string; version: number };
}

/** True when plain data nests deeper than `limit` (checked without recursion, so hostile depth cannot overflow). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

/** True when a body is a wrapper (has a scenario source key) rather than a bare scenario. */
export function isWrapped(body: unknown): body is Record<string, unknown> {
  return (
    body !== null &&
    typeof body === "object" &&
    !Array.isArray(body) &&
    SOURCE_KEYS.some((k) => (body as Record<string, unknown>)[k] !== undefined)
  );
}

/** Check a body's nesting and parse a wrapper with the endpoint's schema; 400 with every issue on failure. */
export function parseWrapper<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (nestsDeeperThan(body, MAX_BODY_DEPTH))
    throw invalidRequest(
      [{ code: "too_deep", path: [], message: `request body nests deeper than ${MAX_BODY_DEPTH} levels` }],
      "the request body nests too deeply",
    );
  // zod drops `__proto__` keys silently; refuse them first, at their path.
  const reserved = findReservedKeys(body);
  if (reserved.length > 0) throw invalidRequest(reserved);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidRequest(fromZodIssues(parsed.error.issues, schema));
  return parsed.data;
}

/** A 400 for an invalid scenario with every issue (errors and warnings). */
export function invalidScenario(issues: Issue[]): HttpError {
  const n = issues.filter((i) => (i.severity ?? "error") === "error").length;
  return new HttpError(
    400,
    "invalid_scenario",
    `the scenario is not valid (${n} problem${n === 1 ? "" : "s"})`,
    issues,
  );
}

/** The source fields a wrapper may carry. */
export interface SourceFields {
  scenario?: unknown;
  text?: string | undefined;
  file?: string | undefined;
  scenarioId?: string | undefined;
  version?: number | undefined;
}

/**
 * Validate the scenario named by a request; 400 `invalid_scenario` with every issue (paths relative to the body:
 * `scenario.parties[0]…` for a wrapped scenario, with line:col for text), 404 for an unknown saved scenario.
 * @param source the wrapper's source fields, or `{scenario: body}` for a bare body (paths then start at the root)
 * @param store where saved scenarios live
 * @param bare true when the body itself was the scenario
 */
export async function resolveScenario(
  source: SourceFields,
  store: ResultStore | undefined,
  bare = false,
): Promise<ResolvedScenario> {
  if (source.text !== undefined) {
    const r = loadScenarioText(source.text, source.file ?? "request");
    if (!r.value) throw invalidScenario(r.issues);
    return { scenario: r.value, warnings: r.issues };
  }
  if (source.scenarioId !== undefined) {
    if (!store) throw new HttpError(404, "not_found", "this server has no scenario store");
    const saved = await store.getScenario(source.scenarioId, source.version);
    if (!saved)
      throw new HttpError(
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
  if (!r.value) throw invalidScenario(bare ? r.issues : prefixIssues(r.issues, ["scenario"]));
  return { scenario: r.value, warnings: bare ? r.issues : prefixIssues(r.issues, ["scenario"]) };
}

/**
 * Parse a request body for an endpoint: a wrapper is checked against `schema` and its scenario resolved; a bare
 * scenario gets the default options.
 * @returns the parsed wrapper (or `{}` for a bare body) and the resolved scenario
 */
export async function readScenarioRequest<S extends z.ZodType>(
  schema: S,
  body: unknown,
  store: ResultStore | undefined,
): Promise<{ options: Partial<z.infer<S>>; resolved: ResolvedScenario }> {
  if (isWrapped(body)) {
    const options = parseWrapper(schema, body);
    return { options, resolved: await resolveScenario(options as SourceFields, store) };
  }
  if (nestsDeeperThan(body, MAX_BODY_DEPTH))
    throw invalidScenario([
      { code: "too_deep", path: [], message: `the scenario nests deeper than ${MAX_BODY_DEPTH} levels` },
    ]);
  return { options: {}, resolved: await resolveScenario({ scenario: body }, store, true) };
}
