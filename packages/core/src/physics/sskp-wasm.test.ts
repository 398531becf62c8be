import { test } from "node:test";
import assert from "node:assert/strict";
import { uniformRng } from "../random/index.js";
import { brownBracket } from "./lethal-radius.js";
import { sskpBatch } from "./sskp-batch.js";
import { SSKP_WASM_CHUNK, compileSskpWasmKernel, sskpWasmBytes, sskpWasmKernel } from "./sskp-wasm.js";

const BROWN = [0.068, -0.23, 0.19, 1852 ** 2] as const;

void test("the SIMD kernel compiles here, stays small enough for synchronous compilation, and is shared", () => {
  const bytes = sskpWasmBytes();
  assert.ok(bytes.length < 4096, `${bytes.length} bytes`);
  const kernel = sskpWasmKernel();
  assert.ok(kernel, "Node 20 has WebAssembly SIMD");
  assert.equal(sskpWasmKernel(), kernel);
  for (const region of [kernel.yieldKt, kernel.cepM, kernel.hardnessPsi, kernel.reliability, kernel.sskp, kernel.tkp])
    assert.equal(region.length, SSKP_WASM_CHUNK);
});

void test("without WebAssembly, or where the module is refused, there is no kernel (sskpBatch runs JavaScript)", () => {
  assert.equal(compileSskpWasmKernel(null), undefined);
  const refusing = {
    Module: class {
      constructor() {
        throw new Error("CompileError: SIMD unsupported");
      }
    },
    Instance: class {
      exports = {};
    },
  };
  assert.equal(compileSskpWasmKernel(refusing), undefined);
});

void test("kernel and JavaScript path agree to 1e-12 on random pairs (both models)", () => {
  const u = uniformRng(2026);
  const n = 50_000;
  const input = {
    yieldKt: Float64Array.from({ length: n }, () => 10 ** (u() * 5 - 1)),
    cepM: Float64Array.from({ length: n }, () => 10 ** (u() * 4)),
    hardnessPsi: Float64Array.from({ length: n }, () => 10 ** (u() * 5 - 1)),
    reliability: Float64Array.from({ length: n }, () => u()),
  };
  for (const model of ["brown-1976", "cube-root-2.62"] as const) {
    const js = { sskp: new Float64Array(n), tkp: new Float64Array(n) };
    const wasm = { sskp: new Float64Array(n), tkp: new Float64Array(n) };
    sskpBatch(model, input, js, { engine: "js" });
    sskpBatch(model, input, wasm, { engine: "wasm" });
    let worst = 0;
    for (let i = 0; i < n; i++)
      worst = Math.max(worst, Math.abs(js.sskp[i]! - wasm.sskp[i]!), Math.abs(js.tkp[i]! - wasm.tkp[i]!));
    assert.ok(worst <= 1e-12, `${model}: ${worst}`);
  }
});

void test("kernel flags: out-of-range input (bit 0), pairs off the fast path marked NaN (bit 1), none for n = 0", () => {
  const k = sskpWasmKernel()!;
  const put = (pairs: [number, number, number, number][]) =>
    pairs.forEach(([y, c, h, r], i) => {
      k.yieldKt[i] = y;
      k.cepM[i] = c;
      k.hardnessPsi[i] = h;
      k.reliability[i] = r;
    });
  put([
    [300, 120, 2000, 0.8],
    [1000, 1852, 1000, 1],
  ]);
  assert.equal(k.run(2, ...BROWN), 0);
  // Richelson's regression values (as in sskp-batch.test.ts).
  assert.ok(Math.abs(k.sskp[0]! - 0.947415) < 1e-6 && Math.abs(k.tkp[0]! - 0.8 * 0.947415) < 1e-6);
  assert.ok(Math.abs(k.sskp[1]! - 0.043784) < 1e-6);
  // Zero yield, zero CEP and Brown's bracket ≤ 0 leave the fast path.
  assert.ok(!(brownBracket(3) > 0));
  put([
    [0, 120, 2000, 1],
    [300, 0, 2000, 1],
    [300, 120, 3, 1],
    [300, 120, 2000, 1],
  ]);
  assert.equal(k.run(4, ...BROWN), 2);
  assert.deepEqual([...k.sskp.subarray(0, 3)].map(Number.isNaN), [true, true, true]);
  assert.ok(k.sskp[3]! > 0 && k.sskp[3]! < 1);
  put([
    [300, 120, 2000, 1.5],
    [300, 120, 2000, 1],
  ]);
  assert.equal(k.run(2, ...BROWN) & 1, 1);
  put([[NaN, 120, 2000, 1]]);
  assert.equal(k.run(2, ...BROWN) & 1, 1);
  assert.equal(k.run(0, ...BROWN), 0);
});

void test("kernel SSKP stays in [0, 1]: ≥ 0 and tiny for t near 0, exactly 1 for t ≥ 64", () => {
  // The rule of thumb with a tiny yield against a huge CEP gives t ≈ 1e-133.
  const k = sskpWasmKernel()!;
  k.yieldKt.set([1e-200, 1e6]);
  k.cepM.set([1e10, 1e-3]);
  k.hardnessPsi.set([1e6, 1]);
  k.reliability.set([1, 1]);
  assert.equal(k.run(2, 1, 0, 0, (2.62 * 1852) ** 2), 0);
  assert.ok(k.sskp[0]! >= 0 && k.sskp[0]! < 1e-60, String(k.sskp[0]));
  assert.equal(k.sskp[1], 1);
});
