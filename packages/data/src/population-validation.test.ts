/**
 * Validation of the population value model against published figures for national attacks (docs/methods.md §7.6;
 * sources in docs/references.md; single-city cases in `population-validation-cities.test.ts`). Each test states its
 * tolerance, what differs between the published case and the model, and where each figure was checked, graded as in
 * docs/references.md: [C] read in the work or its official summary, [S] read only in a secondary source.
 *
 * Historic populations: these tests run on today's place tables (GeoNames places, UN WPP 2024 totals) and compare
 * absolute deaths; where the published country differs (the USSR of the 1960s, Russia of 2001) the test says so.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  aimPointSites,
  allocateCountervalue,
  blastRangeKm,
  buildAgglomerations,
  collateralFatalities,
  DEFAULT_FALLOUT,
  emtPerWarhead,
  falloutCloud,
  falloutDoseGy,
  falloutReachKm,
  forceState,
  populationTarget,
  resolveEffects,
  unitTimeDoseRateGyH,
  arrivalTimeH,
  type FalloutInput,
  thirdDegreeRangeKm,
  type PlaceTable,
} from "@seceq/core";
import { getPreset, placeTable } from "./index.js";

const effects = resolveEffects(undefined);
const fatality = effects.rings.map((r) => r.fatality);
const { burns } = effects;

/**
 * Prompt fatalities of n warheads of one yield, allocated greedily to a country's places, with the model's defaults:
 * blast rings, burns in the open from air bursts (none from surface bursts), neighbouring agglomerations counted.
 */
function strike(
  table: PlaceTable,
  n: number,
  yieldKt: number,
  burst: "optimum-air" | "surface" = "optimum-air",
): number {
  const ag = buildAgglomerations(table, effects);
  const air = burst === "optimum-air";
  const radiiKm = effects.rings.map((r) => blastRangeKm(yieldKt, r.psi, burst));
  if (air) radiiKm.push(thirdDegreeRangeKm(yieldKt, burns.thermalFraction, burns.transmissionKm));
  const t = allocateCountervalue(
    ag,
    fatality,
    [{ count: n, yieldKt, emt: emtPerWarhead(yieldKt), mask: undefined, radiiKm }],
    { burn: air ? burns.exposedShare * burns.fatality : 0, neighbours: effects.neighbours },
  );
  return t.fatalities[n]!;
}

const relErr = (model: number, published: number) => Math.abs(model - published) / published;

test("McNamara's criterion, modern Russian variant: 100 and 200 delivered 1-Mt weapons kill within 25 % of the 1960s Soviet figures", () => {
  // Published: 100 delivered 1-Mt equivalents kill about 37 million Soviet citizens (15 %), 200 kill 21 % (about 52
  // million of the same ~247 million base) — Enthoven & Smith (1971) p. 207 [enthoven-smith-1971], checked in the
  // State Department's summary of that page (FRUS 1964–68 vol. X, doc. 102 [frus-1964-68-x]) [C]. The 400 → about
  // 30 % row is in the issue and in Kaplan's notes on the 1963–64 Draft Presidential Memoranda [S]; the 74 M / 96 M
  // figures for 400 / 800 once used here were not found in any source read and are not test data [U].
  // The published model counted prompt deaths only, from 1-Mt air bursts on cities, fallout excluded (Shapley 1993,
  // pp. 193–195 [shapley-1993]) [S] — the same scope as this model. What differs: today's Russia has 144 M people
  // (the table was for the whole USSR, about 247 M), three quarters urban; the large cities are much the same.
  const ru = placeTable("RU")!;
  const f100 = strike(ru, 100, 1000);
  const f200 = strike(ru, 200, 1000);
  assert.ok(relErr(f100, 37e6) <= 0.25, `100 × 1 Mt: ${(f100 / 1e6).toFixed(1)} M vs 37 M`);
  assert.ok(relErr(f200, 52e6) <= 0.25, `200 × 1 Mt: ${(f200 / 1e6).toFixed(1)} M vs 52 M`);
  const f400 = strike(ru, 400, 1000);
  const f800 = strike(ru, 800, 1000);
  assert.ok(f100 < f200 && f200 < f400 && f400 < f800, "more weapons kill more");
  // Shares run higher than the Soviet 30 % at 400 [S]: a smaller, more urban country.
  const share400 = f400 / ru.totalPopulation;
  assert.ok(share400 >= 0.3 && share400 <= 0.5, `400 × 1 Mt kill ${(100 * share400).toFixed(1)} % of Russia`);
  // Diminishing returns, the criterion's point: the second 400 weapons kill far fewer than the first 400.
  assert.ok(f800 - f400 < 0.5 * f400);
});

