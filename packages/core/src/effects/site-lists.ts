/**
 * Site lists by geometry. The engine's geographic caches (reach masks, site-to-site reach, aim-point layouts and the
 * collateral footprints built on them) key on the site-list object, which Monte Carlo samples and a worker's edits
 * share. A document parsed anew (each HTTP request, each CLI run, an edit in a fresh worker) brings new but equal
 * lists: {@link internSites} maps every list to one canonical list object per geometry, so those caches hit for it
 * too instead of rebuilding layouts, masks and footprints and spelling out their string keys.
 *
 * Geometry is what those caches read of a site: coordinates, share, aim points and radius. Lists equal in geometry
 * may differ in names and citations; the canonical list is the first one seen, so it is for the effects code only
 * (which reads no name or citation), never for reports.
 */
import type { Site } from "../geo/types.js";

/** Canonical list of each list object seen. */
const canonical = new WeakMap<readonly Site[], readonly Site[]>();
/** Canonical lists by geometry key. */
const byContent = new Map<string, readonly Site[]>();
/** Contents kept before the map starts afresh (a bound on memory; a fresh start only costs misses). */
const MAX_CONTENTS = 1024;

/**
 * The canonical list of a site list: the first list seen with the same geometry (coordinates, share, aim points and
 * radius of every site, in order), or the list itself. Lists are treated as immutable, as the scenario's are.
 * @param sites a site list
 * @returns a list equal to `sites` in geometry; the same object for every list of that geometry
 */
export function internSites(sites: readonly Site[]): readonly Site[] {
  let c = canonical.get(sites);
  if (c) return c;
  let key = "";
  for (const s of sites) key += `${s.latDeg},${s.lonDeg},${s.share},${s.aimPoints ?? ""},${s.radiusKm ?? ""};`;
  c = byContent.get(key);
  if (!c) {
    if (byContent.size >= MAX_CONTENTS) byContent.clear();
    byContent.set(key, (c = sites));
  }
  canonical.set(sites, c);
  return c;
}
