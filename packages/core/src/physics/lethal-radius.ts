/**
 * Lethal radius of a nuclear surface burst against a target of given hardness ([brown-1976], [jimjkelly-nd], [brode-1986]): the distance
 * inside which the peak overpressure reaches the target's hardness, used by the cookie-cutter SSKP (§1.1).
 *
 * Three models, selected by {@link LethalRadiusModelName}:
 * - `brown-1976` (default): LR_nmi = (Y_Mt / (0.068h − 0.23√h + 0.19))^(1/3), derived from Brown's Pk formula as
 *   quoted by Richelson (1980) fn. 8. Good for hard targets; poor below ~100 psi.
 * - `cube-root-2.62`: LR_nmi = 2.62 · Y_Mt^(1/3) / h^(1/3), the public-calculator rule of thumb (cross-check only).
 * - `overpressure`: numerical inversion of Brode's peak-overpressure fit for an ideal surface burst; good from soft
 *   targets (a few psi) up to hard ones.
 */
import type { LethalRadiusModelName } from "../schema/scenario.js";
import { InputError } from "../_shared/issues.js";
import { requireNonNegative, requirePositive } from "./checks.js";
import { ktToMt, NMI_M } from "./units.js";

/** Range of hardness (psi) and yield (kt) inside which a lethal-radius model is considered sound. */
export interface LethalRadiusValidity {
  /** Lowest hardness, psi. */
  minPsi: number;
  /** Highest hardness, psi. */
  maxPsi: number;
  /** Lowest yield, kt. */
  minKt: number;
  /** Highest yield, kt. */
  maxKt: number;
}

/** Documentation of one lethal-radius model. */
export interface LethalRadiusModelInfo {
  /** What the model computes, in one or two sentences. */
  description: string;
  /** Where the formula comes from, with its confidence tag (docs/references.md). */
  source: string;
  /** Where the model is sound; {@link lethalRadiusWarnings} warns outside it. */
  validity: LethalRadiusValidity;
}

/** Metres in one kilofoot (Brode's range unit). */
const KFT_M = 304.8;

/**
 * Yield multiplier for an ideal surface burst in Brode's free-air fit: the ground reflects the whole blast, so a
 * surface burst of W behaves like a free-air burst of 2W (Brode, eq. 33 note). Test-site surfaces give about 1.8.
 */
export const SURFACE_BURST_YIELD_FACTOR = 2;

/** Hardness above which a peak-overpressure kill criterion says little (cratering and ground shock govern), psi. */
const OVERPRESSURE_CRITERION_MAX_PSI = 10_000;

/** Documentation and validity of each lethal-radius model ([brown-1976], [jimjkelly-nd], [brode-1986]). */
export const LETHAL_RADIUS_MODELS: Record<LethalRadiusModelName, LethalRadiusModelInfo> = {
  "brown-1976": {
    description:
      "LR_nmi = (Y_Mt / (0.068h − 0.23√h + 0.19))^(1/3): the equivalent cookie-cutter radius of Brown's " +
      "Pk = 1 − exp(−f(h)K). The bracket fits Y/R³ of the surface-burst relation h = 14.7·Y/R³ + 12.8·√(Y/R³) " +
      "within 0.5 % at 1,000–5,000 psi. Below ~100 psi the bracket falls towards zero (it is ≤ 0 between about " +
      "2.06 and 3.79 psi) and the radius blows up; there the model falls back to `overpressure` and warns.",
    source:
      "Brown (1976) as quoted in Richelson, 'Evaluating the Strategic Balance', AJPS 24(4), 1980, fn. 8 [C]; " +
      "radius form derived in [brown-1976] [D].",
    validity: { minPsi: 100, maxPsi: OVERPRESSURE_CRITERION_MAX_PSI, minKt: 1, maxKt: 20_000 },
  },
  "cube-root-2.62": {
    description:
      "LR_nmi = 2.62 · Y_Mt^(1/3) / h^(1/3): a rule of thumb that runs 3–6 % above brown-1976 at 1,000–10,000 psi " +
      "and far below the overpressure fit for soft targets (−26 % at 10 psi). Keep as a cross-check.",
    source:
      "Public missile-defence calculator jimjkelly/missile-defense, calculations.js, with yield read in kt and the " +
      "result in m ([jimjkelly-nd]) [S].",
    validity: { minPsi: 100, maxPsi: OVERPRESSURE_CRITERION_MAX_PSI, minKt: 1, maxKt: 20_000 },
  },
  overpressure: {
    description:
      "Inverts Brode's free-air peak-overpressure fit ΔP(r) = 2/r + 3/r^1.5 + (1.6/r³)·(1 + 105·(10r)⁴ / " +
      "(1 + 12920·(10r)⁸)) psi, r in kft per kt^(1/3), with twice the yield for an ideal surface burst. Suitable " +
      "for soft targets: within 2 % of the 14.7/12.8 relation behind Brown's bracket at 20–5,000 psi, within 3.3 % " +
      "of Brode's height-of-burst fit at zero burst height over 1–10,000 psi.",
    source:
      "H. L. Brode, 'Airblast from Nuclear Bursts — Analytic Approximations', Pacific-Sierra Research Corp., " +
      "PSR Report 1419-3 (DNA 001-85-C-0089), 1986/July 1987, eq. (33); stated fit range 0.07–400,000 psi, " +
      "within 5 % of a detailed 1-D calculation. Form and constants read in public implementations " +
      "(Prethea-Phoenixia/HeWu modelBrode1987Freeair.py; cross-checked against GOFAI/glasstone overpressure.py) [S].",
    validity: { minPsi: 0.1, maxPsi: OVERPRESSURE_CRITERION_MAX_PSI, minKt: 1, maxKt: 20_000 },
  },
};

