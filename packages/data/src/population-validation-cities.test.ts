/**
 * Validation of the population value model against published single-city cases (docs/methods.md §7.6; sources in
 * docs/references.md): OTA's 1979 Detroit and Leningrad cases, Hiroshima and Nagasaki. Each test states its
 * tolerance, what differs, and where each figure was checked ([C] read in the work, [S] in a secondary source).
 *
 * Historic populations: a 1945 city is a synthetic place holding the city's population at the bombing (the model's
 * density profile does the rest). A 1979 metropolitan area is today's places within 50 km of the city centre
 * (GeoNames via the place tables), every population scaled by one factor so that they sum to OTA's 1979 metropolitan
 * population (about 4.3 million for each city, OTA 1979 p. 27 [ota-1979]) [C]: the geography is today's, the total
 * is historic. Detroit has since lost half its city population to its suburbs, so the scaled table puts fewer
 * people near the centre than in 1979; Leningrad grew.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  allocateCountervalue,
  blastRangeKm,
  buildAgglomerations,
  emtPerWarhead,
  greatCircleKm,
  rangeAtHeightKft,
  resolveEffects,
  thirdDegreeRangeKm,
  type PlaceTable,
} from "@seceq/core";
import { placeTable } from "./index.js";

const effects = resolveEffects(undefined);
const fatality = effects.rings.map((r) => r.fatality);
const { burns } = effects;
const KM_PER_MILE = 1.609344;
const M_PER_FT = 0.3048;

/** Ring radii (km, innermost first) of a burst at a fixed height: Brode's 1-kt height-of-burst fit, cube-root scaled. */
function radiiAtHeightKm(yieldKt: number, heightM: number): number[] {
  const s = Math.cbrt(yieldKt);
  return effects.rings.map((r) => rangeAtHeightKft(r.psi, heightM / 1000 / M_PER_FT / s) * M_PER_FT * s);
}

/** Ring radii (km) of a surface burst. */
const surfaceRadiiKm = (yieldKt: number) => effects.rings.map((r) => blastRangeKm(yieldKt, r.psi, "surface"));

/**
 * Prompt fatalities of n warheads with the given blast ring radii, allocated greedily to a table's places with the
 * model's defaults: burns in the open for air bursts (none for surface bursts); neighbouring agglomerations as the
 * defaults say (off) unless `neighbours` is given.
 */
function strike(
  table: PlaceTable,
  n: number,
  yieldKt: number,
  radiiKm: number[],
  air = true,
  neighbours = effects.neighbours,
): number {
  const ag = buildAgglomerations(table, effects);
  const radii = air ? [...radiiKm, thirdDegreeRangeKm(yieldKt, burns.thermalFraction, burns.transmissionKm)] : radiiKm;
  const t = allocateCountervalue(
    ag,
    fatality,
    [{ count: n, yieldKt, emt: emtPerWarhead(yieldKt), mask: undefined, radiiKm: radii }],
    { burn: air ? burns.exposedShare * burns.fatality : 0, neighbours },
  );
  return t.fatalities[n]!;
}

const CITE = { source: "validation place (historic population)", asOf: "1979-05-01", confidence: "estimate" } as const;

/** A one-place table holding a historic city's population. */
function cityOf(name: string, population: number, latDeg: number, lonDeg: number): PlaceTable {
  return {
    country: "JP",
    name: `${name} (validation)`,
    totalPopulation: population,
    totalSource: CITE,
    placesSource: CITE,
    names: [name],
    latDeg: [latDeg],
    lonDeg: [lonDeg],
    population: [population],
  };
}