test("NRDC 2001: one US SSBN's 192 W76 (100 kt) on Russian cities: prompt deaths 25–75 % of NRDC's ~50 M killed or maimed", () => {
  // Published: one submarine's up to 192 warheads could kill or maim about a third of Russia's population, some 50
  // million people (NRDC's summary of McKinzie et al. 2001 [nrdc-2001], "The U.S. Nuclear War Plan: A Time for
  // Change", web summary, section "What Nuclear War Looks Like") [C]. 50 M counts the killed and the injured; the
  // model counts prompt deaths only (blast, and burns in the open from air bursts). OTA's Detroit case puts deaths at
  // about a third to a half of casualties (a quarter million killed and half a million injured by a 1-Mt surface
  // burst, OTA 1979 p. 35 [ota-1979]) [C], so the tolerance is 0.25–0.75 × 50 M. What differs: Russia had about 146 M people in 2001, 144 M today.
  const ru = placeTable("RU")!;
  for (const burst of ["optimum-air", "surface"] as const) {
    const f = strike(ru, 192, 100, burst);
    assert.ok(f >= 12.5e6 && f <= 37.5e6, `${burst}: ${(f / 1e6).toFixed(1)} M`);
  }
});

/** US counterforce shots on every targetable Russian aim point of the default preset (300-kt W87 surface bursts). */
function counterforceOnRussia(perAimPoint: number, fallout?: FalloutInput, rural = true) {
  const s = getPreset("us-russia-2026");
  const ru = structuredClone(s.parties.find((p) => p.id === "ru")!);
  if (fallout !== undefined) ru.value.effects = { ...ru.value.effects, fallout };
  // The people outside the place table (docs/methods.md §7.8, off by default) count in these cases.
  ru.value.effects = { ...ru.value.effects, rural };
  const us = s.parties.find((p) => p.id === "us")!;
  const w = us.forces.find((f) => f.id === "mm3-w87")!;
  const shots = forceState(ru)
    .elements.filter((e) => e.element.basing.sites && e.aimPoints > 0)
    .map((e) => ({ weapon: w, target: e.element, warheads: (perAimPoint * Math.ceil(e.aimPoints)) / w.reliability }));
  return { target: populationTarget(ru, 1)!, shots };
}

/** NRDC's count: about 1,300 warheads over today's targetable Russian aim points, in proportion to two per point. */
function nrdcStrike() {
  const base = counterforceOnRussia(2);
  const n = base.shots.reduce((t, x) => t + x.warheads, 0);
  return { target: base.target, shots: base.shots.map((x) => ({ ...x, warheads: (x.warheads * 1300) / n })) };
}

test("NRDC 2001 counterforce-only attack, prompt part: blast collateral of two warheads per aim point is a fraction of NRDC's 8–12 M", () => {
  // Published: NRDC's counterforce attack on Russian nuclear forces with almost 1,300 warheads causes 11–17 million
  // casualties, of which 8–12 million deaths (NRDC press release of 18 June 2001 [nrdc-2001]) [C]; 16 million deaths
  // in the case of June winds, 50 % fission yield and unsheltered people (NRDC "Grim Blueprints", page 4) [C]. Nearly
  // all are fallout deaths of surface bursts. Two 300-kt surface bursts on every targetable Russian aim point of the
  // default preset (about 410 warheads, day-to-day): the prompt blast deaths must be a fraction of NRDC's figure, yet
  // not negligible (bases next to towns); fallout (on by default) adds to them.
  const { target, shots } = counterforceOnRussia(2);
  const c = collateralFatalities(target, shots);
  assert.ok(c.blast >= 0.2e6 && c.blast < 8e6, `prompt collateral ${(c.blast / 1e6).toFixed(2)} M`);
  assert.ok(c.fallout > 0.2 * c.blast, `fallout ${(c.fallout / 1e6).toFixed(2)} M`);
  assert.ok(Math.abs(c.total - c.blast - c.fallout) < 1e-6 * c.total);
  const off = collateralFatalities(counterforceOnRussia(2, false).target, shots);
  assert.equal(off.fallout, 0);
  assert.ok(Math.abs(off.total - c.blast) < 1e-6 * c.blast, "fallout off leaves the blast deaths alone");
});

