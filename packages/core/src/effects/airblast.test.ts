import { test } from "node:test";
import assert from "node:assert/strict";
import { blastRangeKm, optimumBurst1kt, rangeAtHeightKft } from "./airblast.js";
import { overpressureRadiusM } from "../physics/lethal-radius.js";

test("surface-burst rings are Brode's surface-burst radii, scaled by the cube root of yield", () => {
  for (const [y, psi] of [
    [100, 5],
    [1000, 2],
    [15, 12],
  ] as const)
    assert.ok(
      Math.abs(blastRangeKm(y, psi, "surface") - overpressureRadiusM(y, psi) / 1000) <
        1e-3 * blastRangeKm(y, psi, "surface"),
    );
});

test("Brode's height-of-burst fit at near-zero height gives the surface-burst range within 3.5 % (1–50 psi)", () => {
  for (const psi of [1, 2, 5, 12, 50]) {
    const rSurf = overpressureRadiusM(1, psi) / 304.8; // kft at 1 kt
    const rHob = rangeAtHeightKft(psi, 1e-4);
    assert.ok(Math.abs(rHob - rSurf) / rSurf < 0.035, `${psi} psi: ${rHob.toFixed(3)} vs ${rSurf.toFixed(3)} kft`);
  }
});

test("1-Mt optimum air burst: 5 psi within 10 % of OTA 1979's 4.3 miles (Detroit case), beyond the surface burst", () => {
  const r5 = blastRangeKm(1000, 5, "optimum-air");
  assert.ok(Math.abs(r5 - 4.3 * 1.609) / (4.3 * 1.609) < 0.1, `5 psi at ${r5.toFixed(2)} km`);
  for (const psi of [2, 5, 12])
    assert.ok(blastRangeKm(1000, psi, "optimum-air") > 1.2 * blastRangeKm(1000, psi, "surface"));
});

test("optimum burst height falls as the overpressure rises (Glasstone & Dolan §3.73); yield 0 gives range 0", () => {
  assert.ok(optimumBurst1kt(2).heightKft > optimumBurst1kt(5).heightKft);
  assert.ok(optimumBurst1kt(5).heightKft > optimumBurst1kt(12).heightKft);
  assert.equal(blastRangeKm(0, 5, "optimum-air"), 0);
  const r = blastRangeKm(8, 5, "optimum-air") / blastRangeKm(1, 5, "optimum-air");
  assert.ok(Math.abs(r - 2) < 1e-9, "cube-root scaling");
});
