/**
 * Share of a Clark profile's population (scale b, centre at distance d from a burst) inside a disk of radius R
 * around the burst: S = max(C((R − d)/b), C(R/b)·e^(−d/b)), C(x) = 1 − (1 + x)e^(−x) [clark-1951]. The second
 * term is exact at d = 0 and, for R ≪ b, is the density at the burst point times the disk area; the first is the
 * share inside the disk of radius R − d around the centre, which lies inside the burst disk (a lower bound that
 * governs when the burst covers the centre). S falls with d and never exceeds C((R + d)/b), the disk containing it.
 *
 * Policy: R ≤ 0 gives 0; b ≤ 0 (a point population) gives 1 when d ≤ R, else 0.
 */

const C = (x: number) => (x > 0 ? 1 - (1 + x) * Math.exp(-x) : 0);

/**
 * Return the share of a place's population inside a burst's ring.
 * @param radiusKm ring radius R, km
 * @param distanceKm distance d between the burst and the place's centre, km
 * @param scaleKm Clark scale length b of the place, km
 * @param decay e^(−d/b), dimensionless (a place's fixed factor: callers that ask many radii pass it computed once)
 */
export function offsetShare(
  radiusKm: number,
  distanceKm: number,
  scaleKm: number,
  decay = Math.exp(-distanceKm / scaleKm),
): number {
  if (!(radiusKm > 0)) return 0;
  if (!(scaleKm > 0)) return distanceKm <= radiusKm ? 1 : 0;
  const inner = C((radiusKm - distanceKm) / scaleKm);
  const local = C(radiusKm / scaleKm) * decay;
  return Math.max(inner, local);
}
