import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { lethalRadiusM } from "./lethal-radius.js";
import { salvoKillProbability, sskp, terminalKillProbability } from "./sskp.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

// [brown-1976] regression table [D] (SSKP to 3 decimals with Brown's LR; the 2.62 column where printed). Tolerance 0.001.
const TABLE_19 = [
  { y: 455, cep: 90, h: 2000, brown: 0.999, cube: 0.999 },
  { y: 300, cep: 120, h: 2000, brown: 0.947, cube: 0.959 },
  { y: 300, cep: 120, h: 5000, brown: 0.792, cube: 0.824 },
  { y: 100, cep: 90, h: 2000, brown: 0.919, cube: undefined },
  { y: 800, cep: 350, h: 2000, brown: 0.486, cube: undefined },
  { y: 1000, cep: 1852, h: 1000, brown: 0.044, cube: undefined },
];

void test("[brown-1976]: SSKP with brown-1976 and cube-root-2.62 radii (within 0.001)", () => {
  for (const r of TABLE_19) {
    close(sskp(lethalRadiusM("brown-1976", r.y, r.h), r.cep), r.brown, 0.001, `brown ${r.y} kt/${r.cep} m/${r.h} psi`);
    if (r.cube !== undefined)
      close(sskp(lethalRadiusM("cube-root-2.62", r.y, r.h), r.cep), r.cube, 0.001, `2.62 ${r.y} kt/${r.h} psi`);
  }
  // Unrounded regression values (the table rounds these).
  close(sskp(lethalRadiusM("brown-1976", 300, 2000), 120), 0.947415, 1e-6);
  close(sskp(lethalRadiusM("brown-1976", 1000, 1000), 1852), 0.043784, 1e-6);
});

void test("[brown-1976] [D]: W87 at 120 m vs 2000 psi, reliability 0.8 → TKP 0.758; two shots → 0.941", () => {
  const tkp = terminalKillProbability(sskp(lethalRadiusM("brown-1976", 300, 2000), 120), 0.8);
  close(tkp, 0.758, 0.0005);
  close(salvoKillProbability([tkp, tkp]), 0.941, 0.0005);
  close(salvoKillProbability([tkp, tkp]), 1 - (1 - tkp) ** 2, 1e-15);
});

void test("cookie-cutter SSKP: LR = CEP gives 0.5 (CEP is the median miss); LR = 2 CEP gives 1 − 0.5⁴", () => {
  close(sskp(100, 100), 0.5, 1e-15);
  close(sskp(200, 100), 1 - 0.5 ** 4, 1e-15);
  close(sskp(1, 1e6), Math.LN2 * 1e-12, 1e-20); // tiny values keep full precision
});

void test("[richelson-1980]: Pk 0.85 plus Pk 0.55 on one target → 0.9325 (Richelson prints 0.93)", () => {
  close(salvoKillProbability([0.85, 0.55]), 0.9325, 1e-12);
  assert.equal(salvoKillProbability([]), 0);
  close(salvoKillProbability([0.85]), 0.85, 1e-15);
});

void test("fratricide: each warhead after the first loses the factor f", () => {
  close(salvoKillProbability([0.85, 0.55], 0.5), 1 - 0.15 * (1 - 0.275), 1e-12);
  close(salvoKillProbability([0.8, 0.8, 0.8], 1), 0.8, 1e-15);
  close(salvoKillProbability([0.5, 0.5, 0.5], 0.2), 1 - 0.5 * 0.6 * 0.6, 1e-15);
});

void test("edge policy: LR 0 → 0; CEP 0 with LR > 0 → 1; invalid inputs throw InputError", () => {
  assert.equal(sskp(0, 100), 0);
  assert.equal(sskp(0, 0), 0);
  assert.equal(sskp(50, 0), 1);
  assert.throws(() => sskp(-1, 100), InputError);
  assert.throws(() => sskp(100, Number.NaN), InputError);
  assert.throws(() => sskp(Infinity, 100), InputError);
  assert.throws(() => terminalKillProbability(0.5, 1.2), /reliability must be a probability/);
  assert.throws(() => terminalKillProbability(-0.1, 0.9), InputError);
  assert.throws(() => salvoKillProbability([0.5, 2]), /tkps\[1\]/);
  assert.throws(() => salvoKillProbability([0.5], -0.1), InputError);
});
