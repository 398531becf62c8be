/**
 * Frozen reference copy (test-only, not exported): a verbatim copy of `packages/core/src/stability/pair-stability.ts` at
 * commit 2c8bf17, before the fast exchange (issue 11), with imports pointed at `@seceq/core` and the other reference
 * copies. The differential test (`test/differential.test.ts`) checks the engine against it. Do not edit except to
 * keep it compiling.
 */
/**
 * First-strike stability of every pair of parties: both ordered exchanges, each side's C1/C2 and the combined index.
 */
import type { ForceState, PlaceLookup, Scenario, StabilityReading } from "@seceq/core";
import {
  distanceKm,
  firstStrikeStability,
  forceState,
  getOwn,
  populationTarget,
  reaches,
  stabilityReading,
} from "@seceq/core";
import { firstStrike, type ExchangeResult } from "./first-strike.js";
import { derivedHoldBack, reserveCostAgainst, type ThirdParty } from "./reserve.js";
import { exchangeValue } from "./exchange-value.js";

/** Stability of one unordered pair {a, b}. */
export interface PairStability {
  a: string;
  b: string;
  /** Cost to a of striking first (from the exchange a → b). */
  c1A: number;
  /** Cost to a of being struck first (from the exchange b → a). */
  c2A: number;
  c1B: number;
  c2B: number;
  /** a's first-strike stability C1/C2, capped at 1. */
  fssA: number;
  fssB: number;
  /** Product fssA·fssB: 1 when neither gains by striking first, towards 0 when one can disarm the other cheaply. */
  combined: number;
  /** Reading of the combined index (public calculator's banding [S]). */
  reading: StabilityReading;
}

/** Both exchanges and the stability of each pair, for a set of force states. */
export interface StabilityResult {
  exchanges: ExchangeResult[];
  pairs: PairStability[];
}

/**
 * Compute every ordered exchange and every pair's stability.
 * @param scenario validated scenario
 * @param generated share generated per party id (0–1); absent parties use their posture
 * @param places place tables for population value models (default: the registry `@seceq/data` fills)
 * @throws InputError when a population-model party's country has no place table
 */
export function scenarioStability(
  scenario: Scenario,
  generated: Readonly<Record<string, number>> = {},
  places?: PlaceLookup,
): StabilityResult {
  const states = new Map<string, ForceState>(
    scenario.parties.map((p) => [p.id, forceState(p, getOwn(generated, p.id) ?? (p.posture === "generated" ? 1 : 0))]),
  );
  const exchanges: ExchangeResult[] = [];
  const pairs: PairStability[] = [];
  const ps = scenario.parties;
  const pops = ps.map((p, i) => populationTarget(p, i, places));
  const index = new Map(ps.map((p, i) => [p.id, i] as const));
  // How much of each party's force survives a third party's first strike on it (uncoupled exchange), once per
  // ordered pair: the post-exchange vulnerability of what a side keeps back depends on the third party's forces.
  const survival = new Map<string, ReadonlyMap<string, number>>();
  const survivalAgainst = (striker: string, victim: string): ReadonlyMap<string, number> => {
    const key = `${striker}>${victim}`;
    let m = survival.get(key);
    if (!m) {
      const d = distanceKm(scenario, striker, victim);
      const si = index.get(striker)!;
      const vi = index.get(victim)!;
      const sS = states.get(striker)!;
      const sV = states.get(victim)!;
      const ex = firstStrike(sS, sV, {
        assumptions: scenario.assumptions,
        ...(d !== undefined ? { distanceKm: d } : {}),
        value: exchangeValue(sS, sV, pops[si], pops[vi], d),
      });
      m = new Map(Object.entries(ex.survivingShare));
      survival.set(key, m);
    }
    return m;
  };
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++) {
      const A = ps[i]!;
      const B = ps[j]!;
      const d = distanceKm(scenario, A.id, B.id);
      const a = scenario.assumptions;
      // Three-party coupling (methods §4): each side's hold-back against the parties outside the dyad and the cost of
      // what it has left against them after the exchange.
      const thirds = (self: string): ThirdParty[] =>
        ps
          .filter((p) => p.id !== A.id && p.id !== B.id)
          .map((p) => ({
            party: p,
            distanceKm: distanceKm(scenario, self, p.id),
            survival: survivalAgainst(p.id, self),
          }));
      const reach = (s: { element: Parameters<typeof reaches>[0] }) => reaches(s.element, d);
      const hold = (self: typeof A) =>
        a.thirdParty.holdBack === "derived"
          ? Math.max(self.options.holdBackFraction, derivedHoldBack(states.get(self.id)!, thirds(self.id), reach, a))
          : self.options.holdBackFraction;
      const holdA = hold(A);
      const holdB = hold(B);
      const costA = reserveCostAgainst(thirds(A.id), a);
      const costB = reserveCostAgainst(thirds(B.id), a);
      const base = { assumptions: a, ...(d !== undefined ? { distanceKm: d } : {}) };
      const sA = states.get(A.id)!;
      const sB = states.get(B.id)!;
      const ab = firstStrike(sA, sB, {
        ...base,
        value: exchangeValue(sA, sB, pops[i], pops[j], d),
        holdBack: { striker: holdA, victim: holdB },
        reserveCost: { ...(costA ? { striker: costA } : {}), ...(costB ? { victim: costB } : {}) },
      });
      const ba = firstStrike(sB, sA, {
        ...base,
        value: exchangeValue(sB, sA, pops[j], pops[i], d),
        holdBack: { striker: holdB, victim: holdA },
        reserveCost: { ...(costB ? { striker: costB } : {}), ...(costA ? { victim: costA } : {}) },
      });
      exchanges.push(ab, ba);
      const c1A = ab.outcome.costToStriker;
      const c2A = ba.outcome.costToVictim;
      const c1B = ba.outcome.costToStriker;
      const c2B = ab.outcome.costToVictim;
      const fssA = firstStrikeStability(c1A, c2A);
      const fssB = firstStrikeStability(c1B, c2B);
      const combined = fssA * fssB;
      pairs.push({ a: A.id, b: B.id, c1A, c2A, c1B, c2B, fssA, fssB, combined, reading: stabilityReading(combined) });
    }
  return { exchanges, pairs };
}
