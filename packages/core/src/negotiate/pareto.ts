/**
 * Pareto frontier of negotiation outcomes over three objectives: maximise combined first-strike stability, maximise
 * total reductions, minimise the parity gap.
 *
 * Numeric policy: values within 1e-9 count as equal. A point with a NaN objective is never on the frontier and never
 * dominates. Points equal on all three objectives keep only the first (lowest index), so a framework that changes
 * nothing does not crowd out the status quo listed before it. O(n²) comparisons.
 */

/** The three objectives of a point. */
export interface NegotiationObjectives {
  /** Combined first-strike stability, 0–1 (higher is better). */
  stability: number;
  /** Total warheads removed (higher is better). */
  reductions: number;
  /** Parity gap, ≥ 0 (lower is better). */
  parityGap: number;
}

const EPS = 1e-9;

const valid = (p: NegotiationObjectives) =>
  !Number.isNaN(p.stability) && !Number.isNaN(p.reductions) && !Number.isNaN(p.parityGap);

/** True when `a` is at least as good as `b` on every objective and better on one (within 1e-9). */
export function negotiationDominates(a: NegotiationObjectives, b: NegotiationObjectives): boolean {
  if (!valid(a) || !valid(b)) return false;
  const noWorse =
    a.stability >= b.stability - EPS && a.reductions >= b.reductions - EPS && a.parityGap <= b.parityGap + EPS;
  const better =
    a.stability > b.stability + EPS || a.reductions > b.reductions + EPS || a.parityGap < b.parityGap - EPS;
  return noWorse && better;
}

/** True when two points are equal on every objective (within 1e-9). */
export function sameObjectives(a: NegotiationObjectives, b: NegotiationObjectives): boolean {
  return (
    Math.abs(a.stability - b.stability) <= EPS &&
    Math.abs(a.reductions - b.reductions) <= EPS &&
    (a.parityGap === b.parityGap || Math.abs(a.parityGap - b.parityGap) <= EPS)
  );
}

/**
 * Indices of the non-dominated points, in input order.
 * @param points objectives of each point
 */
export function negotiationFrontier(points: readonly NegotiationObjectives[]): number[] {
  const out: number[] = [];
  points.forEach((p, i) => {
    if (!valid(p)) return;
    for (let j = 0; j < points.length; j++) {
      if (j === i) continue;
      const q = points[j]!;
      if (negotiationDominates(q, p)) return;
      if (j < i && valid(q) && sameObjectives(q, p)) return;
    }
    out.push(i);
  });
  return out;
}
