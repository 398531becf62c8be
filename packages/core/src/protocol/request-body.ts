/**
 * Decode request bodies: JSON text with located syntax errors, a nesting limit checked without recursion, and the
 * wrapper-or-bare distinction of scenario requests. Runs inside the executor, under its time and queue limits.
 */
import type { Issue } from "../_shared/issues.js";
import { MAX_DEPTH } from "../schema/load.js";
import { refuse } from "./operation-error.js";
import { SOURCE_KEYS } from "./requests.js";

/** A request body as received: text with its format, or data already parsed. */
export type RequestBody = { format: "json" | "yaml"; text: string } | { data: unknown };

/** Deepest nesting accepted in a request body (a scenario needs about 8). */
export const MAX_BODY_DEPTH = MAX_DEPTH;

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

/** Refuse data nesting deeper than {@link MAX_BODY_DEPTH} with 400 and the given code. */
export function checkDepth(data: unknown, code: string, what = "request body"): void {
  if (nestsDeeperThan(data, MAX_BODY_DEPTH))
    refuse(400, code, `the ${what} nests too deeply`, [
      { code: "too_deep", path: [], message: `${what} nests deeper than ${MAX_BODY_DEPTH} levels` },
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
