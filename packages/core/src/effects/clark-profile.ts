/**
 * Population of a place as Clark's negative-exponential density profile D(r) = D0·e^(−r/b) [clark-1951]: the
 * population P of a place, spread around its centre with scale length b, so D0 = P / (2πb²). The scale length grows
 * with population as b = b₁·(P/10⁶)^β (urban land area ∝ b² ∝ P^(2β); β = 5/12 gives area ∝ P^(5/6)
 * [bettencourt-2013]; European cities' density profiles scale with β = 1/3 [lemoy-caruso-2020]). b₁ is an estimate
 * whose range comes from the validation cases (docs/methods.md §7.2).
 *
 * Policy: P ≤ 0 gives b = 0 and every fraction 1 (a point population); r ≤ 0 gives fraction 0; NaN propagates.
 */

/**
 * Return the Clark scale length of a place, km.
 * @param population persons
 * @param scaleKmAtMillion b of a place of 1,000,000 people, km
 * @param exponent β of b ∝ P^β
 */
export function clarkScaleKm(population: number, scaleKmAtMillion: number, exponent: number): number {
  if (!(population > 0)) return 0;
  return scaleKmAtMillion * Math.pow(population / 1e6, exponent);
}

/**
 * Return the share of a Clark profile's population within a distance of its centre: 1 − (1 + x)·e^(−x), x = r/b.
 * @param radiusKm distance from the centre, km
 * @param scaleKm scale length b, km
 */
export function clarkShareWithin(radiusKm: number, scaleKm: number): number {
  if (!(radiusKm > 0)) return radiusKm > 0 || Number.isNaN(radiusKm) ? NaN : 0;
  if (!(scaleKm > 0)) return 1;
  const x = radiusKm / scaleKm;
  return 1 - (1 + x) * Math.exp(-x);
}
