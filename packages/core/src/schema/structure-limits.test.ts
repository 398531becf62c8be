import { test } from "node:test";
import assert from "node:assert/strict";
import { findDataExcess, findStructureExcess, MAX_MAP_KEYS } from "./structure-limits.js";
import { MINIMAL_SCENARIO_YAML } from "./test-inputs/minimal-scenario.js";

/** The depth scan alone (no width limit). */
const deep = (text: string, depth: number) => {
  const e = findStructureExcess(text, { depth, keys: Infinity });
  return e && { offset: e.offset, depth: e.depth };
};

test("flow nesting past the limit is found at the bracket that crosses it", () => {
  // The mapping line itself is one level.
  assert.deepEqual(deep("a: [[[[x]]]]", 3), { offset: 5, depth: 4 });
  assert.equal(deep("a: [[[x]]]", 4), undefined);
  assert.deepEqual(deep('{"a":{"b":{"c":1}}}', 2), { offset: 5, depth: 3 });
});

test("brackets inside quoted scalars, comments, block scalars and plain text do not count", () => {
  assert.equal(deep("a: \"[[[[[[\"\nb: '{{{{'\n# [[[[[[\nc: x[[[[[[\n", 2), undefined);
  assert.equal(deep("a: |\n  [[[[[[\n  {{{{{\nb: 1\n", 2), undefined);
  assert.equal(deep("a: [\"]]]]\", 'it''s', x]\nb: [[[1]]]\n", 4), undefined);
  assert.equal(deep("a: don't [ stop\nb: [[[[1]]]]\n", 3)?.depth, 4);
});

test("block nesting (indentation and `- ` entries) counts too; real scenarios stay far below the limit", () => {
  assert.equal(deep("a:\n  b:\n    c:\n      d: 1\n", 3)?.depth, 4);
  assert.equal(deep("- - - - 1\n", 3)?.depth, 4);
  assert.equal(deep(MINIMAL_SCENARIO_YAML, 10), undefined);
});

test("a 400 kB bracket run is scanned without recursion", () => {
  const text = `x: ${"[".repeat(200_000)}${"]".repeat(200_000)}`;
  assert.equal(deep(text, 64)?.depth, 65);
});

test("a flow mapping (a JSON object) with more keys than the limit is found at the first key too many", () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(", ");
  const text = `{"a": {${keys(4)}}}`;
  assert.deepEqual(findStructureExcess(text, { depth: 64, keys: 3 }), {
    offset: text.indexOf('"k3"'),
    kind: "wide",
    depth: 3,
  });
  assert.equal(findStructureExcess(`{"a": {${keys(3)}}}`, { depth: 64, keys: 3 }), undefined);
  // Sequences are not limited; commas in strings and nested mappings count for their own mapping only.
  assert.equal(
    findStructureExcess(`{"a": [${keys(0)}1, 2, 3, 4, 5], "b": "x, y, z, w"}`, { depth: 64, keys: 3 }),
    undefined,
  );
  assert.equal(
    findStructureExcess(`{"a": {"x": 1, "y": 2}, "b": {"x": 1, "y": 2}}`, { depth: 64, keys: 2 }),
    undefined,
  );
});

test("a block mapping with more keys than the limit is found at the first key too many; sequences are not", () => {
  const block = (n: number, indent = "  ") =>
    `top: 1\nm:\n${Array.from({ length: n }, (_, i) => `${indent}k${i}: ${i}`).join("\n")}\nafter: 2\n`;
  const text = block(5);
  assert.deepEqual(findStructureExcess(text, { depth: 64, keys: 4 }), {
    offset: text.indexOf("k4"),
    kind: "wide",
    depth: 2,
  });
  assert.equal(findStructureExcess(block(4), { depth: 64, keys: 4 }), undefined);
  // The top level holds top, m and after: three keys, the nested ones are not among them.
  assert.equal(findStructureExcess(block(4), { depth: 64, keys: 3 })?.kind, "wide");
  assert.equal(findStructureExcess(block(3), { depth: 64, keys: 3 }), undefined);
  // Sequence entries, comments and block scalar lines are not keys.
  const seq = `s:\n${Array.from({ length: 50 }, (_, i) => `- id: e${i}\n  n: ${i}`).join("\n")}\n# c\n# c\nt: |\n  a: 1\n  b: 2\n`;
  assert.equal(findStructureExcess(seq, { depth: 64, keys: 2 }), undefined);
  assert.equal(findStructureExcess(MINIMAL_SCENARIO_YAML), undefined);
});

test("parsed data: depth and width found without recursion, the first key too many by its path", () => {
  let nested: unknown = 1;
  for (let i = 0; i < 100_000; i++) nested = [nested];
  assert.deepEqual(findDataExcess(nested), { kind: "deep", path: [] });
  const wide = Object.fromEntries(Array.from({ length: MAX_MAP_KEYS + 1 }, (_, i) => [`k${i}`, i]));
  assert.deepEqual(findDataExcess({ a: [1, { b: wide }] }), { kind: "wide", path: ["a", 1, "b", `k${MAX_MAP_KEYS}`] });
  delete wide[`k${MAX_MAP_KEYS}`];
  assert.equal(findDataExcess({ a: [1, { b: wide }] }), undefined);
  assert.equal(findDataExcess(Array.from({ length: 5000 }, (_, i) => i)), undefined, "long sequences are not limited");
});
