/**
 * Share of a Clark profile's population (scale b, centre at distance d from a burst) inside a disk of radius R
 * around the burst: the exact share for d = 0, otherwise bounded between the disk of radius R − d around the centre
 * (inside the burst disk) and the disk of radius R + d (containing it), estimated by the density at the burst point
 * times the disk area: S = max(C((R − d)/b), min(C((R + d)/b), R²·e^(−d/b)/(2b²))), C(x) = 1 − (1 + x)e^(−x)
 * [clark-1951]. The estimate is exact to first order for R ≪ b and tends to the bounds elsewhere.
 *
 * Policy: R ≤ 0 gives 0; b ≤ 0 (a point population) gives 1 when d ≤ R, else 0.
 */

const C = (x: number) => (x > 0 ? 1 - (1 + x) * Math.exp(-x) : 0);

/**
 * Return the share of a place's population inside a burst's ring.
 * @param radiusKm ring radius R, km
 * @param distanceKm distance d between the burst and the place's centre, km
 * @param scaleKm Clark scale length b of the place, km
 */
export function offsetShare(radiusKm: number, distanceKm: number, scaleKm: number): number {
  if (!(radiusKm > 0)) return 0;
  if (!(scaleKm > 0)) return distanceKm <= radiusKm ? 1 : 0;
  const lower = C((radiusKm - distanceKm) / scaleKm);
  const upper = C((radiusKm + distanceKm) / scaleKm);
  const local = (radiusKm * radiusKm * Math.exp(-distanceKm / scaleKm)) / (2 * scaleKm * scaleKm);
  return Math.max(lower, Math.min(upper, local));
}
