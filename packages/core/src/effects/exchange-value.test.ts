import { test } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { forceState } from "../exchange/force-state.js";
import { uniformRng } from "../random/rng.js";
import { exchangeValue } from "./exchange-value.js";
import { mortalityTable } from "./fallout.js";
import {
  collateralFatalities,
  damageTable,
  falloutFootprint,
  footprint,
  populationTarget,
  tableFatalities,
  weaponGroups,
  type CounterforceShot,
} from "./population-model.js";
import { testPlaces } from "./test-places.test-helper.js";
import type { ForceElement } from "../schema/scenario.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

/**
 * A's people in AQ (Alpha City at 0°, 0°; the default wind blows from the west). Two of A's elements with one site
 * each: `near` 0.05° east of the city (its blast reaches the city, its fallout blows away from it) and `upwind` 0.5°
 * west (its fallout reaches the city, its blast does not); two weapons of B of different yields.
 */
function toy() {
  const s = structuredClone(toyScenario());
  const a = s.parties[0]!;
  a.value = { model: "population", country: "AQ", source: cite };
  const at = (id: string, lonDeg: number): ForceElement => ({
    ...a.forces[0]!,
    id,
    basing: { ...a.forces[0]!.basing, sites: [{ name: id, latDeg: 0, lonDeg, share: 1, source: cite }] },
  });
  const near = at("near", 0.05);
  const upwind = at("upwind", -0.5);
  a.forces = [near, upwind, ...a.forces.slice(1)];
  const b = s.parties[1]!.forces.find((f) => f.nuclear)!;
  const w1: ForceElement = { ...b, id: "w1", yieldKt: 300, reliability: 0.9 };
  const w2: ForceElement = { ...b, id: "w2", yieldKt: 50, reliability: 0.8 };
  const pop = populationTarget(a, 0, testPlaces)!;
  const ev = exchangeValue(forceState(s.parties[1]!), forceState(a), undefined, pop);
  return { pop, ev, near, upwind, w1, w2 };
}

test("collateral accumulator: equals the batch sum after every shot, as fallout crosses the mortality floor and back", () => {
  const { pop, ev, near, upwind, w1, w2 } = toy();
  const floor = mortalityTable(pop.effects.fallout!).floorGy;
  assert.ok(floor > 0.01, `floor ${floor} Gy`);
  // The footprints are as described: blast only from `near`, fallout only from `upwind`, on Alpha City (index 0).
  assert.deepEqual([...falloutFootprint(pop, w1, near).k], []);
  assert.deepEqual([...footprint(pop, w1, near).k], [0]);
  assert.deepEqual([...footprint(pop, w1, upwind).k], []);
  assert.deepEqual([...falloutFootprint(pop, w1, upwind).k], [0]);
  const acc = ev.collateral()!;
  const held = new Map<string, CounterforceShot>();
  // Fallout below the floor, then above it; blast on the city with fallout deaths standing; fallout taken back below
  // the floor; blast again.
  const steps: [ForceElement, ForceElement, number][] = [
    [w2, upwind, 0.2],
    [w1, near, 0.5],
    [w1, upwind, 3],
    [w2, near, 2],
    [w1, near, 4],
    [w1, upwind, -2.9],
    [w2, near, 3],
    [w2, upwind, 5],
    [w1, near, -4.5],
  ];
  let above = 0;
  let below = 0;
  for (const [w, t, n] of steps) {
    acc.add(w, t, n);
    const key = `${w.id}>${t.id}`;
    held.set(key, { weapon: w, target: t, warheads: (held.get(key)?.warheads ?? 0) + n });
    const batch = collateralFatalities(pop, [...held.values()]);
    const got = acc.share() * pop.ag.totalPopulation;
    assert.ok(Math.abs(got - batch.total) <= 1e-9 * batch.total, `${key} ${n}: ${got} vs ${batch.total}`);
    if (batch.fallout > 0) above++;
    else below++;
  }
  assert.ok(above >= 3 && below >= 3, `steps with fallout deaths ${above}, without ${below}`);
  // Conventional weapons and targets without sites add nothing.
  const before = acc.share();
  acc.add({ ...w1, nuclear: false }, near, 100);
  acc.add(w1, { ...near, basing: { ...near.basing, sites: undefined } }, 100);
  assert.equal(acc.share(), before);
});

