/**
 * Population effects of the chosen strike of each exchange, for reports and the map. The shares are the exchange's
 * own (`damageToVictim`, `damageToStriker`); the places come from replaying the damage table's allocation sequence
 * up to the countervalue fatalities of that share, plus the collateral of the counterforce shots, so the places add
 * up to the reported total.
 */
import type { Scenario } from "../schema/scenario.js";
import type { PlaceLookup } from "../geo/place-registry.js";
import type { PopulationStrike, StruckPlace } from "../geo/types.js";
import type { ExchangeResult } from "../exchange/first-strike.js";
import { distanceKm, forceState, type ForceState } from "../exchange/force-state.js";
import { blastRangeKm } from "./airblast.js";
import {
  collateralFatalities,
  pairReach,
  populationTarget,
  shooterTable,
  tablePlaces,
  type CounterforceShot,
  type PairReach,
  type PopulationTarget,
} from "./population-model.js";
import type { ForceElement } from "../schema/scenario.js";
import { sealFinite } from "../_shared/finite.js";

/** Most places listed per strike. */
export const MAX_STRUCK_PLACES = 200;

function strikeOn(
  target: PopulationTarget,
  shooter: ForceState,
  reachOk: (e: ForceElement) => boolean,
  share: number,
  shots: readonly CounterforceShot[],
): PopulationStrike {
  const ag = target.ag;
  const total = ag.totalPopulation;
  const collateral = collateralFatalities(target, shots);
  const c = Math.min(1, collateral.total / total);
  const cv = c < 1 ? Math.max(0, (share - c) / (1 - c)) : 0;
  const table = shooterTable(shooter, target, reachOk);
  // The result is a pure function of the table, the share and the collateral: reuse it when they repeat (a fresh
  // strike object; its places are one deep-frozen list, sealed finite once, shared by every report that repeats it).
  const memoKey = `${share}|${collateral.total}|${cfKey(shots)}`;
  let memo = reportMemo.get(table);
  if (!memo) reportMemo.set(table, (memo = new Map<string, PopulationStrike>()));
  const hit = memo.get(memoKey);
  if (hit) return { ...hit };
  const struck = tablePlaces(target, table, cv * total);
  const cfYield = Math.max(0, ...shots.map((s) => s.weapon.yieldKt));
  const keys = [...new Set([...struck.keys(), ...collateral.byPlace.keys()])];
  // Ranked first (fatalities falling, then name; a stable sort keeps the order of the keys among full ties), and
  // records built for the places listed only: a strike touches many more places than it lists.
  const dead = keys.map((k) =>
    Math.min(ag.population[k]!, (1 - c) * (struck.get(k)?.fatalities ?? 0) + (collateral.byPlace.get(k) ?? 0)),
  );
  const rank = keys.map((_, i) => i);
  rank.sort((a, b) => {
    const na = ag.name[keys[a]!]!;
    const nb = ag.name[keys[b]!]!;
    return dead[b]! - dead[a]! || (na < nb ? -1 : na > nb ? 1 : 0);
  });
  const places: StruckPlace[] = rank.slice(0, MAX_STRUCK_PLACES).map((i) => {
    const k = keys[i]!;
    const s = struck.get(k);
    const y = s ? s.yieldKt : cfYield;
    const burst = s ? target.effects.burst : "surface";
    return {
      name: ag.name[k]!,
      latDeg: ag.lat[k]!,
      lonDeg: ag.lon[k]!,
      population: ag.population[k]!,
      warheads: s?.warheads ?? 0,
      yieldKt: y,
      fatalities: dead[i]!,
      radius5PsiKm: blastRangeKm(y, 5, burst),
      radius2PsiKm: blastRangeKm(y, 2, burst),
    };
  });
  const out: PopulationStrike = {
    party: target.party.id,
    country: ag.country,
    totalPopulation: total,
    fatalities: share * total,
    collateralFatalities: collateral.total,
    collateralBlastFatalities: collateral.blast,
    collateralFalloutFatalities: collateral.fallout,
    share,
    places: sealFinite(places),
  };
  if (memo.size > 64) memo.clear();
  memo.set(memoKey, out);
  return { ...out };
}

const reportMemo = new WeakMap<object, Map<string, PopulationStrike>>();
const cfKey = (shots: readonly CounterforceShot[]) =>
  shots.length === 0 ? "" : String(Math.max(...shots.map((s) => s.weapon.yieldKt)));

/**
 * Population effects at the chosen strike of one exchange, or undefined unless both parties use the population model.
 * @param ex the exchange (X strikes Y)
 * @param X striker's force state (as used by the exchange)
 * @param Y victim's force state
 * @param popX X's population target
 * @param popY Y's population target
 * @param reach the pair's reach rules
 */
export function exchangePopulation(
  ex: ExchangeResult,
  X: ForceState,
  Y: ForceState,
  popX: PopulationTarget | undefined,
  popY: PopulationTarget | undefined,
  reach: PairReach,
): ExchangeResult["population"] {
  if (!popX || !popY) return undefined;
  const xById = new Map(X.party.forces.map((f) => [f.id, f]));
  const yById = new Map(Y.party.forces.map((f) => [f.id, f]));
  const shots = ex.allocation.flatMap((e) => {
    const weapon = xById.get(e.weapon);
    const target = yById.get(e.target);
    return weapon && target ? [{ weapon, target, warheads: e.warheads }] : [];
  });
  return {
    onVictim: strikeOn(popY, X, reach.striker, ex.outcome.damageToVictim, shots),
    onStriker: strikeOn(popX, Y, reach.victim, ex.outcome.damageToStriker, []),
  };
}

/**
 * Attach population effects to the exchanges of a scenario (in place), for the pairs where both parties use the
 * population model.
 * @param scenario the scenario evaluated
 * @param exchanges its exchanges (as from `scenarioStability`, default postures)
 * @param places place tables (default: the registry)
 * @param baseStates the parties' force states at their postures, in scenario order, when the caller has them
 *   (`evaluate`'s prepared scenario does); default: derived here
 */
export function attachPopulation(
  scenario: Scenario,
  exchanges: ExchangeResult[],
  places?: PlaceLookup,
  baseStates?: readonly ForceState[],
): void {
  const pops = new Map(scenario.parties.map((p, i) => [p.id, populationTarget(p, i, places)]));
  const states = new Map(scenario.parties.map((p, i) => [p.id, baseStates?.[i] ?? forceState(p)]));
  for (const ex of exchanges) {
    const X = states.get(ex.striker)!;
    const Y = states.get(ex.victim)!;
    const popX = pops.get(ex.striker);
    const popY = pops.get(ex.victim);
    if (!popX || !popY) continue;
    const reach = pairReach(X.party, Y.party, popX, popY, distanceKm(scenario, ex.striker, ex.victim));
    const pop = exchangePopulation(ex, X, Y, popX, popY, reach);
    if (pop) ex.population = pop;
  }
}
