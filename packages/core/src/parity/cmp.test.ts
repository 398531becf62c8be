import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { cmpPerWarhead, type CmpConvention } from "./cmp.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

void test("Richelson: CMP = K = Y^(2/3)/CEP_nmi² (1 Mt at 1 nmi → 1; 8 Mt → 4; CEP/8 → 64)", () => {
  close(cmpPerWarhead(1000, 1852, "richelson"), 1, 1e-12);
  close(cmpPerWarhead(8000, 1852, "richelson"), 4, 1e-12);
  close(cmpPerWarhead(1000, 231.5, "richelson"), 64, 1e-9);
  // Low yields keep the exponent 2/3 under Richelson.
  close(cmpPerWarhead(100, 1852, "richelson"), Math.pow(0.1, 2 / 3), 1e-12);
});

void test("Suh: CEP in km (the unit trap), Y^(2/3) from 0.2 Mt, Y^(4/5) below", () => {
  close(cmpPerWarhead(1000, 1000, "suh"), 1, 1e-12);
  close(cmpPerWarhead(1000, 2000, "suh"), 0.25, 1e-12);
  // Same warhead, Y ≥ 0.2 Mt: Richelson/Suh = (1.852 km per nmi)² = 3.4299.
  for (const [y, cep] of [
    [300, 120],
    [455, 90],
    [200, 500],
  ] as const)
    close(cmpPerWarhead(y, cep, "richelson") / cmpPerWarhead(y, cep, "suh"), 1.852 ** 2, 1e-12, `${y} kt`);
  // Below 0.2 Mt: W76 (0.1 Mt) at 90 m → 0.1^0.8 / 0.09² = 19.57.
  close(cmpPerWarhead(100, 90, "suh"), Math.pow(0.1, 0.8) / 0.0081, 1e-9);
  close(cmpPerWarhead(100, 90, "suh"), 19.57, 0.01);
  // Exactly 0.2 Mt takes the 2/3 exponent.
  close(cmpPerWarhead(200, 1000, "suh"), Math.pow(0.2, 2 / 3), 1e-12);
  close(cmpPerWarhead(199.999, 1000, "suh"), Math.pow(0.199999, 0.8), 1e-12);
});

void test("[suh-2022]: near-zero CEPs give huge CMP (ALCM at 10 m: 150 kt → 2,192 in Suh's units)", () => {
  close(cmpPerWarhead(150, 10, "suh"), Math.pow(0.15, 0.8) / 1e-4, 1e-6);
  close(cmpPerWarhead(150, 10, "suh"), 2192, 1);
});

void test("edge policy: CEP 0 refused; unknown conventions refused", () => {
  assert.throws(() => cmpPerWarhead(300, 0, "richelson"), /cepM must be a finite number > 0/);
  assert.throws(() => cmpPerWarhead(-300, 100, "suh"), InputError);
  assert.throws(() => cmpPerWarhead(300, 100, "collins" as CmpConvention), /unknown CMP convention "collins"/);
  assert.equal(cmpPerWarhead(0, 100, "suh"), 0);
});