/** Today's places of a country within `radiusKm` of a centre, scaled so that they sum to a historic total. */
function regionOf(country: string, latDeg: number, lonDeg: number, radiusKm: number, total: number): PlaceTable {
  const t = placeTable(country)!;
  const keep = t.population
    .map((_, i) => i)
    .filter((i) => greatCircleKm(latDeg, lonDeg, t.latDeg[i]!, t.lonDeg[i]!) <= radiusKm);
  const scale = total / keep.reduce((s, i) => s + t.population[i]!, 0);
  return {
    ...t,
    name: `${t.name} within ${radiusKm} km (validation)`,
    totalPopulation: total,
    names: keep.map((i) => t.names[i]!),
    latDeg: keep.map((i) => t.latDeg[i]!),
    lonDeg: keep.map((i) => t.lonDeg[i]!),
    population: keep.map((i) => t.population[i]! * scale),
  };
}

// OTA's air bursts are at the height that maximises the 30-psi area: 6,000 ft for 1 Mt, 17,500 ft for 25 Mt (OTA 1979
// pp. 27, 35, 37 [ota-1979]) [C]. Detroit's burst point is the I-75/I-94 interchange (42.36° N, 83.07° W, our reading
// of OTA's description); the allocation bursts on the head of the largest agglomeration (Detroit's GeoNames point,
// about 3 km away).
const DETROIT = regionOf("US", 42.36, -83.07, 50, 4.3e6);
const LENINGRAD = regionOf("RU", 59.94, 30.31, 50, 4.3e6);
const AIR_1MT = radiiAtHeightKm(1000, 6000 * M_PER_FT);
const detroitSurface = strike(DETROIT, 1, 1000, surfaceRadiiKm(1000), false);
const detroitAir = strike(DETROIT, 1, 1000, AIR_1MT);

const relErr = (model: number, published: number) => Math.abs(model - published) / published;

test("OTA 1979 ring radii: 1-Mt surface burst 12/5/2 psi within 12 % of 1.7/2.7/4.7 miles; 25-Mt 1-psi ring within 10 % of 30.4 miles", () => {
  // Surface burst: 12 psi at 1.7 miles, 5 psi at 2.7, 2 psi at 4.7 (OTA 1979, Detroit 1-Mt surface burst, pp. 27–33
  // [ota-1979], as reproduced with its fatality shares by PBS American Experience, "1 Megaton Surface Blast") [S].
  // 25-Mt air burst at 17,500 ft: 1-psi ring at 30.4 miles (OTA 1979 p. 37) [C]. The model's surface ranges are
  // Brode's free-air fit at twice the yield: the 2-psi ring runs about 11 % beyond OTA's.
  const km = surfaceRadiiKm(1000);
  [1.7, 2.7, 4.7].forEach((miles, r) =>
    assert.ok(relErr(km[r]! / KM_PER_MILE, miles) <= 0.12, `${effects.rings[r]!.psi} psi: ${km[r]! / KM_PER_MILE} mi`),
  );
  const s = Math.cbrt(25000);
  const onePsi = (rangeAtHeightKft(1, 17500 / 1000 / s) * M_PER_FT * s) / KM_PER_MILE;
  assert.ok(relErr(onePsi, 30.4) <= 0.1, `25 Mt, 1 psi: ${onePsi.toFixed(1)} mi`);
});

test("OTA 1979: a 1-Mt burst at 6,000 ft puts the 5-psi ring 5–15 % inside its 5-psi-optimum range (OTA: about 10 %)", () => {
  // OTA 1979 p. 35 [ota-1979] [C]: the 6,000-ft burst (chosen for 30 psi) gives a 5-psi radius only about 10 % smaller
  // than a burst at the 5-psi optimum height. A check of the Brode height-of-burst fit and the optimum search.
  const atOptimum = blastRangeKm(1000, 5, "optimum-air");
  const at6000 = AIR_1MT[effects.rings.findIndex((r) => r.psi === 5)]!;
  const shortfall = 1 - at6000 / atOptimum;
  assert.ok(shortfall >= 0.05 && shortfall <= 0.15, `5-psi ring ${(100 * shortfall).toFixed(1)} % short`);
});

