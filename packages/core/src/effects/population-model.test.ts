import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { InputError } from "../_shared/issues.js";
import { forceState } from "../exchange/force-state.js";
import { scenarioStability } from "../stability/pair-stability.js";
import { evaluate } from "../evaluate/evaluate.js";
import { DEFAULT_UNCERTAINTY } from "../evaluate/uncertainty.js";
import type { Scenario, ScenarioInput } from "../schema/scenario.js";
import { buildAgglomerations } from "./agglomerations.js";
import { allocateCountervalue, fatalitiesOfAreas, ringModel } from "./countervalue.js";
import type { PlaceTable } from "../geo/types.js";
import { blastRangeKm } from "./airblast.js";
import {
  clearDamageTables,
  damageTable,
  damageTableStats,
  gridScaleKm,
  populationTarget,
  tableFatalities,
  weaponGroups,
} from "./population-model.js";
import { resolveEffects } from "../schema/value-model.js";
import { toyScenarioIssues, TEST_TABLES, testPlaces } from "./test-places.test-helper.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

/** The toy scenario with the population model (A in AQ, B in BV) and, optionally, sites. */
function populationToy(sites = false): Scenario {
  const s = structuredClone(toyScenario());
  s.parties[0]!.value = { model: "population", country: "AQ", source: cite };
  s.parties[1]!.value = { model: "population", country: "BV", source: cite };
  if (sites)
    s.parties.forEach((p, i) =>
      p.forces.forEach((f) => {
        f.basing.sites = [{ name: `${p.id}-${f.id}`, latDeg: 10, lonDeg: i === 0 ? 1 : 91, share: 1, source: cite }];
      }),
    );
  return s;
}

const e = resolveEffects(undefined);
const fat = e.rings.map((r) => r.fatality);
const group = (count: number, yieldKt: number, mask?: Uint8Array) => ({
  count,
  yieldKt,
  emt: (yieldKt / 1000) ** (2 / 3),
  mask,
  radiiKm: e.rings.map((r) => blastRangeKm(yieldKt, r.psi, "optimum-air")),
});

describe("agglomerations and countervalue allocation", () => {
  it("merges the suburb into its city, keeps the distant town apart", () => {
    const ag = buildAgglomerations(TEST_TABLES.AQ!, e);
    assert.deepEqual(ag.name, ["Alpha City", "Alpha Town"]);
    assert.equal(ag.population[0], 2_200_000);
    assert.ok(Math.abs(ag.memberDistanceKm[0]! - 11.1) < 0.1);
  });

  it("aims the first warhead at the largest city; fatalities grow with diminishing returns; reach is respected", () => {
    const ag = buildAgglomerations(TEST_TABLES.AQ!, e);
    const t = allocateCountervalue(ag, fat, [group(20, 300)]);
    assert.equal(t.warheads[0]! >= 1, true);
    for (let n = 1; n < 20; n++) assert.ok(t.fatalities[n]! >= t.fatalities[n - 1]!);
    const first = t.fatalities[1]! - t.fatalities[0]!;
    const last = t.fatalities[20]! - t.fatalities[19]!;
    assert.ok(last < first, "diminishing returns");
    assert.ok(t.fatalities[20]! < 3_000_000);
    const onlyTown = allocateCountervalue(ag, fat, [group(3, 300, Uint8Array.from([0, 1]))]);
    assert.equal(onlyTown.warheads[0], 0);
    assert.equal(onlyTown.warheads[1], 3);
  });
});

