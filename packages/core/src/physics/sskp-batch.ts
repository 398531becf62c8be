/**
 * Batch single-shot and terminal kill probabilities over typed arrays: the nuclear counterforce path of
 * {@link warheadKill} (lethal radius → SSKP → TKP, [richelson-1980], [brown-1976], [jimjkelly-nd], [brode-1986]) for
 * many weapon–target pairs at once, without per-pair objects or warnings. The scalar functions stay the reference; the
 * test beside this file checks agreement to 1e-12 on random inputs.
 */
import type { LethalRadiusModelName } from "../schema/scenario.js";
import { InputError, type Issue } from "../_shared/issues.js";
import { LETHAL_RADIUS_MODELS, lethalRadiusM, overpressureRadiusM } from "./lethal-radius.js";
import { SSKP_WASM_CHUNK, sskpWasmKernel, type SskpWasmKernel } from "./sskp-wasm.js";
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

/** Which implementation {@link sskpBatch} runs: the WebAssembly SIMD kernel where it exists, or plain JavaScript. */
export type SskpBatchEngine = "auto" | "js" | "wasm";

/** Options of {@link sskpBatch}. */
export interface SskpBatchOptions {
  /**
   * `auto` (default): the WebAssembly SIMD kernel for `brown-1976` and `cube-root-2.62` where the runtime has it, else
   * JavaScript; `js`: always JavaScript (the reference path); `wasm`: the kernel, or an `Error` where it is unavailable
   * (for tests and benchmarks). `overpressure` always runs in JavaScript. Results agree to 1e-12 whichever runs.
   */
  engine?: SskpBatchEngine | undefined;
}

/**
 * The closed-form models as b = α·h + β·√h + γ (Mt/nmi³) and t = (LR/CEP)² = K·(Y_Mt/(b·CEP³))^(2/3): Brown's bracket
 * (the same arithmetic as `brownBracket`, so the fallback decision b ≤ 0 is the same bit for bit) with K = 1852² m²,
 * and the rule of thumb b = h with K = (2.62·1852)² m².
 */
const CLOSED_FORM = {
  "brown-1976": { alpha: 0.068, beta: -0.23, gamma: 0.19, k: NMI_M * NMI_M },
  "cube-root-2.62": { alpha: 1, beta: 0, gamma: 0, k: (2.62 * NMI_M) ** 2 },
} as const;

/**
 * Compute SSKP (and TKP) of nuclear warheads against targets for many pairs at once.
 *
 * Same formulas and edge-case policy as `lethalRadiusM` → `sskp` → `terminalKillProbability`: a yield of 0 gives
 * SSKP 0; a CEP of 0 with a positive radius gives 1; `brown-1976` falls back to the `overpressure` radius where its
 * bracket is ≤ 0. Results agree with the scalar path to 1e-12 (observed: about 5e-16). The two closed-form models need
 * one cube root per pair, taken as a^(2/3) of a = Y/(b·CEP³) by exact algebra (no `Math.cbrt`, `Math.pow` or
 * `Math.expm1`): in the WebAssembly SIMD kernel ({@link sskpWasmKernel}) where available, else in JavaScript; pairs
 * that leave the fast path (zero yield or CEP, Brown's fallback, extreme magnitudes) take the scalar formulas.
 * `overpressure` reuses the previous entry's cube roots where yield or hardness repeat. Validity warnings are not
 * produced: ask `lethalRadiusWarnings` per distinct pair. Every entry is checked; at the first bad one (or the first bad
 * block of up to 2,048 pairs) all problems (up to 20 listed) are thrown together as one {@link InputError}, and the
 * output arrays hold partial results.
 * @param model lethal-radius model (scenario default `brown-1976`)
 * @param input yields (kt), CEPs (m), hardness (psi) and reliabilities, one entry per pair
 * @param out arrays to write SSKP and, if given, TKP into (same length as the inputs)
 * @param options which implementation to run (default: the fastest available)
 * @returns `out.sskp`
 * @throws InputError for an unknown model, arrays of different lengths, or out-of-range entries
 */
export function sskpBatch(
  model: LethalRadiusModelName,
  input: SskpBatchInput,
  out: SskpBatchOutput,
  options: SskpBatchOptions = {},
): Float64Array {
  checkShape(model, input, out);
  const engine = options.engine ?? "auto";
  if (model === "overpressure") overpressureBatch(input, out);
  else {
    const kernel = engine === "js" ? undefined : sskpWasmKernel();
    if (engine === "wasm" && !kernel) throw new Error("sskpBatch: the WebAssembly SIMD kernel is unavailable here");
    if (kernel) closedFormWasm(kernel, model, input, out);
    else closedFormJs(model, input, out);
  }
  return out.sskp;
}

