import { test } from "node:test";
import assert from "node:assert/strict";
import { gridLevelIndices, gridPoint, gridSize, linspace } from "./grid.js";

void test("linspace includes both ends exactly", () => {
  assert.deepEqual(linspace(0, 1, 5), [0, 0.25, 0.5, 0.75, 1]);
  assert.deepEqual(linspace(0.1, 0.7, 7).at(-1), 0.7);
  assert.deepEqual(linspace(3, 9, 1), [3]);
  assert.deepEqual(linspace(2, 2, 3), [2, 2, 2]);
  assert.throws(() => linspace(0, 1, 0), RangeError);
});

void test("grid cells enumerate every combination once, first dimension slowest", () => {
  const levels = [
    [1, 2],
    [10, 20, 30],
  ];
  assert.equal(gridSize([2, 3]), 6);
  assert.equal(gridSize([]), 1);
  assert.equal(gridSize([4, 0]), 0);
  const cells = Array.from({ length: 6 }, (_, i) => gridPoint(levels, i));
  assert.deepEqual(cells, [
    [1, 10],
    [1, 20],
    [1, 30],
    [2, 10],
    [2, 20],
    [2, 30],
  ]);
  assert.deepEqual(gridLevelIndices([3, 4, 5], 59), [2, 3, 4]);
  assert.throws(() => gridPoint(levels, 6), RangeError);
  assert.throws(() => gridPoint(levels, -1), RangeError);
});
