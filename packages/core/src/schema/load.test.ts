import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeDocumentBytes, loadDocument } from "./load.js";
import { loadScenarioText } from "./validate-scenario.js";
import { Scenario } from "./scenario.js";
import { knownKeysAt } from "./zod-issues.js";
import { closest, editDistance } from "./suggest.js";

test("YAML issues carry file:line:col of the offending node; all issues at once", () => {
  const text = ["schemaVersion: 1", "id: Bad", "name: x", "asOf: 2026-01-01", "parties: []", "extra: 1"].join("\n");
  const r = loadScenarioText(text, "s.yaml");
  assert.equal(r.value, undefined);
  const byPath = new Map(r.issues.map((i) => [i.path.join("."), i]));
  assert.deepEqual([byPath.get("id")?.line, byPath.get("id")?.col], [2, 5]);
  assert.equal(byPath.get("parties")?.line, 5);
  assert.equal(byPath.get("extra")?.code, "unknown_field");
  assert.equal(byPath.get("extra")?.col, 1);
  assert.ok(r.issues.every((i) => i.file === "s.yaml"));
});

test("JSON is located too (parsed as YAML 1.2)", () => {
  const r = loadDocument('{\n  "a": 1,\n  "b": "x"\n}', Scenario, { file: "s.json" });
  const b = r.issues.find((i) => i.path[0] === "b");
  assert.equal(b?.line, 3);
});

test("bytes: empty, binary and oversize input are refused before parsing", () => {
  assert.equal(decodeDocumentBytes(new Uint8Array(0)).issues[0]?.code, "empty");
  assert.equal(decodeDocumentBytes(new Uint8Array([0xff, 0xfe, 0x00])).issues[0]?.code, "binary");
  assert.equal(decodeDocumentBytes(new Uint8Array(5 * 1024 * 1024 + 1)).issues[0]?.code, "too_large");
  assert.equal(decodeDocumentBytes(new TextEncoder().encode("a: 1")).value, "a: 1");
});

test("known keys and did-you-mean suggestions", () => {
  assert.ok(knownKeysAt(Scenario, ["parties", 0, "forces", 0]).includes("cepM"));
  assert.ok(knownKeysAt(Scenario, ["parties", 0, "value", "damageCurve"]).includes("w80"));
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(closest("reliabilty", ["reliability", "rangeKm"]), "reliability");
  assert.equal(closest("zzz", ["reliability", "rangeKm"]), undefined);
});
