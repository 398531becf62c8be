import { test } from "node:test";
import assert from "node:assert/strict";
import { cellCount, evaluate, outputCatalog, parseScenario, runCell } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { parseSweepSpec, runSweep } from "../engine/explorer-core.js";
import { unpackSweep } from "../engine/sweep-buffer.js";
import { setAt } from "../model/scenario-path.js";
import { sweepCellDocument } from "./point-document.js";
import {
  defaultRange,
  defaultSweepForm,
  formatLever,
  leverOptions,
  openedCellMessage,
  outputOptions,
  scenarioOutput,
  sweepCells,
  sweepChartVm,
  sweepFormProblems,
  sweepPathOf,
  sweepSpecInput,
  sweepTable,
  type SweepForm,
} from "./sweep-vm.js";

const doc = fixtureScenarioInput();
const options = leverOptions(doc, doc);
const byKey = (key: string) => options.find((o) => o.key === key)!;
const LAUNCHERS = "parties-0-forces-0-launchers-deployed";
const LAUNCHERS_PATH = ["parties", 0, "forces", 0, "launchers", "deployed"] as const;
const COST_WEIGHT = "assumptions-costWeight";
const SURVIVABLE = "parties-1-forces-1-basing-survivableFraction-dayToDay";

test("levers are the editor's number settings, addressed by id for the sweep spec", () => {
  const l = byKey(LAUNCHERS);
  assert.equal(l.label, "Blue · Blue silo ICBM · Deployed launchers");
  assert.equal(l.sweepPath, "parties.blue.forces.blue-icbm.launchers.deployed");
  assert.deepEqual(l.path, ["parties", 0, "forces", 0, "launchers", "deployed"]);
  assert.equal(l.value, 400);
  assert.equal(l.integer, true);
  assert.equal(byKey(COST_WEIGHT).sweepPath, "assumptions.costWeight");
  assert.equal(byKey(COST_WEIGHT).group, "Assumptions");
  assert.equal(byKey(SURVIVABLE).percent, true);
  assert.ok(options.some((o) => o.sweepPath === "parties.red.defenses.red-abm.interceptors"));
  assert.ok(options.some((o) => o.sweepPath === "parties.red.options.holdBackFraction"));
  assert.equal(sweepPathOf(doc, ["parties", 1, "value", "damageCurve", "w80"]), "parties.red.value.damageCurve.w80");
});

test("default ranges: from half to one and a half times today (on the step), shares over 0–100 %", () => {
  assert.deepEqual(defaultRange(byKey(LAUNCHERS)), [200, 600]);
  assert.deepEqual(defaultRange(byKey(SURVIVABLE)), [0, 1]);
  assert.deepEqual(defaultRange(byKey(COST_WEIGHT)), [0.15, 0.45]);
  const form = defaultSweepForm(options);
  assert.deepEqual(form.levers, [{ key: LAUNCHERS, min: 200, max: 600, levels: 11 }]);
  assert.equal(sweepCells(form, options), 11);
});

test("a load lever stays within the element's upload capacity: the default range is clamped to it", () => {
  // Blue's silo ICBM carries 1 warhead with room for 3; at 2.4 the usual 0.5–1.5× range (1.2–3.6) would exceed it.
  const loaded = setAt(doc, ["parties", 0, "forces", 0, "warheadsPerLauncher"], 2.4);
  const o = leverOptions(loaded, doc).find((x) => x.key === "parties-0-forces-0-warheadsPerLauncher")!;
  assert.deepEqual([o.limit, o.max], [3, 3]);
  assert.deepEqual(defaultRange(o), [1.2, 3]);
  // A range past the capacity is a problem of the form.
  const f: SweepForm = { levers: [{ key: o.key, min: 1, max: 4, levels: 4 }], method: "grid", n: 1, seed: 1 };
  assert.deepEqual(sweepFormProblems(f, leverOptions(loaded, doc)), [
    "Blue · Blue silo ICBM · Warheads per launcher: values must stay within 0.0–3.0.",
  ]);
});

