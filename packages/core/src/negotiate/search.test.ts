import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { parseNegotiationSpec, type NegotiationSpecInput, type ResolvedNegotiationSpec } from "./negotiation-spec.js";
import { negotiationDominates } from "./pareto.js";
import { negotiate, pointObjectives, refinementFactor, scalarObjective, type NegotiationProgress } from "./search.js";
import { zopaCheck } from "./zopa.js";

// Per side: 100 silos × 3 warheads + 100 SLBM tubes × 4 warheads (0.6 / 0.9 at sea) = 700 warheads, 200 launchers.
const toy = toyScenario({ mirv: 3, slbmWarheads: 400, seaShare: [0.6, 0.9] });
const input = (over: Partial<NegotiationSpecInput> = {}): NegotiationSpecInput => ({
  id: "toy-space",
  base: { scenario: toy },
  dimensions: [
    { id: "warheads", limit: { quantity: "warheads", rule: "new-start-warheads" }, range: [400, 700], step: 50 },
    {
      id: "launchers",
      limit: { quantity: "deployed-launchers", rule: "new-start-launchers" },
      range: [100, 200],
      step: 10,
    },
    { id: "mirv", warheadsPerLauncher: { selector: { categories: ["icbm-silo"] } }, range: [1, 3] },
  ],
  samples: 8,
  refine: { starts: 2, iterations: 10 },
  ...over,
});
const resolve = (over: Partial<NegotiationSpecInput> = {}): ResolvedNegotiationSpec => {
  const r = parseNegotiationSpec(input(over));
  assert.deepEqual(r.issues, []);
  return r.value!;
};

describe("negotiate", () => {
  const spec = resolve();
  const progress: NegotiationProgress[] = [];
  const result = negotiate(spec, { onProgress: (p) => progress.push(p) });
  const sq = result.points[0]!;

  it("scores the status quo first and the loosest framework second", () => {
    assert.equal(sq.origin, "status-quo");
    assert.equal(sq.label, "status quo");
    assert.equal(sq.score.totalWarheadsRemoved, 0);
    assert.equal(sq.zopa.inZopa, true);
    const loosest = result.points[1]!;
    assert.equal(loosest.origin, "loosest");
    assert.deepEqual(loosest.values, { warheads: 700, launchers: 200, mirv: 3 });
    // Nothing binds at the loosest point: the status quo again.
    assert.equal(loosest.score.combined, sq.score.combined);
    assert.equal(loosest.score.totalWarheadsRemoved, 0);
  });

  it("reports a non-empty Pareto frontier that lists the status quo", () => {
    assert.ok(result.frontier.length >= 2, `frontier ${result.frontier.length}`);
    assert.ok(result.frontier.includes(0));
    const feasible = result.points.filter((p) => p.score.feasible);
    for (const i of result.frontier) {
      if (i === 0) continue;
      const o = pointObjectives(result.points[i]!.score);
      assert.ok(
        !feasible.some((p) => negotiationDominates(pointObjectives(p.score), o)),
        `frontier point ${i} is dominated`,
      );
    }
    const dominated = feasible.some(
      (p) => p.index !== 0 && negotiationDominates(pointObjectives(p.score), pointObjectives(sq.score)),
    );
    assert.equal(result.statusQuoDominated, dominated);
    // Highest stability first.
    const stab = result.frontier.map((i) => result.points[i]!.score.combined);
    assert.deepEqual(
      stab,
      [...stab].sort((x, y) => y - x),
    );
    // Some framework of this space removes warheads: the frontier spans reductions.
    assert.ok(Math.max(...result.frontier.map((i) => result.points[i]!.score.totalWarheadsRemoved)) >= 200);
  });

  it("lists exactly the points that pass the zone test, best objective first", () => {
    const expected = result.points
      .filter((p) => p.index !== 0 && zopaCheck(p.score, sq.score, spec.tolerances).inZopa)
      .map((p) => p.index);
    assert.deepEqual(
      [...result.zopa].sort((x, y) => x - y),
      expected,
    );
    const obj = result.zopa.map((i) => result.points[i]!.objective);
    assert.deepEqual(
      obj,
      [...obj].sort((x, y) => x - y),
    );
    // Independently of zopaCheck: every zone member is at least as stable and able to retaliate as the status quo
    // (within the tolerances) and within the parity tolerance.
    const t = spec.tolerances;
    for (const i of result.zopa) {
      const p = result.points[i]!.score;
      assert.ok(p.parityGap <= t.parity + 1e-9, `parity gap ${p.parityGap}`);
      for (const q of sq.score.sides) {
        const side = p.sides.find((x) => x.party === q.party)!;
        assert.ok(side.fss >= q.fss - t.stability - 1e-9, `${q.party} fss ${side.fss} vs ${q.fss}`);
        assert.ok(side.retaliation >= q.retaliation * (1 - t.retaliation) - 1e-9, `${q.party} retaliation`);
      }
    }
  });

  it("refines from distinct coarse points and accounts for every evaluation", () => {
    assert.equal(result.refinements.length, 2);
    assert.notEqual(result.refinements[0]!.from, result.refinements[1]!.from);
    assert.deepEqual(
      result.refinements.map((r) => r.reductionsWeight),
      [0.5, 0.125],
    );
    for (const r of result.refinements) assert.ok(r.evaluations >= 10 && r.evaluations <= 14, `${r.evaluations}`);
    assert.equal(result.evaluations.scored, result.points.length - 1);
    assert.equal(result.evaluations.infeasible, 0);
    assert.ok(result.points.some((p) => p.origin === "refine"));
    const labels = result.points.map((p) => p.label);
    assert.equal(new Set(labels).size, labels.length, "each framework is scored once");
  });

  it("reports progress that never goes back and ends at the total", () => {
    assert.ok(progress.length > 10);
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i]!.done >= progress[i - 1]!.done);
    const last = progress.at(-1)!;
    assert.equal(last.done, last.total);
    assert.equal(last.total, 1 + 1 + 8 + 2 * 10);
  });

  it("is deterministic for a seed, and the seed moves the coarse sample", () => {
    assert.deepEqual(negotiate(resolve()), result);
    const other = negotiate(resolve({ seed: 2 }));
    const sampled = (r: typeof result) => r.points.filter((p) => p.origin === "sample").map((p) => p.label);
    assert.notDeepEqual(sampled(other), sampled(result));
    const sobol = negotiate(resolve({ sampling: "sobol", refine: { starts: 0, iterations: 1 } }));
    assert.deepEqual(negotiate(resolve({ sampling: "sobol", refine: { starts: 0, iterations: 1 } })), sobol);
    assert.equal(sobol.refinements.length, 0);
    assert.ok(sobol.points.length >= 3);
  });
});

