/**
 * Counter-military potential of one warhead ([richelson-1980], [suh-2022]) under the two published conventions.
 */
import { InputError } from "../_shared/issues.js";
import { requireNonNegative, requirePositive } from "../physics/checks.js";
import { ktToMt, mToKm, mToNmi } from "../physics/units.js";

/**
 * CMP convention:
 * - `richelson`: K = Y^(2/3) / CEP², Y in Mt, CEP in nmi (Richelson 1980).
 * - `suh`: Y^(2/3) / CEP² for Y ≥ 0.2 Mt and Y^(4/5) / CEP² below, CEP in **km** (Suh 2022, citing Salman,
 *   Sullivan & Van Evera 1989 and Przemieniecki 2000); gravity bombs are excluded from CMP by `partyParity`.
 */
export type CmpConvention = "richelson" | "suh";

/** Yield below which Suh's convention uses the exponent 4/5, Mt. */
export const SUH_LOW_YIELD_MT = 0.2;

/**
 * CMP (lethality K) of one warhead.
 *
 * Policy: CEP 0 is refused (CMP would be infinite; [richelson-1980] warns that near-zero CEPs give absurd values).
 * For the same warhead at Y ≥ 0.2 Mt, the Richelson value is 1.852² ≈ 3.43 times the Suh value (km versus nmi).
 * @param yieldKt yield, kt (≥ 0)
 * @param cepM circular error probable, m (> 0)
 * @param convention `richelson` (nmi) or `suh` (km, Y^(4/5) below 0.2 Mt)
 * @returns CMP, Mt^(2/3)/nmi² (richelson) or Mt^(2/3 or 4/5)/km² (suh)
 */
export function cmpPerWarhead(yieldKt: number, cepM: number, convention: CmpConvention): number {
  const y = ktToMt(requireNonNegative("yieldKt", yieldKt));
  requirePositive("cepM", cepM);
  if (convention === "richelson") {
    const cep = mToNmi(cepM);
    return Math.pow(y, 2 / 3) / (cep * cep);
  }
  if (convention === "suh") {
    const cep = mToKm(cepM);
    return Math.pow(y, y < SUH_LOW_YIELD_MT ? 4 / 5 : 2 / 3) / (cep * cep);
  }
  throw new InputError([
    {
      code: "unknown_convention",
      path: ["convention"],
      message: `unknown CMP convention "${String(convention)}"`,
      hint: "use richelson or suh",
    },
  ]);
}
