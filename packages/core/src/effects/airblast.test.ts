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

test("1-Mt optimum air burst: 5-psi ring beyond OTA 1979's surface-burst ring, a 6,000-ft burst's about 10 % inside it", () => {
  // OTA 1979 [ota-1979], Detroit cases: the 1-Mt surface burst's 5-psi ring at 2.7 miles (p. 27 ff.) [S]; the 1-Mt air
  // burst at 6,000 ft, whose 5-psi radius is "only 10 percent smaller" than at the 5-psi optimum height (p. 35) [C].
  // OTA states no 5-psi radius for the air burst in its text (the rings are drawn on its Figure 5, a map); the
  // "4.3 miles" this test once quoted was not found in OTA and is dropped.
  const MILE_KM = 1.609344;
  const r5 = blastRangeKm(1000, 5, "optimum-air");
  assert.ok(r5 > 1.3 * 2.7 * MILE_KM, `5 psi at ${(r5 / MILE_KM).toFixed(2)} miles`);
  // 6,000 ft at 1 Mt is 0.6 kft at 1 kt (cube-root scaling); back to 1 Mt: × 10.
  const at6000 = (rangeAtHeightKft(5, 0.6) * 10 * 0.3048) / r5;
  assert.ok(at6000 > 0.85 && at6000 < 0.95, `6,000-ft burst: ${((1 - at6000) * 100).toFixed(1)} % inside`);
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
