import { test } from "node:test";
import assert from "node:assert/strict";
import { band, compensatedSum, quantile } from "./quantile.js";

test("compensated sum of ten 0.1 is exactly 1", () => {
  assert.equal(compensatedSum(new Array(10).fill(0.1)), 1);
});

test("quantile type 7 matches hand values and edge policy", () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([3, 1, 2], 0), 1);
  assert.equal(quantile([3, 1, 2], 1), 3);
  assert.equal(quantile([3, 1, 2], 2), 3);
  assert.ok(Number.isNaN(quantile([], 0.5)));
  assert.equal(quantile([NaN, 5], 0.5), 5);
  const b = band([1, 2, 3, 4, 5]);
  assert.equal(b.mean, 3);
  assert.ok(Math.abs(b.p5 - 1.2) < 1e-12);
  assert.ok(Math.abs(b.p95 - 4.8) < 1e-12);
});

test("infinite values: the mean is infinite, not a finite average of the rest", () => {
  assert.equal(band([1, Infinity]).mean, Infinity);
  assert.equal(band([1, 2]).mean, 1.5);
});

test("sums are exactly rounded, skip non-finite values, and agree with quantile's order statistics", () => {
  // Shewchuk's summation recovers what naive and pairwise sums lose: 1e100 + 1 − 1e100 = 1.
  assert.equal(compensatedSum([1e100, 1, -1e100]), 1);
  assert.equal(compensatedSum([0.1, NaN, 0.2, Infinity, -Infinity]), 0.30000000000000004);
  assert.equal(compensatedSum([]), 0);
  assert.equal(band([1, -Infinity]).mean, -Infinity);
  assert.ok(Number.isNaN(band([-Infinity, Infinity]).mean));
  assert.deepEqual(band([]), { mean: NaN, p5: NaN, p50: NaN, p95: NaN });
  const xs = [9, 3, 7, 1, NaN, 5];
  const b = band(xs);
  assert.equal(b.p50, quantile(xs, 0.5));
  assert.equal(b.p5, quantile(xs, 0.05));
  assert.ok(Number.isNaN(quantile(xs, NaN)));
});
