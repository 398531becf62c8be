/**
 * The gate every scenario document from outside the page passes before the workbench uses it (a shared link, a
 * scenario loaded from the server, a point opened from the Explorer): core's `validateScenario`, so a damaged or
 * hand-edited document is refused with a message instead of crashing a view that expects parties with forces.
 */
import { formatIssue, validateScenario, type ScenarioInput } from "@seceq/core";

/** A document that passed validation (kept as written, defaults not filled in), or why it did not. */
export type CheckedScenario = { ok: true; input: ScenarioInput } | { ok: false; error: string };

/**
 * Check a scenario document with core's validator.
 * @param doc the document (any JSON value)
 * @param what how messages name the document, e.g. "the link's scenario"; default "the scenario"
 * @returns the document itself when valid (so edits and share links keep it as written), else the first problem
 *   formatted, with the number of further problems
 */
export function checkScenarioDocument(doc: unknown, what = "the scenario"): CheckedScenario {
  const r = validateScenario(doc);
  if (r.value) return { ok: true, input: doc as ScenarioInput };
  const errors = r.issues.filter((i) => (i.severity ?? "error") === "error");
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? "s" : ""})` : "";
  return { ok: false, error: `${what} is not valid: ${first ? formatIssue(first) : "unknown problem"}${more}` };
}