/** Pairs per block of the JavaScript passes (the block's values stay in the first-level cache between passes). */
const BLOCK = 1024;
/** Smallest positive normal double, 2^−1022. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** Scratch for reading a double's exponent bits; HI is the index of its high 32-bit word on this platform. */
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(Float64Array.of(-0).buffer)[7] === 0x80 ? 1 : 0;
/** 2^−(e − 1023) and 2^−(e − 1023)/3 for each biased exponent e = 0…2047. */
const EXP_SCALE = Float64Array.from({ length: 2048 }, (_, e) => 2 ** -(e - 1023));
const EXP_INV_CBRT = Float64Array.from({ length: 2048 }, (_, e) => 2 ** (-(e - 1023) / 3));
/** Degree-4 interpolant of f^(−1/3) at Chebyshev nodes of [1, 2], in powers of (f − 1.5); relative error ≤ 4.5e-5. */
const [IC0, IC1, IC2, IC3, IC4] = [
  0.8735804647362989, -0.19381393953422762, 0.08609217536712188, -0.049665048580939, 0.02778280101858519,
];

/**
 * The closed-form models in JavaScript, block by block in three passes: a = y / (1000·b·c³) per pair with the checks;
 * t = K·a^(2/3); SSKP = 1 − 2^(−t) and TKP. a^(−1/3) comes from the exponent (tables) and a polynomial in the mantissa,
 * refined by one step of the binomial series (as in `sskp-wasm.ts`). Pairs off the fast path are marked NaN and filled
 * from the scalar formulas after the block. Three short loops instead of one long one: each pair's chain of dependent
 * operations is long, and split up, consecutive pairs overlap in the processor (1.5× faster, measured).
 */
function closedFormJs(model: "brown-1976" | "cube-root-2.62", input: SskpBatchInput, out: SskpBatchOutput): void {
  const { yieldKt, cepM, hardnessPsi, reliability } = input;
  const { sskp, tkp } = out;
  const { alpha, beta, gamma, k } = CLOSED_FORM[model];
  const n = yieldKt.length;
  for (let lo = 0; lo < n; lo += BLOCK) {
    const hi = Math.min(n, lo + BLOCK);
    let slow = false;
    for (let i = lo; i < hi; i++) {
      const y = yieldKt[i]!;
      const c = cepM[i]!;
      const h = hardnessPsi[i]!;
      const r = reliability[i]!;
      // One comparison chain per entry (NaN fails every comparison); the details only when something is wrong.
      if (!(y >= 0 && y < Infinity && c >= 0 && c < Infinity && h > 0 && h < Infinity && r >= 0 && r <= 1))
        throwEntryIssues(input);
      const b = alpha * h + beta * Math.sqrt(h) + gamma;
      const d = 1000 * b * c * c * c;
      const a = y / d;
      if (b >= MIN_NORMAL && d >= MIN_NORMAL && a >= MIN_NORMAL && a < Infinity) sskp[i] = a;
      else {
        sskp[i] = NaN;
        slow = true;
      }
    }
    for (let i = lo; i < hi; i++) {
      const a = sskp[i]!;
      F64[0] = a;
      const e = U32[HI]! >>> 20;
      const z = a * EXP_SCALE[e]! - 1.5;
      let g = (IC0 + z * (IC1 + z * (IC2 + z * (IC3 + z * IC4)))) * EXP_INV_CBRT[e]!;
      const ee = 1 - a * g * g * g;
      g += g * ee * (1 / 3 + ee * (2 / 9 + ee * (14 / 81)));
      sskp[i] = k * (a * g);
    }
    for (let i = lo; i < hi; i++) {
      const p = oneMinusHalfPow(sskp[i]!);
      sskp[i] = p;
      if (tkp) tkp[i] = p * reliability[i]!;
    }
    if (slow) fillSlow(model, input, out, lo, hi);
  }
}

/** Fill the NaN-marked pairs of [lo, hi) from the scalar formulas. */
function fillSlow(
  model: LethalRadiusModelName,
  input: SskpBatchInput,
  out: SskpBatchOutput,
  lo: number,
  hi: number,
): void {
  const { sskp, tkp } = out;
  for (let i = lo; i < hi; i++)
    if (Number.isNaN(sskp[i])) {
      // `sskp`'s formula and edge cases, minus its check that the radius is finite: a radius that overflows (a yield
      // near the largest double over Brown's bracket near 0) kills for certain, as the limit says.
      const lr = lethalRadiusM(model, input.yieldKt[i]!, input.hardnessPsi[i]!);
      const c = input.cepM[i]!;
      const x = lr / c;
      const p = lr === 0 ? 0 : c === 0 ? 1 : -Math.expm1(-Math.LN2 * x * x);
      sskp[i] = p;
      if (tkp) tkp[i] = p * input.reliability[i]!;
    }
}

