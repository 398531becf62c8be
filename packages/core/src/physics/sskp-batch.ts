/**
 * Batch single-shot and terminal kill probabilities over typed arrays: the nuclear counterforce path of
 * {@link warheadKill} (lethal radius → SSKP → TKP, [richelson-1980], [brown-1976], [jimjkelly-nd], [brode-1986]) for
 * many weapon–target pairs at once, without per-pair objects or warnings. The scalar functions stay the reference; the
 * test beside this file checks agreement to 1e-12 on random inputs.
 */
import type { LethalRadiusModelName } from "../schema/scenario.js";
import { InputError, type Issue } from "../_shared/issues.js";
import { LETHAL_RADIUS_MODELS, brownBracket, overpressureRadiusM } from "./lethal-radius.js";
import { KT_PER_MT, NMI_M } from "./units.js";

/** Inputs of {@link sskpBatch}: one entry per weapon–target pair, all arrays of the same length. */
export interface SskpBatchInput {
  /** Yield per warhead, kt (finite, ≥ 0; 0 gives SSKP 0). */
  yieldKt: Float64Array;
  /** Circular error probable, m (finite, ≥ 0; 0 with a positive radius gives SSKP 1). */
  cepM: Float64Array;
  /** Target hardness, psi of peak overpressure (finite, > 0). */
  hardnessPsi: Float64Array;
  /** Launch × flight × detonation reliability, [0, 1]. */
  reliability: Float64Array;
}

/** Outputs of {@link sskpBatch}; arrays are written in place and must be as long as the inputs. */
export interface SskpBatchOutput {
  /** Single-shot kill probability of a warhead that arrives, [0, 1]. */
  sskp: Float64Array;
  /** Terminal kill probability reliability × SSKP, [0, 1]; optional. */
  tkp?: Float64Array | undefined;
}

/** At most this many problems are listed in one {@link InputError} (the count of the rest is stated). */
const MAX_LISTED_ISSUES = 20;

function checkInputs(model: string, input: SskpBatchInput, out: SskpBatchOutput): void {
  const issues: Issue[] = [];
  if (!Object.hasOwn(LETHAL_RADIUS_MODELS, model))
    issues.push({
      code: "unknown_model",
      path: ["model"],
      message: `unknown lethal-radius model "${model}"`,
      hint: `use one of ${Object.keys(LETHAL_RADIUS_MODELS).join(", ")}`,
    });
  const n = input.yieldKt.length;
  const arrays: [string, Float64Array | undefined][] = [
    ["cepM", input.cepM],
    ["hardnessPsi", input.hardnessPsi],
    ["reliability", input.reliability],
    ["sskp", out.sskp],
    ["tkp", out.tkp],
  ];
  for (const [name, arr] of arrays)
    if (arr !== undefined && arr.length !== n)
      issues.push({
        code: "length_mismatch",
        path: [name],
        message: `${name} has ${arr.length} entries, yieldKt has ${n}: every array must be as long`,
      });
  if (issues.length) throw new InputError(issues);
  let more = 0;
  const bad = (name: string, i: number, value: number, requirement: string): void => {
    if (issues.length < MAX_LISTED_ISSUES)
      issues.push({
        code: "out_of_range",
        path: [name, i],
        message: `${name}[${i}] must be ${requirement} (got ${String(value)})`,
      });
    else more++;
  };
  const { yieldKt, cepM, hardnessPsi, reliability } = input;
  for (let i = 0; i < n; i++) {
    const y = yieldKt[i]!;
    const c = cepM[i]!;
    const h = hardnessPsi[i]!;
    const r = reliability[i]!;
    // One comparison chain per entry; details only when something is wrong.
    if (y >= 0 && y < Infinity && c >= 0 && c < Infinity && h > 0 && h < Infinity && r >= 0 && r <= 1) continue;
    if (!(y >= 0 && y < Infinity)) bad("yieldKt", i, y, "a finite number ≥ 0");
    if (!(c >= 0 && c < Infinity)) bad("cepM", i, c, "a finite number ≥ 0");
    if (!(h > 0 && h < Infinity)) bad("hardnessPsi", i, h, "a finite number > 0");
    if (!(r >= 0 && r <= 1)) bad("reliability", i, r, "a probability in [0, 1]");
  }
  if (more > 0)
    issues.push({ code: "out_of_range", path: [], message: `and ${more} more out-of-range entries` });
  if (issues.length) throw new InputError(issues);
}

/**
 * Compute SSKP (and TKP) of nuclear warheads against targets for many pairs at once.
 *
 * Same formulas and edge-case policy as `lethalRadiusM` → `sskp` → `terminalKillProbability`: a yield of 0 gives
 * SSKP 0; a CEP of 0 with a positive radius gives 1; `brown-1976` falls back to the `overpressure` radius where its
 * bracket is ≤ 0. Results agree with the scalar path to 1e-12 (the cube root is taken of yield and bracket separately,
 * and runs of equal yield or hardness reuse the previous entry's work, so common batches of a few weapon and target
 * classes cost little more than one multiply-exponential each). Validity warnings are not produced: ask
 * `lethalRadiusWarnings` per distinct pair. Every input is checked first; all problems (up to 20 listed) are thrown
 * together as one {@link InputError} and no output is written.
 * @param model lethal-radius model (scenario default `brown-1976`)
 * @param input yields (kt), CEPs (m), hardness (psi) and reliabilities, one entry per pair
 * @param out arrays to write SSKP and, if given, TKP into (same length as the inputs)
 * @returns `out.sskp`
 * @throws InputError for an unknown model, arrays of different lengths, or out-of-range entries
 */
export function sskpBatch(model: LethalRadiusModelName, input: SskpBatchInput, out: SskpBatchOutput): Float64Array {
  checkInputs(model, input, out);
  const { yieldKt, cepM, hardnessPsi, reliability } = input;
  const { sskp, tkp } = out;
  const n = yieldKt.length;
  // Lethal radius = yieldFactor(y) · hardnessFactor(h) for the two closed-form models; the overpressure model scales
  // as cbrt(y) too (Brode's fit is cube-root scaled), so the hardness factor is its radius at 1 kt.
  let prevY = NaN;
  let yf = 0;
  let prevH = NaN;
  let hf = 0;
  const NEG_LN2 = -Math.LN2;
  for (let i = 0; i < n; i++) {
    const y = yieldKt[i]!;
    const h = hardnessPsi[i]!;
    if (y !== prevY) {
      prevY = y;
      yf = Math.cbrt(y / KT_PER_MT);
    }
    if (h !== prevH) {
      prevH = h;
      hf = hardnessFactor(model, h);
    }
    const lr = yf * hf;
    const c = cepM[i]!;
    let p: number;
    if (lr === 0) p = 0;
    else if (c === 0) p = 1;
    else {
      const x = lr / c;
      p = -Math.expm1(NEG_LN2 * x * x);
    }
    sskp[i] = p;
    if (tkp) tkp[i] = p * reliability[i]!;
  }
  return sskp;
}

/** Lethal radius per cube root of yield in Mt, m/Mt^(1/3), for one hardness (psi > 0). */
function hardnessFactor(model: LethalRadiusModelName, h: number): number {
  switch (model) {
    case "brown-1976": {
      const bracket = brownBracket(h);
      if (!(bracket > 0)) return overpressureRadiusM(KT_PER_MT, h);
      return NMI_M / Math.cbrt(bracket);
    }
    case "cube-root-2.62":
      return (2.62 * NMI_M) / Math.cbrt(h);
    case "overpressure":
      return overpressureRadiusM(KT_PER_MT, h);
  }
}
