import { test } from "node:test";
import assert from "node:assert/strict";
import { negotiate, parseNegotiationSpec, runCell, type NegotiationSpecInput, type SweepSpecInput } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import {
  parseSweepSpec,
  runExplorerJob,
  runNegotiate,
  runSweep,
  throttleProgress,
  type ExplorerProgress,
} from "./explorer-core.js";
import { unpackSweep } from "./sweep-buffer.js";

const base = fixtureScenarioInput();
const negotiation: NegotiationSpecInput = {
  base: { scenario: base },
  dimensions: [
    {
      id: "warheads",
      limit: { quantity: "warheads", rule: "new-start-warheads", selector: { categories: ["icbm-silo", "slbm"] } },
      range: [1000, 1600],
      step: 100,
    },
  ],
  samples: 3,
  refine: { starts: 1, iterations: 4 },
};
const sweep: SweepSpecInput = {
  base: { scenario: base },
  parameters: [
    { path: "parties.blue.forces.blue-icbm.launchers.deployed", range: [200, 400], levels: 3 },
    { path: "assumptions.costWeight", values: [0.2, 0.4] },
  ],
  outputs: ["stability.blue-red.combined", "stability.blue-red.fss.blue"],
};

test("a negotiate job returns what negotiate() returns, with progress up to the total", () => {
  const progress: ExplorerProgress[] = [];
  const r = runNegotiate({ kind: "negotiate", spec: negotiation }, (p) => progress.push(p));
  assert.ok(r.ok);
  assert.deepEqual(r.result, negotiate(parseNegotiationSpec(negotiation).value!));
  const total = 2 + 3 + 1 * 4;
  assert.ok(progress.length >= 5);
  assert.ok(progress.every((p) => p.total === total));
  assert.deepEqual(progress.at(-1), { phase: "refine", done: total, total });
  assert.ok(
    progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done),
    "progress never goes back",
  );
});

test("an invalid negotiation spec comes back as issues with paths", () => {
  const r = runNegotiate({
    kind: "negotiate",
    spec: { ...negotiation, dimensions: [{ ...negotiation.dimensions[0]!, range: [1600, 1000] }] },
  });
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues[0]!.path, ["dimensions", 0, "range"]);
  assert.match(r.issues[0]!.message, /min 1600 is above max 1000/);
});

test("a sweep job computes every cell with runCell into the packed table, with progress", () => {
  const progress: ExplorerProgress[] = [];
  const r = runSweep({ kind: "sweep", spec: sweep }, (p) => progress.push(p));
  assert.ok(r.ok);
  const t = unpackSweep(r.table);
  assert.equal(t.rows, 6);
  assert.deepEqual(progress.at(-1), { done: 6, total: 6, phase: "cells" });
  const spec = parseSweepSpec(sweep).value!;
  assert.deepEqual(t.parameterNames, ["parties.blue.forces.blue-icbm.launchers.deployed", "assumptions.costWeight"]);
  for (let i = 0; i < 6; i++) {
    const c = runCell(spec, i);
    assert.equal(t.cell[i], i);
    assert.equal(t.parameters[0]![i], c.params["parties.blue.forces.blue-icbm.launchers.deployed"]);
    assert.equal(t.parameters[1]![i], c.params["assumptions.costWeight"]);
    assert.equal(t.outputs[0]![i], c.outputs["stability.blue-red.combined"]);
    assert.equal(t.outputs[1]![i], c.outputs["stability.blue-red.fss.blue"]);
  }
  // Grid order: the last parameter varies fastest.
  assert.deepEqual([...t.parameters[0]!], [200, 200, 300, 300, 400, 400]);
});

test("a sweep refuses more cells than the browser runs, and bad paths with located issues", () => {
  const big = runSweep({ kind: "sweep", spec: sweep, maxCells: 5 });
  assert.equal(big.ok, false);
  assert.match(big.issues[0]!.message, /6 cells is more than the browser runs \(5\)/);
  const bad = runExplorerJob({
    kind: "sweep",
    spec: { ...sweep, parameters: [{ path: "parties.blue.forces.nope.launchers.deployed", range: [1, 2] }] },
  });
  assert.ok(bad.kind === "sweep" && !bad.ok);
  assert.deepEqual(bad.issues[0]!.path.slice(0, 3), ["parameters", 0, "path"]);
});

test("progress reports are throttled, keeping the first and the last", () => {
  let t = 0;
  const sent: number[] = [];
  const report = throttleProgress(
    (p) => sent.push(p.done),
    100,
    () => t,
  );
  for (let i = 1; i <= 10; i++) {
    t += 30;
    report({ done: i, total: 10, phase: "cells" });
  }
  // t = 30 (first), 150 (≥ 100 after 30), 270, then the last at 300.
  assert.deepEqual(sent, [1, 5, 9, 10]);
});
