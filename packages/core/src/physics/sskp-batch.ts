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

function checkShape(model: string, input: SskpBatchInput, out: SskpBatchOutput): void {
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
}

/** List every out-of-range entry (up to {@link MAX_LISTED_ISSUES}) and throw them as one {@link InputError}. */
function throwEntryIssues(input: SskpBatchInput): never {
  const issues: Issue[] = [];
  const n = input.yieldKt.length;
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
    if (!(y >= 0 && y < Infinity)) bad("yieldKt", i, y, "a finite number ≥ 0");
    if (!(c >= 0 && c < Infinity)) bad("cepM", i, c, "a finite number ≥ 0");
    if (!(h > 0 && h < Infinity)) bad("hardnessPsi", i, h, "a finite number > 0");
    if (!(r >= 0 && r <= 1)) bad("reliability", i, r, "a probability in [0, 1]");
  }
  if (more > 0) issues.push({ code: "out_of_range", path: [], message: `and ${more} more out-of-range entries` });
  throw new InputError(issues);
}

/**
 * Compute SSKP (and TKP) of nuclear warheads against targets for many pairs at once.
 *
 * Same formulas and edge-case policy as `lethalRadiusM` → `sskp` → `terminalKillProbability`: a yield of 0 gives
 * SSKP 0; a CEP of 0 with a positive radius gives 1; `brown-1976` falls back to the `overpressure` radius where its
 * bracket is ≤ 0. Results agree with the scalar path to 1e-12 (runs of equal yield or hardness reuse the previous
 * entry's cube roots, so batches laid out by weapon and target class cost little more than one exponential each;
 * where both change, one cube root of their ratio is taken). Validity warnings are not produced: ask
 * `lethalRadiusWarnings` per distinct pair. Every entry is checked as it is read; at the first bad one all problems (up
 * to 20 listed) are thrown together as one {@link InputError}, and the output arrays hold partial results.
 * @param model lethal-radius model (scenario default `brown-1976`)
 * @param input yields (kt), CEPs (m), hardness (psi) and reliabilities, one entry per pair
 * @param out arrays to write SSKP and, if given, TKP into (same length as the inputs)
 * @returns `out.sskp`
 * @throws InputError for an unknown model, arrays of different lengths, or out-of-range entries
 */
export function sskpBatch(model: LethalRadiusModelName, input: SskpBatchInput, out: SskpBatchOutput): Float64Array {
  checkShape(model, input, out);
  const { yieldKt, cepM, hardnessPsi, reliability } = input;
  const { sskp, tkp } = out;
  const n = yieldKt.length;
  // Lethal radius = yieldFactor(y) · hardnessFactor(h) for the two closed-form models; the overpressure model scales
  // as cbrt(y) too (Brode's fit is cube-root scaled), so the hardness factor is its radius at 1 Mt. Where yield and
  // hardness both change, the closed forms take one cube root of their ratio instead of two.
  const ratioRoot = model === "cube-root-2.62" ? 1 : model === "brown-1976" ? 2 : 0;
  let prevY = NaN;
  let yf = 0;
  let prevH = NaN;
  let hf = 0;
  // yf and hf belong to prevY and prevH unless a one-root step left them stale; lastLr always does.
  let yStale = true;
  let hStale = true;
  let lastLr = 0;
  for (let i = 0; i < n; i++) {
    const y = yieldKt[i]!;
    const h = hardnessPsi[i]!;
    const c = cepM[i]!;
    const r = reliability[i]!;
    // One comparison chain per entry (NaN fails every comparison); the details only when something is wrong.
    if (!(y >= 0 && y < Infinity && c >= 0 && c < Infinity && h > 0 && h < Infinity && r >= 0 && r <= 1))
      throwEntryIssues(input);
    let lr: number;
    if (y === prevY && h === prevH) lr = lastLr;
    else {
      const both = y !== prevY && h !== prevH;
      const bracket = both && ratioRoot === 2 ? brownBracket(h) : 0;
      if (both && ratioRoot === 1) {
        lr = 2.62 * NMI_M * Math.cbrt(y / KT_PER_MT / h);
        yStale = hStale = true;
      } else if (bracket > 0) {
        lr = NMI_M * Math.cbrt(y / KT_PER_MT / bracket);
        yStale = hStale = true;
      } else {
        if (y !== prevY || yStale) {
          yf = Math.cbrt(y / KT_PER_MT);
          yStale = false;
        }
        if (h !== prevH || hStale) {
          hf = hardnessFactor(model, h);
          hStale = false;
        }
        lr = yf * hf;
      }
      prevY = y;
      prevH = h;
      lastLr = lr;
    }
    let p: number;
    if (lr === 0) p = 0;
    else if (c === 0) p = 1;
    else {
      const x = lr / c;
      p = oneMinusHalfPow(x * x);
    }
    sskp[i] = p;
    if (tkp) tkp[i] = p * r;
  }
  return sskp;
}

/** Steps per halving in {@link oneMinusHalfPow}'s table. */
const STEPS = 32;
/** 2^−(m/32 + 1/64) for m = 0…2047 (t up to 64 halvings; the midpoint of each step). */
const HALF_POW_TABLE = Float64Array.from({ length: 64 * STEPS }, (_, m) => 2 ** -((m + 0.5) / STEPS));

/**
 * 1 − 0.5^t for t ≥ 0, to an absolute error below 1e-14 (table-driven exponential after [tang-1989]): with
 * m = ⌊32t⌋, 0.5^t = 2^−(m/32 + 1/64) · e^(−u), u = (t − (m + ½)/32) · ln 2, |u| ≤ 0.0109, and e^(−u) by its Taylor
 * series to degree 5 (remainder < 3e-15). Exact 1 for t ≥ 64 (0.5^64 is below half an ulp of 1). About twice as fast
 * as `Math.expm1`, which dominates the batch otherwise; the absolute (not relative) accuracy is what a probability
 * needs.
 */
function oneMinusHalfPow(t: number): number {
  if (!(t < 64)) return 1;
  const m = Math.floor(t * STEPS);
  const u = (t - (m + 0.5) / STEPS) * Math.LN2;
  const e = 1 - u * (1 - u * (1 / 2 - u * (1 / 6 - u * (1 / 24 - u / 120))));
  return 1 - HALF_POW_TABLE[m]! * e;
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