const form: SweepForm = {
  levers: [
    { key: LAUNCHERS, min: 200, max: 400, levels: 3 },
    { key: COST_WEIGHT, min: 0.2, max: 0.4, levels: 2 },
  ],
  method: "grid",
  n: 64,
  seed: 1,
};

test("the spec of a form validates, and the cell count matches the engine's", () => {
  const spec = sweepSpecInput(form, options, doc);
  assert.deepEqual(spec.outputs, [
    "stability.blue-red.combined",
    "stability.blue-red.fss.blue",
    "stability.blue-red.fss.red",
  ]);
  const r = parseSweepSpec(spec);
  assert.deepEqual(r.issues, []);
  assert.equal(cellCount(r.value!), 6);
  assert.equal(sweepCells(form, options), 6);
  // Whole-number grids drop repeated levels, as the engine does.
  const narrow: SweepForm = { ...form, levers: [{ key: LAUNCHERS, min: 10, max: 12, levels: 11 }] };
  assert.equal(sweepCells(narrow, options), 3);
  assert.equal(cellCount(parseSweepSpec(sweepSpecInput(narrow, options, doc)).value!), 3);
  const lhs = sweepSpecInput({ ...form, method: "latin-hypercube", n: 20 }, options, doc);
  assert.deepEqual(lhs.sampling, { method: "latin-hypercube", n: 20 });
  assert.equal(lhs.parameters[0]!.levels, undefined);
  assert.equal(cellCount(parseSweepSpec(lhs).value!), 20);
});

test("form problems are listed in words", () => {
  assert.deepEqual(sweepFormProblems(form, options), []);
  const bad: SweepForm = {
    ...form,
    levers: [
      { key: LAUNCHERS, min: 400, max: 200, levels: 1 },
      { key: SURVIVABLE, min: 0, max: 2, levels: 3 },
    ],
  };
  assert.deepEqual(sweepFormProblems(bad, options), [
    "Blue · Blue silo ICBM · Deployed launchers: the lowest value must not be above the highest.",
    "Blue · Blue silo ICBM · Deployed launchers: grid levels must be a whole number from 2 to 101.",
    "Red · Red mobile ICBM · Survivable share, day-to-day: values must stay within 0.00–1.00.",
  ]);
  assert.deepEqual(sweepFormProblems({ ...form, levers: [] }, options), ["Pick at least one lever."]);
});

const run = {
  levers: form.levers.map((l) => byKey(l.key)),
  outputs: outputOptions(doc),
  method: "grid" as const,
};
const swept = runSweep({ kind: "sweep", spec: sweepSpecInput(form, options, doc) });
assert.ok(swept.ok);
const table = unpackSweep(swept.table);

test("the chart puts a lever on x and an output on y, coloured by another lever", () => {
  const vm = sweepChartVm(table, run, { x: 0, y: "stability.blue-red.fss.red", color: 1 });
  assert.equal(vm.points.length, 6);
  assert.deepEqual(
    vm.points.map((p) => p.x),
    [200, 200, 300, 300, 400, 400],
  );
  assert.deepEqual(
    vm.points.map((p) => p.c),
    [0.2, 0.4, 0.2, 0.4, 0.2, 0.4],
  );
  assert.deepEqual(
    vm.points.map((p) => p.y),
    [...table.outputs[2]!],
  );
  assert.equal(vm.lines, true);
  assert.equal(vm.xLabel, "Blue silo ICBM: deployed launchers");
  assert.equal(
    sweepChartVm(table, run, { x: 1, y: "", color: -1 }).xLabel,
    "Cost weight (adversary's undestroyed value)",
  );
  assert.equal(vm.yLabel, "First-strike stability of Red (vs Blue)");
  assert.equal(vm.colorLabel, "Cost weight (adversary's undestroyed value)");
  assert.equal(
    vm.points[3]!.tip,
    `Cell 3\nBlue silo ICBM: deployed launchers 300\nCost weight (adversary's undestroyed value) 0.4\nFirst-strike stability of Red (vs Blue): ${table.outputs[2]![3]!.toFixed(3)}\nClick to open it in the Workbench`,
  );
  // The colouring lever cannot be the x lever; an unknown output falls back to the first.
  const plain = sweepChartVm(table, run, { x: 1, y: "nope", color: 1 }, { x: 0.3, y: 0.5 });
  assert.equal(plain.colorLabel, "");
  assert.equal(plain.yLabel, "Combined stability, Blue–Red");
  assert.deepEqual(plain.current, { x: 0.3, y: 0.5 });
});

