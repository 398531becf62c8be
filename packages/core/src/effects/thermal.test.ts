import { test } from "node:test";
import assert from "node:assert/strict";
import { radiantExposureCalCm2, thirdDegreeExposureCalCm2, thirdDegreeRangeKm } from "./thermal.js";
import { DEFAULT_BURNS } from "../schema/value-model.js";

const { thermalFraction: f, transmissionKm: L } = DEFAULT_BURNS;

test("third-degree exposure: 8, 10, 12 cal/cm² at 20 kt, 1 Mt, 20 Mt, log–log between, constant outside", () => {
  assert.equal(thirdDegreeExposureCalCm2(20), 8);
  assert.ok(Math.abs(thirdDegreeExposureCalCm2(1000) - 10) < 1e-12);
  assert.ok(Math.abs(thirdDegreeExposureCalCm2(20000) - 12) < 1e-12);
  assert.equal(thirdDegreeExposureCalCm2(1), 8);
  assert.equal(thirdDegreeExposureCalCm2(1e6), 12);
  const mid = thirdDegreeExposureCalCm2(Math.sqrt(20 * 1000));
  assert.ok(Math.abs(mid - Math.sqrt(80)) < 1e-9, `${mid}`);
});

test("radiant exposure follows f·W·T/(4πD²): 1 kt, f = 1, no attenuation, 1 km → 33.3 J/cm² = 7.96 cal/cm²", () => {
  const q = radiantExposureCalCm2(1, 1, 1, Infinity);
  assert.ok(Math.abs(q - 4.184e12 / (4 * Math.PI * 1e6) / 4.184e4) < 1e-9, `${q}`);
  assert.ok(Math.abs(radiantExposureCalCm2(1, 2, 1, Infinity) - q / 4) < 1e-12, "inverse square");
  assert.ok(Math.abs(radiantExposureCalCm2(1, 1, 1, 1) - q / 2) < 1e-12, "T = 1/(1 + D/Λ)");
});

test("third-degree ranges within 12 % of Glasstone & Dolan's clear-day 2.7 km (20 kt), 12 km (1 Mt), 39 km (20 Mt)", () => {
  for (const [y, km] of [
    [20, 2.7],
    [1000, 12],
    [20000, 39],
  ] as const) {
    const r = thirdDegreeRangeKm(y, f, L);
    assert.ok(Math.abs(r / km - 1) <= 0.12, `${y} kt: ${r.toFixed(2)} km vs ${km}`);
    assert.ok(Math.abs(radiantExposureCalCm2(y, r, f, L) / thirdDegreeExposureCalCm2(y) - 1) < 1e-9);
  }
  assert.ok(thirdDegreeRangeKm(100, f, L) > thirdDegreeRangeKm(15, f, L));
  assert.equal(thirdDegreeRangeKm(0, f, L), 0);
  assert.equal(thirdDegreeRangeKm(Number.NaN, f, L), 0);
  assert.equal(thirdDegreeRangeKm(100, 0, L), 0);
});
