import { test } from "node:test";
import assert from "node:assert/strict";
import type { LethalRadiusModelName } from "../schema/scenario.js";
import { InputError } from "../_shared/issues.js";
import { uniformRng } from "../random/index.js";
import { lethalRadiusM } from "./lethal-radius.js";
import { sskp, terminalKillProbability } from "./sskp.js";
import { sskpBatch, type SskpBatchEngine } from "./sskp-batch.js";

const MODELS: LethalRadiusModelName[] = ["brown-1976", "cube-root-2.62", "overpressure"];
const ENGINES: SskpBatchEngine[] = ["js", "wasm", "auto"];

/** Largest |batch − scalar reference| of SSKP and of TKP over the pairs. */
function maxDiff(
  model: LethalRadiusModelName,
  input: ReturnType<typeof randomInput>,
  out: { sskp: Float64Array; tkp: Float64Array },
) {
  let sskpDiff = 0;
  let tkpDiff = 0;
  for (let i = 0; i < input.yieldKt.length; i++) {
    const ref = sskp(lethalRadiusM(model, input.yieldKt[i]!, input.hardnessPsi[i]!), input.cepM[i]!);
    sskpDiff = Math.max(sskpDiff, Math.abs(out.sskp[i]! - ref));
    tkpDiff = Math.max(tkpDiff, Math.abs(out.tkp[i]! - terminalKillProbability(ref, input.reliability[i]!)));
  }
  return { sskpDiff, tkpDiff };
}

function randomInput(n: number, seed: number, repeat: boolean) {
  const u = uniformRng(seed);
  const yieldKt = new Float64Array(n);
  const cepM = new Float64Array(n);
  const hardnessPsi = new Float64Array(n);
  const reliability = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Runs of equal yield/hardness exercise the reuse path; the edges (0 kt, 0 m, Brown's bracket ≤ 0) appear too.
    const same = repeat && i > 0 && u() < 0.5;
    yieldKt[i] = same ? yieldKt[i - 1]! : u() < 0.05 ? 0 : 10 ** (u() * 4);
    hardnessPsi[i] = same ? hardnessPsi[i - 1]! : u() < 0.1 ? 2 + 2 * u() : 10 ** (u() * 4);
    cepM[i] = u() < 0.05 ? 0 : 10 ** (1 + u() * 3);
    reliability[i] = u();
  }
  return { yieldKt, cepM, hardnessPsi, reliability };
}

void test("sskpBatch equals lethalRadiusM → sskp → TKP to 1e-12 on random pairs, every model and engine", () => {
  for (const model of MODELS)
    for (const engine of ENGINES)
      for (const repeat of [false, true]) {
        const n = 2001;
        const input = randomInput(n, model.length * 7 + (repeat ? 1 : 0), repeat);
        const out = { sskp: new Float64Array(n), tkp: new Float64Array(n) };
        const ret = sskpBatch(model, input, out, { engine });
        assert.equal(ret, out.sskp);
        let nontrivial = 0;
        for (let i = 0; i < n; i++) {
          const ref = sskp(lethalRadiusM(model, input.yieldKt[i]!, input.hardnessPsi[i]!), input.cepM[i]!);
          const refTkp = terminalKillProbability(ref, input.reliability[i]!);
          const at = `${model}/${engine} #${i}`;
          assert.ok(Math.abs(out.sskp[i]! - ref) <= 1e-12, `${at}: ${out.sskp[i]} vs ${ref}`);
          assert.ok(Math.abs(out.tkp[i]! - refTkp) <= 1e-12, `${at} tkp: ${out.tkp[i]} vs ${refTkp}`);
          if (ref > 0.01 && ref < 0.99) nontrivial++;
        }
        // The random inputs must exercise the interior, not only 0 and 1.
        assert.ok(nontrivial > n / 10, `${model}: only ${nontrivial} interior values`);
        // What is observed is far tighter than the promise: keep it so (a few ulps of the reference's own error).
        const { sskpDiff, tkpDiff } = maxDiff(model, input, out);
        assert.ok(sskpDiff <= 1e-14 && tkpDiff <= 1e-14, `${model}/${engine}: ${sskpDiff}, ${tkpDiff}`);
      }
});

