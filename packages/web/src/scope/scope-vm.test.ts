import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { GLOSSARY, SCOPE_COVERS, SCOPE_EXCLUDES, provenanceFooter, sourcesVm } from "./scope-vm.js";

test("the sources table lists every citation with its confidence, counted per level", () => {
  const r = evaluate(parseScenario(fixtureScenarioInput()), { sensitivities: false });
  const vm = sourcesVm(r.sources, { blue: "Blue", red: "Red" }, { "blue/blue-icbm": "Blue silo ICBM" });
  assert.equal(vm.rows.length, r.sources.length);
  // Fixture: 6 elements + 1 defence layer + 2 value bases cite the notional source; one field (Blue ICBM CEP) its own.
  assert.equal(r.sources.length, 10);
  assert.deepEqual(
    vm.byConfidence.map((c) => [c.confidence, c.count]),
    [
      ["published", 0],
      ["derived", 0],
      ["estimate", 1],
      ["notional", 9],
    ],
  );
  // Items and fields by their names and labels, not ids.
  const cep = vm.rows.find((row) => row[2] === "CEP (m)")!;
  assert.deepEqual(cep.slice(0, 6), [
    "Blue",
    "Blue silo ICBM",
    "CEP (m)",
    "Notional CEP",
    "2025\u201106\u201101",
    "estimate",
  ]);
  assert.equal(vm.raw.find((row) => row[2] === "CEP (m)")![4], "2025-06-01", "CSV keeps plain dates");
  assert.ok(vm.rows.some((row) => row[1] === "Value (damage curve)"));
  assert.equal(vm.urls.length, vm.rows.length);
  assert.equal(vm.byConfidence[3]!.label, "notional placeholders");
  assert.match(
    provenanceFooter(r),
    /^Engine seceq \d+\.\d+\.\d+, report format v1; scenario "Web fixture: two notional parties" \(web-fixture\) as of 2026-01-01\.$/,
  );
});

test("the scope names what the model leaves out, and the glossary is alphabetical", () => {
  const excluded = SCOPE_EXCLUDES.join(" ");
  for (const phrase of [
    "Expected values only",
    "command, control and communications",
    "Deaths by blast, burns in the open and one week of fallout only",
    "notional",
  ])
    assert.ok(excluded.includes(phrase), phrase);
  assert.ok(SCOPE_COVERS.length >= 6);
  const terms = GLOSSARY.map((g) => g.term);
  assert.deepEqual(
    terms,
    [...terms].sort((a, b) => a.localeCompare(b, "en")),
  );
  assert.ok(terms.includes("First-strike stability") && terms.includes("w80") && terms.includes("Entanglement"));
});
