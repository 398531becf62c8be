import { test } from "node:test";
import assert from "node:assert/strict";
import { KT_PER_MT, ktToMt, mToKm, mToNmi, mtToKt, NMI_M, nmiToM, SQMI_KM2 } from "./units.js";

void test("1 nmi = 1852 m exactly; conversions round-trip", () => {
  assert.equal(NMI_M, 1852);
  assert.equal(KT_PER_MT, 1000);
  assert.equal(nmiToM(1), 1852);
  assert.equal(mToNmi(926), 0.5);
  assert.equal(ktToMt(455), 0.455);
  assert.equal(mtToKt(0.3), 300);
  assert.equal(mToKm(7826000), 7826);
  for (const x of [0, 0.125, 1, 37.5, 1e6]) {
    assert.ok(Math.abs(mToNmi(nmiToM(x)) - x) <= 1e-12 * Math.max(1, x));
    assert.ok(Math.abs(ktToMt(mtToKt(x)) - x) <= 1e-12 * Math.max(1, x));
  }
});

void test("1 sq mi = 2.59 km² (20 sq mi ≈ 51.8 km², [richelson-1980], [owid-nd])", () => {
  assert.ok(Math.abs(20 * SQMI_KM2 - 51.8) < 0.001);
});
