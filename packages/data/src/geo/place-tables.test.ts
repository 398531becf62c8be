import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildPlaceTables,
  COUNTRIES,
  distanceKm,
  MIN_POPULATION,
  PLACES_DIR,
  readPlaces,
  selectPlaces,
} from "../../scripts/build-geo.mjs";
import type { PlaceTable } from "@seceq/core";
import { loadPlaceTable } from "./load-place-table.js";
import { PLACE_TABLE_COUNTRIES, placeTable } from "./place-tables.js";
import { insideCountry } from "./test-support/borders.js";

const built = buildPlaceTables();

test("the committed place tables equal what scripts/build-geo.mjs builds from the installed packages", () => {
  assert.deepEqual(Object.keys(built.modules).sort(), PLACE_TABLE_COUNTRIES.map((c) => c.toLowerCase()).sort());
  for (const [iso, text] of Object.entries(built.modules)) {
    const committed = readFileSync(join(PLACES_DIR, `${iso}.ts`), "utf8");
    assert.ok(committed === text, `${iso}.ts differs from the build output: run npm run build:geo -w @seceq/data`);
  }
});

test("tables cover the nine nuclear-armed states and the hosts of forward-based forces", () => {
  for (const c of ["US", "RU", "CN", "GB", "FR", "IN", "PK", "KP", "IL", "BE", "DE", "IT", "NL", "TR", "PL", "RO"]) {
    assert.ok(placeTable(c) !== undefined, c);
  }
  assert.equal(placeTable("ru"), placeTable("RU"), "codes are case-insensitive");
  assert.equal(placeTable("XX"), undefined);
  assert.equal(placeTable("__proto__"), undefined);
});

test("every table is well formed: equal columns, coordinates in range, populations >= 5,000 and descending", () => {
  for (const iso of PLACE_TABLE_COUNTRIES) {
    const t = placeTable(iso)!;
    const n = t.names.length;
    assert.ok(n > 50, `${iso}: ${n} places`);
    assert.equal(t.latDeg.length, n);
    assert.equal(t.lonDeg.length, n);
    assert.equal(t.population.length, n);
    assert.equal(t.country, iso);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      assert.ok(Math.abs(t.latDeg[i]!) <= 90 && Math.abs(t.lonDeg[i]!) <= 180, `${iso} ${t.names[i]}`);
      assert.ok(Number.isInteger(t.population[i]) && t.population[i]! >= MIN_POPULATION);
      if (i > 0) assert.ok(t.population[i]! <= t.population[i - 1]!, `${iso}: not sorted at ${i}`);
      sum += t.population[i]!;
    }
    // Kept places hold less than the national total (rural population and small places are not in the table).
    assert.ok(sum < t.totalPopulation, `${iso}: places ${sum} >= total ${t.totalPopulation}`);
    assert.equal(t.totalSource.asOf, "2025-07-01");
    assert.match(t.totalSource.source, /World Population Prospects 2024/);
    assert.match(t.placesSource.note ?? "", /CC BY 4\.0/);
  }
});

test("national totals are the WPP 2024 figures for 1 July 2025 (read in reproductions of the table)", () => {
  // Exact integers as published; a typo in the build script's table would fail here.
  const expected: Record<string, number> = {
    US: 347_275_807,
    RU: 143_997_393,
    CN: 1_416_096_094,
    IN: 1_463_865_525,
    PK: 255_219_554,
    GB: 69_551_332,
    FR: 66_650_804,
    KP: 26_571_036,
    IL: 9_517_181,
  };
  for (const [iso, total] of Object.entries(expected)) assert.equal(placeTable(iso)!.totalPopulation, total, iso);
});

test("largest places and GeoNames populations come through unchanged", () => {
  const ru = placeTable("RU")!;
  assert.equal(ru.names[0], "Moscow");
  assert.equal(ru.population[0], 10_381_222);
  assert.ok(Math.abs(ru.latDeg[0]! - 55.752) < 0.01 && Math.abs(ru.lonDeg[0]! - 37.616) < 0.01);
  const us = placeTable("US")!;
  assert.equal(us.names[0], "New York City");
  assert.equal(placeTable("CN")!.names[0], "Shanghai");
  assert.equal(placeTable("KP")!.names[0], "Pyongyang");
});

