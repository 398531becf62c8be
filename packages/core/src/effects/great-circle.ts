/**
 * Great-circle distance on a spherical Earth by the haversine formula (Sinnott 1984 [sinnott-1984]), numerically
 * stable for small distances. Mean Earth radius 6,371.0088 km (IUGG mean radius R1 [moritz-2000]); the spherical
 * model errs by at most about 0.5 % against the ellipsoid, well inside the uncertainty of missile ranges.
 *
 * Policy: inputs are degrees; NaN in gives NaN out; antipodal points give half the circumference.
 */

/** Mean Earth radius, km (IUGG R1). */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Return the great-circle distance between two points, km.
 * @param lat1 latitude of the first point, degrees north
 * @param lon1 longitude of the first point, degrees east
 * @param lat2 latitude of the second point, degrees north
 * @param lon2 longitude of the second point, degrees east
 */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const p1 = lat1 * RAD;
  const p2 = lat2 * RAD;
  const s1 = Math.sin((p2 - p1) / 2);
  const s2 = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = s1 * s1 + Math.cos(p1) * Math.cos(p2) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