test("NRDC 2001 counterforce-only attack with ~1,300 warheads: blast plus fallout over the fields' aim points, rural people included, within 5.0–12 M of NRDC's 8–12 M (known undercount); worst case / base case as NRDC's", () => {
  // Published [nrdc-2001] [C]: almost 1,300 US strategic warheads on Russian nuclear forces, 11–17 M casualties of
  // which 8–12 M deaths (press release, 18 June 2001); 16 M deaths with June winds, 50 % fission and nobody sheltered
  // ("Grim Blueprints", page 4). What NRDC assumed beyond that — the targets struck (silos, garrisons, bases, command
  // sites) and their number, the warhead types and yields, heights of burst, shelter of the base case — is in the
  // report's chapters on the attack, which were not read (only its web summary, press release and "Grim Blueprints"
  // pages 4 and 10); so the model's inputs below are not NRDC's but today's: about 1,300 warheads spread over today's
  // targetable aim points in proportion to two per aim point, all 300-kt (W87) surface bursts, WSEG-10 fallout along
  // the default westerly wind, default shelter mix (docs/methods.md §7.7), the 34 M people outside Russia's place
  // table as rural cells (§7.8), each silo field and mobile division's warheads spread over its aim points (§7.9: silo
  // and launcher counts and field radii 15–50 km, estimates).
  // Known disagreement (documented, not tuned away): the model gives 6.2 M (2.3 M blast, 3.9 M fallout; 5.25 M
  // without the rural cells), about 60 % of NRDC's mid-range 10 M. With every field one point, as before §7.9, it gave
  // 3.7 M: the bursts piled onto a few points and their plumes overlapped. The plumes' lethal area is not what falls
  // short (next test: twice NRDC's); who lives under them is: today's force has fewer and smaller fields than
  // Russia's of 2001, NRDC used the real winds of a month, the model one prevailing wind, and NRDC's shelter
  // assumptions were not read (everyone unsheltered with 50 % fission gives 10.6 M). Tolerance: 5.0 M (the
  // single-point model's 3.7 M fails it, so losing the spread fails the test) to 12 M (the top of NRDC's base range);
  // the rural cells must carry at least a tenth of the deaths. The ratio of the worst case (everyone unsheltered, 50 %
  // fission; 10.6 M) to the base case must still be NRDC's, 16 / (8–12) = 1.3–2.0, within 1.2–2.5.
  const { target, shots } = nrdcStrike();
  const c = collateralFatalities(target, shots);
  assert.ok(c.total >= 5.0e6 && c.total <= 12e6, `blast + fallout ${(c.total / 1e6).toFixed(2)} M`);
  assert.ok(c.rural >= 0.1 * c.total, `rural ${(c.rural / 1e6).toFixed(2)} M of ${(c.total / 1e6).toFixed(2)} M`);
  // The rural cells hold Russia's national total less its places (144.0 − 109.8 M), within 0.1 %.
  const rural = target.rural!;
  const ru = placeTable("RU")!;
  const listed = ru.population.reduce((t, p) => t + p, 0);
  const held = rural.population.reduce((t, p) => t + p, 0);
  assert.ok(Math.abs(held - (ru.totalPopulation - listed)) < 1e-3 * held, `${held}`);
  assert.ok(held > 30e6 && held < 40e6, `${held}`);
  // Without the rural cells the same strike kills exactly the people of places it kills with them.
  const off = collateralFatalities(counterforceOnRussia(2, undefined, false).target, shots);
  assert.equal(off.rural, 0);
  assert.ok(Math.abs(c.total - c.rural - off.total) < 1e-6 * off.total, `${off.total} vs ${c.total - c.rural}`);
  assert.ok(
    c.fallout >= 0.5 * c.blast,
    `fallout ${(c.fallout / 1e6).toFixed(2)} M, blast ${(c.blast / 1e6).toFixed(2)} M`,
  );
  const worst = collateralFatalities(
    counterforceOnRussia(2, { fissionFraction: 0.5, shelter: [{ share: 1, protectionFactor: 1 }] }).target,
    shots,
  );
  assert.ok(worst.total <= 16e6, `worst case ${(worst.total / 1e6).toFixed(2)} M`);
  const ratio = worst.total / c.total;
  assert.ok(ratio >= 1.2 && ratio <= 2.5, `worst / base ${ratio.toFixed(2)}`);
});

