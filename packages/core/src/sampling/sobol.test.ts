import { test } from "node:test";
import assert from "node:assert/strict";
import { SOBOL_MAX_DIMENSIONS, sobolPoint, sobolPoints } from "./sobol.js";

void test("first eight points match the published unscrambled sequence (Joe–Kuo 6.21201, Gray-code order)", () => {
  // Reference: SciPy 1.17 qmc.Sobol(d=6, scramble=False).random(8), which uses the same direction numbers.
  const expected = [
    [0, 0, 0, 0, 0, 0],
    [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    [0.75, 0.25, 0.25, 0.25, 0.75, 0.75],
    [0.25, 0.75, 0.75, 0.75, 0.25, 0.25],
    [0.375, 0.375, 0.625, 0.875, 0.375, 0.125],
    [0.875, 0.875, 0.125, 0.375, 0.875, 0.625],
    [0.625, 0.125, 0.875, 0.625, 0.625, 0.875],
    [0.125, 0.625, 0.375, 0.125, 0.125, 0.375],
  ];
  assert.deepEqual(sobolPoints(8, 6), expected);
});

void test("later points in high dimensions match the reference exactly", () => {
  // SciPy qmc.Sobol(d=21, scramble=False): point 1000, dimensions 19–21 (exact binary fractions).
  const p = sobolPoint(1000, 21);
  assert.equal(p.length, 21);
  assert.deepEqual(p.slice(18), [0.9912109375, 0.7255859375, 0.5224609375]);
  // Dimension 1 is van der Corput in Gray-code order: gray(1000) = 1000 ^ 500 = 540, bit-reversed over 32 bits.
  let rev = 0;
  for (let k = 0; k < 32; k++) if ((540 >>> k) & 1) rev += 2 ** (31 - k);
  assert.equal(p[0], rev / 2 ** 32);
});

void test("each dyadic interval of the first 2^m points holds exactly one point per dimension (a (0,m,1)-net)", () => {
  const m = 6;
  const n = 2 ** m;
  const pts = sobolPoints(n, SOBOL_MAX_DIMENSIONS);
  for (let j = 0; j < SOBOL_MAX_DIMENSIONS; j++) {
    const seen = new Set(pts.map((p) => Math.floor(p[j]! * n)));
    assert.equal(seen.size, n, `dimension ${j + 1}`);
  }
});

void test("bad arguments are refused", () => {
  assert.throws(() => sobolPoint(-1, 2), RangeError);
  assert.throws(() => sobolPoint(0.5, 2), RangeError);
  assert.throws(() => sobolPoint(0, 0), RangeError);
  assert.throws(() => sobolPoint(0, SOBOL_MAX_DIMENSIONS + 1), RangeError);
  assert.deepEqual(sobolPoints(0, 3), []);
});
