/**
 * Refuse request bodies that nest too deeply or hold a mapping too wide at the door: the text is scanned on the
 * request's own thread (one pass, no recursion, O(length); a 1 MB body in a few milliseconds) before the body is queued
 * for an engine thread, so a structurally hostile body never waits behind other computations only to be refused there
 * (nor costs an engine thread the parse and the validation of every one of its keys).
 */
import {
  findStructureExcess,
  MAX_BODY_DEPTH,
  MAX_BODY_KEYS,
  structureIssue,
  type OperationKind,
  type RequestBody,
} from "@seceq/core";
import { HttpError } from "./http-errors.js";

/**
 * Deepest nesting of a request body, levels (objects, arrays, YAML block levels): the engine's own limit, core's
 * `MAX_BODY_DEPTH` (64; a scenario needs about 8). Deeper bodies get 400 with a `too_deep` issue at line:col.
 */
export const MAX_REQUEST_NESTING = MAX_BODY_DEPTH;

/**
 * Most keys in one mapping of a request body: the engine's own limit, core's `MAX_BODY_KEYS` (1,000; a scenario's
 * widest mapping holds a few dozen). Wider bodies get 400 with a `too_wide` issue at the line and column of the first
 * key too many.
 */
export const MAX_REQUEST_KEYS = MAX_BODY_KEYS;

/**
 * The error code of a body refused for its depth, as the engine would refuse it: `invalid_spec` for a negotiation
 * spec, `invalid_scenario` for a YAML scenario file, `invalid_request` for a JSON body (a wrapper or a bare scenario:
 * the door does not parse it to tell).
 */
function codeFor(kind: OperationKind, format: "json" | "yaml"): string {
  if (kind === "negotiate") return "invalid_spec";
  return format === "yaml" ? "invalid_scenario" : "invalid_request";
}

/**
 * Throw a 400 {@link HttpError} when a body's text nests deeper than {@link MAX_REQUEST_NESTING} or holds a mapping
 * with more than {@link MAX_REQUEST_KEYS} keys, with one `too_deep` or `too_wide` issue located at the line and column
 * where the limit is passed (file `request`, as the engine's issues).
 * @param body the body as read (text and format)
 * @param kind the operation the body is for (chooses the error code)
 */
export function refuseHostileBody(body: RequestBody, kind: OperationKind): void {
  if (!("text" in body)) return;
  // The scan counts the line a JSON document starts on as one block level before its first bracket: allow that one
  // so that a JSON body is refused exactly when the engine's depth check on the parsed data would refuse it.
  const depth = body.format === "json" ? MAX_REQUEST_NESTING + 1 : MAX_REQUEST_NESTING;
  const excess = findStructureExcess(body.text, { depth, keys: MAX_REQUEST_KEYS });
  if (!excess) return;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < excess.offset; i++)
    if (body.text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  const problem = excess.kind === "deep" ? "nests too deeply" : "has a mapping too wide";
  const limits = { depth: MAX_REQUEST_NESTING, keys: MAX_REQUEST_KEYS };
  throw new HttpError(400, codeFor(kind, body.format), `the request body ${problem}`, [
    {
      ...structureIssue(excess.kind, limits, [], "request body"),
      file: "request",
      line,
      col: excess.offset - lineStart + 1,
    },
  ]);
}
