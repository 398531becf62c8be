/**
 * Value and reach of one ordered exchange (X strikes Y), whichever value model each party uses: damage to X from Y's
 * retaliation and to Y from X's strike (plus collateral of X's counterforce shots), and the reach rules. Built by
 * `scenarioStability` for every exchange and passed to `firstStrike` through `ExchangeOptions.value`.
 */
import { damageFraction, type Arrivals } from "../exchange/damage-curve.js";
import type { ForceState } from "../exchange/force-state.js";
import type { ForceElement, Party } from "../schema/scenario.js";
import {
  collateralFatalities,
  damageTable,
  pairReach,
  tableFatalities,
  weaponGroups,
  type CounterforceShot,
  type DamageTable,
  type PairReach,
  type PopulationTarget,
} from "./population-model.js";

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
  return {
    reach,
    toStriker(arrivals) {
      if (!popX) return curveDamage(X.party, arrivals);
      onX ??= damageTable(popX, weaponGroups(Y.elements, popX, reach.victim));
      return Math.min(1, tableFatalities(onX, arrivals.emt) / onX.totalPopulation);
    },
    toVictim(arrivals, shots) {
      if (!popY) return curveDamage(Y.party, arrivals);
      onY ??= damageTable(popY, weaponGroups(X.elements, popY, reach.striker));
      const cv = Math.min(1, tableFatalities(onY, arrivals.emt) / onY.totalPopulation);
      const list: CounterforceShot[] = [];
      for (const s of shots) {
        const weapon = xById.get(s.weapon);
        const target = yById.get(s.target);
        if (weapon && target?.basing.sites) list.push({ weapon, target, warheads: s.warheads });
      }
      if (list.length === 0) return cv;
      const c = Math.min(1, collateralFatalities(popY, list).total / popY.ag.totalPopulation);
      return c + (1 - c) * cv;
    },
  };
}
