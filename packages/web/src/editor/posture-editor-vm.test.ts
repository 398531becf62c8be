import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_ASSUMPTIONS } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { getAt, setAt } from "../model/scenario-path.js";
import type { NumberControl } from "../model/controls.js";
import { legOf, postureEditorVm } from "./posture-editor-vm.js";

test("legOf groups categories into legs; non-nuclear elements are conventional strike", () => {
  assert.equal(legOf({ category: "icbm-silo", rangeKm: 13000 }), "icbm");
  assert.equal(legOf({ category: "icbm-mobile", rangeKm: 11000 }), "icbm");
  assert.equal(legOf({ category: "slbm", rangeKm: 9000 }), "slbm");
  assert.equal(legOf({ category: "air-launched", rangeKm: 2500 }), "bombers");
  assert.equal(legOf({ category: "hgv", rangeKm: 6000 }), "icbm");
  assert.equal(legOf({ category: "hgv", rangeKm: 2000 }), "non-strategic");
  assert.equal(legOf({ category: "ground-cruise", rangeKm: 2500 }), "non-strategic");
  assert.equal(legOf({ category: "slbm", nuclear: false, rangeKm: 9000 }), "conventional");
  assert.equal(legOf({ category: "conventional-strike", rangeKm: 3000 }), "conventional");
});

test("each party gets its levers and its forces by leg, with values from the document", () => {
  const input = fixtureScenarioInput();
  const vm = postureEditorVm(input, input);
  const blue = vm.parties[0]!;
  assert.equal(blue.name, "Blue");
  assert.deepEqual(
    blue.legs.map((l) => l.leg),
    ["icbm", "slbm", "bombers"],
  );
  const red = vm.parties[1]!;
  assert.deepEqual(
    red.legs.map((l) => [l.leg, l.items.length]),
    [
      ["icbm", 2],
      ["slbm", 1],
      ["defences", 1],
    ],
  );
  assert.equal(blue.deployedWarheads, 400 * 1 + 240 * 4 + 60 * 5);
  const icbm = blue.legs[0]!.items[0]!;
  assert.deepEqual(
    icbm.controls.map((c) => [c.label, c.value]),
    [
      ["Deployed launchers", 400],
      ["Warheads per launcher", 1],
      ["Survivable share, day-to-day", 0],
      ["Survivable share, generated", 0],
    ],
  );
  for (const c of icbm.controls) assert.equal(getAt(input, c.path), c.value, `path of ${c.label} reads its value`);
  assert.equal(blue.posture.value, "dayToDay");
  assert.equal(blue.launchUnderAttack.value, false);
  assert.equal(blue.holdBack.value, 0);
  assert.equal(vm.changedCount, 0);
  const abm = red.legs[2]!.items[0]!;
  assert.deepEqual(
    abm.controls.map((c) => [c.label, c.value]),
    [
      ["Interceptors", 68],
      ["Single-shot kill probability", 0.5],
    ],
  );
});

test("slider ranges leave headroom above the preset and the warhead slider reaches the upload capacity", () => {
  const input = fixtureScenarioInput();
  const icbm = postureEditorVm(input, input).parties[0]!.legs[0]!.items[0]!;
  const [launchers, wpl, sfd] = icbm.controls as [NumberControl, NumberControl, NumberControl];
  assert.equal(launchers.max, 1000, "2 × 400 rounded up to a nice number");
  assert.equal(launchers.step, 1);
  assert.equal(wpl.max, 3, "the upload capacity (3) when it exceeds twice the loading");
  assert.equal(sfd.max, 1);
  assert.ok(sfd.percent);
});

test("changes from the preset are flagged with the preset value in the tooltip", () => {
  const base = fixtureScenarioInput();
  let input = setAt(base, ["parties", 0, "forces", 0, "launchers", "deployed"], 300);
  input = setAt(input, ["parties", 1, "posture"], "generated");
  input = setAt(input, ["assumptions", "costExponent"], 0.5);
  const vm = postureEditorVm(input, base);
  const launchers = vm.parties[0]!.legs[0]!.items[0]!.controls[0]!;
  assert.equal(launchers.changed, true);
  assert.equal(launchers.baseline, 400);
  assert.match(launchers.title, /Preset value: 400\./);
  assert.equal(vm.parties[1]!.posture.changed, true);
  const exp = vm.assumptions.global.find((c) => c.key === "assumptions-costExponent")!;
  assert.equal(exp.value, 0.5);
  assert.equal(exp.changed, true);
  assert.equal(vm.changedCount, 3);
  assert.equal(vm.parties[0]!.legs[0]!.items[0]!.changed, true);
  assert.equal(vm.parties[0]!.legs[1]!.items[0]!.changed, false);
});

