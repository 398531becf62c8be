import { test } from "node:test";
import assert from "node:assert/strict";
import { summarizeCells } from "./sweep-summary.js";

void test("summaries span the cells, skip NaN, and average Monte Carlo bands", () => {
  const cells = [1, 2, 3, 4, NaN].map((x, i) => ({
    index: i,
    params: {},
    outputs: { y: x },
    bands: { y: { mean: x, p5: x - 1, p50: x, p95: x + 1 } },
  }));
  const s = summarizeCells(["y", "z"], cells)["y"]!;
  assert.equal(s.cells, 4);
  assert.equal(s.min, 1);
  assert.equal(s.max, 4);
  assert.equal(s.overCells.mean, 2.5);
  assert.equal(s.overCells.p50, 2.5);
  assert.deepEqual(s.meanBand, { mean: 2.5, p5: 1.5, p50: 2.5, p95: 3.5 });
  const z = summarizeCells(["z"], cells)["z"]!;
  assert.equal(z.cells, 0);
  assert.ok(Number.isNaN(z.min) && Number.isNaN(z.overCells.mean));
});

test("summaries of very large sweeps do not overflow the call stack", () => {
  const cells = Array.from({ length: 300_000 }, (_, i) => ({ index: i, params: {}, outputs: { x: i % 1000 } }));
  const s = summarizeCells(["x"], cells);
  assert.equal(s["x"]!.min, 0);
  assert.equal(s["x"]!.max, 999);
});
