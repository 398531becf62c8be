/**
 * Kill probability of one warhead against one target: the single entry point the exchange engine calls.
 */
import type { LethalRadiusModelName } from "../schema/scenario.js";
import { InputError } from "../_shared/issues.js";
import { requirePositive, requireProbability } from "./checks.js";
import {
  CONVENTIONAL_DEFEATS_PSI,
  conventionalPk,
  DEFAULT_CONVENTIONAL_CLASS,
  defeatProbability,
  type ConventionalWarheadClass,
} from "./conventional.js";
import { lethalRadiusM, lethalRadiusWarnings } from "./lethal-radius.js";
import { sskp, terminalKillProbability } from "./sskp.js";

/** The weapon fields {@link warheadKill} reads; a scenario `ForceElement` fits. */
export interface WarheadKillWeapon {
  /** Nuclear (true) or conventional (false). */
  nuclear: boolean;
  /** Yield per warhead, kt (≥ 0; ignored for conventional weapons). */
  yieldKt: number;
  /** Circular error probable, m (≥ 0). */
  cepM: number;
  /** Launch × flight × detonation reliability, [0, 1]. */
  reliability: number;
  /** Effect against point targets; required when `nuclear` is false. */
  conventional?:
    | {
        vulnerableRadiusM: number;
        pDefeatGivenHit: number;
        /** Warhead class; default `blast-fragmentation`. */
        warheadClass?: ConventionalWarheadClass | undefined;
        /** Hardest target defeated in full, psi; default from the class ({@link CONVENTIONAL_DEFEATS_PSI}). */
        defeatsHardnessPsi?: number | undefined;
      }
    | undefined;
}

/** Result of {@link warheadKill}. */
export interface WarheadKill {
  /** Lethal radius (nuclear) or vulnerable radius (conventional), m. */
  lethalRadiusM: number;
  /** Kill probability of a warhead that arrives: SSKP (nuclear) or P_hit · P_defeat (conventional). */
  sskp: number;
  /** Terminal kill probability: reliability × sskp. */
  tkp: number;
  /** Validity warnings of the lethal-radius model (empty for conventional weapons). */
  warnings: string[];
}

/**
 * Kill probability of one warhead against a target of given hardness.
 *
 * Nuclear: lethal radius from `model` ([brown-1976], [jimjkelly-nd], [brode-1986]), SSKP = 1 − 0.5^((LR/CEP)²),
 * TKP = R · SSKP.
 * Conventional: the radius is the weapon's vulnerable radius and SSKP = P_hit · P_defeat(h) (methods §1), where
 * P_defeat falls with hardness beyond what the warhead class defeats ({@link defeatProbability}).
 * @param weapon weapon parameters (a `ForceElement` fits)
 * @param hardnessPsi target hardness, psi (> 0)
 * @param model lethal-radius model for nuclear weapons
 * @returns radius (m), SSKP, TKP and model warnings
 * @throws InputError for out-of-range inputs or a conventional weapon without `conventional` effect data
 */
export function warheadKill(weapon: WarheadKillWeapon, hardnessPsi: number, model: LethalRadiusModelName): WarheadKill {
  requireProbability("reliability", weapon.reliability);
  if (!weapon.nuclear) {
    const c = weapon.conventional;
    if (!c)
      throw new InputError([
        {
          code: "missing_field",
          path: ["conventional"],
          message:
            "a conventional weapon (nuclear: false) needs `conventional: { vulnerableRadiusM, pDefeatGivenHit }`",
        },
      ]);
    requirePositive("hardnessPsi", hardnessPsi);
    const limit = c.defeatsHardnessPsi ?? CONVENTIONAL_DEFEATS_PSI[c.warheadClass ?? DEFAULT_CONVENTIONAL_CLASS];
    const p = conventionalPk(
      c.vulnerableRadiusM,
      weapon.cepM,
      defeatProbability(c.pDefeatGivenHit, hardnessPsi, limit),
    );
    return {
      lethalRadiusM: c.vulnerableRadiusM,
      sskp: p,
      tkp: terminalKillProbability(p, weapon.reliability),
      warnings: [],
    };
  }
  requirePositive("hardnessPsi", hardnessPsi);
  const lr = lethalRadiusM(model, weapon.yieldKt, hardnessPsi);
  const p = sskp(lr, weapon.cepM);
  return {
    lethalRadiusM: lr,
    sskp: p,
    tkp: terminalKillProbability(p, weapon.reliability),
    warnings: lethalRadiusWarnings(model, weapon.yieldKt, hardnessPsi),
  };
}
