/**
 * Zone of possible agreement (ZOPA): the frameworks both parties could accept. A framework is in the zone when both
 * parties can comply by reductions and, against the status quo, both sides' first-strike stability is at least the
 * status quo's less `tolerances.stability` (index points), both sides' retaliatory capacity is at least the status
 * quo's less the share `tolerances.retaliation` of it, and the parity gap is at most `tolerances.parity`.
 *
 * Numeric policy: a NaN figure fails its test (an infeasible point is never in the zone); comparisons allow 1e-9 of
 * rounding.
 */
import type { NegotiationTolerances } from "./negotiation-spec.js";

/** The figures ZOPA membership reads from a scored point. */
export interface ZopaFigures {
  feasible: boolean;
  /** Per side: party id, first-strike stability (0–1) and retaliatory capacity (warheads arriving). */
  sides: readonly { party: string; fss: number; retaliation: number }[];
  /** max(r, 1/r) − 1 of the deliverable-warhead ratio r. */
  parityGap: number;
}

/** Result of {@link zopaCheck}. */
export interface ZopaCheck {
  inZopa: boolean;
  /** Why the point is outside the zone (none inside), e.g. "ru stability 0.9000 < 0.9300 (status quo 0.94 − 0.01)". */
  reasons: string[];
}

const EPS = 1e-9;
const f4 = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : String(x));
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : String(x));

/**
 * Decide whether a point is in the zone of possible agreement.
 * @param point the point's figures
 * @param statusQuo the status quo's figures (sides matched by party id)
 * @param tolerances stability (index points), retaliation (share of the status quo) and parity (gap) tolerances
 */
export function zopaCheck(point: ZopaFigures, statusQuo: ZopaFigures, tolerances: NegotiationTolerances): ZopaCheck {
  if (!point.feasible) return { inZopa: false, reasons: ["a party cannot comply by reductions"] };
  const reasons: string[] = [];
  for (const sq of statusQuo.sides) {
    const s = point.sides.find((x) => x.party === sq.party);
    if (!s) {
      reasons.push(`${sq.party} is not scored`);
      continue;
    }
    const minFss = sq.fss - tolerances.stability;
    if (!(s.fss >= minFss - EPS))
      reasons.push(
        `${s.party} stability ${f4(s.fss)} < ${f4(minFss)} (status quo ${f4(sq.fss)} − ${tolerances.stability})`,
      );
    const minRet = sq.retaliation * (1 - tolerances.retaliation);
    if (!(s.retaliation >= minRet - EPS))
      reasons.push(
        `${s.party} retaliation ${f1(s.retaliation)} < ${f1(minRet)} warheads (status quo ${f1(sq.retaliation)} − ${100 * tolerances.retaliation} %)`,
      );
  }
  if (!(point.parityGap <= tolerances.parity + EPS))
    reasons.push(`parity gap ${f4(point.parityGap)} > ${tolerances.parity}`);
  return { inZopa: reasons.length === 0, reasons };
}
