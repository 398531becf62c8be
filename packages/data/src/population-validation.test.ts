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
  allocateCountervalue,
  blastRangeKm,
  buildAgglomerations,
  collateralFatalities,
  emtPerWarhead,
  forceState,
  populationTarget,
  resolveEffects,
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
  // model counts prompt blast deaths only. OTA's Detroit case puts deaths at about a third to a half of casualties (a
  // quarter million killed and half a million injured by a 1-Mt surface burst, OTA 1979 p. 35 [ota-1979]) [C], so the
  // tolerance is 0.25–0.75 × 50 M. What differs: Russia had about 146 M people in 2001, 144 M today.
  const ru = placeTable("RU")!;
  for (const burst of ["optimum-air", "surface"] as const) {
    const f = strike(ru, 192, 100, burst);
    assert.ok(f >= 12.5e6 && f <= 37.5e6, `${burst}: ${(f / 1e6).toFixed(1)} M`);
  }
});

test("NRDC 2001 counterforce-only attack: prompt collateral deaths stay below NRDC's 8–12 M, which fallout dominates", () => {
  // Published: NRDC's counterforce attack on Russian nuclear forces with almost 1,300 warheads causes 11–17 million
  // casualties, of which 8–12 million deaths (NRDC press release of 18 June 2001 [nrdc-2001]) [C]; 16 million deaths
  // in the case of June winds, 50 % fission yield and unsheltered people (NRDC "Grim Blueprints", page 4) [C]. Nearly
  // all are fallout deaths of surface bursts. The model has no fallout: two 300-kt surface bursts on every targetable
  // Russian aim point (default preset, day-to-day) give prompt blast deaths only, which must be a fraction of NRDC's
  // figure, yet not negligible (bases next to towns).
  const s = getPreset("us-russia-2026");
  const ru = s.parties.find((p) => p.id === "ru")!;
  const us = s.parties.find((p) => p.id === "us")!;
  const target = populationTarget(ru, 1)!;
  const w = us.forces.find((f) => f.id === "mm3-w87")!;
  const shots = forceState(ru)
    .elements.filter((e) => e.element.basing.sites && e.aimPoints > 0)
    .map((e) => ({ weapon: w, target: e.element, warheads: (2 * Math.ceil(e.aimPoints)) / w.reliability }));
  const c = collateralFatalities(target, shots).total;
  assert.ok(c >= 0.2e6 && c < 8e6, `prompt collateral ${(c / 1e6).toFixed(2)} M`);
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
