/**
 * Register in the engine only the place tables a scenario needs, loading each country's table on demand (a dynamic
 * import: one chunk per country in a browser bundle, one module per country in Node). The synchronous alternative,
 * `@seceq/data/places`, registers every table at once.
 */
import { registeredPlaceTable, registerPlaceTables, type PlaceTable } from "@seceq/core";
import { loadPlaceTable, PLACE_TABLE_COUNTRIES } from "./load-place-table.js";

/** Deepest nesting searched by {@link placeCountriesIn} (scenario documents nest about eight levels). */
const MAX_DEPTH = 32;

/**
 * Countries named by population value models anywhere in a document (a scenario, or a sweep or negotiation spec
 * with its base scenario inline), as written: every object with `model: "population"` and a string `country`. The
 * document need not be valid; it is only read.
 * @param doc any JSON-like value
 * @returns distinct country codes in order of appearance
 */
export function placeCountriesIn(doc: unknown): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const walk = (x: unknown, depth: number): void => {
    if (x === null || typeof x !== "object" || depth > MAX_DEPTH || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const v of x) walk(v, depth + 1);
      return;
    }
    const o = x as Record<string, unknown>;
    if (o.model === "population" && typeof o.country === "string") found.add(o.country);
    for (const k of Object.keys(o)) walk(o[k], depth + 1);
  };
  walk(doc, 0);
  return [...found];
}

/**
 * Load and register the place tables of the given countries (those not registered yet). When one of them is an
 * upper-case two-letter code without an embedded table, every table is registered, so that the engine's "no place
 * table" issue lists every country that has one. Other strings are ignored (the schema refuses them).
 * @param countries ISO 3166-1 alpha-2 codes, upper case (e.g. `US`)
 */
export async function ensurePlaceTables(countries: readonly string[]): Promise<void> {
  const codes = countries.filter((c) => /^[A-Z]{2}$/.test(c));
  const wanted = codes.some((c) => !PLACE_TABLE_COUNTRIES.includes(c)) ? PLACE_TABLE_COUNTRIES : codes;
  const missing = wanted.filter((c) => registeredPlaceTable(c) === undefined);
  if (missing.length === 0) return;
  const tables = await Promise.all(missing.map((c) => loadPlaceTable(c)));
  registerPlaceTables(tables.filter((t): t is PlaceTable => t !== undefined));
}

/**
 * Load and register the place tables a document needs ({@link placeCountriesIn}, then {@link ensurePlaceTables}).
 * @param doc a scenario document, or a spec with its base scenario inline
 */
export function ensurePlaceTablesFor(doc: unknown): Promise<void> {
  return ensurePlaceTables(placeCountriesIn(doc));
}
