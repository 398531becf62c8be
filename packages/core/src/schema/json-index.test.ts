import { test } from "node:test";
import assert from "node:assert/strict";
import { indexJson, jsonPathKey, locateJson } from "./json-index.js";
import { loadScenarioText } from "./validate-scenario.js";
import { wideJson } from "./test-inputs/hostile-documents.js";

/** A scenario-shaped document with problems at several depths (wrong types, unknown keys, a missing field). */
const broken = {
  schemaVersion: 1,
  id: "broken",
  name: 'quotes " and \\ backslashes, é',
  asOf: "2026-01-01",
  parties: [
    { id: "a", name: "A", forces: [{ id: "icbm", launchers: { deployed: -5 }, cepM: "x", zzz: 1 }] },
    { id: "b", name: "B", forces: [], extra: [1, 2, { deep: true }] },
  ],
  zzTop: { a: [1, 2] },
};

test("JSON bodies are located exactly where the YAML path locates them, in every layout", () => {
  for (const text of [
    JSON.stringify(broken),
    JSON.stringify(broken, null, 2),
    JSON.stringify(broken, null, "\t"),
    "\n\n  " + JSON.stringify(broken, null, 3),
  ]) {
    const fast = loadScenarioText(text, "f.json");
    // A leading YAML comment sends the same document through the YAML parser, one line lower.
    const yaml = loadScenarioText("# yaml\n" + text, "f.json");
    assert.ok(fast.issues.length >= 5, `${fast.issues.length} issues`);
    assert.deepEqual(
      fast.issues,
      yaml.issues.map((i) => ({ ...i, line: i.line! - 1 })),
    );
    assert.ok(fast.issues.every((i) => i.line !== undefined && i.col !== undefined && i.file === "f.json"));
  }
});

test("the index holds each value's and key's offset; an unknown key points at its quote", () => {
  const text = '{"a": [10, {"b": "x\\"y"}], "c": null}';
  const index = indexJson(text)!;
  assert.equal(index.value.get(""), 0);
  assert.equal(index.key.get(jsonPathKey("", "a")), 1);
  assert.equal(index.value.get(jsonPathKey("", "a")), 6);
  assert.equal(index.value.get(jsonPathKey(jsonPathKey("", "a"), 0)), 7);
  assert.equal(index.value.get(jsonPathKey(jsonPathKey(jsonPathKey("", "a"), 1), "b")), 17);
  assert.equal(index.key.get(jsonPathKey("", "c")), 27);
  assert.equal(locateJson(index, ["a", 1, "b"], false), 17);
  assert.equal(locateJson(index, ["c"], true), 27);
  // A path past the document: the deepest node it has.
  assert.equal(locateJson(index, ["a", 1, "missing", 3], false), 11);
});

test("a repeated key or a text that is not JSON takes the YAML path, which reports it", () => {
  assert.equal(indexJson('{"a": 1, "a": 2}'), undefined);
  const dup = loadScenarioText('{"id": "x",\n "id": "y"}', "d.json");
  assert.deepEqual(
    dup.issues.map((i) => [i.code, i.line, i.col]),
    [["duplicate_key", 2, 2]],
  );
  const bad = loadScenarioText('{"id": "x",\n "name": [1, 2}', "s.json");
  assert.equal(bad.issues[0]!.code, "syntax");
  assert.equal(bad.issues[0]!.line, 2);
});

test("the 60,000-key hostile JSON body is refused with a bounded, located list", () => {
  const r = loadScenarioText(wideJson(), "w.json");
  assert.ok(r.issues.length >= 1 && r.issues.length <= 201, `${r.issues.length}`);
  assert.ok(r.issues.every((i) => i.line !== undefined));
});
