/**
 * Cookie-cutter single-shot kill probability with circular-normal miss distance, terminal kill probability, and
 * several warheads on one target ([richelson-1980]; code form [jimjkelly-nd]).
 */
import { requireNonNegative, requireProbability } from "./checks.js";

/**
 * Single-shot kill probability SSKP = 1 − 0.5^((LR/CEP)²) ([richelson-1980]; code form [jimjkelly-nd]): the chance that a circular-normal
 * miss with the given CEP falls inside the lethal radius.
 *
 * Policy for edge cases: LR = 0 (e.g. a yield of 0) gives 0; CEP = 0 with LR > 0 gives 1 (the limit: every shot
 * lands at the aim point). Negative or non-finite inputs throw `InputError`.
 * @param lethalRadiusM lethal (or vulnerable) radius, m (≥ 0)
 * @param cepM circular error probable, m (≥ 0)
 * @returns SSKP in [0, 1]
 */
export function sskp(lethalRadiusM: number, cepM: number): number {
  requireNonNegative("lethalRadiusM", lethalRadiusM);
  requireNonNegative("cepM", cepM);
  if (lethalRadiusM === 0) return 0;
  if (cepM === 0) return 1;
  const x = lethalRadiusM / cepM;
  return -Math.expm1(-Math.LN2 * x * x);
}

/**
 * Terminal kill probability TKP = R · SSKP ([richelson-1980]), R being launch × flight × detonation reliability.
 * @param sskpValue single-shot kill probability, [0, 1]
 * @param reliability weapon-system reliability, [0, 1]
 * @returns TKP in [0, 1]
 */
export function terminalKillProbability(sskpValue: number, reliability: number): number {
  requireProbability("sskp", sskpValue);
  requireProbability("reliability", reliability);
  return sskpValue * reliability;
}

/**
 * Kill probability of several independent warheads on one target, 1 − Π(1 − tkp_i · φ_i), where φ_0 = 1 and
 * φ_i = 1 − f for every later warhead (the simple fratricide model of [richelson-1980]; f is [U], a parameter).
 * Richelson's example: 0.85 and 0.55 give 0.9325.
 * @param tkps terminal kill probability of each warhead in arrival order, each in [0, 1]
 * @param fratricideFactor loss of effectiveness of each warhead after the first, [0, 1]; default 0
 * @returns probability the target is destroyed, [0, 1]; 0 for no warheads
 */
export function salvoKillProbability(tkps: readonly number[], fratricideFactor = 0): number {
  requireProbability("fratricideFactor", fratricideFactor);
  let survive = 1;
  tkps.forEach((tkp, i) => {
    requireProbability(`tkps[${i}]`, tkp);
    survive *= 1 - tkp * (i > 0 ? 1 - fratricideFactor : 1);
  });
  return 1 - survive;
}
