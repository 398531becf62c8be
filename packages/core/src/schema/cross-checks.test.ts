import { test } from "node:test";
import assert from "node:assert/strict";
import { loadScenarioText, validateScenario } from "./validate-scenario.js";
import { MINIMAL_SCENARIO_YAML } from "./test-inputs/minimal-scenario.js";

const SRC = "source: { source: notional, asOf: 2026-01-01, confidence: notional }";
/** The minimal scenario with C3 site lines added to the second party (red, whose force element is `silo`). */
const withRedSites = (...sites: string[]): string =>
  MINIMAL_SCENARIO_YAML.replace(
    "distancesKm:",
    ["    c3:", "      sites:", ...sites.map((s) => `        - ${s}`), "distancesKm:"].join("\n"),
  );
const site = (id: string, kind = "command") =>
  `{ id: ${id}, name: Site, kind: ${kind}, sites: 2, hardnessPsi: 1000, ${SRC} }`;
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

void test("a C3 site id equal to a force element id of the same party is a located error", () => {
  const text = withRedSites(site("hq"), site("silo"));
  const r = loadScenarioText(text, "c3.yaml");
  assert.equal(r.value, undefined);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path.join("."), i.file, i.line, i.col]),
    [["duplicate_id", "parties.1.c3.sites.1.id", "c3.yaml", lineOf(text, "{ id: silo"), 17]],
  );
  assert.match(r.issues[0]!.message, /C3 site id "silo" is also the id of this party's force element at index 0/);
});

void test("C3 site ids are unique within a party; other parties' force ids do not collide", () => {
  // blue also has a force element `silo`: only red's own forces count.
  const ok = loadScenarioText(withRedSites(site("hq"), site("radar", "early-warning")), "ok.yaml");
  assert.deepEqual(ok.issues, []);
  assert.ok(ok.value);
  const text = withRedSites(site("hq"), site("hq", "early-warning"));
  const r = loadScenarioText(text, "dup.yaml");
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path.join("."), i.line]),
    [["duplicate_id", "parties.1.c3.sites.1.id", lineOf(text, "kind: early-warning")]],
  );
  assert.match(r.issues[0]!.message, /duplicate C3 site id "hq" \(first used at index 0\)/);
});

void test("with schema errors too, the raw check reports the collision, and duplicates keep their own index", () => {
  const doc = {
    schemaVersion: 1,
    parties: [
      {
        id: "p",
        forces: [{ name: "no id" }, { id: "a" }, { id: "a" }],
        c3: { sites: [{ id: "a" }] },
      },
    ],
  };
  const dup = validateScenario(doc).issues.filter((i) => i.code === "duplicate_id");
  assert.deepEqual(
    dup.map((i) => i.path.join(".")),
    ["parties.0.forces.2.id", "parties.0.c3.sites.0.id"],
  );
  assert.match(dup[1]!.message, /force element at index 1/);
});
