import { test } from "node:test";
import assert from "node:assert/strict";
import type { LethalRadiusModelName } from "../schema/scenario.js";
import { InputError } from "../_shared/issues.js";
import { uniformRng } from "../random/index.js";
import { lethalRadiusM } from "./lethal-radius.js";
import { sskp, terminalKillProbability } from "./sskp.js";
import { sskpBatch } from "./sskp-batch.js";

const MODELS: LethalRadiusModelName[] = ["brown-1976", "cube-root-2.62", "overpressure"];

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

void test("sskpBatch equals lethalRadiusM → sskp → TKP to 1e-12 on 3 × 4,000 random pairs, every model", () => {
  for (const model of MODELS)
    for (const repeat of [false, true]) {
      const n = 2000;
      const input = randomInput(n, model.length * 7 + (repeat ? 1 : 0), repeat);
      const out = { sskp: new Float64Array(n), tkp: new Float64Array(n) };
      const ret = sskpBatch(model, input, out);
      assert.equal(ret, out.sskp);
      let nontrivial = 0;
      for (let i = 0; i < n; i++) {
        const ref = sskp(lethalRadiusM(model, input.yieldKt[i]!, input.hardnessPsi[i]!), input.cepM[i]!);
        const refTkp = terminalKillProbability(ref, input.reliability[i]!);
        assert.ok(Math.abs(out.sskp[i]! - ref) <= 1e-12, `${model} #${i}: ${out.sskp[i]} vs ${ref}`);
        assert.ok(Math.abs(out.tkp[i]! - refTkp) <= 1e-12, `${model} #${i} tkp: ${out.tkp[i]} vs ${refTkp}`);
        if (ref > 0.01 && ref < 0.99) nontrivial++;
      }
      // The random inputs must exercise the interior, not only 0 and 1.
      assert.ok(nontrivial > n / 10, `${model}: only ${nontrivial} interior values`);
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
  assert.throws(
    () => sskpBatch("brown-1976", input, out),
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