describe("burns and neighbouring agglomerations", () => {
  /** Two cities 20 km apart (too far to merge) and a far town. */
  const pair: PlaceTable = {
    ...TEST_TABLES.AQ!,
    names: ["West", "East", "Far"],
    latDeg: [0, 0, 5],
    lonDeg: [0, 0.18, 5],
    population: [1_000_000, 600_000, 400_000],
    totalPopulation: 2_000_000,
  };
  const big = (count: number) => ({ ...group(count, 20_000), radiiKm: group(count, 20_000).radiiKm });

  it("a large burst on one city also kills in the neighbouring agglomeration, never more than its people", () => {
    const ag = buildAgglomerations(pair, e);
    assert.equal(ag.name.length, 3, "no merge at 20 km");
    const off = allocateCountervalue(ag, fat, [big(1)], { burn: 0, neighbours: false });
    const on = allocateCountervalue(ag, fat, [big(1)], { burn: 0, neighbours: true });
    const k = off.stepPlace[0]!;
    assert.equal(on.stepPlace[0], k);
    const other = ag.name.indexOf(ag.name[k] === "West" ? "East" : "West");
    assert.equal(off.placeFatalities[other], 0);
    assert.ok(on.placeFatalities[other]! > 0.1 * ag.population[other]!, `${on.placeFatalities[other]}`);
    assert.ok(on.fatalities[1]! > off.fatalities[1]!);
    for (let j = 0; j < 3; j++) assert.ok(on.placeFatalities[j]! <= ag.population[j]!);
    // The running total equals the sum over places, and a replay of the areas gives the same places.
    const sum = on.placeFatalities.reduce((t, x) => t + x, 0);
    assert.ok(Math.abs(sum - on.fatalities[1]!) < 1e-6 * sum);
    const rings = ringModel(fat, 0);
    const replay = fatalitiesOfAreas(ag, rings, new Map([[k, on.areas.slice(k * 3, k * 3 + 3)]]), true);
    for (const [j, dead] of replay) assert.ok(Math.abs(dead - on.placeFatalities[j]!) < 1e-6 * (1 + dead));
  });

  it("with neighbours, bursts on both cities do not count the same people twice; the greedy stays best-first", () => {
    const ag = buildAgglomerations(pair, e);
    const t = allocateCountervalue(ag, fat, [big(6)], { burn: 0, neighbours: true });
    for (let j = 0; j < 3; j++) assert.ok(t.placeFatalities[j]! <= ag.population[j]! + 1e-6);
    assert.ok(t.fatalities[6]! <= 2_000_000);
    for (let n = 2; n <= 6; n++) {
      const a = t.fatalities[n]! - t.fatalities[n - 1]!;
      const b = t.fatalities[n - 1]! - t.fatalities[n - 2]!;
      assert.ok(a <= b + 1e-6, `gain ${n} ${a} > gain ${n - 1} ${b}`);
    }
  });

  it("burns add deaths inside the third-degree range, for air bursts only, and scale with the exposed share", () => {
    const ag = buildAgglomerations(TEST_TABLES.AQ!, e);
    const g = group(1, 15);
    const none = allocateCountervalue(ag, fat, [g], { burn: 0, neighbours: false }).fatalities[1]!;
    const some = allocateCountervalue(ag, fat, [g], { burn: 0.035, neighbours: false }).fatalities[1]!;
    const more = allocateCountervalue(ag, fat, [g], { burn: 0.07, neighbours: false }).fatalities[1]!;
    assert.ok(some > none && more > some);
    assert.ok(Math.abs(more - none - 2 * (some - none)) < 1e-6 * more, "linear in the burn share");
    const air = populationTarget(populationToy().parties[1]!, 1, testPlaces)!;
    assert.ok(air.rings.burn > 0 && air.rings.stride === fat.length + 1);
    const s = populationToy();
    s.parties[1]!.value.effects = { burst: "surface" };
    const surface = populationTarget(s.parties[1]!, 1, testPlaces)!;
    assert.equal(surface.rings.burn, 0);
    s.parties[1]!.value.effects = { burns: { exposedShare: 0 } };
    assert.equal(populationTarget(s.parties[1]!, 1, testPlaces)!.rings.burn, 0);
  });
});

