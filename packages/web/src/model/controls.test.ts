import { test } from "node:test";
import assert from "node:assert/strict";
import { coerceControlValue, controlKey, niceCeil } from "./controls.js";

test("niceCeil rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
  assert.deepEqual(
    [7, 10, 11, 21, 240, 401, 800, 1001].map((x) => niceCeil(x)),
    [10, 10, 20, 25, 250, 500, 1000, 2000],
  );
  assert.equal(niceCeil(0, 10), 10, "non-positive input gives the floor");
  assert.equal(niceCeil(3, 10), 10, "never below the floor");
});

test("coerceControlValue clamps to the field limit, snaps whole-number steps, and rejects NaN", () => {
  const c = { min: 0, limit: 1000, step: 1 };
  assert.equal(coerceControlValue(c, 12.6), 13);
  assert.equal(coerceControlValue(c, -5), 0);
  assert.equal(coerceControlValue(c, 5000), 1000);
  assert.equal(coerceControlValue(c, Number.NaN), undefined);
  assert.equal(coerceControlValue({ min: 0, limit: 1, step: 0.01 }, 0.333), 0.333);
});

test("controlKey makes DOM-safe keys", () => {
  assert.equal(
    controlKey(["parties", 0, "forces", 2, "launchers", "deployed"]),
    "parties-0-forces-2-launchers-deployed",
  );
  assert.equal(controlKey(["a.b", "c d"]), "a_b-c_d");
});