test("OTA 1979 Detroit, 1-Mt surface burst: prompt deaths within 40 % of OTA's quarter million", () => {
  // OTA 1979 p. 35 [ota-1979] [C]: a quarter million fatalities plus half a million injured (640,000 casualties, p. 37).
  // Tolerance ±40 %: today's places scaled to 1979 (see the file comment), OTA's figure rounded, the model's surface
  // rings slightly larger than OTA's.
  assert.ok(relErr(detroitSurface, 250e3) <= 0.4, `${Math.round(detroitSurface)} deaths`);
});

test("OTA 1979 Detroit, 1-Mt air burst at 6,000 ft: deaths within 40 % of twice the surface burst's (OTA: nearly doubled)", () => {
  // OTA 1979 p. 35 [ota-1979] [C]: the air burst nearly doubles the surface burst's fatalities, so about half a
  // million. The model's air/surface ratio is lower (about 1.4) because its surface rings run larger than OTA's; the
  // ratio must stay above 1.2.
  assert.ok(relErr(detroitAir, 2 * 250e3) <= 0.4, `${Math.round(detroitAir)} deaths`);
  assert.ok(detroitAir / detroitSurface >= 1.2, `air/surface ${(detroitAir / detroitSurface).toFixed(2)}`);
});

test("OTA 1979 Detroit, 25-Mt air burst at 17,500 ft: deaths below OTA's 3.2 M casualties; the rings reach the neighbouring agglomerations", () => {
  // OTA 1979 p. 37 [ota-1979] [C]: 3.2 million casualties (killed and injured) and 1.1 million survivors of about
  // 4.3 million. OTA's split into killed and injured is in its Figure 6 (a chart, not read): no deaths figure here.
  // Two model readings bracket the case:
  // - today's places scaled to 4.3 M: about 1.4 M deaths. A 25-Mt 5-psi ring reaches 18 km and its 2-psi ring 31 km,
  //   far beyond Detroit's agglomeration (head and members within 3 scale lengths, about 10 km): the rings count the
  //   places of the neighbouring agglomerations they cover (docs/methods.md §7.3). Blast alone, a burst counting its
  //   own agglomeration only gave 0.87 M; a direct count of every place under the rings gave about 1.3 M. Today's
  //   Detroit holds half its 1970 population, so the scaled table puts only about 1.4 M people within the 5-psi ring;
  // - the 1979 metropolitan population as one place with the default density profile: about 2.8 M deaths, below the
  //   3.2 M casualties as it must be.
  const radii = radiiAtHeightKm(25000, 17500 * M_PER_FT);
  // Rings reaching neighbours are an option (`effects.neighbours`, off by default for its cost): on, as the method
  // for multi-megaton yields; off, the burst counts its own agglomeration only.
  const places = strike(DETROIT, 1, 25000, radii, true, true);
  const own = strike(DETROIT, 1, 25000, radii, true, false);
  assert.ok(own > 0.5e6 && own < places, `own agglomeration only: ${(own / 1e6).toFixed(2)} M`);
  assert.ok(places >= 1.0e6 && places < 3.2e6, `today's places: ${(places / 1e6).toFixed(2)} M`);
  const onePlace = strike(cityOf("Detroit", 4.3e6, 42.36, -83.07), 1, 25000, radii);
  assert.ok(onePlace > places && onePlace < 3.2e6, `one place: ${(onePlace / 1e6).toFixed(2)} M`);
});

test("OTA 1979 Leningrad, 1-Mt air burst: deaths 1.4–2.8 × Detroit's (OTA: casualties about double, denser city)", () => {
  // OTA 1979 p. 39 [ota-1979] [C]: Leningrad's 1-Mt casualties are about double Detroit's comparable 1-Mt case, from
  // the higher average density, with the same overpressure–casualty relationship. Both metropolitan areas hold about
  // 4.3 million (p. 27). The model's density profile depends on population only, so the contrast comes from the
  // geography of today's places (Saint Petersburg one large city, Detroit a ring of suburbs).
  const leningrad = strike(LENINGRAD, 1, 1000, AIR_1MT);
  const ratio = leningrad / detroitAir;
  assert.ok(ratio >= 1.4 && ratio <= 2.8, `Leningrad ${Math.round(leningrad)} / Detroit ${Math.round(detroitAir)}`);
});