test("table reads from a cursor give the very values of a fresh binary search, from any stale cursor", () => {
  const { pop, w1, w2 } = toy();
  const t = damageTable(
    pop,
    weaponGroups(
      [
        { element: w1, warheads: 40 },
        { element: w2, warheads: 25 },
      ],
      pop,
      () => true,
    ),
  );
  const n = t.emt.length;
  assert.ok(n > 50, `${n} entries`);
  const top = t.emt[n - 1]!;
  const u = uniformRng(9);
  const cursor = { at: 0 };
  let x = top / 2;
  const reads: number[] = [];
  for (let i = 0; i < 2000; i++) {
    // A random walk with jumps, exact table points, out-of-range values and NaN; the cursor sometimes made stale.
    const r = u();
    if (r < 0.05) x = u() * top * 1.2;
    else if (r < 0.1) x = t.emt[Math.floor(u() * n)]!;
    else x += (u() - 0.5) * (top / n) * 6;
    const q = r > 0.995 ? NaN : x;
    if (u() < 0.02) cursor.at = [-7, 1e9, NaN, n - 1, n - 2][Math.floor(u() * 5)]!;
    const a = tableFatalities(t, q, cursor);
    assert.equal(a, tableFatalities(t, q), `emt ${q}`);
    reads.push(a);
  }
  assert.ok(new Set(reads).size > 500, "the walk visits many brackets");
  assert.equal(tableFatalities(t, t.emt[3]!, cursor), t.fatalities[3]);
  assert.equal(tableFatalities(t, top * 2, cursor), t.fatalities[n - 1]);
});

test("collateral accumulator: released storage is reused empty, and a reused accumulator sums exactly as a fresh one", () => {
  const { ev, near, upwind, w1, w2 } = toy();
  const shots: [ForceElement, ForceElement, number][] = [
    [w1, near, 3],
    [w2, upwind, 40],
    [w1, upwind, 12],
    [w2, near, 2.5],
  ];
  const run = () => {
    const acc = ev.collateral()!;
    const shares: number[] = [];
    for (const [w, t, n] of shots) {
      acc.add(w, t, n);
      shares.push(acc.share());
    }
    return { acc, shares };
  };
  const first = run();
  assert.ok(first.shares.at(-1)! > 0, "the shots kill someone");
  // A second accumulator while the first still holds its storage: its own storage, the same sums.
  const second = run();
  assert.deepEqual(second.shares, first.shares);
  first.acc.release!();
  assert.equal(first.acc.share(), 0, "a released accumulator is empty");
  second.acc.release!();
  // Accumulators on released (zeroed) storage give bit-identical shares.
  for (let i = 0; i < 3; i++) {
    const again = run();
    assert.deepEqual(again.shares, first.shares);
    again.acc.release!();
  }
  // Released storage is clean where the blast shots left survivors below the population: an accumulator on it whose
  // first shots are fallout only (which read the survivors) sums as the batch does.
  const { pop } = toy();
  const plumes = ev.collateral()!;
  let held = 0;
  for (const n of [30, 25]) {
    plumes.add(w2, upwind, n);
    held += n;
    const batch = collateralFatalities(pop, [{ weapon: w2, target: upwind, warheads: held }]);
    assert.ok(batch.fallout > 0, "the plume kills");
    const got = plumes.share() * pop.ag.totalPopulation;
    assert.ok(Math.abs(got - batch.total) <= 1e-9 * batch.total, `${got} vs ${batch.total}`);
  }
  plumes.release!();
});
