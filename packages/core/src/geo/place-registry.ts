/**
 * Where the engine finds place tables (populations by place) for the population value model. `@seceq/core` ships no
 * data: `@seceq/data` registers its tables here when imported (every edge that evaluates scenarios imports it), and a
 * caller may pass its own lookup instead (tests, custom data). A registry is plain in-memory state: no I/O.
 */
import { InputError, type Issue } from "../_shared/issues.js";
import { isCountryCode } from "./iso-3166.js";
import type { PlaceTable } from "./types.js";

/** Find the place table of a country (ISO 3166-1 alpha-2), or undefined when there is none. */
export type PlaceLookup = (country: string) => PlaceTable | undefined;

const registry = new Map<string, PlaceTable>();

/**
 * Check a place table: assigned country code, equal column lengths, coordinates in range, positive finite populations
 * and a positive national total. Returns every problem, located by path (`country`, `latDeg[i]`, ...).
 * @param table the table to check
 */
export function placeTableIssues(table: PlaceTable): Issue[] {
  const out: Issue[] = [];
  const err = (path: (string | number)[], message: string) => out.push({ code: "invalid_data", path, message });
  if (!isCountryCode(table.country)) err(["country"], `"${table.country}" is not an ISO 3166-1 alpha-2 code`);
  if (!(Number.isFinite(table.totalPopulation) && table.totalPopulation > 0))
    err(["totalPopulation"], "national population must be a positive number");
  const n = table.names.length;
  for (const key of ["latDeg", "lonDeg", "population"] as const)
    if (table[key].length !== n) err([key], `has ${table[key].length} entries; names has ${n}`);
  const m = Math.min(n, table.latDeg.length, table.lonDeg.length, table.population.length);
  for (let i = 0; i < m && out.length < 50; i++) {
    const lat = table.latDeg[i]!;
    const lon = table.lonDeg[i]!;
    const p = table.population[i]!;
    if (!(lat >= -90 && lat <= 90)) err(["latDeg", i], `latitude ${lat} of ${table.names[i]} is outside [−90, 90]`);
    if (!(lon >= -180 && lon <= 180))
      err(["lonDeg", i], `longitude ${lon} of ${table.names[i]} is outside [−180, 180]`);
    if (!(Number.isFinite(p) && p > 0)) err(["population", i], `population ${p} of ${table.names[i]} is not > 0`);
  }
  return out;
}

/**
 * Register place tables (replacing tables of the same country). Throws {@link InputError} with every problem when a
 * table is malformed; nothing is registered then.
 * @param tables one table per country
 */
export function registerPlaceTables(tables: readonly PlaceTable[]): void {
  const issues: Issue[] = [];
  tables.forEach((t, i) => issues.push(...placeTableIssues(t).map((x) => ({ ...x, path: ["tables", i, ...x.path] }))));
  if (issues.length > 0) throw new InputError(issues);
  for (const t of tables) registry.set(t.country, t);
}

/** The registered place table of a country, or undefined. */
export const registeredPlaceTable: PlaceLookup = (country) => registry.get(country);

/** Countries with a registered place table, sorted. */
export function registeredCountries(): string[] {
  return [...registry.keys()].sort();
}
