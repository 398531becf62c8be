/**
 * Loader cost on hostile documents (issue 14): the 15,000-unknown-key YAML scenario, the 400 kB deeply nested
 * flow-style body and the 60,000-key JSON body. Each must be refused with a bounded issue list well under 2 s.
 */
import { loadScenarioText } from "@seceq/core";
import {
  deepFlowYaml,
  manyUnknownForceKeysYaml,
  wideJson,
} from "../packages/core/src/schema/test-inputs/hostile-documents.js";

/** Time loading each hostile document (best of three, ms) and report the issue counts. */
export async function benchValidation(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const cases: [string, string][] = [
    ["15,000 unknown force keys (YAML)", manyUnknownForceKeysYaml()],
    ["deep flow nesting (YAML)", deepFlowYaml()],
    ["60,000 keys (JSON)", wideJson()],
  ];
  for (const [name, text] of cases) {
    let best = Infinity;
    let issues = 0;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      issues = loadScenarioText(text, "bench.yaml").issues.length;
      best = Math.min(best, performance.now() - t0);
      await new Promise((r) => setImmediate(r));
    }
    out[`${name}, ${Math.round(text.length / 1024)} kB: ms`] = best;
    out[`${name}: issues`] = issues;
  }
  return out;
}
