import { test } from "node:test";
import assert from "node:assert/strict";
import { latinHypercube } from "./latin-hypercube.js";
import { uniformRng } from "../random/rng.js";

void test("each of the n strata of every dimension is hit exactly once", () => {
  for (const [n, d] of [
    [1, 1],
    [7, 3],
    [40, 5],
    [257, 2],
  ] as const) {
    const pts = latinHypercube(n, d, uniformRng(11, n));
    assert.equal(pts.length, n);
    for (let k = 0; k < d; k++) {
      const strata = pts.map((p) => Math.floor(p[k]! * n)).sort((a, b) => a - b);
      assert.deepEqual(
        strata,
        Array.from({ length: n }, (_, i) => i),
        `n=${n} dim ${k}`,
      );
      for (const p of pts) assert.ok(p[k]! >= 0 && p[k]! < 1);
    }
  }
});

void test("centered designs sit at stratum midpoints; same seed gives the same design", () => {
  const pts = latinHypercube(4, 2, uniformRng(3), { centered: true });
  for (const p of pts) for (const x of p) assert.ok([0.125, 0.375, 0.625, 0.875].includes(x));
  assert.deepEqual(latinHypercube(10, 3, uniformRng(5)), latinHypercube(10, 3, uniformRng(5)));
  assert.notDeepEqual(latinHypercube(10, 3, uniformRng(5)), latinHypercube(10, 3, uniformRng(6)));
});

void test("degenerate sizes and bad arguments", () => {
  assert.deepEqual(latinHypercube(0, 3, uniformRng(1)), []);
  assert.deepEqual(latinHypercube(2, 0, uniformRng(1)), [[], []]);
  assert.throws(() => latinHypercube(-1, 2, uniformRng(1)), RangeError);
  assert.throws(() => latinHypercube(2, 1.5, uniformRng(1)), RangeError);
});
