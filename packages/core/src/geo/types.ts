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

/**
 * A place forces are based at or launched from (silo field, SSBN base or patrol area, bomber base, garrison): name,
 * `latDeg` (−90..90), `lonDeg` (−180..180), `share` of the element's launchers (0–1; one element's shares sum to 1)
 * and `source`. Inferred from the scenario schema (`basing.sites`).
 */
export type { Site } from "../schema/scenario.js";

/** One place that receives warheads in a strike on population (for reports and the map). */
export interface StruckPlace {
  /** Place name. */
  name: string;
  /** Latitude, degrees north. */
  latDeg: number;
  /** Longitude, degrees east. */
  lonDeg: number;
  /** Population of the place, persons. */
  population: number;
  /** Expected warheads arriving on it. */
  warheads: number;
  /** Yield of the largest warhead aimed at it, kt. */
  yieldKt: number;
  /** Expected prompt fatalities attributed to the warheads aimed at it, persons. */
  fatalities: number;
  /** Ground range of the 5 psi ring of one such warhead at the assumed height of burst, km. */
  radius5PsiKm: number;
  /** Ground range of the 2 psi ring of one such warhead at the assumed height of burst, km. */
  radius2PsiKm: number;
}

/** The effects of one strike on one party's population (e.g. at the chosen strike of an exchange). */
export interface PopulationStrike {
  /** Id of the party struck. */
  party: string;
  /** ISO 3166-1 alpha-2 code of its place table. */
  country: string;
  /** National population, persons. */
  totalPopulation: number;
  /**
   * Expected fatalities, persons: prompt deaths of countervalue blast plus the collateral of counterforce strikes
   * (blast, and fallout when the fallout model is on, `value.effects.fallout`).
   */
  fatalities: number;
  /** Of those, collateral fatalities from strikes on forces (blast plus fallout), persons. */
  collateralFatalities: number;
  /** Of the collateral, prompt blast deaths, persons. */
  collateralBlastFatalities?: number;
  /** Of the collateral, fallout deaths among the blast survivors, persons (0 when fallout is off). */
  collateralFalloutFatalities?: number;
  /** fatalities / totalPopulation, 0–1. */
  share: number;
  /**
   * Places receiving warheads, by fatalities descending (at most 200). Read-only: the engine shares one deep-frozen
   * list between the reports that repeat a strike.
   */
  places: readonly StruckPlace[];
}
