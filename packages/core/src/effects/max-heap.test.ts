import { test } from "node:test";
import assert from "node:assert/strict";
import { MaxHeap } from "./max-heap.js";

test("pops keys in descending order; ties pop the lower item first; grows past its capacity", () => {
  const h = new MaxHeap(2);
  const keys = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
  keys.forEach((k, i) => h.push(k, i, 0));
  const out: [number, number][] = [];
  while (h.size > 0) {
    out.push([h.topKey(), h.topItem()]);
    h.pop();
  }
  assert.deepEqual(
    out.map((x) => x[0]),
    [...keys].sort((a, b) => b - a),
  );
  assert.deepEqual(
    out.filter((x) => x[0] === 5).map((x) => x[1]),
    [4, 8],
  );
  assert.equal(h.topKey(), -Infinity);
});