void test("sskpBatch: edge magnitudes, odd and chunk-straddling lengths, and the fallbacks agree with the scalar path", () => {
  // Pairs off the fast path (zero yield or CEP, Brown's bracket ≤ 0 near 2.06 and 3.79 psi, subnormal and huge values)
  // among ordinary ones, at lengths around the kernel's chunk (2,048) and its two lanes.
  const special: [number, number, number, number][] = [
    [0, 0, 1000, 1],
    [0, 100, 1000, 0.5],
    [300, 0, 1000, 0.9],
    [5e-324, 100, 1000, 1],
    [1e-300, 1e-200, 1000, 1],
    [1e300, 1e200, 1000, 1],
    [300, 1e-150, 1e300, 1],
    [300, 1e150, 5e-324, 1],
    [300, 200, 5e-324, 1],
    [1e300, 1e-5, 1e-300, 1],
    [300, 200, 2.0598, 1],
    [300, 200, 2.06, 1],
    [300, 200, 3.7872, 1],
    [300, 200, 3.79, 1],
    [1, 1, 1, 0],
  ];
  for (const n of [0, 1, 2, 3, 15, 2047, 2048, 2049, 4097])
    for (const model of MODELS)
      for (const engine of ENGINES) {
        const input = randomInput(n, n + model.length, true);
        for (let i = 0; i < n; i += 7) {
          const [y, c, h, r] = special[(i / 7) % special.length]!;
          input.yieldKt[i] = y;
          input.cepM[i] = c;
          input.hardnessPsi[i] = h;
          input.reliability[i] = r;
        }
        const out = { sskp: new Float64Array(n), tkp: new Float64Array(n) };
        sskpBatch(model, input, out, { engine });
        const { sskpDiff, tkpDiff } = maxDiff(model, input, out);
        assert.ok(sskpDiff <= 1e-12 && tkpDiff <= 1e-12, `${model}/${engine} n=${n}: ${sskpDiff}, ${tkpDiff}`);
      }
});

void test("sskpBatch: a radius that overflows (Brown's bracket near 0, the largest yields) gives SSKP 1", () => {
  const input = {
    yieldKt: Float64Array.of(1e308, 1e308),
    cepM: Float64Array.of(100, 100),
    hardnessPsi: Float64Array.of(2.0598, 3.7872),
    reliability: Float64Array.of(1, 0.5),
  };
  assert.ok(lethalRadiusM("brown-1976", 1e308, 2.0598) === Infinity);
  for (const engine of ENGINES) {
    const out = { sskp: new Float64Array(2), tkp: new Float64Array(2) };
    sskpBatch("brown-1976", input, out, { engine });
    assert.deepEqual([...out.sskp, ...out.tkp], [1, 1, 1, 0.5]);
  }
});

void test("sskpBatch without tkp writes SSKP only, with the same values", () => {
  const input = randomInput(999, 5, false);
  for (const engine of ENGINES) {
    const withTkp = { sskp: new Float64Array(999), tkp: new Float64Array(999) };
    const without = { sskp: new Float64Array(999) };
    sskpBatch("brown-1976", input, withTkp, { engine });
    sskpBatch("brown-1976", input, without, { engine });
    assert.deepEqual(without.sskp, withTkp.sskp);
  }
});

void test("sskpBatch reproduces Richelson's regression values (brown-1976, 300 kt/120 m/2,000 psi → 0.947415)", () => {
  const input = {
    yieldKt: Float64Array.of(300, 1000, 0),
    cepM: Float64Array.of(120, 1852, 100),
    hardnessPsi: Float64Array.of(2000, 1000, 1000),
    reliability: Float64Array.of(0.8, 1, 1),
  };
  const out = { sskp: new Float64Array(3), tkp: new Float64Array(3) };
  sskpBatch("brown-1976", input, out);
  assert.ok(Math.abs(out.sskp[0]! - 0.947415) < 1e-6);
  assert.ok(Math.abs(out.tkp[0]! - 0.8 * 0.947415) < 1e-6);
  assert.ok(Math.abs(out.sskp[1]! - 0.043784) < 1e-6);
  assert.equal(out.sskp[2], 0);
});

void test("sskpBatch lists every bad entry at once", () => {
  const input = {
    yieldKt: Float64Array.of(100, -1, 100),
    cepM: Float64Array.of(100, 100, NaN),
    hardnessPsi: Float64Array.of(0, 1000, 1000),
    reliability: Float64Array.of(0.5, 1.5, 1),
  };
  const out = { sskp: new Float64Array(3).fill(7) };
  for (const engine of ENGINES)
    assert.throws(
      () => sskpBatch("brown-1976", input, out, { engine }),
      (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.deepEqual(
          e.issues.map((i) => i.path.join(".")),
          ["hardnessPsi.0", "yieldKt.1", "reliability.1", "cepM.2"],
        );
        return true;
      },
    );
  assert.throws(
    () => sskpBatch("brown-1976", input, { sskp: new Float64Array(2) }),
    (e: unknown) => e instanceof InputError && e.issues[0]!.code === "length_mismatch",
  );
  assert.throws(
    () => sskpBatch("nope" as LethalRadiusModelName, input, out),
    (e: unknown) => e instanceof InputError && e.issues[0]!.code === "unknown_model",
  );
});
