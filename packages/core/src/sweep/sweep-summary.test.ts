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

void test("summaries add up the Monte Carlo samples the cells' bands left out, with a warning", () => {
  const b = { mean: 1, p5: 0, p50: 1, p95: 2 };
  const cells = [
    { index: 0, params: {}, outputs: { y: 1, z: 1 }, bands: { y: { ...b, dropped: 3 }, z: b } },
    { index: 1, params: {}, outputs: { y: 1, z: 1 }, bands: { y: { ...b, dropped: 1 }, z: b } },
    { index: 2, params: {}, outputs: { y: 1, z: 1 }, bands: { y: b, z: b } },
  ];
  const s = summarizeCells(["y", "z"], cells);
  assert.equal(s["y"]!.droppedSamples, 4);
  assert.equal(
    s["y"]!.warning,
    "4 Monte Carlo samples were not a number (NaN) and left out of the bands of 2 of 3 cells",
  );
  assert.equal(s["z"]!.droppedSamples, undefined);
  assert.equal(s["z"]!.warning, undefined);
});
