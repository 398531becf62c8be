/**
 * Scenario validation entry points: from text, bytes or plain data.
 */
import type { Issue } from "../_shared/issues.js";
import { crossCheckScenario, rawDuplicateIds } from "./cross-checks.js";
import { loadDocument, loadDocumentBytes, validateData, type LoadResult } from "./load.js";
import { Scenario } from "./scenario.js";

/** Validate plain data (e.g. an HTTP body) as a scenario. */
export function validateScenario(data: unknown): LoadResult<Scenario> {
  return validateData(Scenario, data, crossCheckScenario, rawDuplicateIds);
}

/** Load a scenario from YAML or JSON text; issues carry `file:line:col`. */
export function loadScenarioText(text: string, file?: string): LoadResult<Scenario> {
  return loadDocument(text, Scenario, {
    ...(file !== undefined ? { file } : {}),
    crossCheck: crossCheckScenario,
    rawCheck: rawDuplicateIds,
  });
}

/** Load a scenario from file bytes (refuses > 5 MB, empty and binary files). */
export function loadScenarioBytes(bytes: Uint8Array, file?: string): LoadResult<Scenario> {
  return loadDocumentBytes(bytes, Scenario, {
    ...(file !== undefined ? { file } : {}),
    crossCheck: crossCheckScenario,
    rawCheck: rawDuplicateIds,
  });
}

/** Parse a scenario that must be valid (presets, tests); throws with every issue listed otherwise. */
export function parseScenario(data: unknown): Scenario {
  const r = validateScenario(data);
  if (!r.value) throw new Error(r.issues.map((i: Issue) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  return r.value;
}
