import { test } from "node:test";
import assert from "node:assert/strict";
import type { PlaceTable } from "../geo/types.js";
import type { ScenarioInput } from "../schema/scenario.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { blastRangeKm } from "./airblast.js";
import { ringWeights } from "./countervalue.js";
import { falloutCloud, falloutDoseGy } from "./fallout.js";
import { greatCircleKm } from "./great-circle.js";
import { collateralFatalities, populationTarget, unitFootprint } from "./population-model.js";
import { DEFAULT_RURAL, kernelLengthsKm, ruralCellKey, ruralCells } from "./rural.js";
import { toyScenarioIssues, testPlaces } from "./test-places.test-helper.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

/** A country with a cluster of towns around (50°N, 40°E) and one isolated town at (60°N, 60°E). */
function cluster(total = 2_000_000): PlaceTable {
  const lat: number[] = [];
  const lon: number[] = [];
  const pop: number[] = [];
  for (let i = 0; i < 5; i++)
    for (let j = 0; j < 5; j++) {
      lat.push(50 + 0.2 * i);
      lon.push(40 + 0.3 * j);
      pop.push(10_000 * (1 + i + j));
    }
  lat.push(60);
  lon.push(60);
  pop.push(50_000);
  return {
    country: "XX",
    name: "Cluster",
    totalPopulation: total,
    totalSource: cite,
    placesSource: cite,
    names: lat.map((_, i) => `town ${i}`),
    latDeg: lat,
    lonDeg: lon,
    population: pop,
  };
}

/** Rural people per km² at a point (the cell holding it), 0 outside every cell. */
function densityAt(cells: ReturnType<typeof ruralCells>, latDeg: number, lonDeg: number): number {
  const c = cells.byKey.get(ruralCellKey(latDeg, lonDeg, cells.cellDeg));
  return c === undefined ? 0 : cells.population[c]! / cells.areaKm2[c]!;
}

test("rural cells hold the national total less the places (within 0.1 %), none when the places hold it all", () => {
  const t = cluster();
  const listed = t.population.reduce((a, b) => a + b, 0);
  const cells = ruralCells(t);
  const sum = cells.population.reduce((a, b) => a + b, 0);
  assert.equal(cells.residual, t.totalPopulation - listed);
  assert.ok(Math.abs(sum - (t.totalPopulation - listed)) <= 1e-3 * (t.totalPopulation - listed), `${sum}`);
  assert.ok(cells.population.every((p) => p > 0));
  for (const c of [0.1, 0.5]) {
    const s = ruralCells(t, { ...DEFAULT_RURAL, cellDeg: c }).population.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(s - cells.residual) <= 1e-3 * cells.residual, `cell ${c}°: ${s}`);
  }
  const full = ruralCells({ ...t, totalPopulation: listed - 1 });
  assert.equal(full.residual, 0);
  assert.equal(full.lat.length, 0);
  // The synthetic country of the engine tests: 4 M people, 3 M in places.
  const aq = ruralCells(testPlaces("AQ")!);
  assert.ok(Math.abs(aq.population.reduce((a, b) => a + b, 0) - 1_000_000) < 1);
});

test("rural density: higher next to towns than between them and far away; nobody beyond the kernels' reach", () => {
  const cells = ruralCells(cluster());
  const inCluster = densityAt(cells, 50.4, 40.6);
  const edge = densityAt(cells, 49.2, 40.6); // 100 km south of the cluster's edge
  const far = densityAt(cells, 45, 40); // 550 km away: beyond 3 × 100 km
  assert.ok(inCluster > 3 * edge, `${inCluster} vs ${edge}`);
  assert.ok(edge >= 0 && far === 0, `${edge}, ${far}`);
  // The isolated town spreads its share over a wide area (its kernel is the 100-km cap), more thinly than the cluster.
  const isolated = densityAt(cells, 60, 60);
  assert.ok(isolated > 0 && isolated < inCluster, `${isolated}`);
  // γ = 1 gives the isolated town (50,000 of 1.3 M listed) 3.8 % of the residual; γ = 0 one 26th.
  const near = (c: ReturnType<typeof ruralCells>) =>
    c.population.reduce((t, p, i) => (greatCircleKm(c.lat[i]!, c.lon[i]!, 60, 60) < 400 ? t + p : t), 0);
  const r1 = ruralCells(cluster(), { ...DEFAULT_RURAL, weightExponent: 1 });
  const r0 = ruralCells(cluster(), { ...DEFAULT_RURAL, weightExponent: 0 });
  assert.ok(Math.abs(near(r1) / r1.residual - 50_000 / 1_300_000) < 1e-6);
  assert.ok(Math.abs(near(r0) / r0.residual - 1 / 26) < 1e-6);
});

