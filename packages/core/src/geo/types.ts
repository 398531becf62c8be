/**
 * Geographic data the engine reads but does not ship: places with population (for the population value model) and
 * the sites where forces are based or launched from. The tables themselves live in `@seceq/data` (preprocessed at
 * build time from maintained packages); the engine only sees these shapes, so it stays pure and data-agnostic.
 */
import type { Citation } from "../schema/scenario.js";

/**
 * Populated places of one country, as columns of equal length (structure of arrays: compact, fast to scan).
 * Coordinates are WGS84 degrees; populations are persons.
 */
export interface PlaceTable {
  /** ISO 3166-1 alpha-2 code, upper case (e.g. `RU`). */
  country: string;
  /** Country name in English. */
  name: string;
  /** National population, persons, from a cited national total (not the sum of places). */
  totalPopulation: number;
  /** Citation of `totalPopulation` (e.g. UN World Population Prospects). */
  totalSource: Citation;
  /** Citation of the places (source, licence in `note`, date of the data). */
  placesSource: Citation;
  /** Place names. */
  names: readonly string[];
  /** Latitudes, degrees north (−90..90). */
  latDeg: readonly number[];
  /** Longitudes, degrees east (−180..180). */
  lonDeg: readonly number[];
  /** Population of each place, persons (> 0). */
  population: readonly number[];
}

/** A place forces are based at or launched from (silo field, SSBN base or patrol area, bomber base, garrison). */
export interface Site {
  /** Human name, e.g. "Malmstrom AFB (341st Missile Wing)". */
  name: string;
  /** Latitude, degrees north (−90..90). */
  latDeg: number;
  /** Longitude, degrees east (−180..180). */
  lonDeg: number;
  /** Share of the element's launchers at this site, 0–1 (shares of one element's sites sum to 1). */
  share: number;
  /** Where the location comes from. */
  source: Citation;
}
