import { test } from "node:test";
import assert from "node:assert/strict";
import { chunk, guidedChunks } from "./runner.js";

void test("chunk cuts indices into consecutive pieces of at most `size`", () => {
  assert.deepEqual(chunk([0, 1, 2, 3, 4, 5, 6], 3), [[0, 1, 2], [3, 4, 5], [6]]);
  assert.deepEqual(chunk([9, 4], 5), [[9, 4]]);
  assert.deepEqual(chunk([], 2), []);
});

void test("chunk refuses a size that would never advance or is fractional", () => {
  for (const size of [0, -1, 0.5, 2.5, NaN, Infinity])
    assert.throws(() => chunk([1, 2, 3], size), RangeError, `size ${size}`);
});

void test("guidedChunks: consecutive chunks of a share of what is left, capped, shrinking to single cells", () => {
  const cells = Array.from({ length: 100 }, (_, i) => i);
  const chunks = guidedChunks(cells, 8, 10);
  assert.deepEqual(chunks.flat(), cells, "every index once, in order");
  const sizes = chunks.map((c) => c.length);
  // 100/8 → 13 capped at 10; then 90/8 → 12 → 10; 80 → 10; 70/8 → 9; 61/8 → 8; 53/8 → 7; …; the last ones 1.
  assert.deepEqual(sizes.slice(0, 6), [10, 10, 10, 9, 8, 7]);
  for (let i = 1; i < sizes.length; i++) assert.ok(sizes[i]! <= sizes[i - 1]!, `sizes never grow: ${sizes.join(",")}`);
  assert.deepEqual(sizes.slice(-8), [1, 1, 1, 1, 1, 1, 1, 1]);
  assert.deepEqual(guidedChunks([], 4, 64), []);
  assert.deepEqual(guidedChunks([7], 4, 64), [[7]]);
  for (const [parts, max] of [
    [0, 1],
    [2, 0],
    [1.5, 3],
    [2, Number.NaN],
  ])
    assert.throws(() => guidedChunks(cells, parts!, max!), RangeError, `${parts}, ${max}`);
});