test("kernel lengths: the distance to the k-th nearest place (brute force), clamped", () => {
  const t = cluster();
  for (const nearest of [1, 3, 6]) {
    const L = kernelLengthsKm(t, { nearest, minKernelKm: 2, maxKernelKm: 100 });
    for (let i = 0; i < t.latDeg.length; i++) {
      const d = t.latDeg
        .map((_, j) => (j === i ? Infinity : greatCircleKm(t.latDeg[i]!, t.lonDeg[i]!, t.latDeg[j]!, t.lonDeg[j]!)))
        .sort((a, b) => a - b);
      const want = Math.min(100, Math.max(2, d[nearest - 1]!));
      assert.ok(Math.abs(L[i]! - want) < 1e-6 * want, `place ${i}, k ${nearest}: ${L[i]} vs ${want}`);
    }
  }
});

/** AQ's population with a force element at one site; B's 300-kt weapon. */
function ruralToy(siteLatDeg: number, siteLonDeg: number, rural: boolean) {
  const s = structuredClone(toyScenario());
  const a = s.parties[0]!;
  a.value = { model: "population", country: "AQ", source: cite, effects: { rural } };
  const target = a.forces[0]!;
  target.basing.sites = [{ name: "silo field", latDeg: siteLatDeg, lonDeg: siteLonDeg, share: 1, source: cite }];
  const weapon = { ...s.parties[1]!.forces.find((f) => f.nuclear)!, yieldKt: 300, reliability: 1 };
  return { pop: populationTarget(a, 0, testPlaces)!, weapon, target };
}

test("rural collateral: a burst in a rural cell kills its density times the ring areas; its plume doses the cells downwind", () => {
  // 0.6° east of Alpha City (67 km): no place within the blast rings, rural people around.
  const t = ruralToy(0.02, 0.6, true);
  const rural = t.pop.rural!;
  const c = rural.byKey.get(ruralCellKey(0.02, 0.6, rural.cellDeg))!;
  const radii = t.pop.psi.map((p) => blastRangeKm(300, p, "surface"));
  const w = ringWeights(t.pop.fatality);
  const killedArea = radii.reduce((s, r, i) => s + w[i]! * Math.PI * r * r, 0);
  const unit = unitFootprint(t.pop, 300, t.target.basing.sites!);
  const at = [...unit.k].indexOf(t.pop.ag.lat.length + c);
  assert.ok(at >= 0);
  assert.ok(Math.abs(-Math.expm1(unit.logSurvival[at]!) - killedArea / rural.areaKm2[c]!) < 1e-12);
  const one = collateralFatalities(t.pop, [{ weapon: t.weapon, target: t.target, warheads: 1 }]);
  const density = rural.population[c]! / rural.areaKm2[c]!;
  // Blast: only the rural cell (plus nothing from places); fallout adds deaths downwind.
  assert.ok(Math.abs(one.blast - density * killedArea) < 1e-9 * one.blast, `${one.blast} vs ${density * killedArea}`);
  assert.equal(one.byPlace.size, 0, "no place near the site or under one plume");
  const many = collateralFatalities(t.pop, [{ weapon: t.weapon, target: t.target, warheads: 40 }]);
  assert.ok(many.fallout > 0 && many.rural > one.rural, `${many.fallout}, ${many.rural}`);
  // The dose read at a rural cell is the WSEG-10 dose at its centre.
  const fo = t.pop.effects.fallout!;
  const cloud = falloutCloud(300, fo.fissionFraction, fo.windSpeedKmh, fo.windShearKmhPerKm);
  const e = rural.byKey.get(ruralCellKey(0.02, 1.0, rural.cellDeg))!;
  const x = greatCircleKm(0.02, 0.6, rural.lat[e]!, rural.lon[e]!);
  assert.ok(falloutDoseGy(cloud, x, (rural.lat[e]! - 0.02) * 111.2, fo.exposureHours) > 0.01);
  // Off: the places only (the same blast minus the rural cell's, fallout on places only).
  const off = ruralToy(0.02, 0.6, false);
  const o = collateralFatalities(off.pop, [{ weapon: off.weapon, target: off.target, warheads: 40 }]);
  assert.equal(o.rural, 0);
  assert.ok(Math.abs(many.total - many.rural - o.total) < 1e-6 * Math.max(1, o.total), `${many.total} ${o.total}`);
});

test("rural collateral: a plume over an empty region kills no one", () => {
  // 20° south of every AQ place: no place and no rural cell within reach of the blast or the plume.
  const t = ruralToy(-20, 0, true);
  const c = collateralFatalities(t.pop, [{ weapon: t.weapon, target: t.target, warheads: 100 }]);
  assert.equal(c.total, 0);
  assert.equal(c.rural, 0);
});

test("schema: effects.rural takes true, false or options, with located errors", () => {
  const doc = (rural: unknown) => {
    const d = JSON.parse(JSON.stringify(toyScenario())) as ScenarioInput;
    d.parties[0]!.value = { model: "population", country: "AQ", source: cite, effects: { rural } } as never;
    return toyScenarioIssues(d);
  };
  assert.deepEqual(doc(true), []);
  assert.deepEqual(doc(false), []);
  assert.deepEqual(doc({ cellDeg: 0.5, nearest: 5, weightExponent: 1 }), []);
  const bad = doc({ cellDeg: 0 });
  assert.ok(
    bad.some((m) => m.startsWith("parties.0.value.effects.rural")),
    bad.join(" | "),
  );
});
