/**
 * Nelder–Mead downhill simplex minimisation (Nelder & Mead 1965, "A simplex method for function minimization",
 * Computer Journal 7(4) 308–313), in the form analysed by Lagarias, Reeds, Wright & Wright (1998), "Convergence
 * properties of the Nelder–Mead simplex method in low dimensions", SIAM J. Optim. 9(1) 112–147, with their standard
 * coefficients: reflection ρ = 1, expansion χ = 2, contraction γ = 0.5, shrink σ = 0.5.
 *
 * Policy: an objective value that is NaN counts as +Infinity (the simplex moves away from it); a non-finite start is
 * refused. Ties keep the older vertex first (stable sort). Stops when both the simplex's spread in f and its size in x
 * are within tolerance, or at the iteration/evaluation limit (then `converged` is false).
 */

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Stop when every vertex is within this distance (max-norm) of the best one. Default 1e-10. */
  xTolerance?: number;
  /** …and every vertex's value is within this of the best value. Default 1e-14. */
  fTolerance?: number;
  /** Iteration limit. Default 2,000 × dimensions. */
  maxIterations?: number;
  /** Objective-evaluation limit. Default 4,000 × dimensions. */
  maxEvaluations?: number;
  /**
   * Initial simplex edge per coordinate: a number for all, or one per coordinate. Default 5 % of |x0_i|, or 0.00025
   * where x0_i is 0 (the usual fminsearch choice).
   */
  initialStep?: number | readonly number[];
}

/** Result of {@link nelderMead}. */
export interface NelderMeadResult {
  /** Best point found. */
  x: number[];
  /** Objective at `x`. */
  fx: number;
  iterations: number;
  evaluations: number;
  /** True when the tolerances were met before a limit. */
  converged: boolean;
}

/** Lagarias et al. (1998) standard coefficients. */
export const NELDER_MEAD_COEFFICIENTS = { reflection: 1, expansion: 2, contraction: 0.5, shrink: 0.5 } as const;

/**
 * Minimise `f` from `x0`.
 * @param f objective, called with a fresh array each time
 * @param x0 starting point (finite numbers), at least one coordinate
 * @param options tolerances, limits and initial simplex size
 */
export function nelderMead(
  f: (x: number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const n = x0.length;
  if (n === 0) throw new RangeError("nelderMead needs at least one coordinate");
  if (!x0.every(Number.isFinite)) throw new RangeError("nelderMead start point must be finite");
  const xTol = options.xTolerance ?? 1e-10;
  const fTol = options.fTolerance ?? 1e-14;
  const maxIter = options.maxIterations ?? 2000 * n;
  const maxEval = options.maxEvaluations ?? 4000 * n;
  const { reflection: rho, expansion: chi, contraction: gamma, shrink: sigma } = NELDER_MEAD_COEFFICIENTS;

  let evaluations = 0;
  const evalf = (x: number[]): number => {
    evaluations++;
    const v = f(x.slice());
    return Number.isNaN(v) ? Infinity : v;
  };

  // Initial simplex: x0 and one vertex stepped along each axis.
  const simplex: { x: number[]; f: number }[] = [{ x: x0.slice(), f: evalf(x0.slice()) }];
  for (let i = 0; i < n; i++) {
    const x = x0.slice();
    const step =
      typeof options.initialStep === "number"
        ? options.initialStep
        : (options.initialStep?.[i] ?? (x0[i] !== 0 ? 0.05 * Math.abs(x0[i]!) : 0.00025));
    x[i] = x[i]! + step;
    simplex.push({ x, f: evalf(x) });
  }

  const sort = () => simplex.sort((a, b) => a.f - b.f);
  const combine = (a: number[], b: number[], t: number) => a.map((ai, j) => ai + t * (ai - b[j]!));

  let iterations = 0;
  let converged = false;
  sort();
  while (iterations < maxIter && evaluations < maxEval) {
    const best = simplex[0]!;
    let xSpread = 0;
    let fSpread = 0;
    for (let i = 1; i <= n; i++) {
      const v = simplex[i]!;
      fSpread = Math.max(fSpread, Math.abs(v.f - best.f));
      for (let j = 0; j < n; j++) xSpread = Math.max(xSpread, Math.abs(v.x[j]! - best.x[j]!));
    }
    if (xSpread <= xTol && fSpread <= fTol) {
      converged = true;
      break;
    }
    iterations++;

    // Centroid of all vertices but the worst.
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]!.x[j]! / n;
    const worst = simplex[n]!;
    const secondWorst = simplex[n - 1]!;

    const xr = combine(centroid, worst.x, rho);
    const fr = evalf(xr);
    if (fr < best.f) {
      const xe = combine(centroid, worst.x, rho * chi);
      const fe = evalf(xe);
      simplex[n] = fe < fr ? { x: xe, f: fe } : { x: xr, f: fr };
    } else if (fr < secondWorst.f) {
      simplex[n] = { x: xr, f: fr };
    } else {
      let accepted = false;
      if (fr < worst.f) {
        // Outside contraction.
        const xc = combine(centroid, worst.x, rho * gamma);
        const fc = evalf(xc);
        if (fc <= fr) {
          simplex[n] = { x: xc, f: fc };
          accepted = true;
        }
      } else {
        // Inside contraction.
        const xcc = combine(centroid, worst.x, -gamma);
        const fcc = evalf(xcc);
        if (fcc < worst.f) {
          simplex[n] = { x: xcc, f: fcc };
          accepted = true;
        }
      }
      if (!accepted) {
        // Shrink towards the best vertex.
        for (let i = 1; i <= n; i++) {
          const x = best.x.map((b, j) => b + sigma * (simplex[i]!.x[j]! - b));
          simplex[i] = { x, f: evalf(x) };
        }
      }
    }
    sort();
  }
  const best = simplex[0]!;
  return { x: best.x.slice(), fx: best.f, iterations, evaluations, converged };
}