describe("damage tables", () => {
  it("derive once per key, reused by exchange points, sensitivities and unchanged Monte Carlo samples", () => {
    clearDamageTables();
    const s = populationToy();
    const before = damageTableStats.derived;
    evaluate(s, { places: testPlaces, sensitivities: true });
    const afterFirst = damageTableStats.derived - before;
    assert.equal(afterFirst, 2, "one table per ordered pair");
    // The default uncertainty without the density spread (CEP, reliability, hardness, survivability, w80, Pk and the
    // structural constants) leaves the weapon mix and the places alone.
    s.uncertainty = DEFAULT_UNCERTAINTY.filter((u) => u.parameter !== "populationScaleKm");
    evaluate(s, { places: testPlaces, samples: 5, seed: 2 });
    assert.equal(damageTableStats.derived - before, 2);
  });

  it("the default Monte Carlo samples the density scale b₁ (×lognormal σ 0.2) on a grid, so tables are reused", () => {
    const spec = DEFAULT_UNCERTAINTY.find((u) => u.parameter === "populationScaleKm");
    assert.deepEqual(spec?.distribution, { type: "lognormal", mu: 0, sigma: 0.2 });
    assert.equal(spec?.mode, "multiply");
    // 90 % of draws within 3.3 × e^(±1.645 · 0.2) = 2.37–4.59 km: the 2.4–3.9 km of the validation cases.
    assert.ok(3.3 * Math.exp(-1.645 * 0.2) <= 2.4 && 3.3 * Math.exp(1.645 * 0.2) >= 3.9);
    assert.equal(gridScaleKm(3.3), 3.3);
    assert.ok(Math.abs(gridScaleKm(2.4) / 2.4 - 1) <= 0.026);
    assert.equal(gridScaleKm(3.31), 3.3);
    clearDamageTables();
    const s = populationToy();
    const before = damageTableStats.derived;
    const r = evaluate(s, { places: testPlaces, samples: 40, seed: 5, sensitivities: false });
    const derived = damageTableStats.derived - before;
    // Two ordered pairs; one pair of tables per distinct b₁ drawn (40 draws fall on far fewer grid steps).
    assert.ok(derived > 2 && derived < 2 * 40, `${derived} tables`);
    const b = r.monteCarlo!.bands["exchange.a>b.damageToVictim"]!;
    assert.ok(b.p95 - b.p5 > 0.005, `band ${b.p5}–${b.p95}`);
  });

  it("Monte Carlo over the density profile (populationScaleKm) spreads the damage", () => {
    const s = populationToy();
    s.uncertainty = [
      { parameter: "populationScaleKm", mode: "multiply", distribution: { type: "lognormal", mu: 0, sigma: 0.5 } },
    ];
    const r = evaluate(s, { places: testPlaces, samples: 8, seed: 3, sensitivities: false });
    const b = r.monteCarlo!.bands["exchange.a>b.damageToVictim"]!;
    assert.ok(b.p95 - b.p5 > 0.01, `band ${b.p5}–${b.p95}`);
  });

  it("interpolates fatalities in EMT; 0 at no arrivals; holds the last value beyond the table", () => {
    const s = populationToy();
    const pop = populationTarget(s.parties[1]!, 1, testPlaces)!;
    const t = damageTable(
      pop,
      weaponGroups(forceState(s.parties[0]!).elements, pop, () => true),
    );
    assert.equal(tableFatalities(t, 0), 0);
    assert.equal(tableFatalities(t, Number.NaN), 0);
    const mid = (t.emt[3]! + t.emt[4]!) / 2;
    assert.ok(Math.abs(tableFatalities(t, mid) - (t.fatalities[3]! + t.fatalities[4]!) / 2) < 1e-6);
    assert.equal(tableFatalities(t, 1e9), t.fatalities[t.fatalities.length - 1]);
  });
});

describe("exchanges with the population model", () => {
  it("report both parties' population effects at the chosen strike: the exchange's shares, places adding up", () => {
    const r = evaluate(populationToy(true), { places: testPlaces, sensitivities: false });
    for (const ex of r.exchanges) {
      assert.ok(ex.population, "population effects present");
      const v = ex.population.onVictim;
      assert.equal(v.party, ex.victim);
      assert.equal(v.share, ex.outcome.damageToVictim);
      assert.equal(ex.population.onStriker.share, ex.outcome.damageToStriker);
      const sum = v.places.reduce((t, p) => t + p.fatalities, 0);
      assert.ok(Math.abs(sum - v.fatalities) <= 0.02 * v.fatalities + 1, `places ${sum} vs total ${v.fatalities}`);
      assert.ok(v.places.length > 0 && v.places.length <= 200);
      for (let i = 1; i < v.places.length; i++) assert.ok(v.places[i - 1]!.fatalities >= v.places[i]!.fatalities);
      assert.ok(v.collateralFatalities >= 0 && v.collateralFatalities <= v.fatalities);
    }
  });

  it("counterforce on sites next to a city adds collateral fatalities", () => {
    const s = populationToy(true);
    // B's silos sit in Beta City.
    for (const f of s.parties[1]!.forces)
      f.basing.sites = [{ name: "in the city", latDeg: 0, lonDeg: 90, share: 1, source: cite }];
    const r = evaluate(s, { places: testPlaces, sensitivities: false });
    const ab = r.exchanges.find((x) => x.striker === "a")!;
    assert.ok(ab.outcome.warheadsUsed > 0);
    assert.ok(ab.population!.onVictim.collateralFatalities > 100_000);
  });

  it("weapons out of range of every target take no part (great circle from sites)", () => {
    const s = populationToy(true);
    for (const f of s.parties[0]!.forces) f.rangeKm = 2000; // A's sites at (10°, 1°); B lies ~10,000 km east
    const ab = scenarioStability(s, {}, testPlaces).exchanges.find((x) => x.striker === "a")!;
    assert.equal(ab.strikerAvailable, 0);
    assert.equal(ab.outcome.damageToVictim, 0);
  });

  it("a country without a place table is a located input error", () => {
    const s = populationToy();
    s.parties[1]!.value.country = "FR";
    assert.throws(
      () => scenarioStability(s, {}, testPlaces),
      (err: unknown) =>
        err instanceof InputError &&
        err.issues.some((i) => i.path.join(".") === "parties.1.value.country" && /FR/.test(i.message)),
    );
  });
});