test("the table lists every cell; CSV values are raw; a cell opens as the base with its values", () => {
  const t = sweepTable(table, run);
  assert.deepEqual(t.columns.slice(0, 3), [
    "Cell",
    "Blue · Blue silo ICBM · Deployed launchers",
    "Assumptions · Cost weight (adversary's undestroyed value)",
  ]);
  assert.equal(t.rows.length, 6);
  assert.deepEqual(t.raw[5]!.slice(0, 3), [5, 400, 0.4]);
  assert.equal(t.raw[5]![3], table.outputs[0]![5]);
  const cellDoc = sweepCellDocument(
    doc,
    run.levers.map((l) => l.path),
    [300, 0.4],
  );
  const spec = parseSweepSpec(sweepSpecInput(form, options, doc)).value!;
  assert.deepEqual(cellDoc, setAt(setAt(doc, LAUNCHERS_PATH, 300), ["assumptions", "costWeight"], 0.4));
  assert.equal(runCell(spec, 3).params["parties.blue.forces.blue-icbm.launchers.deployed"], 300);
  assert.equal(
    openedCellMessage(table, run, 3),
    "Opened sweep cell 3 from the Explorer: Blue silo ICBM: deployed launchers 300, Cost weight (adversary's undestroyed value) 0.4.",
  );
});

test("lever values are formatted as the editor shows them", () => {
  assert.equal(formatLever({ percent: true, integer: false }, 0.35), "35 %");
  assert.equal(formatLever({ percent: true, integer: false }, 0.355), "35.5 %");
  assert.equal(formatLever({ percent: false, integer: true }, 1234), "1,234");
  assert.equal(formatLever({ percent: false, integer: false }, 0.4500001), "0.45");
});

test("the outputs offered are the engine's stability outputs, and their values the engine's", () => {
  const names = outputOptions(doc).map((o) => o.name);
  assert.deepEqual(names, ["stability.blue-red.combined", "stability.blue-red.fss.blue", "stability.blue-red.fss.red"]);
  const catalog = outputCatalog(parseScenario(doc));
  assert.ok(names.every((n) => catalog.includes(n)));
  assert.deepEqual(
    outputOptions(doc).map((o) => o.label),
    [
      "Combined stability, Blue–Red",
      "First-strike stability of Blue (vs Red)",
      "First-strike stability of Red (vs Blue)",
    ],
  );
  // Three parties: the lowest combined index comes first, then each pair in the engine's order.
  const three = structuredClone(doc);
  three.parties.push({ ...structuredClone(doc.parties[1]!), id: "green", name: "Green" });
  assert.deepEqual(
    outputOptions(three).map((o) => o.name),
    [
      "stability.min",
      ...["blue-red", "blue-green", "red-green"].flatMap((pk) => {
        const [a, b] = pk.split("-");
        return [`stability.${pk}.combined`, `stability.${pk}.fss.${a}`, `stability.${pk}.fss.${b}`];
      }),
    ],
  );
  // The value for the Workbench's scenario is the engine's figure (same code path: equal to 1e-12).
  const pair = evaluate(parseScenario(doc), { sensitivities: false }).stability.pairs[0]!;
  assert.ok(Math.abs(scenarioOutput(doc, "stability.blue-red.combined") - pair.combined) < 1e-12);
  assert.ok(Math.abs(scenarioOutput(doc, "stability.blue-red.fss.red") - pair.fssB) < 1e-12);
  assert.ok(Number.isNaN(scenarioOutput(doc, "stability.nope")));
  const broken = setAt(doc, ["parties", 0, "forces", 0, "warheadsPerLauncher"], 9);
  assert.ok(Number.isNaN(scenarioOutput(broken, "stability.blue-red.combined")));
  assert.deepEqual(outputOptions(broken), []);
});
