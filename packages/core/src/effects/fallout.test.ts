import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_FALLOUT,
  arrivalTimeH,
  doseIntegralH,
  falloutCloud,
  falloutDoseGy,
  falloutMortality,
  falloutReachKm,
  gammaFn,
  mortalityTable,
  normalCdf,
  unitTimeDoseRateGyH,
} from "./fallout.js";
import { resolveFallout, type FalloutInput } from "../schema/value-model.js";
import type { ScenarioInput } from "../schema/scenario.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { forceState } from "../exchange/force-state.js";
import { exchangeValue } from "./exchange-value.js";
import { collateralFatalities, populationTarget } from "./population-model.js";
import { toyScenarioIssues, testPlaces } from "./test-places.test-helper.js";

const KM = 1.609344;

test("special functions: Φ and Γ against known values", () => {
  assert.ok(Math.abs(normalCdf(0) - 0.5) < 1e-7);
  assert.ok(Math.abs(normalCdf(1.959964) - 0.975) < 1e-6);
  assert.ok(Math.abs(normalCdf(-1.281552) - 0.1) < 1e-6);
  assert.ok(Math.abs(gammaFn(1) - 1) < 1e-12);
  assert.ok(Math.abs(gammaFn(2.5) - 1.329340388) < 1e-8);
  assert.ok(Math.abs(gammaFn(0.5) - Math.sqrt(Math.PI)) < 1e-10);
});

test("WSEG-10 cloud of 1 Mt: centre height 42.8 kft, time constant 7.5 h (Hanifen's fits)", () => {
  const c = falloutCloud(1000, 1, 15 * KM, 0);
  // Hc = 44 − 0.205·2.42² at ln Y = 0; Tc from Hc.
  assert.ok(Math.abs(c.hc - (44 - 0.205 * 2.42 * 2.42)) < 1e-9);
  assert.ok(Math.abs(c.tc - 7.5) < 0.01);
  assert.ok(Math.abs(c.l0 - 15 * c.tc) < 1e-3);
  // Larger yields loft the cloud higher.
  assert.ok(falloutCloud(100, 1, 24, 0).hc < falloutCloud(300, 1, 24, 0).hc);
});

test("the deposition integrates to the activity: ∬ D dx dy ≈ K·Y·F over the plane (WSEG-10 normalisation)", () => {
  // The cross-wind Gaussian integrates to α2 (≤ 1, the upwind correction); downwind of a few σ0 α2 = 1, so integrate
  // the hot-line profile times √(2π)·α2σy numerically and compare with K·Y·F, K = 2e6 R/h·mi²/Mt.
  const c = falloutCloud(1000, 0.5, 24, 1.2);
  let sum = 0;
  const dx = 2;
  for (let x = -100; x < 4000; x += dx) {
    let row = 0;
    const dy = 1;
    for (let y = -600; y <= 600; y += dy) row += unitTimeDoseRateGyH(c, x, y) * dy;
    sum += row * dx;
  }
  const perMi2 = sum / (KM * KM) / 0.01; // R/h·mi²
  const expected = 2e6 * 1 * 0.5;
  assert.ok(Math.abs(perMi2 / expected - 1) < 0.1, `${perMi2} vs ${expected}`);
});

test("the hot line peaks downwind, falls with distance, and the cross-wind profile falls off the axis", () => {
  const c = falloutCloud(300, 0.5, 24, 1.2);
  const at = (x: number, y = 0) => unitTimeDoseRateGyH(c, x, y);
  assert.ok(at(20) > at(100) && at(100) > at(300) && at(300) > at(600));
  assert.ok(at(-30) < 0.1 * at(20), "little upwind");
  assert.ok(at(100, 10) < at(100) && at(100, 40) < at(100, 10));
  assert.ok(Math.abs(at(100, 10) - at(100, -10)) < 1e-12, "symmetric across the wind");
  // No yield, no fission, no wind: no fallout.
  assert.equal(unitTimeDoseRateGyH(falloutCloud(300, 0, 24, 1), 10, 0), 0);
  assert.equal(unitTimeDoseRateGyH(falloutCloud(0, 0.5, 24, 1), 10, 0), 0);
});

