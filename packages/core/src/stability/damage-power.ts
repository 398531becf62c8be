/**
 * The power D^a of a damage fraction in the Kent–Thaler cost (`kentThalerCost`), as a function chosen once per
 * exponent: the draw-down of one exchange raises thousands of damages to the same exponent, and `Math.pow` with a
 * fractional exponent costs about 65 ns where two square roots cost about 6 ns (issue 11).
 *
 * Exponents 1, 0.5, 0.25 and 0.75 (the default, `[kent-thaler-1989]`) use products of square roots, each correctly
 * rounded, so the result differs from `d ** a` by at most a few units in the last place (3e-16 relative measured
 * over a million uniform draws for 0.75); any other exponent uses `**`.
 */

/**
 * The function d ↦ d^a for d in [0, 1], specialised to the exponent.
 * @param exponent a, > 0 (dimensionless)
 * @returns a function of a damage fraction (0–1) giving its power (0–1)
 */
export function damagePower(exponent: number): (d: number) => number {
  if (exponent === 1) return identity;
  if (exponent === 0.5) return Math.sqrt;
  if (exponent === 0.25) return fourthRoot;
  if (exponent === 0.75) return threeQuarters;
  return (d) => d ** exponent;
}

const identity = (d: number) => d;
const fourthRoot = (d: number) => Math.sqrt(Math.sqrt(d));
const threeQuarters = (d: number) => Math.sqrt(d * Math.sqrt(d));
