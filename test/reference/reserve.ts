/**
 * Frozen reference copy (test-only, not exported): a verbatim copy of `packages/core/src/exchange/reserve.ts` at
 * commit 2c8bf17, before the fast exchange (issue 11), with imports pointed at `@seceq/core` and the other reference
 * copies. The differential test (`test/differential.test.ts`) checks the engine against it. Do not edit except to
 * keep it compiling, and to share numeric primitives with the engine: the power D^a is `damagePower`'s (issue 11;
 * `kentThalerCost`, which the reference first-strike imports, uses it too), so that both sides of the test raise a
 * damage to the same bits and near-ties in the greedy break the same way.
 */
/**
 * What a side's remaining forces can still do to a third party (methods §4, "Three-party coupling"): the damage its
 * reserve inflicts on the third party's value through that party's defences, the hold-back share that deters the
 * third party, and the post-exchange vulnerability cost. The project's own operationalisation [U].
 */
import type { Assumptions, ElementState, ForceState, LayerState, Party } from "@seceq/core";
import { damageFraction, damagePower, emtPerWarhead, engageSalvo, flightOf, reaches } from "@seceq/core";
import type { ReserveCost, ReserveWarheads } from "./first-strike.js";

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
  const layers: LayerState[] = target.defenses.map((layer) => ({ layer, remaining: layer.interceptors }));
  let warheads = 0;
  let emt = 0;
  for (const r of reserve) {
    const e = r.state.element;
    if (!(r.warheads > 0) || !e.nuclear || !reaches(e, distanceKm)) continue;
    const flying = r.warheads * (survival?.get(e.id) ?? 1) * e.reliability;
    const x = engageSalvo(layers, {
      warheads: flying,
      decoysPerWarhead: e.decoysPerWarhead,
      flight: flightOf(e),
      target: "value",
    });
    x.interceptorsUsed.forEach((u, i) => (layers[i]!.remaining = Math.max(0, layers[i]!.remaining - u)));
    warheads += flying * x.penetration;
    emt += flying * x.penetration * emtPerWarhead(e.yieldKt);
  }
  // The third party's damage curve: a population-model party is scored here by its notional alternative curve when it
  // has one, else by the notional default (w80 = 300); the post-exchange term does not derive population tables.
  return damageFraction(target.value.damageCurve ?? NOTIONAL_THIRD_PARTY_CURVE, { warheads, emt });
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
  const enough = (h: number) =>
    thirds.every(
      (t) => reserveDamage(heldReserve(side, h, reachesCounterpart), t.party, t.distanceKm, t.survival) >= need,
    );
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
  const power = damagePower(a.costExponent);
  return (reserve) => {
    let worst = 0;
    for (const t of thirds) {
      const d = reserveDamage(reserve, t.party, t.distanceKm, t.survival);
      worst = Math.max(worst, a.thirdParty.weight * (1 - power(d)));
    }
    return worst;
  };
}
