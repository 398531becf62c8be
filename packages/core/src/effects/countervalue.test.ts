import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_BURNS, resolveEffects } from "../schema/value-model.js";
import { buildAgglomerations } from "./agglomerations.js";
import { blastRangeKm } from "./airblast.js";
import { allocateCountervalue, clearFirstGains, fatalitiesAt, ringModel, type WeaponGroup } from "./countervalue.js";
import { offsetShare } from "./offset-share.js";
import { thirdDegreeRangeKm } from "./thermal.js";
import { TEST_TABLES } from "./test-places.test-helper.js";
import type { PlaceTable } from "../geo/types.js";
import { uniformRng } from "../random/rng.js";

test("fatalitiesAt: blast rings and the burn ring over the head's Clark profile and its members, as the formula", () => {
  const e = resolveEffects(undefined);
  const ag = buildAgglomerations(TEST_TABLES.AQ!, e);
  const k = 0;
  assert.ok(ag.memberStart[k + 1]! - ag.memberStart[k]! >= 1, "Alpha City has its suburb as a member");
  const fat = e.rings.map((r) => r.fatality);
  const burn = 0.035;
  const rings = ringModel(fat, burn);
  const R = fat.length;
  // Covered people within x of the head: the head's Clark profile and each member's offset share.
  const cover = (x: number) => {
    const b = ag.headScaleKm[k]!;
    let c = ag.headPopulation[k]! * (1 - (1 + x / b) * Math.exp(-x / b));
    for (let j = ag.memberStart[k]!; j < ag.memberStart[k + 1]!; j++)
      c += ag.memberPopulation[j]! * offsetShare(x, ag.memberDistanceKm[j]!, ag.memberScaleKm[j]!);
    return c;
  };
  for (const [yieldKt, warheads] of [
    [100, 1],
    [300, 3],
    [800, 12],
  ] as const) {
    const radii = [
      ...e.rings.map((r) => blastRangeKm(yieldKt, r.psi, "optimum-air")),
      thirdDegreeRangeKm(yieldKt, DEFAULT_BURNS.thermalFraction, DEFAULT_BURNS.transmissionKm),
    ];
    const areas = new Float64Array(2 * rings.stride);
    radii.forEach((r, i) => (areas[k * rings.stride + i] = warheads * Math.PI * r * r));
    const x = radii.map((r) => Math.sqrt(warheads) * r);
    const xb = x[R]!;
    assert.ok(xb > 0 && xb > x[0]! && xb < x[R - 1]!, `burn range ${xb} km lies between the rings`);
    let want = burn * cover(xb);
    for (let r = 0; r < R; r++) {
      const w = fat[r]! - (fat[r + 1] ?? 0);
      want += w * cover(x[r]!) - burn * w * cover(Math.min(x[r]!, xb));
    }
    const got = fatalitiesAt(ag, k, rings, areas, undefined);
    assert.ok(Math.abs(got - want) <= 1e-6 * want, `${yieldKt} kt × ${warheads}: ${got} vs ${want}`);
    assert.ok(got > 0 && got < ag.population[k]!);
    // The same areas given as `extra` over an empty place, and blast rings alone from a weights array.
    const extra = Array.from(areas.subarray(0, rings.stride));
    assert.equal(fatalitiesAt(ag, k, rings, new Float64Array(2 * rings.stride), extra), got);
    const blastOnly = fatalitiesAt(ag, k, rings.weights, areas.subarray(0, R), undefined, 0);
    let wantBlast = 0;
    for (let r = 0; r < R; r++) wantBlast += (fat[r]! - (fat[r + 1] ?? 0)) * cover(x[r]!);
    assert.ok(Math.abs(blastOnly - wantBlast) <= 1e-6 * wantBlast, `${blastOnly} vs ${wantBlast}`);
  }
});

test("allocations that read first-warhead gains kept from earlier ones equal allocations from scratch (other counts, masks, yields)", () => {
  // 400 seeded places: two dense cores with suburbs (members) and towns around them (neighbours), and scattered
  // villages, so the kept gains cover members, neighbour spills and reach masks.
  const u = uniformRng(11);
  const n = 400;
  const table: PlaceTable = {
    ...TEST_TABLES.AQ!,
    names: Array.from({ length: n }, (_, i) => `place ${i}`),
    latDeg: [],
    lonDeg: [],
    population: [],
    totalPopulation: 0,
  };
  for (let i = 0; i < n; i++) {
    const core = i % 5;
    const spread = core < 2 ? 0.6 : 4;
    (table.latDeg as number[]).push((core === 1 ? 2 : 0) + (u() - 0.5) * spread);
    (table.lonDeg as number[]).push((core === 1 ? 2 : 0) + (u() - 0.5) * spread);
    (table.population as number[]).push(Math.round(1_000 + 2e6 * u() ** 6));
  }
  table.totalPopulation = table.population.reduce((t, p) => t + p, 0);
  const e = resolveEffects(undefined);
  const ag = buildAgglomerations(table, e);
  const K = ag.lat.length;
  assert.ok(K > 100 && ag.memberStart[K]! > 10, `${K} agglomerations, ${ag.memberStart[K]} members`);
  // Members' fixed factor e^(−d/b) gives what the share computes without it.
  for (let j = 0; j < ag.memberStart[K]!; j++)
    for (const x of [0.5, 3, 20])
      assert.equal(
        offsetShare(x, ag.memberDistanceKm[j]!, ag.memberScaleKm[j]!, ag.memberDecay[j]),
        offsetShare(x, ag.memberDistanceKm[j]!, ag.memberScaleKm[j]!),
      );
  const fat = e.rings.map((r) => r.fatality);
  const group = (count: number, yieldKt: number, mask?: Uint8Array): WeaponGroup => ({
    count,
    yieldKt,
    emt: (yieldKt / 1000) ** (2 / 3),
    mask,
    radiiKm: [
      ...e.rings.map((r) => blastRangeKm(yieldKt, r.psi, "optimum-air")),
      thirdDegreeRangeKm(yieldKt, DEFAULT_BURNS.thermalFraction, DEFAULT_BURNS.transmissionKm),
    ],
  });
  const west = Uint8Array.from({ length: K }, (_, k) => (ag.lon[k]! < 1 ? 1 : 0));
  const mixes = [
    [group(60, 300), group(25, 100, west)],
    [group(47, 300), group(31, 100, west), group(9, 800)],
    [group(60, 300)],
    [group(5, 100, west), group(80, 300)],
  ];
  const plain = (t: ReturnType<typeof allocateCountervalue>) =>
    Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)]));
  for (const neighbours of [true, false]) {
    clearFirstGains();
    const warm = mixes.map((m) => plain(allocateCountervalue(ag, fat, m, { neighbours })));
    mixes.forEach((m, i) => {
      clearFirstGains();
      assert.deepEqual(
        warm[i],
        plain(allocateCountervalue(ag, fat, m, { neighbours })),
        `mix ${i}, neighbours ${neighbours}`,
      );
    });
  }
});
