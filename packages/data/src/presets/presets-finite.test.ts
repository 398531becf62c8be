// No report from any preset contains NaN or Infinity without a warning that explains it (the same check the fuzzer
// runs over generated scenarios: unexplainedNonFinite from @seceq/core).
import { test } from "node:test";
import assert from "node:assert/strict";
import { crisisTimeline, evaluate, findNonFinite, unexplainedNonFinite } from "@seceq/core";
import { getPreset, listPresets } from "./index.js";

for (const { id } of listPresets())
  void test(`preset ${id}: the report, its Monte Carlo bands and its crisis timeline are finite`, () => {
    const scenario = getPreset(id);
    const report = evaluate(scenario, { samples: 8, seed: 3 });
    assert.deepEqual(unexplainedNonFinite(report), []);
    // The presets are ordinary postures: nothing in them should need such a warning at all.
    assert.deepEqual(
      report.warnings.filter((w) => w.code === "non_finite"),
      [],
    );
    assert.ok(Object.keys(report.monteCarlo!.bands).length > 0);
    assert.deepEqual(findNonFinite(crisisTimeline(scenario, 3)), []);
  });
