/**
 * Decode request bodies: JSON text with located syntax errors, depth and width limits checked without recursion, and the
 * wrapper-or-bare distinction of scenario requests. Runs inside the executor, under its time and queue limits.
 */
import type { Issue } from "../_shared/issues.js";
import { findDataExcess, MAX_DEPTH, MAX_MAP_KEYS, structureIssue } from "../schema/structure-limits.js";
import { refuse } from "./operation-error.js";
import { SOURCE_KEYS } from "./requests.js";

/** A request body as received: text with its format, or data already parsed. */
export type RequestBody = { format: "json" | "yaml"; text: string } | { data: unknown };

/** Deepest nesting accepted in a request body, levels (a scenario needs about 8). */
export const MAX_BODY_DEPTH = MAX_DEPTH;

/** Most keys accepted in one mapping of a request body (a scenario's widest holds a few dozen). */
export const MAX_BODY_KEYS = MAX_MAP_KEYS;

/** Turn a character offset into 1-based line and column (one pass up to the offset). */
function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, col: offset - start + 1 };
}

/**
 * Parse JSON text; a syntax error or an empty body is refused as 400 `invalid_json` with one issue (at line:col
 * when the parser reports a position).
 * @param text the body
 */
export function parseJsonText(text: string): unknown {
  if (text.trim() === "")
    refuse(400, "invalid_json", "request body is empty; send a JSON document", [
      { code: "empty", path: [], message: "request body is empty" },
    ]);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    const pos = /at position (\d+)/.exec(message);
    const lc = /\(line (\d+) column (\d+)\)/.exec(message);
    const where = lc ? { line: Number(lc[1]), col: Number(lc[2]) } : pos ? lineCol(text, Number(pos[1])) : {};
    const issue: Issue = { code: "syntax", path: [], message: `invalid JSON: ${message}`, ...where };
    return refuse(400, "invalid_json", "request body is not valid JSON", [issue]);
  }
}

/**
 * Refuse data nesting deeper than {@link MAX_BODY_DEPTH} or holding a mapping wider than {@link MAX_BODY_KEYS} with
 * 400 and the given code: one `too_deep` issue, or one `too_wide` issue at the first key too many.
 * @param data the parsed body
 * @param code the error code (`invalid_request`, `invalid_scenario`, `invalid_spec`)
 * @param what what the body is, for the message
 */
export function checkStructure(data: unknown, code: string, what = "request body"): void {
  const excess = findDataExcess(data);
  if (excess)
    refuse(400, code, excess.kind === "deep" ? `the ${what} nests too deeply` : `the ${what} has a mapping too wide`, [
      structureIssue(excess.kind, undefined, excess.path, what),
    ]);
}

/** True when a body is a wrapper (has a scenario source key) rather than a bare scenario. */
export function isWrapped(body: unknown): body is Record<string, unknown> {
  return (
    body !== null &&
    typeof body === "object" &&
    !Array.isArray(body) &&
    SOURCE_KEYS.some((k) => Object.hasOwn(body, k) && (body as Record<string, unknown>)[k] !== undefined)
  );
}