describe("schema of value models and sites", () => {
  const doc = () => JSON.parse(JSON.stringify(populationToy(true))) as ScenarioInput;
  const issuesOf = (mutate: (d: ScenarioInput) => void) => {
    const d = doc();
    mutate(d);
    return toyScenarioIssues(d);
  };

  it("accepts the population model with sites; old files with only a damage curve still load", () => {
    assert.deepEqual(
      issuesOf(() => {}),
      [],
    );
    assert.deepEqual(
      issuesOf((d) => {
        d.parties[0]!.value = { damageCurve: { model: "exponential-w80", w80: 300 }, source: cite };
      }),
      [],
    );
  });

  it("refuses unknown country codes, a missing country or curve, coordinates out of range, shares not summing to 1", () => {
    const msgs = issuesOf((d) => {
      const [a, b] = [d.parties[0]!, d.parties[1]!];
      a.value.country = "XX";
      b.value = { model: "population", source: cite };
      a.forces[0]!.basing.sites![0]!.latDeg = 95;
      a.forces[1]!.basing.sites![0]!.lonDeg = -200;
    });
    const has = (re: RegExp) =>
      assert.ok(
        msgs.some((m) => re.test(m)),
        `${re}: ${msgs.join(" | ")}`,
      );
    has(/^parties\.0\.value\.country: .*ISO 3166-1/);
    has(/^parties\.0\.forces\.0\.basing\.sites\.0\.latDeg: latitude/);
    has(/^parties\.0\.forces\.1\.basing\.sites\.0\.lonDeg: longitude/);
    const m2 = issuesOf((d) => {
      d.parties[1]!.value = { model: "population", source: cite };
      d.parties[0]!.value = { source: cite };
      d.parties[1]!.forces[0]!.basing.sites!.push({ name: "x", latDeg: 0, lonDeg: 0, share: 0.5, source: cite });
    });
    assert.ok(
      m2.some((m) => /^parties\.1\.value\.country: .*needs `country`/.test(m)),
      m2.join(" | "),
    );
    assert.ok(
      m2.some((m) => /^parties\.0\.value\.damageCurve: /.test(m)),
      m2.join(" | "),
    );
    assert.ok(
      m2.some((m) => /^parties\.1\.forces\.0\.basing\.sites: site shares sum to 1\.5/.test(m)),
      m2.join(" | "),
    );
  });
});

describe("share of an offset Clark profile inside a disk", () => {
  it("matches a direct 2-D integration; exact at d = 0; grows with the radius", async () => {
    const { diskShare } = await import("./countervalue.js");
    const { clarkShareWithin } = await import("./clark-profile.js");
    assert.ok(Math.abs(diskShare(5, 0, 2) - clarkShareWithin(5, 2)) < 1e-12);
    // Direct integration on a polar grid around the profile's centre.
    const direct = (X: number, d: number, b: number) => {
      let s = 0;
      const nr = 800;
      const na = 360;
      for (let i = 0; i < nr; i++) {
        const r = ((i + 0.5) * 20 * b) / nr;
        const w = (r / (b * b)) * Math.exp(-r / b) * ((20 * b) / nr);
        let inside = 0;
        for (let a = 0; a < na; a++) {
          const t = (2 * Math.PI * (a + 0.5)) / na;
          const x = r * Math.cos(t) - d;
          const y = r * Math.sin(t);
          if (x * x + y * y <= X * X) inside++;
        }
        s += (w * inside) / na;
      }
      return s;
    };
    for (const [X, d, b] of [
      [19, 20, 2.7],
      [5, 3, 2],
      [10, 25, 4],
      [2, 10, 3],
    ] as const) {
      const got = diskShare(X, d, b);
      const want = direct(X, d, b);
      assert.ok(Math.abs(got - want) < 0.005, `X ${X} d ${d} b ${b}: ${got} vs ${want}`);
    }
    assert.ok(diskShare(10, 12, 3) < diskShare(12, 12, 3) && diskShare(12, 12, 3) < diskShare(14, 12, 3));
  });
});
