import { test } from "node:test";
import assert from "node:assert/strict";
import { chunk } from "./runner.js";

void test("chunk cuts indices into consecutive pieces of at most `size`", () => {
  assert.deepEqual(chunk([0, 1, 2, 3, 4, 5, 6], 3), [[0, 1, 2], [3, 4, 5], [6]]);
  assert.deepEqual(chunk([9, 4], 5), [[9, 4]]);
  assert.deepEqual(chunk([], 2), []);
});

void test("chunk refuses a size that would never advance or is fractional", () => {
  for (const size of [0, -1, 0.5, 2.5, NaN, Infinity])
    assert.throws(() => chunk([1, 2, 3], size), RangeError, `size ${size}`);
});