test("decay law t^−1.2: the dose from 1 h to infinity is 5 R1, to one week 3.2 R1; arrival grows with distance", () => {
  assert.ok(Math.abs(doseIntegralH(1, 1e40) - 5) < 1e-6);
  assert.ok(Math.abs(doseIntegralH(1, 168) - 5 * (1 - Math.pow(168, -0.2))) < 1e-12);
  assert.equal(doseIntegralH(200, 168), 0);
  const c = falloutCloud(1000, 1, 15 * KM, 0.23 * (KM / 0.3048));
  assert.ok(arrivalTimeH(c, 0) >= 0.5);
  assert.ok(arrivalTimeH(c, 50 * KM) < arrivalTimeH(c, 150 * KM));
  // Far downwind, arrival approaches distance / wind speed.
  assert.ok(Math.abs(arrivalTimeH(c, 300 * KM) - 300 / 15) < 2);
  const d = falloutDoseGy(c, 100 * KM, 0, 168);
  const r1 = unitTimeDoseRateGyH(c, 100 * KM, 0);
  assert.ok(Math.abs(d - r1 * doseIntegralH(arrivalTimeH(c, 100 * KM), 168)) < 1e-12);
});

test("reach box holds every point above the threshold", () => {
  const c = falloutCloud(455, 0.5, 24, 1.2);
  const box = falloutReachKm(c, 0.01, 168);
  assert.ok(box.downwindKm > 300 && box.halfWidthKm > 10);
  for (let x = -50; x < 2 * box.downwindKm; x += 7)
    for (let y = -2 * box.halfWidthKm; y < 2 * box.halfWidthKm; y += 3) {
      if (falloutDoseGy(c, x, y, 168) < 0.01) continue;
      assert.ok(x <= box.downwindKm && -x <= box.upwindKm && Math.abs(y) <= box.halfWidthKm, `${x}, ${y}`);
    }
});

test("mortality: NRDC's table points (10 % at 3 Gy, 50 % at 4.5 Gy unsheltered); shelter lowers it; table matches", () => {
  const open = { ...DEFAULT_FALLOUT, shelter: [{ share: 1, protectionFactor: 1 }] };
  assert.ok(Math.abs(falloutMortality(4.5, open) - 0.5) < 1e-6);
  assert.ok(Math.abs(falloutMortality(3, open) - 0.1) < 0.01);
  assert.ok(falloutMortality(6.5, open) > 0.85);
  assert.ok(falloutMortality(2, open) < 0.02);
  assert.ok(falloutMortality(6, DEFAULT_FALLOUT) < falloutMortality(6, open));
  assert.equal(falloutMortality(0, DEFAULT_FALLOUT), 0);
  const t = mortalityTable(DEFAULT_FALLOUT);
  for (const d of [0.5, 1, 2, 4, 8, 16, 45, 100, 1000])
    assert.ok(Math.abs(t.at(d) - falloutMortality(d, DEFAULT_FALLOUT)) < 1e-4, `${d} Gy`);
  assert.equal(t.at(0), 0);
});

test("fallout options: defaults, false and model none turn it off", () => {
  assert.deepEqual(resolveFallout(undefined), { ...DEFAULT_FALLOUT, shelter: DEFAULT_FALLOUT.shelter });
  assert.equal(resolveFallout(false), undefined);
  assert.equal(resolveFallout({ model: "none" }), undefined);
  assert.equal(resolveFallout({ windSpeedKmh: 40 })!.windSpeedKmh, 40);
});

//// fallout in the population model's collateral ////

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

/**
 * Toy scenario: A's people in AQ (Alpha City at 0°, 0°), A's first element at one site; B's nuclear weapon. The
 * people outside AQ's places (rural cells, `rural.test.ts`) are left out unless `rural` is true.
 */
function falloutToy(siteLonDeg: number, fallout?: FalloutInput, rural = false) {
  const s = structuredClone(toyScenario());
  const a = s.parties[0]!;
  a.value = {
    model: "population",
    country: "AQ",
    source: cite,
    effects: { rural, ...(fallout !== undefined ? { fallout } : {}) },
  };
  const target = a.forces[0]!;
  target.basing.sites = [{ name: "silo field", latDeg: 0, lonDeg: siteLonDeg, share: 1, source: cite }];
  const weapon = { ...s.parties[1]!.forces.find((f) => f.nuclear)!, yieldKt: 300, reliability: 0.9 };
  return { s, pop: populationTarget(a, 0, testPlaces)!, weapon, target };
}

