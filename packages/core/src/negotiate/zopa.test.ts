import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { zopaCheck, type ZopaFigures } from "./zopa.js";

const tol = { parity: 0.1, stability: 0.01, retaliation: 0.02 };
const sq: ZopaFigures = {
  feasible: true,
  sides: [
    { party: "us", fss: 0.84, retaliation: 700 },
    { party: "ru", fss: 0.94, retaliation: 300 },
  ],
  parityGap: 0.03,
};
const point = (us: [number, number], ru: [number, number], parityGap: number, feasible = true): ZopaFigures => ({
  feasible,
  sides: [
    { party: "us", fss: us[0], retaliation: us[1] },
    { party: "ru", fss: ru[0], retaliation: ru[1] },
  ],
  parityGap,
});

describe("zopaCheck", () => {
  it("admits the status quo itself and points at the edges of every tolerance", () => {
    assert.deepEqual(zopaCheck(sq, sq, tol), { inZopa: true, reasons: [] });
    // 0.84 − 0.01 = 0.83; 700 × 0.98 = 686; 300 × 0.98 = 294; gap exactly 0.1.
    assert.equal(zopaCheck(point([0.83, 686], [0.93, 294], 0.1), sq, tol).inZopa, true);
  });

  it("refuses a point just below each floor, and says which", () => {
    const low = zopaCheck(point([0.8299, 700], [0.94, 300], 0.03), sq, tol);
    assert.equal(low.inZopa, false);
    assert.deepEqual(low.reasons, ["us stability 0.8299 < 0.8300 (status quo 0.8400 − 0.01)"]);
    const ret = zopaCheck(point([0.9, 700], [0.95, 293.9], 0.03), sq, tol);
    assert.deepEqual(ret.reasons, ["ru retaliation 293.9 < 294.0 warheads (status quo 300.0 − 2 %)"]);
    const gap = zopaCheck(point([0.9, 800], [0.95, 400], 0.1001), sq, tol);
    assert.deepEqual(gap.reasons, ["parity gap 0.1001 > 0.1"]);
  });

  it("lists every failed test at once", () => {
    const r = zopaCheck(point([0.5, 100], [0.5, 100], 0.5), sq, tol);
    assert.equal(r.inZopa, false);
    assert.equal(r.reasons.length, 5);
  });

  it("never admits an infeasible point or NaN figures", () => {
    assert.deepEqual(zopaCheck(point([1, 1000], [1, 1000], 0), sq, tol), { inZopa: true, reasons: [] });
    assert.equal(zopaCheck(point([1, 1000], [1, 1000], 0, false), sq, tol).inZopa, false);
    assert.equal(zopaCheck(point([NaN, 1000], [1, 1000], 0), sq, tol).inZopa, false);
    assert.equal(zopaCheck(point([1, 1000], [1, 1000], NaN), sq, tol).inZopa, false);
  });

  it("matches sides by party id, not by position", () => {
    const swapped: ZopaFigures = { ...sq, sides: [sq.sides[1]!, sq.sides[0]!] };
    assert.equal(zopaCheck(swapped, sq, tol).inZopa, true);
    // With zero tolerances only the status quo or better passes.
    const strict = { parity: 0, stability: 0, retaliation: 0 };
    assert.equal(zopaCheck(point([0.84, 700], [0.94, 300], 0), sq, strict).inZopa, true);
    assert.equal(zopaCheck(point([0.839, 700], [0.94, 300], 0), sq, strict).inZopa, false);
  });
});
