/**
 * What a side's remaining forces can still do to a third party (methods §4, "Three-party coupling"): the damage its
 * reserve inflicts on the third party's value through that party's defences, the hold-back share that deters the
 * third party, and the post-exchange vulnerability cost. The project's own operationalisation [U].
 */
import type { Assumptions, Party } from "../schema/scenario.js";
import { flightOf, reaches } from "../schema/scenario.js";
import { interceptorsPerObject, layerKillProbability } from "../defense/index.js";
import { requireNonNegative } from "../physics/checks.js";
import { emtPerWarhead } from "../parity/index.js";
import { damageFraction } from "./damage-curve.js";
import type { ElementState, ForceState } from "./force-state.js";
import type { ReserveCost, ReserveWarheads } from "./first-strike.js";
import { salvoPenetration, type LayerRows } from "./compiled-exchange.js";
import { damagePower } from "../stability/damage-power.js";

/**
 * Damage, 0–1, that the given warheads do to `target`'s value after the target's own first strike on them: each
 * element's warheads survive in the share `survival` gives (1 when absent), then those that reach the target (at
 * `distanceKm`) fly with their reliability through the target's value defences (fresh inventories).
 * @param reserve warheads held, per element
 * @param target the third party
 * @param distanceKm distance to the third party, km (all reach when undefined)
 * @param survival share of each element's warheads surviving the third party's first strike, by element id
 */
export function reserveDamage(
  reserve: readonly ReserveWarheads[],
  target: Party,
  distanceKm: number | undefined,
  survival?: ReadonlyMap<string, number>,
): number {
  return reserveDamageOn(target, distanceKm, survival)(reserve);
}

/** One reserve element against one third party: what {@link reserveDamageOn} needs of it, computed once. */
interface ReserveElement {
  /** Nuclear and within reach of the third party. */
  counts: boolean;
  survival: number;
  reliability: number;
  emt: number;
  objectsPerWarhead: number;
  /** The third party's layers engaging it on value (one row). */
  rows: LayerRows;
}

/**
 * {@link reserveDamage} against one third party as a function of the reserve, for repeated use (the reserve cost is
 * evaluated at every draw-down point): the third party's layers and each element's constants are computed once
 * (elements cached by their state object), and each call runs on arrays without allocating per element. Same
 * arithmetic as engaging each element's salvo in turn with `engageSalvo`.
 * @param target the third party
 * @param distanceKm distance to the third party, km (all reach when undefined)
 * @param survival share of each element's warheads surviving the third party's first strike, by element id
 */
export function reserveDamageOn(
  target: Party,
  distanceKm: number | undefined,
  survival?: ReadonlyMap<string, number>,
): (reserve: readonly ReserveWarheads[]) => number {
  const layers = target.defenses;
  const interceptors = Float64Array.from(layers, (l) => l.interceptors);
  const remaining = new Float64Array(layers.length);
  let kill: Float64Array | undefined;
  let perObject: Float64Array | undefined;
  const byState = new WeakMap<ElementState, ReserveElement>();
  const compile = (s: ElementState): ReserveElement => {
    const e = s.element;
    const flight = flightOf(e);
    const idx: number[] = [];
    layers.forEach((l, li) => {
      if (l.engages.includes(flight) && l.covers.includes("value")) idx.push(li);
    });
    return {
      counts: e.nuclear && reaches(e, distanceKm),
      survival: survival?.get(e.id) ?? 1,
      reliability: e.reliability,
      emt: emtPerWarhead(e.yieldKt),
      objectsPerWarhead: 1 + requireNonNegative("decoysPerWarhead", e.decoysPerWarhead),
      rows: { start: Int32Array.of(0, idx.length), idx: Int32Array.from(idx) },
    };
  };
  const curve = target.value.damageCurve ?? NOTIONAL_THIRD_PARTY_CURVE;
  return (reserve) => {
    remaining.set(interceptors);
    let warheads = 0;
    let emt = 0;
    for (const r of reserve) {
      if (!(r.warheads > 0)) continue;
      let c = byState.get(r.state);
      if (!c || c.reliability !== r.state.element.reliability) byState.set(r.state, (c = compile(r.state)));
      if (!c.counts) continue;
      const flying = r.warheads * c.survival * c.reliability;
      let penetration = 1;
      if (c.rows.idx.length > 0) {
        kill ??= Float64Array.from(layers, (l) => layerKillProbability(l));
        perObject ??= Float64Array.from(layers, (l) => interceptorsPerObject(l));
        penetration = salvoPenetration(c.rows, 0, flying, c.objectsPerWarhead, remaining, kill, perObject, true);
      }
      warheads += flying * penetration;
      emt += flying * penetration * c.emt;
    }
    // The third party's damage curve: a population-model party is scored here by its notional alternative curve when
    // it has one, else by the notional default (w80 = 300); the post-exchange term does not derive population tables.
    return damageFraction(curve, { warheads, emt });
  };
}

