import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { negotiationDominates, negotiationFrontier, sameObjectives } from "./pareto.js";

const p = (stability: number, reductions: number, parityGap: number) => ({ stability, reductions, parityGap });

describe("negotiationDominates", () => {
  it("needs no worse on all three objectives and better on one", () => {
    assert.equal(negotiationDominates(p(0.8, 100, 0.05), p(0.8, 100, 0.05)), false);
    assert.equal(negotiationDominates(p(0.81, 100, 0.05), p(0.8, 100, 0.05)), true);
    assert.equal(negotiationDominates(p(0.8, 101, 0.05), p(0.8, 100, 0.05)), true);
    assert.equal(negotiationDominates(p(0.8, 100, 0.04), p(0.8, 100, 0.05)), true);
    // Better stability but a wider parity gap: a trade-off, no dominance either way.
    assert.equal(negotiationDominates(p(0.9, 100, 0.06), p(0.8, 100, 0.05)), false);
    assert.equal(negotiationDominates(p(0.8, 100, 0.05), p(0.9, 100, 0.06)), false);
  });

  it("treats differences within 1e-9 as ties and NaN as never dominating", () => {
    assert.equal(negotiationDominates(p(0.8 + 1e-12, 100, 0.05), p(0.8, 100, 0.05)), false);
    assert.equal(sameObjectives(p(0.8 + 1e-12, 100, 0.05), p(0.8, 100, 0.05)), true);
    assert.equal(negotiationDominates(p(NaN, 100, 0), p(0.1, 0, 1)), false);
    assert.equal(negotiationDominates(p(1, 1000, 0), p(NaN, 0, 1)), false);
  });
});

describe("negotiationFrontier", () => {
  it("keeps the non-dominated points in input order", () => {
    const pts = [
      p(0.79, 0, 0.03), // 0 status quo: most parity among low-reduction points
      p(0.8, 100, 0.05), // 1 frontier
      p(0.78, 100, 0.05), // 2 dominated by 1
      p(0.7, 900, 0.1), // 3 frontier: most reductions
      p(0.8, 90, 0.06), // 4 dominated by 1
      p(0.81, 50, 0.2), // 5 frontier: most stable
      p(NaN, NaN, NaN), // 6 infeasible
    ];
    assert.deepEqual(negotiationFrontier(pts), [0, 1, 3, 5]);
  });

  it("keeps only the first of points equal on every objective", () => {
    assert.deepEqual(negotiationFrontier([p(0.8, 0, 0), p(0.8, 0, 0), p(0.7, 10, 0)]), [0, 2]);
    assert.deepEqual(negotiationFrontier([]), []);
    assert.deepEqual(negotiationFrontier([p(NaN, 1, 1)]), []);
  });

  it("returns a set in which no point dominates another, and every other point is dominated", () => {
    const pts = Array.from({ length: 60 }, (_, i) => p(((i * 37) % 60) / 60, (i * 11) % 17, ((i * 7) % 13) / 13));
    const f = negotiationFrontier(pts);
    for (const i of f) for (const j of f) assert.equal(negotiationDominates(pts[i]!, pts[j]!), false);
    pts.forEach((q, i) => {
      if (!f.includes(i))
        assert.ok(
          pts.some((r) => negotiationDominates(r, q) || sameObjectives(r, q)),
          `point ${i}`,
        );
    });
  });
});
