/**
 * Conventional precision strike against a point target ([lieber-press-2016], [ford-2010]; methods §1): the SSKP form
 * with an effective vulnerable radius of metres, times the chance that a hit defeats the target, which falls with the
 * target's hardness beyond what the warhead class can defeat.
 */
import { requirePositive, requireProbability } from "./checks.js";
import { sskp } from "./sskp.js";

/**
 * Warhead class of a conventional weapon, which sets the hardest target a direct hit defeats in full:
 * - `blast-fragmentation`: unitary high-explosive or fragmentation warhead (~450 kg class: Tomahawk, JASSM-ER,
 *   Kalibr). Defeats soft targets (aircraft, radars, vehicles, ≲ 50 psi).
 * - `penetrator`: hardened-case penetrating warhead or kinetic glide body (BLU-109 class, hypersonic kinetic).
 *   Defeats reinforced shelters and bunkers up to ~1,000 psi.
 * - `heavy-penetrator`: the 14-t GBU-57 Massive Ordnance Penetrator class, explosive power of 3–5 t TNT
 *   `[lieber-press-2016]`; defeats hardened targets up to ~5,000 psi with a direct hit.
 */
export type ConventionalWarheadClass = "blast-fragmentation" | "penetrator" | "heavy-penetrator";

/**
 * Hardest target, psi, each warhead class defeats with `pDefeatGivenHit` on a hit. Named assumptions [U], the
 * project's own operationalisation of the qualitative gap `[lieber-press-2016]` describe between penetrators and
 * nuclear yields; a scenario element can override its own with `conventional.defeatsHardnessPsi`.
 */
export const CONVENTIONAL_DEFEATS_PSI: Readonly<Record<ConventionalWarheadClass, number>> = {
  "blast-fragmentation": 50,
  penetrator: 1000,
  "heavy-penetrator": 5000,
};

/** Default warhead class when an element names none: `blast-fragmentation` (the common cruise-missile warhead). */
export const DEFAULT_CONVENTIONAL_CLASS: ConventionalWarheadClass = "blast-fragmentation";

/**
 * Probability that a hit defeats a target of the given hardness:
 * `P_defeat(h) = P_defeat · min(1, h_max / h)`, with `h_max` the hardest target the class defeats in full. Beyond
 * `h_max` the chance falls in inverse proportion to hardness (a hit on a target twice as hard as the class defeats
 * succeeds half as often) — a named, monotone stand-in [U], the project's own operationalisation.
 * @param pDefeatGivenHit probability a hit defeats a target within the class's hardness, [0, 1]
 * @param hardnessPsi target hardness, psi (> 0)
 * @param defeatsHardnessPsi hardest target defeated in full, psi (> 0)
 * @returns probability in [0, 1]; non-increasing in `hardnessPsi`
 */
export function defeatProbability(pDefeatGivenHit: number, hardnessPsi: number, defeatsHardnessPsi: number): number {
  requireProbability("pDefeatGivenHit", pDefeatGivenHit);
  requirePositive("hardnessPsi", hardnessPsi);
  requirePositive("defeatsHardnessPsi", defeatsHardnessPsi);
  return pDefeatGivenHit * Math.min(1, defeatsHardnessPsi / hardnessPsi);
}

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
