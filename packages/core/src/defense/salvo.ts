/**
 * A salvo against layered defences with finite interceptor inventories (standard analytic forms, as in [jimjkelly-nd]): each layer engages as
 * many objects as its inventory allows, unengaged objects leak, and later layers see the survivors.
 */
import type { DefenseLayer, FlightProfile } from "../schema/scenario.js";
import { requireNonNegative, requireNonNegativeOrInfinity } from "../physics/checks.js";
import { interceptorsPerObject, layerKillProbability, type EngagementLayer } from "./layer.js";

/** A defence layer and the interceptors it has left (the caller owns and updates `remaining`). */
export interface LayerState {
  layer: DefenseLayer;
  /** Interceptors left, ≥ 0 (may be fractional: expected values). */
  remaining: number;
}

/** An incoming salvo of one weapon type. */
export interface SalvoAttack {
  /** Warheads in flight, ≥ 0 (an expected value; may be fractional). */
  warheads: number;
  /** Decoys or penetration aids per warhead that the defence cannot tell from warheads, ≥ 0. */
  decoysPerWarhead: number;
  /** How the warheads fly; only layers whose `engages` lists it take part. */
  flight: FlightProfile;
  /** What the salvo is aimed at; only layers whose `covers` lists it take part. */
  target: "value" | "forces";
}

/** Result of a salvo engagement. */
export interface SalvoResult {
  /** Probability that one warhead of the salvo gets through every layer, [0, 1]. */
  penetration: number;
  /** Expected interceptors each layer fires, in the order of the input layers (0 for layers not taking part). */
  interceptorsUsed: number[];
}

/** A layer's engagement parameters with its remaining inventory, for {@link salvoAttrition}. */
export interface AttritionLayer {
  layer: EngagementLayer;
  /** Interceptors left, ≥ 0; `Infinity` for an unlimited inventory. */
  remaining: number;
}

/**
 * Attrition of a salvo by layers in order, all of which take part. Objects = warheads · objectsPerWarhead; a layer
 * with per-object expenditure c (see {@link interceptorsPerObject}) engages the share e = min(1, remaining / (c ·
 * objects)) of the objects reaching it and kills an engaged object with probability P (see
 * {@link layerKillProbability}); the rest leak. Decoys are indistinguishable, so they are engaged and killed at the
 * same rate as warheads and the ratio of objects to warheads is the same at every layer. Penetration is
 * Π_j (1 − e_j · P_j), i.e. Π_j (1 − P_j) with unlimited inventories. With no warheads, e = 1 for a layer with any
 * interceptors left (the penetration a single extra warhead would face) and nothing is fired.
 * @param layers layers in the order the salvo meets them
 * @param warheads warheads in flight, ≥ 0
 * @param objectsPerWarhead objects the defence must engage per warhead (1 + decoys), ≥ 0
 * @returns penetration probability and expected interceptors fired per layer; inputs are not changed
 */
export function salvoAttrition(
  layers: readonly AttritionLayer[],
  warheads: number,
  objectsPerWarhead: number,
): SalvoResult {
  requireNonNegative("warheads", warheads);
  requireNonNegative("objectsPerWarhead", objectsPerWarhead);
  let penetration = 1;
  const interceptorsUsed = layers.map((s, i) => {
    const remaining = requireNonNegativeOrInfinity(`layers[${i}].remaining`, s.remaining);
    const kill = layerKillProbability(s.layer);
    const perObject = interceptorsPerObject(s.layer);
    const objects = warheads * objectsPerWarhead * penetration;
    let engaged: number;
    let used = 0;
    if (objects > 0) {
      engaged = Math.min(1, remaining / (perObject * objects));
      used = engaged * objects * perObject;
    } else {
      engaged = remaining > 0 ? 1 : 0;
    }
    penetration *= 1 - engaged * kill;
    return used;
  });
  return { penetration, interceptorsUsed };
}

/**
 * Engage one salvo with a party's defence layers. Only layers whose `engages` includes `attack.flight` and whose
 * `covers` includes `attack.target` take part, in the given order; objects = warheads · (1 + decoysPerWarhead);
 * finite inventories leave a share of objects unengaged, which leak (see {@link salvoAttrition}).
 *
 * Pure: nothing is mutated. The caller subtracts `interceptorsUsed[i]` from `layers[i].remaining`.
 * @param layers the defender's layers with their remaining inventories
 * @param attack the incoming salvo
 * @returns penetration probability per warhead and expected interceptors fired by each layer
 */
export function engageSalvo(layers: readonly LayerState[], attack: SalvoAttack): SalvoResult {
  requireNonNegative("decoysPerWarhead", attack.decoysPerWarhead);
  const taking = layers.map((s) => s.layer.engages.includes(attack.flight) && s.layer.covers.includes(attack.target));
  const active = layers.filter((_, i) => taking[i]);
  const r = salvoAttrition(active, attack.warheads, 1 + attack.decoysPerWarhead);
  let k = 0;
  return {
    penetration: r.penetration,
    interceptorsUsed: taking.map((t) => (t ? r.interceptorsUsed[k++]! : 0)),
  };
}
