import { test } from "node:test";
import assert from "node:assert/strict";
import { findNestingExcess } from "./nesting-scan.js";
import { MINIMAL_SCENARIO_YAML } from "./test-inputs/minimal-scenario.js";

test("flow nesting past the limit is found at the bracket that crosses it", () => {
  // The mapping line itself is one level.
  assert.deepEqual(findNestingExcess("a: [[[[x]]]]", 3), { offset: 5, depth: 4 });
  assert.equal(findNestingExcess("a: [[[x]]]", 4), undefined);
  assert.deepEqual(findNestingExcess('{"a":{"b":{"c":1}}}', 2), { offset: 5, depth: 3 });
});

test("brackets inside quoted scalars, comments, block scalars and plain text do not count", () => {
  assert.equal(findNestingExcess("a: \"[[[[[[\"\nb: '{{{{'\n# [[[[[[\nc: x[[[[[[\n", 2), undefined);
  assert.equal(findNestingExcess("a: |\n  [[[[[[\n  {{{{{\nb: 1\n", 2), undefined);
  assert.equal(findNestingExcess("a: [\"]]]]\", 'it''s', x]\nb: [[[1]]]\n", 4), undefined);
  assert.equal(findNestingExcess("a: don't [ stop\nb: [[[[1]]]]\n", 3)?.depth, 4);
});

test("block nesting (indentation and `- ` entries) counts too; real scenarios stay far below the limit", () => {
  assert.equal(findNestingExcess("a:\n  b:\n    c:\n      d: 1\n", 3)?.depth, 4);
  assert.equal(findNestingExcess("- - - - 1\n", 3)?.depth, 4);
  assert.equal(findNestingExcess(MINIMAL_SCENARIO_YAML, 10), undefined);
});

test("a 400 kB bracket run is scanned without recursion", () => {
  const text = `x: ${"[".repeat(200_000)}${"]".repeat(200_000)}`;
  assert.equal(findNestingExcess(text, 64)?.depth, 65);
});
