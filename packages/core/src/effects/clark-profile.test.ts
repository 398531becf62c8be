import { test } from "node:test";
import assert from "node:assert/strict";
import { clarkScaleKm, clarkShareWithin } from "./clark-profile.js";
import { offsetShare } from "./offset-share.js";

test("Clark profile: 90 % of people within 3.89 scale lengths; b grows as P^β", () => {
  assert.ok(Math.abs(clarkShareWithin(3.8897, 1) - 0.9) < 1e-4);
  assert.equal(clarkShareWithin(0, 2), 0);
  assert.equal(clarkShareWithin(1, 0), 1);
  assert.ok(Math.abs(clarkScaleKm(1e6, 3.3, 5 / 12) - 3.3) < 1e-12);
  assert.ok(Math.abs(clarkScaleKm(1e7, 3.3, 0.5) / clarkScaleKm(1e5, 3.3, 0.5) - 10) < 1e-9);
  assert.equal(clarkScaleKm(0, 3.3, 0.4), 0);
});

test("offset share: exact at d = 0, falls with distance, bounded by the inner and outer disks", () => {
  assert.ok(Math.abs(offsetShare(2, 0, 1) - clarkShareWithin(2, 1)) < 1e-12);
  let prev = 1;
  for (const d of [0, 1, 2, 4, 8, 16]) {
    const s = offsetShare(2, d, 1);
    assert.ok(s <= prev + 1e-12 && s >= 0 && s <= 1);
    assert.ok(s >= clarkShareWithin(Math.max(0, 2 - d), 1) - 1e-12 && s <= clarkShareWithin(2 + d, 1) + 1e-12);
    prev = s;
  }
  assert.equal(offsetShare(0, 0, 1), 0);
  assert.equal(offsetShare(1, 0.5, 0), 1);
  assert.equal(offsetShare(1, 2, 0), 0);
});
