import { test } from "node:test";
import assert from "node:assert/strict";
import { damagePower } from "./damage-power.js";

test("damagePower equals d ** a to 1e-15 relative for the specialised and general exponents, and is exact at 0 and 1", () => {
  for (const a of [0.75, 0.5, 0.25, 1, 0.6, 1.3, 2]) {
    const p = damagePower(a);
    assert.equal(p(0), 0);
    assert.equal(p(1), 1);
    for (let i = 1; i < 2000; i++) {
      const d = (i / 2000) ** 3; // dense near 0, where the relative error of a product of roots is largest
      const want = d ** a;
      assert.ok(Math.abs(p(d) - want) <= 1e-15 * want, `a ${a}, d ${d}: ${p(d)} vs ${want}`);
    }
  }
});
