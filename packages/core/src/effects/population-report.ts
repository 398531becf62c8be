/**
 * Population effects of the chosen strike of each exchange, for reports and the map: the arrivals at the chosen
 * point are rebuilt per element (the striker's unused weapons through the victim's remaining value defences; the
 * victim's survivors through the striker's defences), allocated to places by the same greedy rule as the damage
 * tables but with the exact arrivals, plus collateral of the counterforce shots.
 *
 * The shares here come from the exact mix and may differ by a few per cent from the exchange's `damageToVictim`,
 * which reads the mix's cached damage table.
 */
import type { Assumptions, Scenario } from "../schema/scenario.js";
import type { PlaceLookup } from "../geo/place-registry.js";
import type { PopulationStrike, StruckPlace } from "../geo/types.js";
import type { LayerState } from "../defense/index.js";
import { deliver, type ExchangeResult } from "../exchange/first-strike.js";
import { forceState, type ForceState } from "../exchange/force-state.js";
import { blastRangeKm } from "./airblast.js";
import { pairReach, populationTarget, allocateArrivals, collateralFatalities } from "./population-model.js";
import type { PopulationTarget } from "./population-model.js";
import type { ForceElement } from "../schema/scenario.js";

/** Most places listed per strike. */
export const MAX_STRUCK_PLACES = 200;

function strikeOn(
  target: PopulationTarget,
  arrivals: ReadonlyArray<{ element: ForceElement; warheads: number }>,
  reachOk: (e: ForceElement) => boolean,
  shots: ReadonlyArray<{ weapon: ForceElement; target: ForceElement; warheads: number }>,
): PopulationStrike {
  const trace = allocateArrivals(target, arrivals, reachOk);
  const collateral = collateralFatalities(target, shots);
  const ag = target.ag;
  const cfYield = Math.max(0, ...shots.map((s) => s.weapon.yieldKt));
  const places: StruckPlace[] = [];
  let cv = 0;
  for (let k = 0; k < ag.lat.length; k++) {
    const w = trace.warheads[k]!;
    const c = collateral.byPlace.get(k) ?? 0;
    cv += trace.placeFatalities[k]!;
    if (!(w > 0) && !(c > 0)) continue;
    const y = w > 0 ? trace.largestYieldKt[k]! : cfYield;
    const burst = w > 0 ? target.effects.burst : "surface";
    places.push({
      name: ag.name[k]!,
      latDeg: ag.lat[k]!,
      lonDeg: ag.lon[k]!,
      population: ag.population[k]!,
      warheads: w,
      yieldKt: y,
      fatalities: Math.min(ag.population[k]!, trace.placeFatalities[k]! + c),
      radius5PsiKm: blastRangeKm(y, 5, burst),
      radius2PsiKm: blastRangeKm(y, 2, burst),
    });
  }
  places.sort((a, b) => b.fatalities - a.fatalities || (a.name < b.name ? -1 : 1));
  const fatalities = Math.min(ag.totalPopulation, cv + collateral.total);
  return {
    party: target.party.id,
    country: ag.country,
    totalPopulation: ag.totalPopulation,
    fatalities,
    collateralFatalities: collateral.total,
    share: fatalities / ag.totalPopulation,
    places: places.slice(0, MAX_STRUCK_PLACES),
  };
}

const layersAfter = (X: ForceState, used: Readonly<Record<string, number>>): LayerState[] =>
  X.party.defenses.map((layer) => ({ layer, remaining: Math.max(0, layer.interceptors - (used[layer.id] ?? 0)) }));

const byId = <T extends { element: ForceElement }>(xs: readonly T[]) =>
  [...xs].sort((p, q) => (p.element.id < q.element.id ? -1 : p.element.id > q.element.id ? 1 : 0));

/**
 * Population effects at the chosen strike of one exchange, or undefined unless both parties use the population model.
 * @param ex the exchange (X strikes Y)
 * @param X striker's force state (as used by the exchange)
 * @param Y victim's force state
 * @param popX X's population target
 * @param popY Y's population target
 * @param assumptions the scenario's assumptions
 * @param distanceKm capital distance (reach fallback)
 */
export function exchangePopulation(
  ex: ExchangeResult,
  X: ForceState,
  Y: ForceState,
  popX: PopulationTarget | undefined,
  popY: PopulationTarget | undefined,
  assumptions: Assumptions,
  distanceKm?: number,
): ExchangeResult["population"] {
  if (!popX || !popY) return undefined;
  const reach = pairReach(X.party, Y.party, popX, popY, distanceKm);
  const a = assumptions;
  const usedBy = new Map<string, number>();
  const killsOn = new Map<string, number>();
  for (const e of ex.allocation) {
    usedBy.set(e.weapon, (usedBy.get(e.weapon) ?? 0) + e.warheads);
    killsOn.set(e.target, (killsOn.get(e.target) ?? 0) + e.kills);
  }
  const holdX = X.party.options.holdBackFraction;
  const holdY = Y.party.options.holdBackFraction;
  const weapons = byId(X.elements.filter((s) => s.warheads > 0 && reach.striker(s.element))).map((s) => ({
    state: s,
    warheads: Math.max(
      0,
      (s.fixedWarheads + s.survivableWarheads * a.strikerSurvivableUse) * (1 - holdX) - (usedBy.get(s.element.id) ?? 0),
    ),
  }));
  const strike = deliver(weapons, layersAfter(Y, ex.interceptorsUsed));
  const survivors = byId(Y.elements.filter((s) => s.element.nuclear && reach.victim(s.element))).map((s) => ({
    state: s,
    warheads: Math.max(0, s.warheads - (killsOn.get(s.element.id) ?? 0)) * (1 - holdY),
  }));
  const retaliation = deliver(survivors, layersAfter(X, {}));
  const xById = new Map(X.party.forces.map((f) => [f.id, f]));
  const yById = new Map(Y.party.forces.map((f) => [f.id, f]));
  const shots = ex.allocation.flatMap((e) => {
    const weapon = xById.get(e.weapon);
    const target = yById.get(e.target);
    return weapon && target ? [{ weapon, target, warheads: e.warheads }] : [];
  });
  return {
    onVictim: strikeOn(
      popY,
      weapons.map((w, i) => ({ element: w.state.element, warheads: strike.byShooter[i]! })),
      reach.striker,
      shots,
    ),
    onStriker: strikeOn(
      popX,
      survivors.map((s, i) => ({ element: s.state.element, warheads: retaliation.byShooter[i]! })),
      reach.victim,
      [],
    ),
  };
}

/**
 * Attach population effects to the exchanges of a scenario (in place), for the pairs where both parties use the
 * population model.
 * @param scenario the scenario evaluated
 * @param exchanges its exchanges (as from `scenarioStability`, default postures)
 * @param places place tables (default: the registry)
 */
export function attachPopulation(scenario: Scenario, exchanges: ExchangeResult[], places?: PlaceLookup): void {
  const pops = new Map(scenario.parties.map((p, i) => [p.id, populationTarget(p, i, places)]));
  const states = new Map(scenario.parties.map((p) => [p.id, forceState(p)]));
  for (const ex of exchanges) {
    const d = scenario.distancesKm.find(
      (x) => x.between.includes(ex.striker) && x.between.includes(ex.victim) && ex.striker !== ex.victim,
    )?.km;
    const pop = exchangePopulation(
      ex,
      states.get(ex.striker)!,
      states.get(ex.victim)!,
      pops.get(ex.striker),
      pops.get(ex.victim),
      scenario.assumptions,
      d,
    );
    if (pop) ex.population = pop;
  }
}