test("collateral: a silo field 110 km upwind (west) of a city kills by fallout; downwind (east) of it, not; off is off", () => {
  const up = falloutToy(-1);
  const shots = [{ weapon: up.weapon, target: up.target, warheads: 50 }];
  const c = collateralFatalities(up.pop, shots);
  assert.equal(c.blast, 0, "blast rings do not reach 110 km");
  assert.ok(c.fallout > 10_000, `fallout ${c.fallout}`);
  assert.ok(Math.abs(c.total - c.fallout) < 1e-6);
  const down = falloutToy(1);
  assert.ok(collateralFatalities(down.pop, [{ ...shots[0]!, weapon: down.weapon, target: down.target }]).fallout < 1);
  for (const off of [false, { model: "none" }] as const) {
    const o = falloutToy(-1, off);
    assert.equal(collateralFatalities(o.pop, [{ ...shots[0]!, weapon: o.weapon, target: o.target }]).total, 0);
  }
  // A wind from the east carries it away from the city.
  const east = falloutToy(-1, { windFromDeg: 90 });
  assert.ok(collateralFatalities(east.pop, [{ ...shots[0]!, weapon: east.weapon, target: east.target }]).fallout < 1);
  // More warheads, more dose: deaths grow; sheltering everyone deeply cuts them.
  assert.ok(collateralFatalities(up.pop, [{ ...shots[0]!, warheads: 100 }]).fallout > c.fallout);
  const deep = falloutToy(-1, { shelter: [{ share: 1, protectionFactor: 1000 }] });
  assert.ok(collateralFatalities(deep.pop, [{ ...shots[0]!, weapon: deep.weapon, target: deep.target }]).fallout < 1);
});

test("collateral: the exchange's incremental accumulator equals the batch sum (blast and fallout, places and rural cells), also when shots shrink", () => {
  const t = falloutToy(-0.3, undefined, true);
  const ev = exchangeValue(forceState(t.s.parties[1]!), forceState(t.s.parties[0]!), undefined, t.pop);
  const acc = ev.collateral()!;
  acc.add(t.weapon, t.target, 20);
  acc.add(t.weapon, t.target, 30);
  const batch = collateralFatalities(t.pop, [{ weapon: t.weapon, target: t.target, warheads: 50 }]);
  assert.ok(batch.blast > 0 && batch.fallout > 0, `${batch.blast} + ${batch.fallout}`);
  assert.ok(batch.rural > 0 && batch.rural < batch.total, `rural ${batch.rural}`);
  assert.ok(Math.abs(acc.share() * t.pop.ag.totalPopulation - batch.total) < 1e-6 * batch.total);
  acc.add(t.weapon, t.target, -30);
  const back = collateralFatalities(t.pop, [{ weapon: t.weapon, target: t.target, warheads: 20 }]);
  assert.ok(Math.abs(acc.share() * t.pop.ag.totalPopulation - back.total) < 1e-6 * back.total);
});

test("schema: fallout options are validated with located errors; false and model none load", () => {
  const doc = (fallout: unknown) => {
    const d = JSON.parse(JSON.stringify(falloutToy(-1).s)) as ScenarioInput;
    (d.parties[0]!.value as { effects?: unknown }).effects = { fallout };
    return toyScenarioIssues(d);
  };
  assert.deepEqual(doc(false), []);
  assert.deepEqual(doc({ model: "none" }), []);
  assert.deepEqual(doc({ windFromDeg: 225, windSpeedKmh: 40, exposureHours: 48 }), []);
  const bad = doc({ fissionFraction: 2, shelter: [{ share: 0.5, protectionFactor: 3 }] });
  assert.ok(
    bad.some((m) => m.startsWith("parties.0.value.effects.fallout.fissionFraction")),
    bad.join(" | "),
  );
  const sum = doc({ shelter: [{ share: 0.5, protectionFactor: 3 }] });
  assert.ok(
    sum.some((m) => /^parties\.0\.value\.effects\.fallout\.shelter: shelter shares sum to 0\.5/.test(m)),
    sum.join(" | "),
  );
  const pf = doc({ shelter: [{ share: 1, protectionFactor: 0.5 }] });
  assert.ok(
    pf.some((m) => m.startsWith("parties.0.value.effects.fallout.shelter.0.protectionFactor")),
    pf.join(" | "),
  );
  assert.ok(doc({ windy: true }).length > 0, "unknown keys are refused");
});