test("NRDC 2001 worst case: the area where unsheltered people get a median lethal fallout dose is within 0.5–4 times NRDC's 'more than 60,000 sq mi'", () => {
  // Published: in the worst case (June winds, 50 % fission, unsheltered) more than 60,000 sq mi (155,400 km²) are so
  // contaminated that half the unsheltered people would die of radiation sickness ([nrdc-2001], "Grim Blueprints"
  // page 4) [C]. The model: the same ~1,300 warheads as above (1,105 detonating at the W87's reliability), fission
  // fraction 0.5, doses of all plumes summed to one week on a 0.05° × 0.08° grid, each plume cut where one burst gives
  // less than 0.01 Gy (lower cut-offs add under 3 %: the overlapping plumes of one field add up far downwind); the
  // area where the free-in-air dose reaches the model's LD50 (4.5 Gy, §7.7). People do not enter: this checks the
  // plumes, not the population. It gives about 304,000 km² (117,000 sq mi), twice NRDC's lower bound, while the deaths
  // fall short of NRDC's (previous test): the model's plumes are not too small, they fall where fewer people live.
  // Tolerance 0.5–4 times: NRDC gives a lower bound, with a month's real winds against one steady wind here.
  const { shots } = nrdcStrike();
  const p = DEFAULT_FALLOUT;
  const weapon = shots[0]!.weapon;
  const cloud = falloutCloud(weapon.yieldKt, 0.5, p.windSpeedKmh, p.windShearKmhPerKm);
  const reach = falloutReachKm(cloud, 0.01, p.exposureHours);
  const KM_PER_DEG = (6371.0088 * Math.PI) / 180;
  const dLat = 0.05;
  const dLon = 0.08;
  const dose = new Map<number, number>();
  let detonations = 0;
  for (const shot of shots) {
    const n = shot.warheads * shot.weapon.reliability;
    detonations += n;
    for (const site of aimPointSites(shot.target.basing.sites!)) {
      const k = n * site.share;
      const cos = Math.cos((site.latDeg * Math.PI) / 180);
      const i0 = Math.floor((site.latDeg - reach.halfWidthKm / KM_PER_DEG) / dLat);
      const i1 = Math.ceil((site.latDeg + reach.halfWidthKm / KM_PER_DEG) / dLat);
      const j0 = Math.floor((site.lonDeg - reach.upwindKm / (KM_PER_DEG * cos)) / dLon);
      const j1 = Math.ceil((site.lonDeg + reach.downwindKm / (KM_PER_DEG * cos)) / dLon);
      for (let i = i0; i <= i1; i++) {
        const lat = (i + 0.5) * dLat;
        for (let j = j0; j <= j1; j++) {
          // Wind from 270°: downwind is east. Local flat-earth offsets (plumes reach a few hundred km).
          const east = ((j + 0.5) * dLon - site.lonDeg) * KM_PER_DEG * Math.cos(((lat + site.latDeg) * Math.PI) / 360);
          const north = (lat - site.latDeg) * KM_PER_DEG;
          const d = k * falloutDoseGy(cloud, east, north, p.exposureHours);
          if (d > 0) dose.set(i * 100_000 + j, (dose.get(i * 100_000 + j) ?? 0) + d);
        }
      }
    }
  }
  assert.equal(p.windFromDeg, 270, "the grid's downwind is east");
  assert.ok(Math.abs(detonations - 1300 * weapon.reliability) < 1e-6, `${detonations}`);
  let areaKm2 = 0;
  for (const [key, d] of dose) {
    if (d < p.ld50Gy) continue;
    const lat = (Math.floor(key / 100_000) + 0.5) * dLat;
    areaKm2 += dLat * KM_PER_DEG * dLon * KM_PER_DEG * Math.cos((lat * Math.PI) / 180);
  }
  const nrdcKm2 = 60_000 * 2.589988;
  assert.ok(areaKm2 >= 0.5 * nrdcKm2 && areaKm2 <= 4 * nrdcKm2, `LD50 area ${(areaKm2 / 2.589988).toFixed(0)} sq mi`);
});

