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
