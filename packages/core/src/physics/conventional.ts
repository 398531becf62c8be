/**
 * Conventional precision strike against a point target ([lieber-press-2016], [ford-2010]): the SSKP form with an effective
 * vulnerable radius of metres, times the chance that a hit defeats the target.
 */
import { requireProbability } from "./checks.js";
import { sskp } from "./sskp.js";

/**
 * Kill probability of one conventional weapon that arrives: P_hit · P_defeat, with
 * P_hit = 1 − 0.5^((r_v/CEP)²). Reliability is not included (multiply by it for the terminal kill probability).
 * @param vulnerableRadiusM effective vulnerable radius: a miss closer than this defeats the target, m (≥ 0)
 * @param cepM circular error probable, m (≥ 0; 0 gives P_hit = 1 when r_v > 0)
 * @param pDefeatGivenHit probability a hit defeats the target (depth, hardness, penetration), [0, 1]
 * @returns kill probability in [0, 1]
 */
export function conventionalPk(vulnerableRadiusM: number, cepM: number, pDefeatGivenHit: number): number {
  requireProbability("pDefeatGivenHit", pDefeatGivenHit);
  return sskp(vulnerableRadiusM, cepM) * pDefeatGivenHit;
}
