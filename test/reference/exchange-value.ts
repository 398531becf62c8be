/**
 * Frozen reference copy (test-only, not exported): a verbatim copy of `packages/core/src/effects/exchange-value.ts` at
 * commit 2c8bf17, before the fast exchange (issue 11), with imports pointed at `@seceq/core` and the other reference
 * copies. The differential test (`test/differential.test.ts`) checks the engine against it. Do not edit except to
 * keep it compiling.
 */
/**
 * Value and reach of one ordered exchange (X strikes Y), whichever value model each party uses: damage to X from Y's
 * retaliation and to Y from X's strike (plus collateral of X's counterforce shots), and the reach rules. Built by
 * `scenarioStability` for every exchange and passed to `firstStrike` through `ExchangeOptions.value`.
 */
import type {
  Arrivals,
  CounterforceShot,
  DamageTable,
  ForceElement,
  ForceState,
  PairReach,
  Party,
  PopulationTarget,
} from "@seceq/core";
import {
  damageFraction,
  damageTable,
  footprint,
  pairReach,
  shooterTable,
  tableFatalities,
  weaponGroups,
} from "@seceq/core";

/** Value and reach of one ordered exchange. */
export interface ExchangeValue {
  reach: PairReach;
  /** Fraction of X's value destroyed by Y's arriving retaliation, 0–1. */
  toStriker(arrivals: Arrivals): number;
  /** Fraction of Y's value destroyed by X's arriving strike and X's counterforce shots (collateral), 0–1. */
  toVictim(arrivals: Arrivals, shots: Iterable<{ weapon: string; target: string; warheads: number }>): number;
}

function curveDamage(party: Party, arrivals: Arrivals): number {
  const c = party.value.damageCurve;
  if (!c) throw new Error(`party "${party.id}" has no damage curve and no population target`);
  return damageFraction(c, arrivals);
}

/**
 * Build the value and reach of X striking Y.
 * @param X striker's force state
 * @param Y victim's force state
 * @param popX X's population target, if X uses the population model
 * @param popY Y's population target, if Y uses the population model
 * @param distanceKm capital distance of the pair (reach fallback)
 */
export function exchangeValue(
  X: ForceState,
  Y: ForceState,
  popX: PopulationTarget | undefined,
  popY: PopulationTarget | undefined,
  distanceKm?: number,
): ExchangeValue {
  const reach = pairReach(X.party, Y.party, popX, popY, distanceKm);
  let onX: DamageTable | undefined;
  let onY: DamageTable | undefined;
  const xById = new Map<string, ForceElement>(X.party.forces.map((f) => [f.id, f]));
  const yById = new Map<string, ForceElement>(Y.party.forces.map((f) => [f.id, f]));
  // Collateral, kept incrementally: the counterforce allocation only grows along the draw-down, so each point adds
  // the new warheads' log-survival to the places they touch (a shrinking entry restarts the sum).
  const accounted = new Map<string, number>();
  let logSurvival: Float64Array | undefined;
  let collateralDead = 0;
  const addShots = (weapon: ForceElement, target: ForceElement, warheads: number) => {
    const f = footprint(popY!, weapon, target);
    const pop = popY!.ag.population;
    for (let i = 0; i < f.k.length; i++) {
      const k = f.k[i]!;
      const before = logSurvival![k]!;
      const after = before + warheads * f.logSurvival[i]!;
      logSurvival![k] = after;
      collateralDead += pop[k]! * (Math.exp(before) - Math.exp(after));
    }
  };
  return {
    reach,
    toStriker(arrivals) {
      if (!popX) return curveDamage(X.party, arrivals);
      onX ??= shooterTable(Y, popX, reach.victim);
      return Math.min(1, tableFatalities(onX, arrivals.emt) / onX.totalPopulation);
    },
    toVictim(arrivals, shots) {
      if (!popY) return curveDamage(Y.party, arrivals);
      onY ??= shooterTable(X, popY, reach.striker);
      const cv = Math.min(1, tableFatalities(onY, arrivals.emt) / onY.totalPopulation);
      logSurvival ??= new Float64Array(popY.ag.lat.length);
      const list: CounterforceShot[] = [];
      let restart = false;
      for (const s of shots) {
        const key = `${s.weapon}>${s.target}`;
        const prev = accounted.get(key) ?? 0;
        if (s.warheads < prev) restart = true;
        const weapon = xById.get(s.weapon);
        const target = yById.get(s.target);
        if (weapon?.nuclear && target?.basing.sites) list.push({ weapon, target, warheads: s.warheads });
      }
      if (restart) {
        accounted.clear();
        logSurvival.fill(0);
        collateralDead = 0;
      }
      for (const s of list) {
        const key = `${s.weapon.id}>${s.target.id}`;
        const d = s.warheads - (accounted.get(key) ?? 0);
        if (d !== 0) addShots(s.weapon, s.target, d);
        accounted.set(key, s.warheads);
      }
      if (list.length === 0) return cv;
      const c = Math.min(1, Math.max(0, collateralDead) / popY.ag.totalPopulation);
      return c + (1 - c) * cv;
    },
  };
}

/**
 * Derive (or fetch from the cache) the damage tables of every ordered pair of a scenario whose target uses the
 * population model, at the parties' postures; for benchmarks and warm-up.
 * @param states force states of the parties, in scenario order
 * @param pops their population targets (undefined for damage-curve parties)
 * @param reachOf reach rules of the ordered pair (i strikes j)
 * @returns the number of tables
 */
export function pairDamageTables(
  states: readonly ForceState[],
  pops: ReadonlyArray<PopulationTarget | undefined>,
  reachOf: (i: number, j: number) => PairReach,
): number {
  let n = 0;
  for (let i = 0; i < states.length; i++)
    for (let j = 0; j < states.length; j++) {
      const pop = pops[j];
      if (i === j || !pop) continue;
      damageTable(pop, weaponGroups(states[i]!.elements, pop, reachOf(i, j).striker));
      n++;
    }
  return n;
}
