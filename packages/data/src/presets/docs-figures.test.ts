import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { scenarioStability, type Scenario } from "@seceq/core";
import { getPreset } from "./index.js";

/** Combined index of the US–Russia pair, to the three decimals the docs print. */
const usRu = (s: Scenario): string =>
  scenarioStability(s)
    .pairs.find((p) => p.a === "us" && p.b === "ru")!
    .combined.toFixed(3);

// docs/methods.md §3–4 quote these engine outputs; a change of the engine or the presets must update the prose.
void test("docs/methods.md quotes the presets' current US–Russia indices", async () => {
  const methods = await readFile(new URL("../../../../docs/methods.md", import.meta.url), "utf8");
  const flat = methods.replace(/\s+/g, " ");
  const base = getPreset("us-russia-2026");
  const nuclearOnly = structuredClone(base);
  for (const p of nuclearOnly.parties) p.forces = p.forces.filter((f) => f.nuclear);
  const entanglement = `raises the combined US–Russia index from ${usRu(base)} to ${usRu(nuclearOnly)}`;
  assert.ok(flat.includes(entanglement), `methods §3 says "${entanglement}"`);
  const china = `China raises the US–Russia index from ${usRu(base)} (\`us-russia-2026\`) to ${usRu(getPreset("us-russia-china-2026"))}`;
  assert.ok(flat.includes(china), `methods §4 says "${china}"`);
  const china2035 = `to ${usRu(getPreset("us-russia-china-2035"))} with its projected 2035 force`;
  assert.ok(flat.includes(china2035), `methods §4 says "${china2035}"`);
});
