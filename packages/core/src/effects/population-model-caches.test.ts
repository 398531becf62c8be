/**
 * The caches of the population value model (issue 11) give what a fresh computation gives: footprints per unit
 * reliability scaled to each weapon's reliability, the latitude pre-filter of the footprint scan, and the ring radii of
 * weapon groups.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import type { ForceElement, Scenario } from "../schema/scenario.js";
import { blastRangeKm } from "./airblast.js";
import { ringWeights } from "./countervalue.js";
import { greatCircleKm } from "./great-circle.js";
import { offsetShare } from "./offset-share.js";
import { thirdDegreeRangeKm } from "./thermal.js";
import { aimPointSites } from "./aim-points.js";
import {
  clearFalloutFootprints,
  clearFootprints,
  footprintStats,
  falloutFootprint,
  falloutStats,
  footprint,
  populationTarget,
  unitFootprint,
  weaponGroups,
  weaponUnitFootprint,
  type PopulationTarget,
} from "./population-model.js";
import { forceState } from "../exchange/force-state.js";
import { testPlaces } from "./test-places.test-helper.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

/** The toy scenario's second party as a population target at density scale length b₁ (km), places only. */
function victimAt(s: Scenario, b1: number, fallout: boolean): PopulationTarget {
  const party = structuredClone(s.parties[1]!);
  party.value = {
    model: "population",
    country: "BV",
    source: cite,
    effects: { rural: false, ...(fallout ? { fallout: {} } : {}), scaleKmAtMillion: b1 },
  };
  return populationTarget(party, 1, testPlaces)!;
}

function target(): { pop: PopulationTarget; s: Scenario } {
  const s = structuredClone(toyScenario());
  // Places only: the rural cells' footprint (`rural.test.ts`) is not part of this brute force.
  s.parties[1]!.value = { model: "population", country: "BV", source: cite, effects: { rural: false } };
  return { pop: populationTarget(s.parties[1]!, 1, testPlaces)!, s };
}

/** The footprint as the model defines it, by brute force over every place and site (no cache, no latitude pre-filter). */
function bruteFootprint(pop: PopulationTarget, weapon: ForceElement, t: ForceElement): Map<number, number> {
  const radii = pop.psi.map((p) => blastRangeKm(weapon.yieldKt, p, "surface"));
  const w = ringWeights(pop.fatality);
  const out = new Map<number, number>();
  for (const site of t.basing.sites!)
    for (let k = 0; k < pop.ag.lat.length; k++) {
      const d = greatCircleKm(site.latDeg, site.lonDeg, pop.ag.lat[k]!, pop.ag.lon[k]!);
      // The model's cut-off: no place beyond the outer ring plus 8 scale lengths and 5 km.
      if (d > Math.max(...radii) + 8 * pop.ag.headScaleKm[k]! + 5) continue;
      let q = 0;
      for (let r = 0; r < radii.length; r++) q += w[r]! * offsetShare(radii[r]!, d, pop.ag.headScaleKm[k]!);
      if (q > 1e-9)
        out.set(k, (out.get(k) ?? 0) + site.share * weapon.reliability * Math.log1p(-Math.min(q, 1 - 1e-12)));
    }
  return out;
}

describe("footprint cache", () => {
  it("a footprint scaled from the cached unit footprint equals a fresh computation, at any reliability", () => {
    const { pop, s } = target();
    const weapon = s.parties[0]!.forces[0]!;
    const victim: ForceElement = {
      ...s.parties[1]!.forces[0]!,
      basing: {
        ...s.parties[1]!.forces[0]!.basing,
        sites: [
          { name: "near the city", latDeg: 0.05, lonDeg: 90.02, share: 0.6, source: cite },
          { name: "near the town", latDeg: 5.01, lonDeg: 95, share: 0.4, source: cite },
        ],
      },
    };
    for (const reliability of [0.8, 0.55, 1, 0]) {
      const w = { ...weapon, reliability };
      const got = footprint(pop, w, victim);
      const want = bruteFootprint(pop, w, victim);
      assert.deepEqual(
        [...got.k],
        [...want.keys()].sort((a, b) => a - b),
      );
      got.k.forEach((k, i) =>
        assert.ok(Math.abs(got.logSurvival[i]! - want.get(k)!) <= 1e-12 * Math.max(1, Math.abs(want.get(k)!))),
      );
      // The same objects again: the cached footprint itself.
      assert.equal(footprint(pop, w, victim), got);
      // Callers that multiply the unit footprint by the reliability (no scaled copy) read the same values.
      const unit = weaponUnitFootprint(pop, w, victim);
      assert.equal(unit.k, got.k);
      unit.logSurvival.forEach((l, i) => assert.equal(reliability * l, got.logSurvival[i]));
    }
    // One unit footprint serves every reliability.
    const unit = unitFootprint(pop, weapon.yieldKt, victim.basing.sites!);
    assert.equal(unitFootprint(pop, weapon.yieldKt, victim.basing.sites!.slice()), unit);
  });
});

