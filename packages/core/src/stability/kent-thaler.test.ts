import { test } from "node:test";
import assert from "node:assert/strict";
import { firstStrikeStability, kentThalerCost, stabilityReading } from "./kent-thaler.js";

test("Kent–Thaler cost reproduces [crisis-stability-calculator-nd], citing [kent-thaler-1989] App. C (exponent 0.75, weight 0.3)", () => {
  assert.equal(kentThalerCost(1, 0), 1.3);
  assert.equal(kentThalerCost(0, 1), 0);
  assert.equal(kentThalerCost(1, 1), 1);
  // Interior value by hand: 0.5^0.75 + 0.3·(1 − 0.25^0.75).
  assert.ok(Math.abs(kentThalerCost(0.5, 0.25) - (0.5946035575 + 0.3 * (1 - 0.3535533906))) < 1e-9);
  // Exponent and weight are assumptions: with weight 0 only own damage counts.
  assert.equal(kentThalerCost(0.25, 0.9, 0.5, 0), 0.5);
});

test("first-strike stability is C1/C2 capped at 1, with a zero-denominator policy", () => {
  assert.equal(firstStrikeStability(0.5, 1), 0.5);
  assert.equal(firstStrikeStability(1.2, 1), 1);
  assert.equal(firstStrikeStability(0, 0), 1);
  assert.equal(stabilityReading(0.8), "robust");
  assert.equal(stabilityReading(0.5), "moderate");
  assert.equal(stabilityReading(0.2), "fragile");
});
