import { test } from "node:test";
import assert from "node:assert/strict";
import { damageFraction } from "./damage-curve.js";

test("exponential-w80: w80 warheads destroy 80 % of value, none destroy nothing", () => {
  const curve = { model: "exponential-w80" as const, w80: 250 };
  assert.ok(Math.abs(damageFraction(curve, { warheads: 250, emt: 0 }) - 0.8) < 1e-12);
  assert.equal(damageFraction(curve, { warheads: 0, emt: 0 }), 0);
  assert.equal(damageFraction(curve, { warheads: -5, emt: 0 }), 0);
  // Twice w80 leaves 0.2² = 4 % of value.
  assert.ok(Math.abs(damageFraction(curve, { warheads: 500, emt: 0 }) - 0.96) < 1e-12);
});

test("emt-area: 1 EMT exposes 51.7 km² (Sibley via Richelson/OWID)", () => {
  const curve = { model: "emt-area" as const, valueAreaKm2: 51.7, areaPerEmtKm2: 51.7 };
  assert.ok(Math.abs(damageFraction(curve, { warheads: 1, emt: 1 }) - (1 - Math.exp(-1))) < 1e-12);
});
