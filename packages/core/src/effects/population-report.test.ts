import { test } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { forceState } from "../exchange/force-state.js";
import { scenarioStability } from "../stability/pair-stability.js";
import { attachPopulation } from "./population-report.js";
import { testPlaces } from "./test-places.test-helper.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

test("attachPopulation: the caller's force states give the very blocks it derives itself; curve parties get none", () => {
  const s = structuredClone(toyScenario());
  s.parties[0]!.value = { model: "population", country: "AQ", source: cite };
  s.parties[1]!.value = { model: "population", country: "BV", source: cite };
  s.parties.forEach((p, i) =>
    p.forces.forEach((f) => {
      f.basing.sites = [
        { name: `${p.id}-${f.id}`, latDeg: 0.05, lonDeg: i === 0 ? 0.05 : 90.05, share: 1, source: cite },
      ];
    }),
  );
  const own = scenarioStability(s, {}, testPlaces).exchanges;
  const given = scenarioStability(s, {}, testPlaces).exchanges;
  attachPopulation(s, own, testPlaces);
  attachPopulation(
    s,
    given,
    testPlaces,
    s.parties.map((p) => forceState(p)),
  );
  assert.equal(own.length, 2);
  for (const [k, ex] of own.entries()) {
    const pop = ex.population!;
    assert.ok(pop.onVictim.fatalities > 0 && pop.onVictim.places.length > 0, `exchange ${k}`);
    assert.ok(pop.onVictim.collateralFatalities > 0, "sites next to the cities: collateral");
    assert.deepEqual(given[k]!.population, pop);
  }
  // A party with a damage curve: no population blocks on its exchanges.
  const curve = structuredClone(s);
  curve.parties[1]!.value = { damageCurve: toyScenario().parties[1]!.value.damageCurve!, source: cite };
  const ex = scenarioStability(curve, {}, testPlaces).exchanges;
  attachPopulation(curve, ex, testPlaces);
  assert.ok(ex.every((e) => e.population === undefined));
});