/** Two 800-kt surface bursts per aim point of every US Minuteman wing (today's 400 silos), fallout and rural on. */
function attackOnUsSilos(fallout?: FalloutInput) {
  const s = getPreset("us-russia-2026");
  const us = structuredClone(s.parties.find((p) => p.id === "us")!);
  us.value.effects = { ...us.value.effects, rural: true, ...(fallout !== undefined ? { fallout } : {}) };
  const w = s.parties.find((p) => p.id === "ru")!.forces.find((f) => f.id === "topol-m-silo")!;
  const silos = forceState(us).elements.filter((e) => e.element.category === "icbm-silo" && e.aimPoints > 0);
  const shots = silos.map((e) => ({ weapon: w, target: e.element, warheads: (2 * e.aimPoints) / w.reliability }));
  return { target: populationTarget(us, 0)!, shots, silos: silos.reduce((t, e) => t + e.aimPoints, 0) };
}

test("Philippe 2023, attack on the US missile silos: deaths within the published 0.34–4.6 M of 2021's weather, unsheltered too", () => {
  // Published: a nuclear attack on the 450 US Minuteman silos would kill 340,000 to 4.6 million Americans within four
  // days of fallout, 1.4 million on average, over the weather of each day of 2021 (S. Philippe, Princeton Program on
  // Science and Global Security, Scientific American, December 2023 [philippe-2023]) [S] (read only in press reports
  // of the article). Its attack (warheads per silo, yields, heights of burst) and shelter assumptions were not read.
  // The model's inputs are its own: two 800-kt surface bursts (the preset's Topol-M warhead) per aim point of today's
  // 400 deployed silos in the three wings (each wing's warheads spread over its aim points, docs/methods.md §7.9),
  // WSEG-10 fallout along the default westerly wind, the default shelter mix, the people outside the place table as
  // rural cells (§7.8). One prevailing wind cannot span a year of weather, so the test asks only that the model fall
  // inside the published range, and that everyone unsheltered with 50 % fission (the NRDC worst case's assumptions)
  // stay inside it too, above the base case. Measured: 0.65 M (0.04 M blast); unsheltered 2.4 M.
  const { target, shots, silos } = attackOnUsSilos();
  assert.equal(silos, 400);
  const c = collateralFatalities(target, shots);
  assert.ok(c.total >= 0.34e6 && c.total <= 4.6e6, `${(c.total / 1e6).toFixed(2)} M`);
  assert.ok(
    c.fallout > 5 * c.blast,
    `fallout ${(c.fallout / 1e6).toFixed(2)} M, blast ${(c.blast / 1e6).toFixed(2)} M`,
  );
  const worst = collateralFatalities(
    attackOnUsSilos({ fissionFraction: 0.5, shelter: [{ share: 1, protectionFactor: 1 }] }).target,
    shots,
  );
  assert.ok(worst.total > c.total && worst.total <= 4.6e6, `unsheltered ${(worst.total / 1e6).toFixed(2)} M`);
});

