/**
 * WebAssembly SIMD kernel behind {@link sskpBatch} for the two closed-form lethal-radius models (`brown-1976`,
 * `cube-root-2.62`): two pairs per instruction, written out here as a small module built from its opcodes (no toolchain,
 * no file to fetch) and compiled synchronously on first use. It is pure: no imports, no host functions; where
 * WebAssembly or its SIMD extension is missing (or a content-security policy forbids compiling), {@link sskpWasmKernel}
 * returns `undefined` and `sskpBatch` keeps to its JavaScript path, which stays the reference.
 *
 * Per pair, with b = α·h + β·√h + γ the model's bracket (Brown: 0.068, −0.23, 0.19; rule of thumb: 1, 0, 0):
 * a = y / (1000·b·c³), t = K·a^(2/3) = (LR/CEP)² (K = 1852² m² for Brown, (2.62·1852)² for the rule of thumb), and
 * SSKP = 1 − 2^(−t) ([richelson-1980]). Neither cube root nor exponential is an instruction, so:
 * - a^(−1/3): a = 2^(3q + r)·f with f ∈ [1, 2), r ∈ {0, 1, 2} taken from the exponent bits; f^(−1/3) by a degree-4
 *   Chebyshev-node polynomial (relative error ≤ 4.5e-5), times 2^(−r/3) and 2^(−q); then one step of the binomial series
 *   g ← g·(1 + e/3 + 2e²/9 + 14e³/81), e = 1 − a·g³, whose remainder is below 0.15·e⁴ < 1e-16.
 * - 2^(−t) ([tang-1989] style reduction): t clamped to 64 (2^(−64) is below half an ulp of 1, so SSKP is exactly 1
 *   there), k = round(t), x = (t − k)·ln 2 with |x| ≤ ln 2 / 2, e^(−x) by its Taylor series to degree 12 (remainder
 *   |x|¹³/13!·e^|x| < 2.5e-16 relative), times 2^(−k) built in the exponent bits. t = 0 gives exactly 0.
 * Observed agreement with the scalar reference is about 5e-16 absolute (the tests hold it to 1e-14;
 * `sskpBatch` promises 1e-12).
 *
 * Pairs outside the fast path (b, 1000·b·c³ or a not a normal positive number: zero yield, zero CEP, Brown's bracket
 * ≤ 0, extreme magnitudes) come out as NaN, and the caller fills them from the scalar formulas. The kernel runs in
 * three passes over the chunk (validate and divide; cube root; exponential) because one long dependency chain per
 * pair leaves the processor waiting: split, the passes overlap consecutive pairs well (about 2× faster).
 */

/** Pairs per {@link SskpWasmKernel.run} call: the length of each array region in the module's memory. */
export const SSKP_WASM_CHUNK = 2048;

/** The compiled kernel: views of its memory and the entry point. */
export interface SskpWasmKernel {
  /** Input region: yield per pair, kt ({@link SSKP_WASM_CHUNK} entries, a view of the module's memory). */
  readonly yieldKt: Float64Array;
  /** Input region: CEP per pair, m. */
  readonly cepM: Float64Array;
  /** Input region: target hardness per pair, psi. */
  readonly hardnessPsi: Float64Array;
  /** Input region: reliability per pair, [0, 1]. */
  readonly reliability: Float64Array;
  /** Output region: SSKP per pair, [0, 1], or NaN where the pair left the fast path. */
  readonly sskp: Float64Array;
  /** Output region: TKP = reliability × SSKP per pair (NaN with the SSKP). */
  readonly tkp: Float64Array;
  /**
   * Compute the first `n` pairs of the input regions into the output regions.
   * @param n pairs, even, 2 … {@link SSKP_WASM_CHUNK} (pad an odd count with a harmless pair)
   * @param alpha bracket coefficient of h, psi⁻¹·Mt/nmi³ (Brown 0.068; rule of thumb 1)
   * @param beta bracket coefficient of √h (Brown −0.23; rule of thumb 0)
   * @param gamma bracket constant (Brown 0.19; rule of thumb 0)
   * @param k t = k·a^(2/3) multiplier, m² per nmi² (Brown 1852²; rule of thumb (2.62·1852)²)
   * @returns bit 0 set when some input is out of range (the caller lists them); bit 1 set when some pair left the fast
   *   path (its outputs are NaN)
   */
  run(n: number, alpha: number, beta: number, gamma: number, k: number): number;
}

