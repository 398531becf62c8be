import { test } from "node:test";
import assert from "node:assert/strict";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { checkScenarioDocument } from "./checked-scenario.js";

test("a valid document passes as written (no defaults filled in)", () => {
  const doc = fixtureScenarioInput();
  const r = checkScenarioDocument(doc);
  assert.ok(r.ok);
  assert.equal(r.input, doc);
});

test("damaged documents are refused with the first problem and a count of the rest", () => {
  for (const doc of [{ parties: [{ id: "us" }] }, null, [], "x", { schemaVersion: 1 }]) {
    const r = checkScenarioDocument(doc, "the saved scenario");
    assert.ok(!r.ok, JSON.stringify(doc));
    assert.match(r.error, /^the saved scenario is not valid: \S/);
  }
  // One problem only: no count.
  const doc = fixtureScenarioInput();
  doc.parties[0]!.forces[0]!.warheadsPerLauncher = 5; // above its maxWarheadsPerLauncher of 3
  const r = checkScenarioDocument(doc);
  assert.ok(!r.ok);
  assert.match(r.error, /^the scenario is not valid: .*above the maximum 3$/);
});
