/**
 * Scenario files: export the edited document as YAML or JSON (the same format `seceq evaluate` reads) and import one
 * back, with every problem located at `file:line:col` (core's loader).
 */
import { formatIssue, hasErrors, loadScenarioText, type Issue, type Scenario } from "@seceq/core";
import { stringify } from "yaml";

/** File formats offered. */
export type ScenarioFormat = "yaml" | "json";

/** A file ready to download. */
export interface FileOut {
  filename: string;
  mime: string;
  text: string;
}

/** File name stem from a scenario id (safe characters only). */
export function fileStem(id: unknown): string {
  const s = typeof id === "string" ? id.replace(/[^A-Za-z0-9._-]/g, "-") : "";
  return s === "" ? "scenario" : s;
}

/** Export a scenario document. */
export function exportScenario(doc: unknown, format: ScenarioFormat): FileOut {
  const stem = fileStem((doc as { id?: unknown } | null)?.id);
  if (format === "json")
    return { filename: `${stem}.json`, mime: "application/json", text: `${JSON.stringify(doc, null, 2)}\n` };
  const header = "# Security Equation scenario (schemaVersion 1). Run it with: seceq evaluate <this file>\n";
  return { filename: `${stem}.yaml`, mime: "application/yaml", text: header + stringify(doc, { lineWidth: 0 }) };
}

/** Result of an import: the validated scenario (defaults filled in), or every issue, formatted. */
export type ImportResult =
  { ok: true; scenario: Scenario; warnings: string[] } | { ok: false; issues: Issue[]; messages: string[] };

/** Import a scenario file's text (YAML or JSON). */
export function importScenario(text: string, filename: string): ImportResult {
  const r = loadScenarioText(text, filename);
  if (!r.value || hasErrors(r.issues)) return { ok: false, issues: r.issues, messages: r.issues.map(formatIssue) };
  return { ok: true, scenario: r.value, warnings: r.issues.map(formatIssue) };
}