/** A harmless pair (fast path, valid) that pads an odd chunk for the two-lane kernel. */
const PAD = { yieldKt: 1, cepM: 1, hardnessPsi: 1, reliability: 0 };

/** The closed-form models on the WebAssembly kernel, chunk by chunk through its memory. */
function closedFormWasm(
  kernel: SskpWasmKernel,
  model: "brown-1976" | "cube-root-2.62",
  input: SskpBatchInput,
  out: SskpBatchOutput,
): void {
  const { alpha, beta, gamma, k } = CLOSED_FORM[model];
  const n = input.yieldKt.length;
  for (let lo = 0; lo < n; lo += SSKP_WASM_CHUNK) {
    const hi = Math.min(n, lo + SSKP_WASM_CHUNK);
    const len = hi - lo;
    kernel.yieldKt.set(input.yieldKt.subarray(lo, hi));
    kernel.cepM.set(input.cepM.subarray(lo, hi));
    kernel.hardnessPsi.set(input.hardnessPsi.subarray(lo, hi));
    kernel.reliability.set(input.reliability.subarray(lo, hi));
    if (len % 2) {
      kernel.yieldKt[len] = PAD.yieldKt;
      kernel.cepM[len] = PAD.cepM;
      kernel.hardnessPsi[len] = PAD.hardnessPsi;
      kernel.reliability[len] = PAD.reliability;
    }
    const flags = kernel.run(len + (len % 2), alpha, beta, gamma, k);
    if (flags & 1) throwEntryIssues(input);
    out.sskp.set(kernel.sskp.subarray(0, len), lo);
    out.tkp?.set(kernel.tkp.subarray(0, len), lo);
    if (flags & 2) fillSlow(model, input, out, lo, hi);
  }
}

/**
 * The `overpressure` model: Brode's radius scales as the cube root of yield, so LR = cbrt(Y_Mt)·(radius at 1 Mt), the
 * latter found once per hardness (memoised bisection) and reused while the hardness repeats, as is the yield's cube
 * root while the yield repeats.
 */
function overpressureBatch(input: SskpBatchInput, out: SskpBatchOutput): void {
  const { yieldKt, cepM, hardnessPsi, reliability } = input;
  const { sskp, tkp } = out;
  const n = yieldKt.length;
  let prevY = NaN;
  let yf = 0;
  let prevH = NaN;
  let hf = 0;
  for (let i = 0; i < n; i++) {
    const y = yieldKt[i]!;
    const c = cepM[i]!;
    const h = hardnessPsi[i]!;
    const r = reliability[i]!;
    if (!(y >= 0 && y < Infinity && c >= 0 && c < Infinity && h > 0 && h < Infinity && r >= 0 && r <= 1))
      throwEntryIssues(input);
    if (y !== prevY) {
      yf = Math.cbrt(y / KT_PER_MT);
      prevY = y;
    }
    if (h !== prevH) {
      hf = overpressureRadiusM(KT_PER_MT, h);
      prevH = h;
    }
    const lr = yf * hf;
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
}

/** Steps per halving in {@link oneMinusHalfPow}'s table. */
const STEPS = 32;
/** 2^−(m/32) for m = 0…2048 (t up to 64 halvings, the left edge of each step). */
const HALF_POW_TABLE = Float64Array.from({ length: 64 * STEPS + 1 }, (_, m) => 2 ** -(m / STEPS));

/**
 * 1 − 0.5^t for t ≥ 0 (NaN stays NaN), to an absolute error below 1e-15 (table-driven exponential after [tang-1989]):
 * with m = ⌊32t⌋, 0.5^t = 2^−(m/32) · e^(−u), u = (t − m/32) · ln 2 ∈ [0, 0.0217), and e^(−u) by its Taylor series to
 * degree 6 (remainder < 5e-16). t = 0 gives exactly 0; t ≥ 64 gives exactly 1 (0.5^64 is below half an ulp of 1).
 * Several times as fast as `Math.expm1`; the absolute (not relative) accuracy is what a probability needs.
 */
function oneMinusHalfPow(t: number): number {
  const tc = t > 64 ? 64 : t;
  const m = (tc * STEPS) | 0;
  const u = (tc - m / STEPS) * Math.LN2;
  const e = 1 - u * (1 - u * (1 / 2 - u * (1 / 6 - u * (1 / 24 - u * (1 / 120 - u / 720)))));
  return 1 - HALF_POW_TABLE[m]! * e;
}
