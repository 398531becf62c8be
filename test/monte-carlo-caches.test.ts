/**
 * Monte Carlo samples read caches shared across samples (issue 11): blast footprints from site geometry shared by
 * every density scale length b₁, fallout doses shared by every b₁, damage tables by b₁. A sample computed after many
 * others (warm caches) must give what the same sample gives from cold caches (1e-12), on the two- and three-party
 * presets whose default uncertainty draws b₁.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_UNCERTAINTY,
  clearDamageTables,
  clearFalloutFootprints,
  clearFootprints,
  perturbScenario,
  scenarioStability,
  uniformRng,
} from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset } from "@seceq/data";
import { numericDiff } from "./differential.js";

const TOL = 1e-12;

function clearAll(): void {
  clearFootprints();
  clearFalloutFootprints();
  clearDamageTables();
}

void test("Monte Carlo samples from warm shared caches equal the same samples from cold caches", () => {
  for (const id of [DEFAULT_PRESET_ID, "us-russia-china-2026"]) {
    const s = getPreset(id);
    clearAll();
    const warm: unknown[] = [];
    const n = 24;
    for (let i = 0; i < n; i++) warm.push(scenarioStability(perturbScenario(s, DEFAULT_UNCERTAINTY, uniformRng(9, i))));
    for (const i of [0, 7, 15, n - 1]) {
      clearAll();
      const cold = scenarioStability(perturbScenario(s, DEFAULT_UNCERTAINTY, uniformRng(9, i)));
      const d = numericDiff(warm[i], cold, TOL);
      assert.deepEqual(d, [], `${id} sample ${i}: ${JSON.stringify(d.slice(0, 5))}`);
    }
  }
});
