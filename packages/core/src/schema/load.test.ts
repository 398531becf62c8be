import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { decodeDocumentBytes, loadDocument, MAX_ALIASES } from "./load.js";
import { loadScenarioText, validateScenario } from "./validate-scenario.js";
import { MAX_ISSUES } from "./cap-issues.js";
import { deepFlowYaml, manyUnknownForceKeysYaml, wideJson } from "./test-inputs/hostile-documents.js";
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

test("15,000 unknown force keys: refused before parsing as one too_wide issue at the first key past 1,000", () => {
  const r = loadScenarioText(manyUnknownForceKeysYaml(), "big.yaml");
  assert.equal(r.value, undefined);
  assert.equal(r.issues.length, 1);
  const [issue] = r.issues;
  // The element's mapping holds `id` and `name` before key0 (line 15). The text scan does not count `id`, written on
  // the `- ` line (structure-limits.ts), so it stops at key999 on line 1,014, one key late: the limit is a bound on
  // cost, and the walk of the parsed data is exact.
  assert.deepEqual([issue!.code, issue!.file, issue!.line, issue!.col], ["too_wide", "big.yaml", 1014, 9]);
  assert.match(issue!.message, /more than 1000 keys/);
});

test("900 unknown force keys: a bounded list of located unknown_field issues and one 'and N more'", () => {
  const r = loadScenarioText(manyUnknownForceKeysYaml(900), "big.yaml");
  assert.equal(r.value, undefined);
  assert.equal(r.issues.length, MAX_ISSUES + 1);
  assert.ok(r.issues.slice(0, MAX_ISSUES).every((i) => i.code === "unknown_field" && i.file === "big.yaml"));
  assert.deepEqual([r.issues[0]?.path.at(-1), r.issues[0]?.line, r.issues[0]?.col], ["key0", 15, 9]);
  assert.equal(r.issues[1]?.line, 16);
  const last = r.issues.at(-1)!;
  assert.equal(last.code, "too_many_issues");
  assert.match(last.message, /and 700 more issues/);
});

test("400 kB of nested flow brackets: refused as too_deep before parsing, never as a syntax error", () => {
  const r = loadScenarioText(deepFlowYaml(), "deep.yaml");
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.line]),
    [["too_deep", 3]],
  );
  assert.doesNotMatch(r.issues[0]!.message, /call stack/);
});

test("60,000 keys in a JSON body: refused before parsing as one too_wide issue, located", () => {
  const r = loadScenarioText(wideJson(), "wide.json");
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.line, i.col]),
    [["too_wide", 1001, 1]],
  );
  // The same data already parsed (an HTTP body): the first key too many by its path.
  const data = validateScenario(JSON.parse(wideJson()));
  assert.deepEqual(
    data.issues.map((i) => [i.code, i.path]),
    [["too_wide", ["key998"]]],
  );
});

test("900 keys in a JSON body: a bounded issue list, missing fields and unknown keys located", () => {
  const r = loadScenarioText(wideJson(900), "wide.json");
  assert.equal(r.issues.length, MAX_ISSUES + 1);
  const codes = new Set(r.issues.map((i) => i.code));
  assert.deepEqual([...codes].sort(), ["invalid_type", "too_many_issues", "unknown_field"]);
  const key0 = r.issues.find((i) => i.path[0] === "key0");
  assert.deepEqual([key0?.line, key0?.col], [3, 1]);
  assert.match(r.issues.at(-1)!.message, /and \d+ more issues/);
});

test("duplicate keys are refused (found in one pass, not by comparing every pair)", () => {
  const r = loadScenarioText("schemaVersion: 1\nid: a\nid: b\n", "d.yaml");
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.line, i.col]),
    [["duplicate_key", 3, 1]],
  );
});

test("deep data built without text (an HTTP body) is refused without recursion", () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const r = validateScenario({ schemaVersion: 1, id: "x", notes: deep });
  assert.deepEqual(
    r.issues.map((i) => i.code),
    ["too_deep"],
  );
});

test("did-you-mean work is bounded: very long words and huge candidate lists get no suggestion", () => {
  assert.equal(closest("x".repeat(10_000), ["cepM"]), undefined);
  assert.equal(closest("cepm", ["cepM", ...Array.from({ length: 2000 }, (_, i) => `k${i}`)]), undefined);
  assert.equal(closest("cepn", ["cepM", "rangeKm"]), "cepM");
});

test("aliases: shared anchors load as before; bombs, cycles and too many aliases are refused, located", () => {
  const load = (text: string) => loadDocument(text, z.object({}).loose(), { file: "a.yaml" });
  // An anchor used by many aliases loads (each alias is the anchor's value).
  const shared = [
    "src: &s { title: T, url: https://example.org }",
    ...Array.from({ length: 300 }, (_, i) => `k${i}: *s`),
  ];
  const ok = load(shared.join("\n"));
  assert.deepEqual(ok.issues, []);
  assert.deepEqual((ok.value as Record<string, unknown>).k299, { title: "T", url: "https://example.org" });
  // Ten levels of ten aliases each: a few hundred bytes that expand to 1 + 11 + 111 + … + 11,111,111,111 nodes.
  const bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 10; i++)
    bomb.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(", ")}]`);
  const b = load(bomb.join("\n"));
  assert.equal(b.issues[0]?.code, "too_many_aliases");
  assert.match(b.issues[0].message, /aliases expand the document to 12,345,679,011 nodes; the limit is 1,000,000/);
  // An alias inside the node its anchor names.
  const c = load("a: &x\n  b: 1\n  c: *x\n");
  assert.equal(c.issues[0]?.code, "too_many_aliases");
  assert.match(c.issues[0].message, /cycle/);
  assert.deepEqual([c.issues[0].line, c.issues[0].col], [3, 6]);
  const many = `v: &v 1\nk: [${Array.from({ length: MAX_ALIASES + 1 }, () => "*v").join(", ")}]\n`;
  assert.match(load(many).issues[0]!.message, /10,001 aliases \(\*name\); the limit is 10,000/);
});
