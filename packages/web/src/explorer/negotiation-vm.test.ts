import { test } from "node:test";
import assert from "node:assert/strict";
import { negotiate, parseNegotiationSpec, type NegotiationResult } from "@seceq/core";
import { getPresetInput } from "@seceq/data";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import {
  formatGap,
  GIVES_TIP_CHARS,
  negotiationForm,
  negotiationFormProblems,
  negotiationSpecInput,
  negotiationSteps,
  negotiationVm,
  openedMessage,
  pointTable,
  strategicCounts,
} from "./negotiation-vm.js";

const fixture = fixtureScenarioInput();

test("the form starts from the preset's built-in space", () => {
  const f = negotiationForm(getPresetInput("us-russia-2026")!, "us-russia-2026");
  assert.equal(f.origin, "builtin");
  assert.deepEqual(f.parties, ["us", "ru"]);
  assert.deepEqual(
    f.dimensions.map((d) => [d.id, d.unit, d.range, d.step, d.symmetric]),
    [
      ["warheads", "warheads", [800, 1550], 25, true],
      ["launchers", "launchers", [400, 700], 10, true],
      ["icbm-mirv", "warheads per launcher", [1, 4], 1, true],
    ],
  );
  assert.equal(f.samples, 32);
  assert.equal(negotiationSteps(f), 2 + 32 + 3 * 24);
});

test("without a built-in space, the form ceilings run from half the larger side's forces to all of them", () => {
  // New START counting: Blue 400 × 1 + 240 × 4 + 60 bombers × 1 = 1,420 warheads on 700 launchers (its bombers carry
  // 5 each, 1,660 as loaded); Red: 900 + 180 + 640 = 1,720 on 490.
  assert.deepEqual(strategicCounts(fixture, ["blue", "red", "green"]), [
    { warheads: 1420, launchers: 700 },
    { warheads: 1720, launchers: 490 },
    { warheads: 0, launchers: 0 },
  ]);
  const f = negotiationForm(fixture, "web-fixture");
  assert.equal(f.origin, "generated");
  assert.deepEqual(f.parties, ["blue", "red"]);
  assert.deepEqual(
    f.dimensions.map((d) => [d.id, d.range, d.step]),
    [
      ["warheads", [850, 1725], 25],
      ["launchers", [350, 700], 10],
    ],
  );
});

test("the generated warhead range starts from the count the limit checks, not from bomber loads", () => {
  // Blue's bombers carry 20 each: 2,560 warheads as loaded, 1,420 as New START counts them (each bomber counts 1).
  const heavy = structuredClone(fixture);
  heavy.parties[0]!.forces[2]!.warheadsPerLauncher = 20;
  assert.deepEqual(strategicCounts(heavy, ["blue", "red"])[0], { warheads: 1420, launchers: 700 });
  const f = negotiationForm(heavy, null);
  assert.deepEqual(f.dimensions[0]!.range, [850, 1725], "Red's 1,720 is the larger count");
  // The generated limit is the one the engine counts with, and the spec still validates.
  assert.deepEqual(f.dimensions[0]!.template.limit?.rule, "new-start-warheads");
  assert.deepEqual(parseNegotiationSpec(negotiationSpecInput(f, heavy)).issues, []);
  // An invalid scenario counts nothing: no ceilings are generated from it.
  const broken = structuredClone(fixture);
  (broken.parties[0] as { forces?: unknown }).forces = undefined;
  assert.deepEqual(strategicCounts(broken, ["blue", "red"]), [
    { warheads: 0, launchers: 0 },
    { warheads: 0, launchers: 0 },
  ]);
});

test("the spec of a form: dimensions left out, per-party ranges, search settings; it validates", () => {
  const f = negotiationForm(fixture, null);
  f.dimensions[0]!.symmetric = false;
  f.dimensions[0]!.perParty = { blue: [1000, 1600], red: [900, 1700] };
  f.dimensions[1]!.include = false;
  f.samples = 5;
  f.refineStarts = 1;
  f.refineIterations = 3;
  f.seed = 7;
  const spec = negotiationSpecInput(f, fixture);
  assert.equal(spec.base.scenario, fixture);
  assert.equal(spec.dimensions.length, 1);
  assert.deepEqual(spec.dimensions[0]!.perParty, { blue: [1000, 1600], red: [900, 1700] });
  assert.equal(spec.dimensions[0]!.range, undefined);
  const r = parseNegotiationSpec(spec);
  assert.deepEqual(r.issues, []);
  assert.deepEqual(
    r.value!.coordinates.map((c) => [c.key, c.min, c.max]),
    [
      ["warheads.blue", 1000, 1600],
      ["warheads.red", 900, 1700],
    ],
  );
  assert.deepEqual(r.value!.refine, { starts: 1, iterations: 3 });
  assert.equal(r.value!.seed, 7);
  assert.deepEqual(negotiationFormProblems(f), []);
});