test("tooltips carry the field's own citation when fieldSources has one, else the element's", () => {
  const input = fixtureScenarioInput();
  input.parties[0]!.forces[0]!.fieldSources = {
    ...input.parties[0]!.forces[0]!.fieldSources,
    launchers: { source: "Treaty data exchange", asOf: "2025-09-01", confidence: "published" },
  };
  const icbm = postureEditorVm(input, null).parties[0]!.legs[0]!.items[0]!;
  assert.match(
    icbm.controls[0]!.title,
    /^Deployed launchers\. Source: Treaty data exchange \(2025-09-01, published figure\)\./,
  );
  assert.match(
    icbm.controls[1]!.title,
    /Source \(whole item\): Notional test data \(seceq web tests\) \(2026-01-01, notional placeholder\)/,
  );
  assert.equal(icbm.controls[0]!.changed, false, "no preset: nothing is flagged");
});

test("technical assumptions are a separate group with defaults, provenance, and w80 per party", () => {
  const input = fixtureScenarioInput();
  const vm = postureEditorVm(input, input);
  const byKey = Object.fromEntries(vm.assumptions.global.map((c) => [c.key, c]));
  assert.equal(byKey["assumptions-lethalRadiusModel"]!.value, DEFAULT_ASSUMPTIONS.lethalRadiusModel);
  assert.equal(byKey["assumptions-costWeight"]!.value, 0.3);
  assert.equal(byKey["assumptions-maxWarheadsPerAimPoint"]!.value, 2);
  assert.match(byKey["assumptions-costExponent"]!.title, /R-3765/);
  assert.match(byKey["assumptions-fratricideFactor"]!.title, /placeholder/);
  assert.deepEqual(
    vm.assumptions.damage.map((d) => [d.party, d.controls[0]!.value]),
    [
      ["blue", 300],
      ["red", 300],
    ],
  );
  assert.deepEqual(vm.assumptions.damage[0]!.controls[0]!.path, ["parties", 0, "value", "damageCurve", "w80"]);
});

test("untouched elements keep their view-model objects between edits (so the view can skip them)", () => {
  const base = fixtureScenarioInput();
  const a = postureEditorVm(base, base);
  const edited = setAt(base, ["parties", 0, "forces", 0, "launchers", "deployed"], 390);
  const b = postureEditorVm(edited, base);
  assert.equal(b.parties[0]!.legs[1]!.items[0], a.parties[0]!.legs[1]!.items[0], "Blue SLBM reused");
  assert.equal(b.parties[1]!.legs[0]!.items[0], a.parties[1]!.legs[0]!.items[0], "Red ICBM reused");
  assert.notEqual(b.parties[0]!.legs[0]!.items[0], a.parties[0]!.legs[0]!.items[0], "the edited element is rebuilt");
  assert.equal(b.parties[0]!.legs[0]!.items[0]!.controls[0]!.value, 390);
});

test("warheads per launcher stop at the element's upload capacity when it has one", () => {
  const input = fixtureScenarioInput();
  const vm = postureEditorVm(input, input);
  const load = (party: number, item: number) =>
    vm.parties[party]!.legs.flatMap((l) => l.items)[item]!.controls.find((c) => c.label === "Warheads per launcher")!;
  // Blue's silo ICBM: 1 warhead, room for 3 — slider and field both stop at 3.
  const icbm = load(0, 0);
  assert.equal(icbm.value, 1);
  assert.equal(icbm.limit, 3);
  assert.equal(icbm.max, 3);
  // Blue's SLBM has no maximum: the schema's 100 bounds the field, the slider grows to twice the preset.
  const slbm = load(0, 1);
  assert.equal(slbm.limit, 100);
  assert.equal(slbm.max, 10);
  // A larger capacity lets the slider grow with it, still never past the capacity.
  const roomy = setAt(input, ["parties", 0, "forces", 0, "maxWarheadsPerLauncher"], 7);
  const c = postureEditorVm(roomy, input).parties[0]!.legs[0]!.items[0]!.controls[1]!;
  assert.deepEqual([c.limit, c.max], [7, 7]);
});

test("an element edit keeps the other party's model and the assumptions; an assumption edit rebuilds them", () => {
  const input = fixtureScenarioInput();
  const before = postureEditorVm(input, input);
  const edited = setAt(input, ["parties", 0, "forces", 0, "launchers", "deployed"], 1);
  const after = postureEditorVm(edited, input);
  assert.notEqual(after.parties[0], before.parties[0]);
  assert.equal(after.parties[1], before.parties[1]);
  assert.equal(after.assumptions, before.assumptions);
  const tuned = postureEditorVm(setAt(edited, ["assumptions", "costWeight"], 0.45), input);
  assert.notEqual(tuned.assumptions, before.assumptions);
  const weight = tuned.assumptions.global.find((c) => c.key === "assumptions-costWeight") as NumberControl;
  assert.equal(weight.value, 0.45);
  assert.equal(weight.changed, true);
  // Another preset: the same document read against it is built afresh.
  const other = structuredClone(input);
  assert.notEqual(postureEditorVm(edited, other).parties[1], before.parties[1]);
  assert.notEqual(postureEditorVm(edited, other).assumptions, before.assumptions);
});