/**
 * Brown's bracket 0.068h − 0.23√h + 0.19 (≈ Y/R³ at hardness h, Y in Mt, R in nmi). It is ≤ 0 for h between
 * about 2.06 and 3.79 psi.
 * @param hardnessPsi target hardness, psi (> 0)
 * @returns the bracket, Mt/nmi³ (dimensionally Y/R³)
 */
export function brownBracket(hardnessPsi: number): number {
  return 0.068 * hardnessPsi - 0.23 * Math.sqrt(hardnessPsi) + 0.19;
}

/**
 * Brode's free-air peak overpressure at scaled range r (eq. 33).
 * @param r scaled slant range, kft per kt^(1/3) of free-air yield (> 0)
 * @returns peak overpressure, psi
 */
function brodeFreeAirPsi(r: number): number {
  const u4 = (10 * r) ** 4;
  return 2 / r + 3 / r ** 1.5 + (1.6 / r ** 3) * (1 + (105 * u4) / (1 + 12920 * u4 * u4));
}

/**
 * Peak overpressure of an ideal surface burst at a ground range: Brode's free-air fit, eq. (33) of "Airblast from
 * Nuclear Bursts — Analytic Approximations" (PSR Report 1419-3, 1986/87; constants via public implementations, [S]),
 * evaluated at twice the yield because the ground reflects the blast. Stated fit range 0.07–400,000 psi.
 * @param rangeM ground range from ground zero, m (> 0)
 * @param yieldKt yield, kt (> 0)
 * @returns peak overpressure, psi
 */
export function surfaceBurstOverpressurePsi(rangeM: number, yieldKt: number): number {
  requirePositive("rangeM", rangeM);
  requirePositive("yieldKt", yieldKt);
  const scale = Math.cbrt(SURFACE_BURST_YIELD_FACTOR * yieldKt) * KFT_M;
  return brodeFreeAirPsi(rangeM / scale);
}

/**
 * Ground range at which an ideal surface burst produces a given peak overpressure: bisection of Brode's fit in
 * log-range (the fit decreases strictly with range), to full double precision.
 * @param yieldKt yield, kt (≥ 0; 0 gives 0 m)
 * @param hardnessPsi peak overpressure, psi (> 0)
 * @returns ground range, m
 */
export function overpressureRadiusM(yieldKt: number, hardnessPsi: number): number {
  requireNonNegative("yieldKt", yieldKt);
  requirePositive("hardnessPsi", hardnessPsi);
  if (yieldKt === 0) return 0;
  let lo = Math.log(1e-5);
  let hi = Math.log(1e5);
  for (let i = 0; i < 64; i++) {
    const mid = 0.5 * (lo + hi);
    if (brodeFreeAirPsi(Math.exp(mid)) > hardnessPsi) lo = mid;
    else hi = mid;
  }
  return Math.exp(0.5 * (lo + hi)) * Math.cbrt(SURFACE_BURST_YIELD_FACTOR * yieldKt) * KFT_M;
}

