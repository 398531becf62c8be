/**
 * Generated hostile documents for the loader's cost bounds (issue 14): many unknown keys, deep flow-style nesting, and
 * a very wide JSON object. Shared by the load tests and the benchmarks; pure (built from strings, no files).
 */
import { MINIMAL_SCENARIO_YAML } from "./minimal-scenario.js";

/**
 * Build a YAML scenario (about 310 kB at the default) whose first force element carries `count` unknown keys.
 * @param count unknown keys to add (default 15,000)
 */
export function manyUnknownForceKeysYaml(count = 15_000): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`        key${i}: 1`);
  return MINIMAL_SCENARIO_YAML.replace("        name: Silo ICBM\n", `        name: Silo ICBM\n${lines.join("\n")}\n`);
}

/**
 * Build a YAML body nested `depth` flow sequences deep inside a scenario field (about 400 kB at the default).
 * @param depth nesting depth (default 200,000)
 */
export function deepFlowYaml(depth = 200_000): string {
  return `schemaVersion: 1\nid: deep\nname: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;
}

/**
 * Build a JSON object with `count` keys at the top level of a scenario (about 880 kB at the default).
 * @param count keys (default 60,000)
 */
export function wideJson(count = 60_000): string {
  const parts: string[] = ['"schemaVersion": 1', '"id": "wide"'];
  for (let i = 0; i < count; i++) parts.push(`"key${i}":1`);
  return `{${parts.join(",\n")}}`;
}
