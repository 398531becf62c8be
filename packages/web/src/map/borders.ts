/**
 * Country borders for the map: Natural Earth Admin 0 boundaries at 1:110m (public domain) from the world-atlas
 * package, loaded on demand (a dynamic import, so the 108 kB file is fetched only when a map is drawn) and converted
 * to GeoJSON with topojson-client. No tile server, no network beyond the app's own files. The 1:50m file looks better
 * when zoomed in but takes several times longer to project (about 0.5 s against 0.1 s per draw here).
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";

/** Borders as GeoJSON: one feature per country (`id` = ISO numeric code), plus the borders between countries. */
export interface Borders {
  countries: FeatureCollection<Geometry, { name: string }>;
  /** Internal borders (shared arcs only), for a light stroke. */
  mesh: MultiLineString;
}

let loading: Promise<Borders> | undefined;

/** Load the borders once; later calls share the same promise. */
export function loadBorders(): Promise<Borders> {
  loading ??= (async () => {
    const [{ feature, mesh }, atlas] = await Promise.all([
      import("topojson-client"),
      import("world-atlas/countries-110m.json"),
    ]);
    const topo = atlas.default;
    const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
    return { countries, mesh: borders };
  })();
  return loading;
}

/** The country features whose ids are listed. */
export function countriesById(borders: Borders, ids: readonly string[]): Feature<Geometry, { name: string }>[] {
  const want = new Set(ids);
  return borders.countries.features.filter((f) => f.id !== undefined && want.has(String(f.id)));
}