// Hiroshima: 15 ± 3 kt at 580 m; Nagasaki: 21 ± 2 kt at 500 m (SCOPE 28, Pittock et al. 1986, §1.1 [scope-28-1986])
// [C]. Populations and deaths: the Manhattan Engineer District's best figures, Table A of its report's section on total
// casualties (MED 1946 [med-1946]) [S] (read in a verbatim reproduction): Hiroshima 255,000 people before the raid,
// 66,000 dead, 69,000 injured; Nagasaki 195,000, 39,000 dead, 25,000 injured. RERF's later estimates of deaths within
// two to four months are larger (Hiroshima 90,000–166,000 of 340,000–350,000; Nagasaki 60,000–80,000 of 250,000–
// 270,000 [rerf-hiroshima]) [C]: they count radiation and burn deaths over weeks and a larger population.

test("Hiroshima, 15 kt at 580 m on 255,000 people: prompt deaths within 50 % of the MED's 66,000", () => {
  // The model runs about 37 % low. Burns in the open count (7 % of people outdoors, a time average), but on that
  // summer morning far more were outdoors and most reports put over half the deaths on burns [med-1946] [S]; the fire
  // that followed is not modelled, and Japanese wooden houses failed at lower overpressures than OTA's 1970s buildings
  // (the rings' fatality shares are OTA's).
  const f = strike(cityOf("Hiroshima", 255_000, 34.39, 132.46), 1, 15, radiiAtHeightKm(15, 580));
  assert.ok(relErr(f, 66_000) <= 0.5, `${Math.round(f)} deaths`);
});

test("Nagasaki, 21 kt at 500 m on 195,000 people: prompt deaths within 50 % of the MED's 39,000", () => {
  const f = strike(cityOf("Nagasaki", 195_000, 32.77, 129.86), 1, 21, radiiAtHeightKm(21, 500));
  assert.ok(relErr(f, 39_000) <= 0.5, `${Math.round(f)} deaths`);
});

test("Nagasaki by distance: the rings' death shares within 15 points of 88 % (0–1 km), 34 % (1–2.5 km), 1 % (2.5–5 km)", () => {
  // Killed / population by distance from ground zero, computed from Oughterson & Warren (1956) ch. 4
  // [oughterson-warren-1956] [S] (read in a table derived from it): 0–1 km 27,300 of 30,900; 1–2.5 km 9,500 of
  // 27,700; 2.5–5 km 1,300 of 115,200. The model's share in an annulus is the ring fatality share averaged over the
  // annulus's area (uniform density within it): a check of the rings and of the Brode ranges at low yield, free of
  // the density profile.
  const radii = radiiAtHeightKm(21, 500);
  const shareAt = (d: number) => {
    const r = radii.findIndex((x) => d <= x);
    return r < 0 ? 0 : fatality[r]!;
  };
  const annulus = (a: number, b: number) => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < 2000; i++) {
      const d = a + ((b - a) * (i + 0.5)) / 2000;
      num += d * shareAt(d);
      den += d;
    }
    return num / den;
  };
  const published: [number, number, number][] = [
    [0, 1, 27_300 / 30_900],
    [1, 2.5, 9_500 / 27_700],
    [2.5, 5, 1_300 / 115_200],
  ];
  for (const [a, b, share] of published) {
    const m = annulus(a, b);
    assert.ok(
      Math.abs(m - share) <= 0.15,
      `${a}–${b} km: model ${(100 * m).toFixed(0)} % vs ${(100 * share).toFixed(0)} %`,
    );
  }
});
