import { test } from "node:test";
import assert from "node:assert/strict";
import { sample, uniformRng } from "./rng.js";
import { band } from "./quantile.js";

test("same seed and stream give the same sequence; other streams differ", () => {
  const a = uniformRng(42, 3);
  const b = uniformRng(42, 3);
  const c = uniformRng(42, 4);
  const xa = [a(), a(), a()];
  assert.deepEqual(xa, [b(), b(), b()]);
  assert.notDeepEqual(xa, [c(), c(), c()]);
  for (const x of xa) assert.ok(x >= 0 && x < 1);
});

test("distributions have the right moments (20,000 draws, tolerances ~4 standard errors)", () => {
  const u = uniformRng(7);
  const draw = (d: Parameters<typeof sample>[0]) => Array.from({ length: 20000 }, () => sample(d, u));
  const normal = band(draw({ type: "normal", mean: 10, sd: 2 }));
  assert.ok(Math.abs(normal.mean - 10) < 0.06);
  assert.ok(Math.abs(normal.p95 - normal.p5 - 2 * 1.6449 * 2) < 0.15);
  const logn = band(draw({ type: "lognormal", mu: 0, sigma: 0.5 }));
  assert.ok(Math.abs(logn.p50 - 1) < 0.03);
  const tri = band(draw({ type: "triangular", min: 0, mode: 0, max: 1 }));
  assert.ok(Math.abs(tri.mean - 1 / 3) < 0.01);
  const uni = band(draw({ type: "uniform", min: 2, max: 4 }));
  assert.ok(Math.abs(uni.mean - 3) < 0.02);
});
