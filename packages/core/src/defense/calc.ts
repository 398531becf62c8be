/**
 * The defence calculator behind `seceq calc defense`: layered penetration and the chance a target survives.
 */
import { requireNonNegative, requireNonNegativeOrInfinity, requireProbability } from "../physics/checks.js";
import { salvoAttrition, type AttritionLayer } from "./salvo.js";

/** One calculator layer: barrage doctrine. */
export interface CalcDefenseLayer {
  /** Interceptors in inventory; omitted = unlimited (inventory ignored). */
  interceptors?: number | undefined;
  /** Interceptor single-shot kill probability, [0, 1]. */
  pk: number;
  /** Tracking/discrimination (common-mode) probability, [0, 1]. */
  tracking: number;
  /** Interceptors fired at each object (barrage); default 1. */
  shots?: number | undefined;
}

/** Result of {@link calcDefense}. */
export interface CalcDefenseResult {
  /** Probability that one warhead penetrates every layer, [0, 1]. */
  penetration: number;
  /** Probability that the target survives all W warheads, [0, 1]. */
  pTargetSurvives: number;
}

/**
 * Layered defence calculator. Without inventories, penetration = Π_j (1 − P_j) with P_j = q_j (1 − (1 − p_j)^n_j);
 * when any layer gives `interceptors`, the salvo of `warheads` objects (no decoys) is attrited with finite
 * inventories as in `engageSalvo` (layers without a number are unlimited). The target survives with probability
 * (1 − tkp · penetration)^W, treating the warheads' kills as independent.
 * @param tkp terminal kill probability of one arriving warhead, [0, 1]
 * @param layers layers in the order a warhead meets them
 * @param warheads warheads aimed at the target, ≥ 0; default 1
 * @returns penetration and target survival probabilities
 */
export function calcDefense(tkp: number, layers: readonly CalcDefenseLayer[], warheads = 1): CalcDefenseResult {
  requireProbability("tkp", tkp);
  requireNonNegative("warheads", warheads);
  const attrition: AttritionLayer[] = layers.map((l, i) => ({
    layer: {
      pk: l.pk,
      tracking: l.tracking,
      doctrine: { type: "barrage", shots: l.shots ?? 1 },
    },
    remaining:
      l.interceptors === undefined
        ? Infinity
        : requireNonNegativeOrInfinity(`layers[${i}].interceptors`, l.interceptors),
  }));
  // Unlimited layers engage every object, so this is Π_j (1 − P_j) when no inventory is given.
  const penetration = salvoAttrition(attrition, warheads, 1).penetration;
  return { penetration, pTargetSurvives: Math.pow(1 - tkp * penetration, warheads) };
}