test("duplicates are dropped: city sections (PPLX), boroughs inside their city, places listed twice", () => {
  const us = placeTable("US")!;
  for (const borough of ["Brooklyn", "Queens", "Manhattan", "The Bronx", "Staten Island"]) {
    assert.ok(!namedNear(us, borough, 40.713, -74.006, 30), `${borough} is inside New York City's population`);
  }
  assert.ok(namedNear(us, "Jersey City", 40.713, -74.006, 30), "Jersey City (New Jersey) is a separate city");
  assert.ok(namedNear(us, "Newark", 40.713, -74.006, 30));
  const ru = placeTable("RU")!;
  for (const district of ["Mar’ino", "Vykhino-Zhulebino", "Kalininskiy"]) assert.ok(!ru.names.includes(district));
  assert.ok(ru.names.includes("Khimki"), "Moscow Oblast towns are outside the city and stay");
  // A place listed twice (same name, nearby, same first-level division) is kept once.
  const synthetic = [
    {
      cityId: 1,
      name: "Alpha",
      country: "ZZ",
      featureCode: "PPL",
      adminCode: "01",
      population: 60_000,
      loc: pt(10, 10),
    },
    {
      cityId: 2,
      name: "Alpha",
      country: "ZZ",
      featureCode: "PPLA2",
      adminCode: "02",
      population: 59_000,
      loc: pt(10.05, 10),
    },
    {
      cityId: 3,
      name: "Alpha Sud",
      country: "ZZ",
      featureCode: "PPLX",
      adminCode: "01",
      population: 20_000,
      loc: pt(10, 10.01),
    },
    {
      cityId: 4,
      name: "Beta",
      country: "ZZ",
      featureCode: "PPL",
      adminCode: "01",
      population: 8_000,
      loc: pt(10.5, 10),
    },
  ];
  const { kept, stats } = selectPlaces(synthetic, "ZZ");
  assert.deepEqual(
    kept.map((p) => p.cityId),
    [1, 4],
  );
  assert.equal(stats.droppedTwin, 1);
  assert.equal(stats.droppedFeature, 1);
});

test("kept places hold a plausible share of each national total (GeoNames coverage, not a model input)", () => {
  // Shares measured at build time (docs/data-population.md); they move only if the selection rules change.
  const share = (iso: string) => {
    const t = placeTable(iso)!;
    return t.population.reduce((s, x) => s + x, 0) / t.totalPopulation;
  };
  assert.ok(share("RU") > 0.7 && share("RU") < 0.85, `RU ${share("RU")}`);
  assert.ok(share("US") > 0.55 && share("US") < 0.7, `US ${share("US")}`);
  assert.ok(share("CN") > 0.2 && share("CN") < 0.35, `CN ${share("CN")}`);
  for (const s of built.summary) assert.ok(s.share > 0.15 && s.share < 0.9, `${s.iso2} ${s.share}`);
});

test("the 150 largest places of each table lie in their country (Natural Earth 1:50m, 5 km coastal tolerance)", () => {
  // 1:50m coastlines cut off harbour towns, so a point within 0.05° (about 5 km) of the border counts as inside.
  const near = (iso: string, lat: number, lon: number) =>
    [
      [0, 0],
      [0.05, 0],
      [-0.05, 0],
      [0, 0.05],
      [0, -0.05],
    ].some(([dLat, dLon]) => insideCountry(iso, lat + dLat!, lon + dLon!));
  for (const iso of PLACE_TABLE_COUNTRIES) {
    const t = placeTable(iso)!;
    const n = Math.min(150, t.names.length);
    const outside: string[] = [];
    for (let i = 0; i < n; i++) if (!near(iso, t.latDeg[i]!, t.lonDeg[i]!)) outside.push(t.names[i]!);
    // GeoNames lists Israeli settlements in the West Bank under IL; Natural Earth draws them outside Israel.
    const known = iso === "IL" ? ["Modiin Ilit", "Ariel", "Beitar Illit", "Ma'ale Adummim"] : [];
    const unexpected = outside.filter((name) => !known.includes(name));
    assert.ok(unexpected.length <= 1, `${iso}: outside its borders: ${unexpected.join(", ")}`);
  }
});

test("loadPlaceTable loads the same table on demand", async () => {
  for (const iso of PLACE_TABLE_COUNTRIES) assert.equal(await loadPlaceTable(iso.toLowerCase()), placeTable(iso));
  assert.equal(await loadPlaceTable("XX"), undefined);
  assert.equal(await loadPlaceTable("constructor"), undefined);
});

test("the build script lists every country it builds exactly once", () => {
  const codes = COUNTRIES.map((c) => c.iso2);
  assert.equal(new Set(codes).size, codes.length);
  assert.ok(readPlaces().length > 100_000);
});

/** Whether the table has a place of this name within `km` of a point. */
function namedNear(t: PlaceTable, name: string, lat: number, lon: number, km: number): boolean {
  for (let i = 0; i < t.names.length; i++) {
    if (t.names[i] === name && distanceKm(lat, lon, t.latDeg[i]!, t.lonDeg[i]!) < km) return true;
  }
  return false;
}

function pt(lat: number, lon: number): { type: "Point"; coordinates: [number, number] } {
  return { type: "Point", coordinates: [lon, lat] };
}