/** Smallest positive normal double, 2^−1022. */
const MIN_NORMAL = 2.2250738585072014e-308;
/** 1.5·2⁵² + 1023: subtracting t ∈ [0, 64] rounds to an integer whose low bits, shifted left 52, are 2^(−round(t)). */
const ROUND_BIAS = 1.5 * 2 ** 52 + 1023;
/** Degree-4 interpolant of f^(−1/3) at Chebyshev nodes of [1, 2], in powers of (f − 1.5); relative error ≤ 4.5e-5. */
const INV_CBRT_POLY = [
  0.8735804647362989, -0.19381393953422762, 0.08609217536712188, -0.049665048580939, 0.02778280101858519,
];
/** 2^(−r/3) for r = 0, 1, 2 as 1 + r·(A1 + r·A2) (exact at the three points up to rounding). */
const R_A2 = (2 ** (-2 / 3) - 1 - 2 * (2 ** (-1 / 3) - 1)) / 2;
const R_A1 = 2 ** (-1 / 3) - 1 - R_A2;
/** Taylor coefficients (−1)^j / j! of e^(−x), j = 0…12. */
const EXP_NEG_TAYLOR = Array.from({ length: 13 }, (_, j) => {
  let f = 1;
  for (let i = 2; i <= j; i++) f *= i;
  return (j % 2 ? -1 : 1) / f;
});

// ---- a minimal encoder of the WebAssembly binary format (only what the kernel uses) ----

type Code = number[];

