import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { setAt } from "../model/scenario-path.js";
import { compareVm, currentColumnNote, scenarioDiff } from "./compare-vm.js";

const preset = fixtureScenarioInput();
const pinned = setAt(preset, ["parties", 1, "forces", 0, "launchers", "deployed"], 100);
const current = setAt(setAt(pinned, ["parties", 0, "posture"], "generated"), ["assumptions", "luaFraction"], 0.5);
const rep = (doc: unknown) => evaluate(parseScenario(doc), { sensitivities: false });

test("scenarioDiff lists every setting that differs from the preset, by path, ignoring filled-in defaults", () => {
  const d = scenarioDiff(preset, current);
  assert.deepEqual(
    d.map((e) => [e.label, e.before, e.after]),
    [
      ["parties[blue].posture", "dayToDay", "generated"],
      ["parties[red].forces[red-icbm].launchers.deployed", 150, 100],
      ["assumptions.luaFraction", 0.9, 0.5],
    ],
  );
  // Writing a default explicitly is not a change.
  assert.deepEqual(scenarioDiff(preset, setAt(preset, ["assumptions", "costWeight"], 0.3)), []);
});

test("compare rows put preset, pinned and current side by side with the change from the preset", () => {
  const [a, b, c] = [rep(preset), rep(pinned), rep(current)];
  const vm = compareVm(
    [
      { key: "preset", title: "Preset", report: a },
      { key: "pinned", title: "Pinned", report: b },
      { key: "current", title: "Current", report: c },
    ],
    { preset, pinned, current },
  );
  assert.deepEqual(
    vm.columns.map((x) => x.key),
    ["preset", "pinned", "current"],
  );
  assert.equal(vm.changeHeader, "Change (current − preset)");
  const combined = vm.rows.find((r) => r.key === "combined-blue-red")!;
  assert.deepEqual(combined.raw, [
    a.stability.pairs[0]!.combined,
    b.stability.pairs[0]!.combined,
    c.stability.pairs[0]!.combined,
  ]);
  assert.deepEqual(
    combined.values,
    combined.raw.map((x) => (x ?? Number.NaN).toFixed(3)),
  );
  const delta = c.stability.pairs[0]!.combined - a.stability.pairs[0]!.combined;
  // Plain decimals with a sign (no exponent), coloured by whether the change is good for stability.
  assert.equal(combined.delta, `${delta > 0 ? "+" : "−"}${Math.abs(delta).toFixed(3)}`);
  assert.equal(combined.tone, delta > 5e-4 ? "good" : delta < -5e-4 ? "bad" : "neutral");
  // More damage to a side is bad for it, whatever the sign convention of "up".
  for (const r of vm.rows.filter((x) => x.key.startsWith("ds-") || x.key.startsWith("dv-"))) {
    const d = r.raw[2]! - r.raw[0]!;
    assert.equal(r.tone, d > 5e-4 ? "bad" : d < -5e-4 ? "good" : "neutral", r.key);
  }
  const redWarheads = vm.rows.find((r) => r.key === "wh-red")!;
  assert.deepEqual(redWarheads.values, ["1,720", "1,420", "1,420"]);
  assert.equal(redWarheads.delta, "-300");
  assert.equal(vm.currentDiff.length, 3);
  assert.deepEqual(vm.pinnedDiff, [
    {
      label: `${preset.parties[1]!.name} · ${preset.parties[1]!.forces[0]!.name} · Deployed launchers`,
      path: "parties[red].forces[red-icbm].launchers.deployed",
      before: "150",
      after: "100",
    },
  ]);
  assert.ok(
    vm.currentDiff.every((r) => !/\[|\]/.test(r.label)),
    "no raw paths in the labels",
  );
});

test("without a preset there is nothing to diff and missing reports show dashes", () => {
  const vm = compareVm([{ key: "current", title: "Current", report: rep(current) }], {
    preset: null,
    pinned: null,
    current,
  });
  assert.deepEqual(vm.currentDiff, []);
  assert.ok(vm.rows.every((r) => r.delta === ""));
  const empty = compareVm(
    [
      { key: "preset", title: "Preset", report: rep(preset) },
      { key: "current", title: "Current", report: null },
    ],
    { preset, pinned: null, current },
  );
  assert.ok(empty.rows.every((r) => r.values[1] === "—" && r.delta === ""));
});

test("the change header names the column it subtracts: the pinned one when there is no preset", () => {
  const cols = (keys: Array<"preset" | "pinned" | "current">) =>
    keys.map((key) => ({ key, title: key, report: rep(key === "pinned" ? pinned : current) }));
  assert.equal(
    compareVm(cols(["pinned", "current"]), { preset: null, pinned, current }).changeHeader,
    "Change (current − pinned)",
  );
  assert.equal(compareVm(cols(["current"]), { preset: null, pinned: null, current }).changeHeader, "");
  // The change is current minus that first column.
  const vm = compareVm(cols(["pinned", "current"]), { preset: null, pinned, current });
  const wh = vm.rows.find((r) => r.key === "wh-red")!;
  assert.equal(wh.delta, "0");
});

test("a current column whose figures are older than the scenario is marked, with why", () => {
  assert.equal(currentColumnNote({ reportRevision: 4, pending: false }, 4), undefined);
  assert.equal(currentColumnNote({ reportRevision: 3, pending: true }, 4), "updating…");
  assert.equal(
    currentColumnNote({ reportRevision: 3, pending: false }, 4),
    "last valid version: the current settings have errors",
  );
  const vm = compareVm(
    [
      { key: "preset", title: "Preset", report: rep(preset) },
      { key: "current", title: "Current", report: rep(pinned), stale: "updating…" },
    ],
    { preset, pinned: null, current },
  );
  assert.deepEqual(vm.columns, [
    { key: "preset", title: "Preset" },
    { key: "current", title: "Current", stale: "updating…" },
  ]);
});
