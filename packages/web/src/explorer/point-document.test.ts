import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, negotiate, parseNegotiationSpec, parseScenario, type NegotiationSpecInput } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { diffDocuments, setAt } from "../model/scenario-path.js";
import { negotiationPointDocument, pointDocumentFromSpec, sweepCellDocument } from "./point-document.js";

// Red's mobile ICBMs carry 1.5 warheads on average: the search rounds that element's total to whole warheads.
const base = setAt(fixtureScenarioInput(), ["parties", 1, "forces", 1, "warheadsPerLauncher"], 1.505);
const spaceInput: NegotiationSpecInput = {
  id: "fixture-space",
  base: { scenario: base },
  dimensions: [
    {
      id: "warheads",
      limit: { quantity: "warheads", rule: "new-start-warheads", selector: { categories: ["icbm-silo", "slbm"] } },
      range: [900, 1600],
      step: 100,
    },
  ],
  samples: 4,
  refine: { starts: 0, iterations: 1 },
};
const spec = parseNegotiationSpec(spaceInput).value!;
const result = negotiate(spec);
const combinedOf = (doc: unknown) => evaluate(parseScenario(doc), { sensitivities: false }).stability.pairs[0]!;

test("a negotiation point opens as the base document with its changes, and evaluates to the point's figures", () => {
  const reduced = result.points.filter((p) => p.score.feasible && p.score.totalWarheadsRemoved > 0);
  assert.ok(reduced.length >= 2, `${reduced.length} points with reductions`);
  for (const p of reduced) {
    const d = negotiationPointDocument(base, spec, { framework: p.framework, caps: p.caps });
    assert.ok(d.ok, "feasible points open");
    const pair = combinedOf(d.scenario);
    assert.ok(Math.abs(pair.combined - p.score.combined) < 1e-12, `${pair.combined} vs ${p.score.combined}`);
    assert.ok(Math.abs(pair.fssA - p.score.sides[0].fss) < 1e-12);
    assert.ok(Math.abs(pair.fssB - p.score.sides[1].fss) < 1e-12);
    // Every written setting is a real change from the base, and the base itself is not modified.
    const diff = diffDocuments(base, d.scenario);
    assert.equal(diff.length, d.changed);
    assert.ok(diff.every((e) => e.path[0] === "parties"));
    assert.equal(base.parties[1]!.forces[1]!.warheadsPerLauncher, 1.505);
  }
});

test("the status quo opens with whole-warhead loads only, and they are reported as rounding", () => {
  const sq = result.points[0]!;
  const d = negotiationPointDocument(base, spec, { caps: [] });
  assert.ok(d.ok);
  assert.deepEqual(d.rounded, ["red/red-mobile"]);
  const diff = diffDocuments(base, d.scenario);
  assert.deepEqual(
    diff.map((e) => [e.label, e.before, e.after]),
    [["parties[red].forces[red-mobile].warheadsPerLauncher", 1.505, 271 / 180]],
  );
  assert.ok(Math.abs(combinedOf(d.scenario).combined - sq.score.combined) < 1e-12);
});

test("a framework a party cannot meet by reductions does not open", () => {
  const framework = structuredClone(result.points[1]!.framework!);
  // A ceiling below zero: no posture meets it (the schema would refuse it; the solver reports it as infeasible).
  framework.limits[0]!.max = -1;
  const d = negotiationPointDocument(base, spec, { framework, caps: [] });
  assert.equal(d.ok, false);
});

test("a sweep cell sets each swept setting, creating missing objects", () => {
  const doc = sweepCellDocument(
    base,
    [
      ["parties", 0, "forces", 0, "launchers", "deployed"],
      ["assumptions", "costWeight"],
    ],
    [250, 0.45],
  );
  assert.equal(doc.parties[0]!.forces[0]!.launchers.deployed, 250);
  assert.equal(doc.assumptions?.costWeight, 0.45);
  assert.equal(base.parties[0]!.forces[0]!.launchers.deployed, 400, "the base is not modified");
});

test("a point's document from the search's spec: the same document, and a reason when the spec has no base", () => {
  const p = result.points.find((x) => x.score.feasible && x.score.totalWarheadsRemoved > 0)!;
  const fromSpec = pointDocumentFromSpec(spaceInput, { framework: p.framework, caps: p.caps });
  const direct = negotiationPointDocument(base, spec, { framework: p.framework, caps: p.caps });
  assert.ok(fromSpec.ok && direct.ok);
  assert.deepEqual(fromSpec.scenario, direct.scenario);
  assert.equal(fromSpec.changed, direct.changed);
  const noBase = pointDocumentFromSpec({ ...spaceInput, base: { preset: "x" } }, { caps: [] });
  assert.equal(noBase.ok, false);
});