function uleb(n: number): Code {
  const out: Code = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function sleb(n: number): Code {
  const out: Code = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

/** A vector (section, name or body): its byte length, then the bytes. */
const vec = (bytes: Code): Code => [...uleb(bytes.length), ...bytes];
const name = (s: string): Code => vec([...s].map((ch) => ch.charCodeAt(0)));

/** 16 bytes of a v128 holding the same 64-bit lane twice, given as a double or as high/low 32-bit words. */
function lanes(x: number, lo?: number): Code {
  const view = new DataView(new ArrayBuffer(8));
  if (lo === undefined) view.setFloat64(0, x, true);
  else {
    view.setUint32(0, lo, true);
    view.setUint32(4, x, true);
  }
  const b = [...new Uint8Array(view.buffer)];
  return [...b, ...b];
}

const SIMD = (op: number): Code => [0xfd, ...uleb(op)];
const I32_CONST = 0x41;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const I32_OR = 0x72;
const I32_LT_U = 0x49;
const I32_EQZ = 0x45;

/** Assemble the kernel module. */
export function sskpWasmBytes(): Uint8Array {
  // Locals: 0 n, 1 alpha, 2 beta, 3 gamma, 4 k (parameters); 5 byte offset, 6 end offset (i32); v128 from 7 on.
  let nextLocal = 7;
  const local = (): number => nextLocal++;
  const get = (i: number): Code => [0x20, ...uleb(i)];
  const set = (i: number, value: Code): Code => [...value, 0x21, ...uleb(i)];
  // Constants live in locals set once before the loops.
  const pool = new Map<string, { index: number; init: Code }>();
  const constant = (key: string, bytes: Code): Code => {
    let c = pool.get(key);
    if (!c) pool.set(key, (c = { index: local(), init: [...SIMD(0x0c), ...bytes] }));
    return get(c.index);
  };
  const f = (x: number): Code => constant(`f${x}`, lanes(x));
  const bits = (hi: number, lo: number): Code => constant(`i${hi}:${lo}`, lanes(hi, lo));
  const binary =
    (op: number) =>
    (a: Code, b: Code): Code => [...a, ...b, ...SIMD(op)];
  const unary =
    (op: number) =>
    (a: Code): Code => [...a, ...SIMD(op)];
  const lt = binary(0x49);
  const gt = binary(0x4a);
  const le = binary(0x4b);
  const ge = binary(0x4c);
  const add = binary(0xf0);
  const sub = binary(0xf1);
  const mul = binary(0xf2);
  const div = binary(0xf3);
  const pmin = binary(0xf6);
  const sqrt = unary(0xef);
  const floor = unary(0x75);
  const and = binary(0x4e);
  const or = binary(0x50);
  const not = unary(0x4d);
  const anyTrue = unary(0x53);
  const select = (ifSet: Code, ifClear: Code, mask: Code): Code => [...ifSet, ...ifClear, ...mask, ...SIMD(0x52)];
  const shl = (a: Code, n: number): Code => [...a, I32_CONST, ...sleb(n), ...SIMD(0xcb)];
  const shrU = (a: Code, n: number): Code => [...a, I32_CONST, ...sleb(n), ...SIMD(0xcd)];
  const splat = (param: number): Code => [...get(param), ...SIMD(0x14)];
  const horner = (x: Code, cs: readonly number[]): Code =>
    cs.slice(0, -1).reduceRight<Code>((acc, c) => add(mul(acc, x), f(c)), f(cs.at(-1)!));

  const REGION = SSKP_WASM_CHUNK * 8;
  const Y_AT = 0;
  const C_AT = REGION;
  const H_AT = 2 * REGION;
  const R_AT = 3 * REGION;
  const S_AT = 4 * REGION;
  const T_AT = 5 * REGION;
  const at = get(5);
  const load = (offset: number): Code => [...at, ...SIMD(0x00), 4, ...uleb(offset)];
  const store = (offset: number, value: Code): Code => [...at, ...value, ...SIMD(0x0b), 4, ...uleb(offset)];
  // do { body; offset += 16 } while (offset < end): a bottom-tested loop, which lets the compiler keep the constants
  // out of it (a top-tested one had them rebuilt on every iteration, 40 % slower); `run` returns early for n = 0.
  const pass = (...body: Code[]): Code => [
    ...set(5, [I32_CONST, 0]),
    ...[0x03, 0x40],
    ...body.flat(),
    ...set(5, [...get(5), I32_CONST, 16, I32_ADD]),
    ...[...get(5), ...get(6), I32_LT_U, 0x0d, 0, 0x0b],
  ];

  // Parameters splatted to both lanes, the per-pass values and the flags accumulated over the chunk.
  const [alpha, beta, gamma, k] = [local(), local(), local(), local()];
  const [y, c, h, r, b, d, a, fast, bad, slow] = [
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
  ];
  const [e, q, z, g, ee, t, w, x, x2, x4, x8, p] = [
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
  ];
  const inRange = (v: number, lowOk: (a: Code, b: Code) => Code, high: (a: Code, b: Code) => Code, hi: number) =>
    and(lowOk(get(v), f(0)), high(get(v), f(hi)));
  // Pass 1: validate; a = y / (1000·b·c³) where the fast path holds, NaN elsewhere; into the SSKP region.
  const pass1 = pass(
    set(y, load(Y_AT)),
    set(c, load(C_AT)),
    set(h, load(H_AT)),
    set(r, load(R_AT)),
    set(
      bad,
      or(
        get(bad),
        not(
          and(
            and(inRange(y, ge, lt, Infinity), inRange(c, ge, lt, Infinity)),
            and(inRange(h, gt, lt, Infinity), inRange(r, ge, le, 1)),
          ),
        ),
      ),
    ),
    set(b, add(add(mul(get(alpha), get(h)), mul(get(beta), sqrt(get(h)))), get(gamma))),
    set(d, mul(mul(mul(mul(f(1000), get(b)), get(c)), get(c)), get(c))),
    set(a, div(get(y), get(d))),
    set(
      fast,
      and(
        and(ge(get(b), f(MIN_NORMAL)), ge(get(d), f(MIN_NORMAL))),
        and(ge(get(a), f(MIN_NORMAL)), lt(get(a), f(Infinity))),
      ),
    ),
    set(slow, or(get(slow), not(get(fast)))),
    store(S_AT, select(get(a), f(NaN), get(fast))),
  );
  // Pass 2: g ≈ a^(−1/3), refined; t = min(K·a·g, 64) in place (NaN stays NaN).
  const pass2 = pass(
    set(a, load(S_AT)),
    // e = unbiased exponent of a, as a double: the exponent bits under 2⁵² + 1023, minus that.
    set(e, sub(or(shrU(get(a), 52), bits(0x43300000, 0)), f(2 ** 52 + 1023))),
    set(q, floor(mul(add(get(e), f(0.5)), f(1 / 3)))),
    set(e, sub(get(e), mul(get(q), f(3)))), // now r ∈ {0, 1, 2}
    // z = f − 1.5, f ∈ [1, 2) the mantissa of a (its exponent bits replaced by those of 1).
    set(z, sub(or(and(get(a), bits(0x000fffff, 0xffffffff)), bits(0x3ff00000, 0)), f(1.5))),
    set(
      g,
      mul(
        mul(horner(get(z), INV_CBRT_POLY), add(f(1), mul(get(e), add(f(R_A1), mul(get(e), f(R_A2)))))),
        shl(sub(f(2 ** 52 + 1023), get(q)), 52), // 2^(−q)
      ),
    ),
    set(ee, sub(f(1), mul(mul(mul(get(a), get(g)), get(g)), get(g)))),
    set(
      g,
      add(get(g), mul(mul(get(g), get(ee)), add(f(1 / 3), mul(get(ee), add(f(2 / 9), mul(get(ee), f(14 / 81))))))),
    ),
    store(S_AT, pmin(mul(get(k), mul(get(a), get(g))), f(64))),
  );
  // Pass 3: SSKP = 1 − 2^(−k)·e^(−x), TKP = reliability × SSKP.
  const C = EXP_NEG_TAYLOR;
  const pair = (j: number): Code => add(f(C[j]!), mul(f(C[j + 1]!), get(x)));
  const quad = (j: number): Code => add(pair(j), mul(get(x2), pair(j + 2)));
  const pass3 = pass(
    set(t, load(S_AT)),
    set(w, sub(f(ROUND_BIAS), get(t))),
    set(x, mul(sub(get(t), sub(f(ROUND_BIAS), get(w))), f(Math.LN2))),
    set(x2, mul(get(x), get(x))),
    set(x4, mul(get(x2), get(x2))),
    set(x8, mul(get(x4), get(x4))),
    // Estrin's scheme: (c0…c3) + x⁴(c4…c7) + x⁸((c8…c11) + x⁴·c12).
    set(
      p,
      sub(
        f(1),
        mul(
          shl(get(w), 52),
          add(add(quad(0), mul(get(x4), quad(4))), mul(get(x8), add(quad(8), mul(get(x4), f(C[12]!))))),
        ),
      ),
    ),
    store(S_AT, get(p)),
    store(T_AT, mul(get(p), load(R_AT))),
  );
  const body: Code = [
    ...[...get(0), I32_EQZ, 0x04, 0x40, I32_CONST, 0, 0x0f, 0x0b], // if (n == 0) return 0
    ...set(6, [...get(0), I32_CONST, 3, I32_SHL]),
    ...set(alpha, splat(1)),
    ...set(beta, splat(2)),
    ...set(gamma, splat(3)),
    ...set(k, splat(4)),
    ...pass1,
    ...pass2,
    ...pass3,
    ...anyTrue(get(bad)),
    ...anyTrue(get(slow)),
    ...[I32_CONST, 1, I32_SHL, I32_OR, 0x0b],
  ];
  const init = [...pool.values()].flatMap((v) => set(v.index, v.init));
  const locals = [2, 2, 0x7f, ...uleb(nextLocal - 7), 0x7b];
  const fn = vec([...locals, ...init, ...body]);
  const pages = Math.ceil((6 * REGION) / 65536);
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...[1, ...vec([1, 0x60, 5, 0x7f, 0x7c, 0x7c, 0x7c, 0x7c, 1, 0x7f])], // type: (i32 f64 f64 f64 f64) → i32
    ...[3, ...vec([1, 0])], // function 0 has type 0
    ...[5, ...vec([1, 0, ...uleb(pages)])], // one memory
    ...[7, ...vec([2, ...name("memory"), 2, 0, ...name("run"), 0, 0])],
    ...[10, ...vec([1, ...fn])],
  ]);
}