describe("search helpers", () => {
  it("alternates the reductions weight around the spec's", () => {
    assert.deepEqual([0, 1, 2, 3, 4].map(refinementFactor), [1, 0.25, 4, 1 / 16, 16]);
  });

  it("scores the objective as documented", () => {
    const spec = resolve();
    const side = (party: string, fss: number, retaliation: number, deployedWarheads: number) =>
      ({ party, fss, retaliation, deployedWarheads }) as never;
    const sq = {
      feasible: true,
      sides: [side("a", 0.9, 200, 700), side("b", 0.9, 200, 700)],
      combined: 0.81,
      parityGap: 0,
      totalWarheadsRemoved: 0,
    } as never;
    const w = { stability: 1, reductions: 0.5, parity: 0.5 };
    assert.ok(Math.abs(scalarObjective(sq, sq, spec, w) + 0.81) < 1e-12);
    // 280 of 1,400 warheads removed (0.2), gap 0.05: −(0.81 + 0.5·0.2 − 0.5·0.05).
    const cut = { ...(sq as object), totalWarheadsRemoved: 280, parityGap: 0.05 } as never;
    assert.ok(Math.abs(scalarObjective(cut, sq, spec, w) + (0.81 + 0.1 - 0.025)) < 1e-12);
    // Side a's stability 0.05 below the zone's floor (0.9 − 0.01) and gap 0.1 over tolerance: penalty 10 × 0.15.
    const worse = {
      feasible: true,
      sides: [side("a", 0.84, 200, 700), side("b", 0.9, 200, 700)],
      combined: 0.756,
      parityGap: 0.2,
      totalWarheadsRemoved: 0,
    } as never;
    assert.ok(Math.abs(scalarObjective(worse, sq, spec, w) - (-(0.756 - 0.1) + 10 * (0.05 + 0.1))) < 1e-12);
    assert.equal(scalarObjective({ ...(sq as object), feasible: false } as never, sq, spec, w), 1000);
  });
});
