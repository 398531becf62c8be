/**
 * Test helper: Natural Earth country borders from the installed world-atlas package (1:50m), as GeoJSON, for
 * point-in-country checks with d3-geo.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, Geometry } from "geojson";
import { isoNumeric } from "../country-codes.js";

const require = createRequire(import.meta.url);
let cache: Map<string, Feature<Geometry>> | undefined;

/** Country features of world-atlas countries-50m, keyed by ISO numeric code. */
export function countries50m(): Map<string, Feature<Geometry>> {
  if (cache !== undefined) return cache;
  const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{
    countries: GeometryCollection;
  }>;
  const fc = feature(topo, topo.objects.countries);
  cache = new Map();
  for (const f of fc.features) if (f.id !== undefined) cache.set(String(f.id), f);
  return cache;
}

/** Whether a point lies inside a country's borders (1:50m). Throws for a country without borders. */
export function insideCountry(iso2: string, latDeg: number, lonDeg: number): boolean {
  const id = isoNumeric(iso2);
  const f = id === undefined ? undefined : countries50m().get(id);
  if (f === undefined) throw new Error(`no borders for country ${iso2}`);
  return geoContains(f, [lonDeg, latDeg]);
}

/** Whether a point lies inside any country (1:50m), i.e. on land rather than at sea. */
export function onLand(latDeg: number, lonDeg: number): boolean {
  for (const f of countries50m().values()) if (geoContains(f, [lonDeg, latDeg])) return true;
  return false;
}
