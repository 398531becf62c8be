/**
 * Technical assumptions of three-party coupling (methods §4, "Three-party coupling"): how much a side holds back
 * against parties outside a dyad, and how its remaining forces against them enter its cost. The project's own
 * operationalisation [U] of the "two-peer" problem; the deterrence criterion follows `[enthoven-smith-1971]`.
 */
import { z } from "zod";

const Probability = z.number().min(0, "must be a probability in [0, 1]").max(1, "must be a probability in [0, 1]");

/** Default third-party assumptions. */
export const DEFAULT_THIRD_PARTY = {
  holdBack: "derived",
  deterrenceDamage: 0.25,
  weight: 0.3,
  maxHoldBack: 0.5,
} as const;

/** Third-party assumptions, nested in a scenario's `assumptions.thirdParty`. */
export const ThirdPartyAssumptions = z.strictObject({
  /**
   * `derived` (default): each side holds back the smallest share of its forces whose warheads, delivered through the
   * third party's defences, destroy `deterrenceDamage` of the third party's value (the larger of that and the party's
   * own `options.holdBackFraction`); `fixed`: only `options.holdBackFraction`.
   */
  holdBack: z.enum(["derived", "fixed"]).default(DEFAULT_THIRD_PARTY.holdBack),
  /**
   * Damage (share of value) a side must be able to inflict on each third party to deter it. Default 0.25, the
   * population share of McNamara's assured-destruction criterion (20–25 % of population, `[enthoven-smith-1971]`).
   */
  deterrenceDamage: z.number().min(0).max(0.99).default(DEFAULT_THIRD_PARTY.deterrenceDamage),
  /**
   * Weight of post-exchange vulnerability in the Kent–Thaler cost: a side's cost rises by
   * `weight · (1 − D_T^a)`, `D_T` the damage its remaining forces can still inflict on the third party. Default 0.3
   * (the Kent–Thaler weight on the adversary's undestroyed value) [U].
   */
  weight: z.number().min(0).max(5).default(DEFAULT_THIRD_PARTY.weight),
  /** Largest derived hold-back share, 0–1 (a side never withholds more from the dyad than this). Default 0.5 [U]. */
  maxHoldBack: Probability.default(DEFAULT_THIRD_PARTY.maxHoldBack),
});
export type ThirdPartyAssumptions = z.infer<typeof ThirdPartyAssumptions>;