function assertModel(model: string): asserts model is LethalRadiusModelName {
  if (!Object.hasOwn(LETHAL_RADIUS_MODELS, model))
    throw new InputError([
      {
        code: "unknown_model",
        path: ["model"],
        message: `unknown lethal-radius model "${model}"`,
        hint: `use one of ${Object.keys(LETHAL_RADIUS_MODELS).join(", ")}`,
      },
    ]);
}

/**
 * Lethal radius of a surface burst against a target of the given hardness.
 *
 * Policy: a yield of 0 kt gives 0 m (no weapon, SSKP 0); negative or non-finite yields and hardness ≤ 0 throw
 * {@link InputError}. `brown-1976` never returns NaN or a negative radius: where Brown's bracket is ≤ 0 (about
 * 2.06–3.79 psi) it returns the `overpressure` radius instead, and {@link lethalRadiusWarnings} says so.
 * @param model lethal-radius model (scenario default `brown-1976`)
 * @param yieldKt yield, kt (≥ 0)
 * @param hardnessPsi target hardness, psi of peak overpressure (> 0)
 * @returns lethal radius, m
 */
export function lethalRadiusM(model: LethalRadiusModelName, yieldKt: number, hardnessPsi: number): number {
  assertModel(model);
  requireNonNegative("yieldKt", yieldKt);
  requirePositive("hardnessPsi", hardnessPsi);
  if (yieldKt === 0) return 0;
  const yMt = ktToMt(yieldKt);
  switch (model) {
    case "brown-1976": {
      const bracket = brownBracket(hardnessPsi);
      if (!(bracket > 0)) return overpressureRadiusM(yieldKt, hardnessPsi);
      return Math.cbrt(yMt / bracket) * NMI_M;
    }
    case "cube-root-2.62":
      return ((2.62 * Math.cbrt(yMt)) / Math.cbrt(hardnessPsi)) * NMI_M;
    case "overpressure":
      return overpressureRadiusM(yieldKt, hardnessPsi);
  }
}

function fmtNum(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: x < 10 ? 2 : 0 });
}

/**
 * Warnings for a lethal-radius evaluation outside the model's validity: yield
 * outside the model's range, hardness below its floor (with the overpressure-fit radius for comparison), hardness
 * above 10,000 psi, and Brown's fallback where its bracket is ≤ 0. Empty when the inputs are inside the range.
 * @param model lethal-radius model
 * @param yieldKt yield, kt (≥ 0)
 * @param hardnessPsi target hardness, psi (> 0)
 * @returns human-readable warnings, possibly none
 */
export function lethalRadiusWarnings(model: LethalRadiusModelName, yieldKt: number, hardnessPsi: number): string[] {
  assertModel(model);
  requireNonNegative("yieldKt", yieldKt);
  requirePositive("hardnessPsi", hardnessPsi);
  const v = LETHAL_RADIUS_MODELS[model].validity;
  const out: string[] = [];
  if (yieldKt === 0) {
    out.push("yield is 0 kt: no blast, lethal radius 0 m");
    return out;
  }
  if (yieldKt < v.minKt || yieldKt > v.maxKt)
    out.push(
      `yield ${fmtNum(yieldKt)} kt is outside the ${model} model's range ${fmtNum(v.minKt)}–${fmtNum(v.maxKt)} kt ` +
        "(cube-root scaling from the 1-kt standard is less certain there)",
    );
  if (model === "brown-1976" && !(brownBracket(hardnessPsi) > 0)) {
    out.push(
      `brown-1976 is undefined at ${fmtNum(hardnessPsi)} psi (its bracket 0.068h − 0.23√h + 0.19 is ≤ 0); ` +
        "used the overpressure model (Brode's surface-burst fit) instead",
    );
  } else if (hardnessPsi < v.minPsi) {
    const own = lethalRadiusM(model, yieldKt, hardnessPsi);
    const ref = overpressureRadiusM(yieldKt, hardnessPsi);
    out.push(
      `${model} is poor below ${fmtNum(v.minPsi)} psi (got ${fmtNum(hardnessPsi)} psi): its radius ${fmtNum(own)} m ` +
        `differs by ${fmtNum((100 * (own - ref)) / ref)} % from ${fmtNum(ref)} m by Brode's overpressure fit; ` +
        "use the overpressure model for soft targets",
    );
  }
  if (hardnessPsi > v.maxPsi)
    out.push(
      `hardness ${fmtNum(hardnessPsi)} psi is above ${fmtNum(v.maxPsi)} psi, where a peak-overpressure kill ` +
        "criterion says little (cratering and ground shock govern very hard and deep-buried targets)",
    );
  return out;
}
