/**
 * Lethality K (counter-military potential of one warhead) and Brown's kill probability ([brown-1976], [richelson-1980]),
 * plus Richelson's expected-kills index (§1.4).
 */
import { InputError } from "../_shared/issues.js";
import { requireNonNegative, requirePositive, requireProbability } from "./checks.js";
import { brownBracket } from "./lethal-radius.js";
import { ktToMt, mToNmi } from "./units.js";

/**
 * Lethality K = Y^(2/3) / CEP², Y in Mt and CEP in nmi (Richelson 1980 p. 786, after Collins & Cordesman 1978).
 * Y = 1 Mt and CEP = 1 nmi give K = 1.
 *
 * Policy: a CEP of 0 is refused (K would be infinite; Richelson warns that near-zero CEPs give absurd K).
 * @param yieldKt yield, kt (≥ 0)
 * @param cepM circular error probable, m (> 0)
 * @returns K, Mt^(2/3)/nmi²
 */
export function lethalityK(yieldKt: number, cepM: number): number {
  requireNonNegative("yieldKt", yieldKt);
  requirePositive("cepM", cepM);
  const cep = mToNmi(cepM);
  return Math.pow(ktToMt(yieldKt), 2 / 3) / (cep * cep);
}

/**
 * Brown's hardness factor f(h) = ln2 / (0.068h − 0.23√h + 0.19)^(2/3) (Brown 1976 via Richelson fn. 8).
 * f(5000 psi) ≈ 0.014696.
 * @param hardnessPsi target hardness, psi (> 0)
 * @returns f, nmi²/Mt^(2/3)
 * @throws InputError where the bracket is ≤ 0 (about 2.06–3.79 psi), where the formula has no meaning
 */
export function brownF(hardnessPsi: number): number {
  requirePositive("hardnessPsi", hardnessPsi);
  const bracket = brownBracket(hardnessPsi);
  if (!(bracket > 0))
    throw new InputError([
      {
        code: "out_of_range",
        path: ["hardnessPsi"],
        message: `Brown's f(h) is undefined at ${hardnessPsi} psi (its bracket is ≤ 0 between about 2.06 and 3.79 psi)`,
        hint: "Brown's formula is for hard targets (≥ 100 psi); use the overpressure lethal-radius model",
      },
    ]);
  return Math.LN2 / Math.pow(bracket, 2 / 3);
}

/**
 * Brown's kill probability Pk = 1 − exp(−f(h)·K). Equal to the cookie-cutter SSKP with the brown-1976 radius.
 * @param k lethality K, Mt^(2/3)/nmi² (≥ 0)
 * @param hardnessPsi target hardness, psi (> 0, outside 2.06–3.79 psi)
 * @returns Pk in [0, 1]
 */
export function brownPk(k: number, hardnessPsi: number): number {
  requireNonNegative("k", k);
  return -Math.expm1(-brownF(hardnessPsi) * k);
}

/**
 * Richelson's expected number of targets destroyed ("PSI index", [richelson-1980]): each warhead goes to its own
 * target, so the count is Σ count_i · pk_i. Aggregate K is not transferable between warheads: 500 warheads at
 * Pk .99 and 500 at Pk .05 destroy 510 silos.
 * @param groups warhead groups, each with a count (≥ 0) and a kill probability against the target hardness
 * @returns expected targets destroyed
 */
export function expectedTargetsDestroyed(groups: ReadonlyArray<{ count: number; pk: number }>): number {
  let total = 0;
  groups.forEach((g, i) => {
    requireNonNegative(`groups[${i}].count`, g.count);
    requireProbability(`groups[${i}].pk`, g.pk);
    total += g.count * g.pk;
  });
  return total;
}
