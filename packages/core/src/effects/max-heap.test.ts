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

test("replaceTop pops in the same order as pop then push, stamps included; on an empty heap it pushes", () => {
  // A seeded sequence of re-keys as the lazy greedy makes them (the top's key falls a little, or a lot, or rises), on
  // two heaps: one re-keyed by pop + push, the other by replaceTop. Keys repeat (ties by item) and stamps ride along.
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const a = new MaxHeap(4);
  const b = new MaxHeap(4);
  for (let i = 0; i < 300; i++) {
    const k = Math.floor(rand() * 50);
    a.push(k, i, i);
    b.push(k, i, i);
  }
  for (let step = 0; step < 2000; step++) {
    assert.equal(b.topKey(), a.topKey());
    assert.equal(b.topItem(), a.topItem());
    assert.equal(b.topStamp(), a.topStamp());
    const item = a.topItem();
    const r = rand();
    const key = r < 0.6 ? a.topKey() - Math.floor(rand() * 3) : r < 0.9 ? Math.floor(rand() * 50) : a.topKey() + 1;
    a.pop();
    a.push(key, item, step);
    b.replaceTop(key, item, step);
  }
  const drain = (h: MaxHeap) => {
    const out: number[] = [];
    for (; h.size > 0; h.pop()) out.push(h.topKey(), h.topItem(), h.topStamp());
    return out;
  };
  assert.deepEqual(drain(b), drain(a));
  const e = new MaxHeap();
  e.replaceTop(7, 3, 1);
  assert.equal(e.size, 1);
  assert.deepEqual([e.topKey(), e.topItem(), e.topStamp()], [7, 3, 1]);
});