describe("ring radii cache", () => {
  it("weapon groups carry the ring radii (blast, then burns) a fresh computation gives, on every call", () => {
    const { pop, s } = target();
    const elements = forceState(s.parties[0]!).elements;
    const b = pop.effects.burns;
    assert.ok(pop.rings.burn > 0, "burns count against places (air bursts)");
    for (let round = 0; round < 2; round++)
      for (const g of weaponGroups(elements, pop, () => true))
        assert.deepEqual(g.radiiKm, [
          ...pop.psi.map((p) => blastRangeKm(g.yieldKt, p, pop.effects.burst)),
          thirdDegreeRangeKm(g.yieldKt, b.thermalFraction, b.transmissionKm),
        ]);
  });
});

describe("fallout doses shared across density scale lengths", () => {
  it("a fallout footprint reading doses computed for another b₁ equals a fresh derivation, and computes few new ones", () => {
    const s = structuredClone(toyScenario());
    const victim = (b1: number) => victimAt(s, b1, true);
    const weapon = { ...s.parties[0]!.forces[0]!, reliability: 0.8, yieldKt: 800 };
    const target: ForceElement = {
      ...s.parties[1]!.forces[0]!,
      basing: {
        ...s.parties[1]!.forces[0]!.basing,
        // Upwind of the city and town (wind from the west): both lie in the plume.
        sites: [
          { name: "west of the city", latDeg: 0.02, lonDeg: 89.8, share: 0.7, source: cite },
          { name: "west of the town", latDeg: 5, lonDeg: 94.7, share: 0.3, source: cite },
        ],
      },
    };
    clearFalloutFootprints();
    const small = victim(1); // the suburb (11 km from the city) heads its own agglomeration
    const large = victim(30); // the suburb merges into the city at 30 km
    assert.notEqual(small.ag.lat.length, large.ag.lat.length, "the two b₁ give other agglomerations");
    const warm = falloutFootprint(small, weapon, target);
    assert.ok(warm.k.length >= 2, "the plume reaches places");
    const before = falloutStats.receptors;
    const shared = falloutFootprint(large, weapon, target);
    assert.equal(falloutStats.receptors, before, "every head of the second b₁ is a place whose dose is known");
    clearFalloutFootprints();
    const fresh = falloutFootprint(victim(30), weapon, target);
    assert.deepEqual([...shared.k], [...fresh.k]);
    assert.deepEqual([...shared.doseGy], [...fresh.doseGy]);
    assert.ok(fresh.doseGy.every((d) => d > 0.01 * 0.8));
  });
});

describe("blast footprints share site geometry across density scale lengths", () => {
  it("footprints of every b₁ and yield read from one geometry equal a cold derivation and the brute force", () => {
    const s = structuredClone(toyScenario());
    const victim = (b1: number) => victimAt(s, b1, false);
    const sites = aimPointSites([
      // A field laid out on 12 points between the city and its suburb, and a point near the town.
      { name: "field", latDeg: 0.05, lonDeg: 90.1, share: 0.8, aimPoints: 40, radiusKm: 15, source: cite },
      { name: "near the town", latDeg: 5.02, lonDeg: 95.03, share: 0.2, source: cite },
    ]);
    const t: ForceElement = {
      ...s.parties[1]!.forces[0]!,
      basing: { ...s.parties[1]!.forces[0]!.basing, sites: [...sites] },
    };
    clearFootprints();
    const before = footprintStats.geometries;
    // b₁ = 30 km merges the suburb into the city and needs a wider cut-off than the first geometry holds (a rebuild).
    const scales = [3.3, 1, 30, 2, 0.5, 12];
    const shared = scales.flatMap((b1) =>
      [300, 5000].map((yieldKt) => ({ b1, yieldKt, f: unitFootprint(victim(b1), yieldKt, sites) })),
    );
    assert.ok(footprintStats.geometries - before <= 2, "one geometry, rebuilt at most once for a wider cut-off");
    for (const { b1, yieldKt, f } of shared) {
      const pop = victim(b1);
      const want = bruteFootprint(pop, { ...s.parties[0]!.forces[0]!, yieldKt, reliability: 1 }, t);
      assert.ok(f.k.length > 0, `b₁ ${b1}, ${yieldKt} kt: the bursts reach places`);
      assert.deepEqual(
        [...f.k],
        [...want.keys()].sort((a, b) => a - b),
      );
      f.k.forEach((k, i) =>
        assert.ok(Math.abs(f.logSurvival[i]! - want.get(k)!) <= 1e-12 * Math.max(1, Math.abs(want.get(k)!))),
      );
      clearFootprints();
      const cold = unitFootprint(pop, yieldKt, sites);
      assert.deepEqual([...cold.k], [...f.k]);
      assert.deepEqual([...cold.logSurvival], [...f.logSurvival], `b₁ ${b1}, ${yieldKt} kt: as a cold cache gives`);
    }
  });
});