test("Glasstone & Dolan's idealised 1-Mt pattern: the unit-time dose rate 20 miles downwind within a factor 2 of the published time sequence", () => {
  // Published: for a 1-Mt fission-yield surface burst and a 15-mph effective wind, the dose rate 20 miles directly
  // downwind rises after 1 h (fallout still arriving), exceeds 500 rad/h between 1 and 2 h and is near 30 rad/h at
  // 18 h (Glasstone & Dolan 1977, ch. IX's idealised time sequence [glasstone-dolan-1977]; read in a lecture's
  // reproduction [S]). With the t^−1.2 law, 30 rad/h at 18 h is a unit-time reference dose rate of 30 · 18^1.2 ≈ 960
  // rad/h. The model (WSEG-10 with the default shear; 2.1 × without shear) must fall within a factor 2 of it, with fallout arriving between 1 and 2 h.
  const KM_PER_MILE = 1.609344;
  const c = falloutCloud(1000, 1, 15 * KM_PER_MILE, DEFAULT_FALLOUT.windShearKmhPerKm);
  const r1 = unitTimeDoseRateGyH(c, 20 * KM_PER_MILE, 0) * 100;
  const published = 30 * Math.pow(18, 1.2);
  assert.ok(r1 / published >= 0.5 && r1 / published <= 2, `R1 ${r1.toFixed(0)} rad/h vs ${published.toFixed(0)}`);
  const ta = arrivalTimeH(c, 20 * KM_PER_MILE);
  assert.ok(ta >= 1 && ta <= 2, `arrival ${ta.toFixed(2)} h`);
});

test("Toon et al. 2019, India–Pakistan 2025: the model scales with yield like the published 50 → 125 M, at about a third of its level (known undercount)", () => {
  // Published: India uses 100 weapons on Pakistan's urban centres and Pakistan 150 on India's; fatalities 50 million
  // (15-kt weapons) to 125 million (100 kt) (Toon et al. 2019, Science Advances 5, eaay5478, abstract [toon-2019];
  // the same range in Robock et al. 2019, Bulletin of the Atomic Scientists 75(6), abstract) [C]. Their deaths come
  // from Hiroshima's fatality-versus-distance data (blast, burns, fire and prompt radiation) over gridded population
  // of whole urban areas.
  // Known disagreement (documented, not tuned away): the model, with blast rings, burns in the open (7 % of people
  // outdoors, a time average), the default density profile and GeoNames places (18 % of India's and 21 % of
  // Pakistan's population are in the tables), gives about 36 % of the published deaths. Likely causes, largest first:
  // South Asian cities are much denser than the default profile of a place of the same population (fitting the 15-kt
  // case needs a 1-million scale of about 1.5 km instead of 3.3 km); GeoNames city figures are far below the
  // urban-area populations (a data limit, left as it is); fire is not modelled (fire zone off by default). The band
  // 0.25–0.6 records the disagreement; the yield scaling must still agree within 25 %.
  const IN = placeTable("IN")!;
  const PK = placeTable("PK")!;
  const war = (y: number) => strike(IN, 150, y) + strike(PK, 100, y);
  const f15 = war(15);
  const f100 = war(100);
  assert.ok(f15 / 50e6 >= 0.25 && f15 / 50e6 <= 0.6, `15 kt: ${(f15 / 1e6).toFixed(1)} M vs 50 M`);
  assert.ok(f100 / 125e6 >= 0.25 && f100 / 125e6 <= 0.6, `100 kt: ${(f100 / 1e6).toFixed(1)} M vs 125 M`);
  assert.ok(relErr(f100 / f15, 125 / 50) <= 0.25, `yield scaling ${(f100 / f15).toFixed(2)} vs 2.5`);
});

test("Toon et al. 2007, 50 × 15 kt on each side's cities (India–Pakistan): the model gives 25–60 % of the ~21 M published (known undercount)", () => {
  // Published: about 21 million deaths within the first week from blast, burns and acute radiation when India and
  // Pakistan each use 50 Hiroshima-size (15-kt) weapons on the other's most populous cities (Toon et al. 2007,
  // Atmospheric Chemistry and Physics 7, 1973–2002 [toon-2007]) [S] (read only in press reports of the study).
  // Same method and same known disagreement as the 2019 case above.
  const f = strike(placeTable("IN")!, 50, 15) + strike(placeTable("PK")!, 50, 15);
  assert.ok(f / 21e6 >= 0.25 && f / 21e6 <= 0.6, `${(f / 1e6).toFixed(1)} M vs 21 M`);
});
