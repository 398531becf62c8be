import { test } from "node:test";
import assert from "node:assert/strict";
import { loadSweepSpec } from "./load-sweep-spec.js";
import { cellBand, cellParameters, cellScenario, runCell, runChunk } from "./run-cell.js";
import { cellCount, type ResolvedSweepSpec } from "./sweep-spec.js";
import { scenarioStability } from "../stability/pair-stability.js";
import { indentedMinimalScenario } from "../test-utils/minimal-scenario.js";

function spec(extra: string, params?: string): ResolvedSweepSpec {
  const text = `base:
  scenario:
${indentedMinimalScenario()}
parameters:
${
  params ??
  `  - path: parties.blue.forces.silo.launchers.deployed
    range: [100, 300]
    levels: 3
  - path: assumptions.costWeight
    values: [0.1, 0.3]`
}
outputs: [stability.blue-red.combined, stability.blue-red.fss.red, exchange.red>blue.damageToVictim, stability.min]
${extra}`;
  const r = loadSweepSpec(text);
  assert.deepEqual(r.issues, []);
  return r.value!;
}

void test("grid cells enumerate every combination; outputs equal a direct stability run on the edited scenario", () => {
  const s = spec("seed: 3");
  assert.equal(cellCount(s), 6);
  const before = JSON.stringify(s);
  const cells = runChunk(s, [0, 1, 2, 3, 4, 5]);
  assert.equal(JSON.stringify(s), before, "cells share unchanged parts with the base and never modify it");
  assert.deepEqual(
    cells.map((c) => [c.params["parties.blue.forces.silo.launchers.deployed"], c.params["assumptions.costWeight"]]),
    [
      [100, 0.1],
      [100, 0.3],
      [200, 0.1],
      [200, 0.3],
      [300, 0.1],
      [300, 0.3],
    ],
  );
  const sc = structuredClone(s.base.scenario);
  sc.parties[0]!.forces[0]!.launchers.deployed = 300;
  sc.assumptions.costWeight = 0.1;
  const direct = scenarioStability(sc);
  const c4 = cells[4]!;
  assert.equal(c4.outputs["stability.blue-red.combined"], direct.pairs[0]!.combined);
  assert.equal(c4.outputs["stability.blue-red.fss.red"], direct.pairs[0]!.fssB);
  assert.equal(c4.outputs["exchange.red>blue.damageToVictim"], direct.exchanges[1]!.outcome.damageToVictim);
  assert.equal(c4.outputs["stability.min"], direct.pairs[0]!.combined);
  // The base scenario is never modified.
  assert.equal(s.base.scenario.parties[0]!.forces[0]!.launchers.deployed, 200);
});

void test("a cell depends only on (spec, index): same result in any order, after a JSON round trip, with MC bands", () => {
  const s = spec("seed: 11\nsamples: 6\nsampling: { method: latin-hypercube, n: 9 }");
  const forward = runChunk(s, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  const copy = JSON.parse(JSON.stringify(s)) as ResolvedSweepSpec;
  const backward = runChunk(copy, [8, 7, 6, 5, 4, 3, 2, 1, 0]).reverse();
  assert.deepEqual(backward, forward);
  for (const c of forward) {
    const b = c.bands!["stability.blue-red.combined"]!;
    assert.ok(b.p5 <= b.p50 && b.p50 <= b.p95, `cell ${c.index}`);
    assert.ok(b.p5 >= 0 && b.p95 <= 1);
    assert.ok(b.p95 - b.p5 > 0, "the default uncertainty spreads the outputs");
  }
  // Integer parameter: whole launchers; LHS: one cell in each ninth of the cost-weight range... (values list here).
  for (const c of forward) assert.ok(Number.isInteger(c.params["parties.blue.forces.silo.launchers.deployed"]));
  const other = spec("seed: 12\nsamples: 6\nsampling: { method: latin-hypercube, n: 9 }");
  assert.notDeepEqual(runCell(other, 0).bands, forward[0]!.bands, "another seed gives other draws");
});

void test("Latin hypercube cells stratify each range; Sobol' cells follow the sequence; log scale", () => {
  const params = `  - path: parties.red.forces.silo.cepM
    range: [100, 200]
  - path: parties.blue.value.damageCurve.w80
    range: [100, 400]
    scale: log`;
  const lhs = spec("sampling: { method: latin-hypercube, n: 10 }", params);
  const xs = Array.from({ length: 10 }, (_, i) => cellParameters(lhs, i));
  assert.deepEqual(
    xs.map((x) => Math.floor((x[0]! - 100) / 10)).sort((a, b) => a - b),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  assert.deepEqual(
    xs.map((x) => Math.floor((Math.log(x[1]! / 100) / Math.log(4)) * 10)).sort((a, b) => a - b),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  const sob = spec("sampling: { method: sobol, n: 4 }", params);
  const near = (a: number[], b: number[]) => a.every((x, i) => Math.abs(x - b[i]!) < 1e-9 * Math.abs(b[i]!));
  assert.ok(near(cellParameters(sob, 1), [150, 200]));
  assert.ok(near(cellParameters(sob, 2), [175, 100 * Math.sqrt(2)]));
  assert.throws(() => cellParameters(sob, 4), RangeError);
});

void test("framework limits are swept; each cell first brings both parties into compliance", () => {
  const s = spec(
    `framework:
  inline:
    id: cap
    name: Warhead cap
    citation: notional test framework
    limits:
      - { id: warheads, name: Deployed warheads, quantity: warheads, max: 1550, citation: notional }`,
    `  - path: framework.limits.warheads.max
    values: [300, 1550]`,
  );
  const outs = ["treaty.violations", "treaty.warheads.blue.counted", "treaty.warheads.red.counted"];
  const s2 = { ...s, outputs: outs };
  const before = JSON.stringify(s2);
  const tight = runCell(s2, 0);
  const loose = runCell(s2, 1);
  assert.equal(JSON.stringify(s2), before, "compliance and limit changes leave the base untouched");
  assert.equal(tight.outputs["treaty.violations"], 0);
  assert.ok(tight.outputs["treaty.warheads.red.counted"]! <= 300);
  assert.ok(tight.outputs["treaty.warheads.blue.counted"]! <= 300);
  assert.equal(loose.outputs["treaty.warheads.red.counted"], 600, "red's 150 × 4 warheads are under 1,550");
  const { scenario } = cellScenario(s2, 0);
  assert.ok(
    scenario.parties[1]!.forces[0]!.launchers.deployed * scenario.parties[1]!.forces[0]!.warheadsPerLauncher <= 300,
  );
});

void test("a cell's band counts the NaN samples it leaves out; none dropped, no field", () => {
  assert.deepEqual(cellBand([1, NaN, 3, NaN, 2]), { mean: 2, p5: 1.1, p50: 2, p95: 2.9, dropped: 2 });
  assert.deepEqual(cellBand(Float64Array.from([1, 2, 3])), { mean: 2, p5: 1.1, p50: 2, p95: 2.9 });
  const all = cellBand([NaN, NaN]);
  assert.equal(all.dropped, 2);
  assert.ok(Number.isNaN(all.mean) && Number.isNaN(all.p95));
  // Infinities are samples, not dropped (the band's mean is then that infinity).
  assert.deepEqual(cellBand([1, Infinity]).dropped, undefined);
});
