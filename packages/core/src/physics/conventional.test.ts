import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { CONVENTIONAL_DEFEATS_PSI, conventionalPk, defeatProbability } from "./conventional.js";

void test("[lieber-press-2016], [ford-2010]: P_kill = P_hit · P_defeat with P_hit = 1 − 0.5^((r_v/CEP)²)", () => {
  assert.ok(Math.abs(conventionalPk(5, 5, 0.8) - 0.4) < 1e-15);
  assert.ok(Math.abs(conventionalPk(3, 6, 0.9) - 0.9 * (1 - 0.5 ** 0.25)) < 1e-15);
  // CEP dominates: a 10 m CEP against a 3 m vulnerable radius hits only 6 % of the time.
  assert.ok(Math.abs(conventionalPk(3, 10, 1) - 0.0605) < 0.0005);
  // A perfect (zero-CEP) weapon still needs to defeat the target.
  assert.equal(conventionalPk(3, 0, 0.7), 0.7);
});

void test("conventionalPk refuses bad probabilities and negative radii", () => {
  assert.throws(() => conventionalPk(3, 5, 1.1), InputError);
  assert.throws(() => conventionalPk(-3, 5, 0.5), InputError);
});

void test("defeatProbability: full up to the class's hardness, inverse in hardness beyond; GBU-57 class ~5,000 psi", () => {
  assert.equal(defeatProbability(0.8, 40, CONVENTIONAL_DEFEATS_PSI["blast-fragmentation"]), 0.8);
  assert.ok(Math.abs(defeatProbability(0.8, 100, 50) - 0.4) < 1e-15);
  assert.equal(defeatProbability(0.8, 5000, CONVENTIONAL_DEFEATS_PSI["heavy-penetrator"]), 0.8);
  assert.ok(CONVENTIONAL_DEFEATS_PSI.penetrator < CONVENTIONAL_DEFEATS_PSI["heavy-penetrator"]);
  assert.throws(() => defeatProbability(0.5, 0, 50), InputError);
  assert.throws(() => defeatProbability(0.5, 10, 0), InputError);
});