test("form problems are listed in words", () => {
  const f = negotiationForm(fixture, null);
  f.dimensions[0]!.range = [1700, 900];
  f.dimensions[1]!.step = 0;
  f.samples = 0;
  assert.deepEqual(negotiationFormProblems(f), [
    "deployed strategic warheads: the lowest ceiling must be between 0 and the highest.",
    "deployed ICBMs, SLBMs and heavy bombers: the step must be above 0.",
    "Samples must be a whole number from 1 to 100,000.",
  ]);
  for (const d of f.dimensions) d.include = false;
  assert.equal(negotiationFormProblems(f)[0], "Include at least one dimension.");
});

/** A small search over the fixture, and the same result as it arrives from the server (through JSON). */
function search(): NegotiationResult {
  const f = negotiationForm(fixture, null);
  f.samples = 6;
  f.refineStarts = 1;
  f.refineIterations = 6;
  return negotiate(parseNegotiationSpec(negotiationSpecInput(f, fixture)).value!);
}
const result = search();

test("scatter points: reductions against stability, zone and frontier flags, the status quo marked", () => {
  const vm = negotiationVm(result);
  const feasible = result.points.filter((p) => p.score.feasible);
  assert.equal(vm.points.length, feasible.length);
  assert.equal(vm.statusQuo.index, 0);
  assert.equal(vm.statusQuo.x, 0);
  assert.equal(vm.statusQuo.y, result.points[0]!.score.combined);
  for (const pt of vm.points) {
    const p = result.points[pt.index]!;
    assert.equal(pt.x, p.score.totalWarheadsRemoved);
    assert.equal(pt.y, p.score.combined);
    assert.equal(pt.inZopa, p.zopa.inZopa);
    assert.equal(pt.frontier, result.frontier.includes(p.index));
  }
  const reduced = vm.points.find((p) => p.x > 0)!;
  const p = result.points[reduced.index]!;
  const lines = reduced.tip.split("\n");
  assert.equal(lines[0], p.label);
  assert.match(lines[1]!, /^Stability 0\.\d{3} \([+−±]0\.\d{3} vs status quo\) · blue 0\.\d{3}, red 0\.\d{3}$/);
  const clipped = (g: string) => (g.length > GIVES_TIP_CHARS ? `${g.slice(0, GIVES_TIP_CHARS - 1)}…` : g);
  assert.deepEqual(
    lines.slice(4, 6),
    p.score.sides.map((x) => clipped(x.gives)),
  );
  assert.ok(lines.every((l) => l.length <= Math.max(GIVES_TIP_CHARS, 200)));
  assert.equal(lines.at(-1), "Click to open it in the Workbench");
  assert.match(
    vm.caption,
    new RegExp(`^${result.evaluations.scored} frameworks scored; ${result.zopa.length} in the zone`),
  );
  assert.equal(vm.frontierCount, result.frontier.length - 1);
});

test("point tables list the frontier, the zone or every point, with raw values for CSV", () => {
  const t = pointTable(result, "frontier", { blue: "Blue", red: "Red" });
  assert.deepEqual(t.points, result.frontier);
  assert.equal(t.columns[2], "Stability of Blue", "parties by name, not id");
  const i = t.points.indexOf(0);
  assert.equal(t.rows[i]![0], "status quo");
  assert.equal(t.rows[i]![7], "—");
  assert.equal(t.raw[i]![1], result.points[0]!.score.combined);
  assert.deepEqual(pointTable(result, "zopa").points, result.zopa);
  assert.equal(pointTable(result, "all").rows.length, result.points.filter((p) => p.score.feasible).length);
});

test("a result that crossed JSON (non-finite figures as null) still renders", () => {
  const viaJson = JSON.parse(JSON.stringify(result)) as NegotiationResult;
  viaJson.points[1]!.score.parityGap = null as unknown as number;
  const t = pointTable(viaJson, "all");
  assert.equal(t.rows[1]![5], "—");
  assert.ok(Number.isNaN(t.raw[1]![5]));
  assert.equal(formatGap(Infinity), "∞");
  assert.equal(formatGap(0.125), "12.5 %");
  assert.equal(negotiationVm(viaJson).points.length, negotiationVm(result).points.length);
});

test("the message after opening a point names it and its figures", () => {
  const i = result.points.findIndex((p) => p.score.totalWarheadsRemoved > 0);
  const p = result.points[i]!;
  assert.equal(
    openedMessage(result, i, 0),
    `Opened framework “${p.label}” from the Explorer: stability ${p.score.combined.toFixed(3)}, ${p.score.totalWarheadsRemoved.toLocaleString("en-US")} warheads removed.`,
  );
  assert.match(openedMessage(result, 0, 2), /^Opened the status quo .* Average loads of 2 elements are rounded/);
});
