import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { brownF, brownPk, expectedTargetsDestroyed, lethalityK } from "./lethality.js";
import { lethalRadiusM } from "./lethal-radius.js";
import { sskp } from "./sskp.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

void test("[richelson-1980]: K(1 Mt, 1 nmi) = 1, K(8 Mt, 1 nmi) = 4, K(1 Mt, 1/8 nmi) = 64", () => {
  close(lethalityK(1000, 1852), 1, 1e-12);
  close(lethalityK(8000, 1852), 4, 1e-12);
  close(lethalityK(1000, 1852 / 8), 64, 1e-9);
  // Halving the CEP multiplies K by 4.
  close(lethalityK(300, 60) / lethalityK(300, 120), 4, 1e-12);
});

void test("[ford-2010]: a tenfold gain in accuracy equals a thousandfold gain in yield (Ford, LRRDP)", () => {
  close(lethalityK(10, 100) / lethalityK(10, 1000), 100, 1e-9);
  close(lethalityK(10_000, 1000) / lethalityK(10, 1000), 100, 1e-9);
});

void test("[richelson-1980]: f(5000 psi) = ln2/323.93^(2/3) = 0.014696; K = 1000 gives Pk > 0.999", () => {
  // Richelson's arithmetic gives f = 0.01468; the formula gives 0.0146958 (0.1 % apart, a rounding slip in the note).
  close(brownF(5000), 0.0146958, 1e-6);
  close(brownF(5000), 0.01468, 2e-5, "the printed value");
  close(1000 * brownF(5000), 14.7, 0.01);
  assert.ok(brownPk(1000, 5000) > 0.999);
  close(brownPk(1000, 5000), 1 - Math.exp(-14.6958), 1e-9);
});

void test("Brown's Pk equals the cookie-cutter SSKP with the brown-1976 lethal radius", () => {
  for (const [y, cep, h] of [
    [300, 120, 2000],
    [455, 90, 5000],
    [1000, 1852, 1000],
    [50, 400, 150],
  ] as const)
    close(brownPk(lethalityK(y, cep), h), sskp(lethalRadiusM("brown-1976", y, h), cep), 1e-12, `${y}/${cep}/${h}`);
});

void test("[richelson-1980]: two warheads of lethality K kill like one of lethality 2K", () => {
  for (const h of [500, 2000, 5000])
    for (const k of [0.5, 5, 50]) close(1 - (1 - brownPk(k, h)) ** 2, brownPk(2 * k, h), 1e-12);
});

void test("[richelson-1980] Table 2: kills are Σ count·Pk, not aggregate K (520 from the stated Pk's, not 510)", () => {
  // A summary of the table prints 0.99·500 + 0.05·500 = 510; the sum is 495 + 25 = 520. The formula is trusted here; the printed
  // 510 would need e.g. Pk .03 for the K = 1 group (a transcription slip to check against Richelson's Table 2).
  close(
    expectedTargetsDestroyed([
      { count: 500, pk: 0.99 },
      { count: 500, pk: 0.05 },
    ]),
    520,
    1e-9,
  );
  close(
    expectedTargetsDestroyed([
      { count: 500, pk: 0.99 },
      { count: 500, pk: 0.03 },
    ]),
    510,
    1e-9,
  );
  // Brown's formula gives this pair of Pk values at about 965 psi, where f = −ln(0.01)/100:
  // K = 100 → 0.990 and K = 1 → 0.045, i.e. 517.4 expected kills, still far from the 970 aggregate K suggests.
  const h = 965;
  close(brownPk(100, h), 0.99, 0.001);
  close(brownPk(1, h), 0.045, 0.0005);
  const kills = expectedTargetsDestroyed([
    { count: 500, pk: brownPk(100, h) },
    { count: 500, pk: brownPk(1, h) },
  ]);
  close(kills, 517.4, 0.1);
  assert.equal(expectedTargetsDestroyed([]), 0);
  assert.throws(() => expectedTargetsDestroyed([{ count: 1, pk: 1.5 }]), InputError);
});

void test("edge policy: CEP 0 is refused for K; Brown's f is undefined where its bracket is ≤ 0", () => {
  assert.equal(lethalityK(0, 100), 0);
  assert.throws(() => lethalityK(300, 0), /cepM must be a finite number > 0/);
  assert.throws(() => lethalityK(-1, 100), InputError);
  assert.throws(() => brownF(3), /undefined at 3 psi/);
  assert.throws(() => brownF(0), InputError);
  assert.throws(() => brownPk(-1, 2000), InputError);
  assert.equal(brownPk(0, 2000), 0);
});
