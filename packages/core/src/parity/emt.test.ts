import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { AREA_PER_EMT_KM2, blastAreaSqMi, emtPerWarhead } from "./emt.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

void test("[richelson-1980]: 1 Mt versus the 20-kt Hiroshima bomb, area ratio 1/0.02^(2/3) = 13.57 (Richelson: 14)", () => {
  close(emtPerWarhead(1000) / emtPerWarhead(20), 13.572, 0.001);
  assert.equal(Math.round(emtPerWarhead(1000) / emtPerWarhead(20)), 14);
});

void test("[richelson-1980]: Poseidon, 10 × 40 kt → 0.4 Mt, EMT 10 × 0.04^(2/3) = 1.17 (Richelson: 1.2)", () => {
  const emt = 10 * emtPerWarhead(40);
  close(emt, 1.1696, 0.0001);
  assert.equal(Math.round(emt * 10) / 10, 1.2);
});

void test("[richelson-1980]: above 1 Mt EMT is Y^(1/2): 25 Mt → 5 (8.55 under Y^(2/3))", () => {
  close(emtPerWarhead(25_000), 5, 1e-12);
  close(Math.pow(25, 2 / 3), 8.55, 0.001);
  // Continuous at 1 Mt.
  assert.equal(emtPerWarhead(1000), 1);
  close(emtPerWarhead(1000.001), 1, 1e-6);
  close(emtPerWarhead(4000), 2, 1e-12);
  assert.equal(emtPerWarhead(0), 0);
});

void test("[richelson-1980]: ≥ 10 psi area — 1 Mt 20 sq mi, 5 Mt 58 sq mi, 4 × 1 Mt 80 sq mi", () => {
  close(blastAreaSqMi(1000), 20, 1e-12);
  close(blastAreaSqMi(5000), 58.48, 0.01);
  assert.equal(Math.round(blastAreaSqMi(5000)), 58);
  close(4 * blastAreaSqMi(1000), 80, 1e-12);
});

void test("[owid-nd]: OWID area = EMT × 51.7 km² (US 2010: 1,006.2 EMT → 52,021.9 km², EMT printed rounded)", () => {
  close(1006.2 * AREA_PER_EMT_KM2, 52_021.9, 0.05 * AREA_PER_EMT_KM2);
});

void test("negative or non-finite yields throw InputError", () => {
  assert.throws(() => emtPerWarhead(-1), InputError);
  assert.throws(() => emtPerWarhead(Number.NaN), InputError);
  assert.throws(() => blastAreaSqMi(-1), InputError);
});
