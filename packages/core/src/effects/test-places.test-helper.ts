/**
 * Small synthetic place tables for engine tests (not real data): two countries far apart, each with a large city,
 * a suburb next to it and a distant town.
 */
import type { PlaceTable } from "../geo/types.js";
import type { PlaceLookup } from "../geo/place-registry.js";
import { validateScenario } from "../schema/validate-scenario.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

/** Country "AQ" around (0°, 0°) and "BV" around (0°, 90°E), each 3 million people in three places. */
export const TEST_TABLES: Record<string, PlaceTable> = {
  AQ: {
    country: "AQ",
    name: "Test A",
    totalPopulation: 4_000_000,
    totalSource: cite,
    placesSource: cite,
    names: ["Alpha City", "Alpha Suburb", "Alpha Town"],
    latDeg: [0, 0.1, 5],
    lonDeg: [0, 0, 5],
    population: [2_000_000, 200_000, 800_000],
  },
  BV: {
    country: "BV",
    name: "Test B",
    totalPopulation: 4_000_000,
    totalSource: cite,
    placesSource: cite,
    names: ["Beta City", "Beta Suburb", "Beta Town"],
    latDeg: [0, 0.1, 5],
    lonDeg: [90, 90, 95],
    population: [2_000_000, 200_000, 800_000],
  },
};

/** Lookup over {@link TEST_TABLES}. */
export const testPlaces: PlaceLookup = (c) => (Object.hasOwn(TEST_TABLES, c) ? TEST_TABLES[c] : undefined);

/**
 * Validation issues of a toy scenario as "path: message" lines, without "no place table for country AQ/BV":
 * validation names a country without a registered place table once any table is registered, which another test in
 * the same process may have done (test files share processes, scripts/run-tests.mjs). For tests of other fields of
 * the toy scenarios.
 * @param doc the scenario document
 */
export function toyScenarioIssues(doc: unknown): string[] {
  return validateScenario(doc)
    .issues.filter((i) => !(i.code === "missing_data" && /"(AQ|BV)"/.test(i.message)))
    .map((i) => `${i.path.join(".")}: ${i.message}`);
}