/** The compiled kernel, `null` once it proved unavailable, `undefined` before the first try. */
let kernel: SskpWasmKernel | null | undefined;

/**
 * The SIMD kernel, compiled and instantiated on the first call (synchronously: the module is under 2 KB, well below the
 * 4 KB that browsers allow to compile synchronously on their main thread), or `undefined` where WebAssembly or its
 * SIMD extension is unavailable.
 * @returns the kernel, shared by every caller in this realm (single-threaded: one call at a time)
 */
export function sskpWasmKernel(): SskpWasmKernel | undefined {
  if (kernel === undefined) kernel = compileSskpWasmKernel() ?? null;
  return kernel ?? undefined;
}

/** The part of the WebAssembly JavaScript API used here (core's type library has no DOM). */
export interface SskpWasmApi {
  /** Compile a module from its bytes (throws where an instruction is not supported). */
  Module: new (bytes: Uint8Array) => object;
  /** Instantiate a compiled module. */
  Instance: new (module: object, imports: object) => { exports: object };
}

/**
 * Compile and instantiate a fresh kernel ({@link sskpWasmKernel} keeps one).
 * @param wasm the WebAssembly API to use (default: the global one; `null` where there is none)
 * @returns the kernel, or `undefined` where `wasm` is missing or refuses the module (no SIMD, or compilation forbidden)
 */
export function compileSskpWasmKernel(
  wasm: SskpWasmApi | null = (globalThis as { WebAssembly?: SskpWasmApi }).WebAssembly ?? null,
): SskpWasmKernel | undefined {
  if (!wasm) return undefined;
  try {
    const instance = new wasm.Instance(new wasm.Module(sskpWasmBytes()), {});
    const { memory, run } = instance.exports as { memory: { buffer: ArrayBuffer }; run: SskpWasmKernel["run"] };
    const region = (k: number) => new Float64Array(memory.buffer, k * SSKP_WASM_CHUNK * 8, SSKP_WASM_CHUNK);
    return {
      yieldKt: region(0),
      cepM: region(1),
      hardnessPsi: region(2),
      reliability: region(3),
      sskp: region(4),
      tkp: region(5),
      run,
    };
  } catch {
    return undefined;
  }
}