/** Damage curve of a third party with no damage curve of its own (population model only): notional, w80 = 300. */
export const NOTIONAL_THIRD_PARTY_CURVE = { model: "exponential-w80", w80: 300 } as const;

/**
 * The reserve a side holds against third parties when it keeps `share` of the elements that reach its dyad
 * counterpart (those that cannot reach the counterpart are all in reserve).
 */
export function heldReserve(
  side: ForceState,
  share: number,
  reachesCounterpart: (s: ElementState) => boolean,
): ReserveWarheads[] {
  return side.elements
    .filter((s) => s.element.nuclear && s.warheads > 0)
    .map((s) => ({ state: s, warheads: reachesCounterpart(s) ? s.warheads * share : s.warheads }));
}

/** One third party of a side, with the distance to it and how much of the side's force survives its first strike. */
export interface ThirdParty {
  party: Party;
  distanceKm: number | undefined;
  /**
   * Share of each of the side's elements surviving the third party's own first strike on the side's whole force
   * (its `survivingShare` in that exchange), by element id; all survive when absent.
   */
  survival?: ReadonlyMap<string, number>;
}

/**
 * Derived hold-back: the smallest share `h` in [0, maxHoldBack] whose reserve, after each third party's first strike
 * on it, destroys `deterrenceDamage` of that third party's value (bisection to 1e-4; `maxHoldBack` when even that falls short; 0 with no third parties).
 * @param side the side's force state
 * @param thirds third parties
 * @param reachesCounterpart whether an element reaches the dyad counterpart
 * @param a assumptions (`thirdParty.deterrenceDamage`, `thirdParty.maxHoldBack`)
 */
export function derivedHoldBack(
  side: ForceState,
  thirds: readonly ThirdParty[],
  reachesCounterpart: (s: ElementState) => boolean,
  a: Assumptions,
): number {
  if (thirds.length === 0) return 0;
  const need = a.thirdParty.deterrenceDamage;
  const damage = thirds.map((t) => reserveDamageOn(t.party, t.distanceKm, t.survival));
  const enough = (h: number) => damage.every((d) => d(heldReserve(side, h, reachesCounterpart)) >= need);
  const max = a.thirdParty.maxHoldBack;
  if (enough(0)) return 0;
  if (!enough(max)) return max;
  let lo = 0;
  let hi = max;
  while (hi - lo > 1e-4) {
    const mid = (lo + hi) / 2;
    if (enough(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Post-exchange vulnerability: `weight · (1 − D_T^a)` for the worst-deterred third party `T`, `D_T` the damage the
 * reserve can still inflict on it after T's first strike on it (so a larger third-party force raises the cost); 0
 * with no third parties or weight 0.
 */
export function reserveCostAgainst(thirds: readonly ThirdParty[], a: Assumptions): ReserveCost | undefined {
  if (thirds.length === 0 || !(a.thirdParty.weight > 0)) return undefined;
  const damage = thirds.map((t) => reserveDamageOn(t.party, t.distanceKm, t.survival));
  const power = damagePower(a.costExponent);
  return (reserve) => {
    let worst = 0;
    for (const d of damage) worst = Math.max(worst, a.thirdParty.weight * (1 - power(d(reserve))));
    return worst;
  };
}
