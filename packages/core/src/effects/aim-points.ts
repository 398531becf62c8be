/**
 * The aim points of force sites with a physical extent: a site with `aimPoints` n > 1 and `radiusKm` R > 0 (a silo
 * field, a garrison's shelters) stands for min(n, {@link MAX_LAYOUT_POINTS}) points laid out over its disk by Vogel's
 * sunflower spiral [vogel-1979] (point i at radius R·√((i + ½)/m), bearing i·137.5°), each holding an equal part of
 * the site's share. Only the counterforce collateral footprints (blast and fallout, docs/methods.md §7.9) read the
 * layout, so the bursts of a field cover its footprint instead of piling onto one point; the allocation of warheads
 * stays per site and class.
 */
import type { Site } from "../geo/types.js";
import { EARTH_RADIUS_KM } from "./great-circle.js";
import { internSites } from "./site-lists.js";

/**
 * Most points one site is laid out on: a bound on the cost of the collateral footprints, which scale with the points.
 * Twelve points in a disk of radius R lie about 0.5 R apart (8–25 km for the Russian fields of the default preset,
 * about the width of a 300-kt burst's lethal fallout plume). The NRDC counterforce validation converges by then:
 * 5.85 M deaths with 7 points, 6.17 M with 12, 6.02 M with 24, 5.98 M with 48 or one per aim point (docs/methods.md §7.9).
 */
export const MAX_LAYOUT_POINTS = 12;

/** Golden angle, radians: successive sunflower points turn by it. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;

const layouts = new WeakMap<readonly Site[], readonly Site[]>();

/**
 * Return the list of aim points of a site list: each site with an extent replaced by its laid-out points (equal
 * shares summing to the site's), other sites as they are. The canonical list of equal geometry ({@link internSites})
 * is returned when no site has an extent, and for lists of equal geometry always the same result object (callers'
 * caches key on it, also across documents parsed anew; its names and citations are the first such list's).
 * @param sites an element's sites
 */
export function aimPointSites(sites: readonly Site[]): readonly Site[] {
  let out = layouts.get(sites);
  if (out) return out;
  const list = internSites(sites);
  out = layouts.get(list);
  if (!out) {
    out = list.some((s) => layoutCount(s) > 1) ? list.flatMap(layoutSite) : list;
    layouts.set(list, out);
  }
  layouts.set(sites, out);
  return out;
}

/** Number of points a site is laid out on: 1 without an extent, else min(aimPoints, {@link MAX_LAYOUT_POINTS}). */
export function layoutCount(site: Site): number {
  const n = site.aimPoints ?? 1;
  return n > 1 && (site.radiusKm ?? 0) > 0 ? Math.min(n, MAX_LAYOUT_POINTS) : 1;
}

/**
 * Lay one site out on its points (sunflower spiral in its disk, local flat-earth offsets: fields are ≤ 300 km).
 * @param site a force site
 */
export function layoutSite(site: Site): Site[] {
  const m = layoutCount(site);
  if (m === 1) return [site];
  const R = site.radiusKm!;
  const cosLat = Math.max(0.01, Math.cos((site.latDeg * Math.PI) / 180));
  const out: Site[] = [];
  for (let i = 0; i < m; i++) {
    const r = R * Math.sqrt((i + 0.5) / m);
    const t = i * GOLDEN_ANGLE;
    const lat = Math.max(-90, Math.min(90, site.latDeg + (r * Math.cos(t)) / KM_PER_DEG));
    let lon = site.lonDeg + (r * Math.sin(t)) / (KM_PER_DEG * cosLat);
    if (lon > 180) lon -= 360;
    else if (lon < -180) lon += 360;
    out.push({ name: site.name, latDeg: lat, lonDeg: lon, share: site.share / m, source: site.source });
  }
  return out;
}
