import { test } from "node:test";
import assert from "node:assert/strict";
import { parseScenario } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { exportScenario, fileStem, importScenario } from "./scenario-file.js";

test("a scenario exported as YAML or JSON imports back to the same validated scenario", () => {
  const doc = fixtureScenarioInput();
  const expected = parseScenario(doc);
  for (const format of ["yaml", "json"] as const) {
    const f = exportScenario(doc, format);
    assert.equal(f.filename, `web-fixture.${format}`);
    const r = importScenario(f.text, f.filename);
    assert.ok(r.ok, format);
    assert.deepEqual(r.scenario, expected);
  }
  assert.match(exportScenario(doc, "yaml").text, /^# Security Equation scenario/);
});

test("an invalid file reports every problem with file:line:col", () => {
  const text = [
    "schemaVersion: 1",
    "id: bad",
    "name: Bad",
    "asOf: 2026-01-01",
    "parties:",
    "  - id: only",
    "    name: Only",
    "    forces: []",
  ].join("\n");
  const r = importScenario(text, "bad.yaml");
  assert.ok(!r.ok);
  assert.ok(r.messages.length >= 2, r.messages.join("\n"));
  assert.ok(
    r.messages.some((m) => /^bad\.yaml:\d+:\d+: error/.test(m)),
    r.messages.join("\n"),
  );
  const broken = importScenario("id: [unclosed", "broken.yaml");
  assert.ok(!broken.ok);
  assert.match(broken.messages[0]!, /^broken\.yaml:1:\d+/);
});

test("file stems keep safe characters only", () => {
  assert.equal(fileStem("us-russia-2026"), "us-russia-2026");
  assert.equal(fileStem("a/b c"), "a-b-c");
  assert.equal(fileStem(undefined), "scenario");
});
