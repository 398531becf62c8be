import { test } from "node:test";
import assert from "node:assert/strict";
import { bandReading, readingShares } from "./band-reading.js";

test("reading shares count samples per band, drop NaN, and give NaN for no samples", () => {
  const s = readingShares([0.9, 0.8, 0.75, 0.6, 0.3, NaN]);
  assert.deepEqual(s, { robust: 3 / 5, moderate: 1 / 5, fragile: 1 / 5 });
  assert.ok(Number.isNaN(readingShares([]).robust));
});

test("robust only when the whole 90 % band is robust; otherwise the share of samples", () => {
  const all = { robust: 1, moderate: 0, fragile: 0 };
  assert.equal(bandReading(0.76, 0.95, all).reading, "robust");
  assert.match(bandReading(0.76, 0.95, all).text, /^robust \(whole 90 % band ≥ 0\.75\)$/);
  // The case: a band 0.63–0.90 crosses the robust threshold, so the tag must not say plain "robust".
  const r = bandReading(0.63, 0.9, { robust: 0.73, moderate: 0.27, fragile: 0 });
  assert.equal(r.reading, "mixed");
  assert.equal(r.dominant, "robust");
  assert.equal(r.text, "robust in 73 % of samples, moderate in 27 %");
  assert.equal(bandReading(0.1, 0.44, { robust: 0, moderate: 0, fragile: 1 }).reading, "fragile");
  assert.equal(bandReading(0.5, 0.7, { robust: 0, moderate: 1, fragile: 0 }).reading, "moderate");
  const m = bandReading(0.3, 0.8, { robust: 0.1, moderate: 0.6, fragile: 0.3 });
  assert.equal(m.text, "moderate in 60 % of samples, robust in 10 %, fragile in 30 %");
});
