import { test } from "node:test";
import assert from "node:assert/strict";
import { loadSweepSpec } from "./load-sweep-spec.js";
import { DEFAULT_UNCERTAINTY } from "../evaluate/uncertainty.js";
import { cellCount, parameterLevels } from "./sweep-spec.js";
import { parseScenario } from "../schema/validate-scenario.js";
import { indentedMinimalScenario, minimalScenarioData } from "../test-utils/minimal-scenario.js";

const SPEC = `id: mini-sweep
base:
  scenario:
${indentedMinimalScenario()}
parameters:
  - path: parties.blue.forces.silo.launchers.deployed
    range: [100, 300]
    levels: 3
  - path: assumptions.costWeight
    values: [0.1, 0.3]
outputs:
  - stability.blue-red.combined
  - exchange.red>blue.damageToVictim
seed: 7
`;

void test("a valid spec resolves: names, integer rounding inferred from the schema, grid size", () => {
  const r = loadSweepSpec(SPEC, { file: "s.yaml" });
  assert.deepEqual(r.issues, []);
  const s = r.value!;
  assert.equal(cellCount(s), 6);
  assert.equal(s.parameters[0]!.name, "parties.blue.forces.silo.launchers.deployed");
  assert.equal(s.parameters[0]!.integer, true, "launcher counts are whole numbers");
  assert.equal(s.parameters[1]!.integer, false);
  assert.equal(s.seed, 7);
  assert.equal(s.samples, 0);
  assert.deepEqual(s.uncertainty, [...DEFAULT_UNCERTAINTY], "the notional default uncertainty when none is listed");
});

void test("presets resolve through the resolver; unknown presets get a hint", () => {
  const text = SPEC.replace(/base:\n {2}scenario:\n[\s\S]*?\nparameters:/, "base:\n  preset: mini\nparameters:");
  const resolver = (id: string) => (id === "mini" ? parseScenario(minimalScenarioData()) : undefined);
  const ok = loadSweepSpec(text, { resolvePreset: resolver, presetIds: ["mini"] });
  assert.deepEqual(ok.issues, []);
  assert.equal(ok.value!.base.preset, "mini");
  const bad = loadSweepSpec(text.replace("preset: mini", "preset: mimi"), {
    file: "s.yaml",
    resolvePreset: resolver,
    presetIds: ["mini"],
  });
  assert.equal(bad.value, undefined);
  assert.equal(bad.issues[0]!.code, "unknown_preset");
  assert.equal(bad.issues[0]!.hint, 'did you mean "mini"?');
  assert.deepEqual([bad.issues[0]!.line, bad.issues[0]!.col], [3, 11]);
});

void test("every problem is reported at once with line:col and did-you-mean hints", () => {
  const text = SPEC.replace("forces.silo.launchers", "forces.silos.launchers")
    .replace("assumptions.costWeight", "assumptions.costWieght")
    .replace("exchange.red>blue.damageToVictim", "exchange.red>blue.damageToVictm")
    .replace("seed: 7", "seed: 7\nsampling: { method: sobol, n: 0 }");
  const r = loadSweepSpec(text, { file: "s.yaml" });
  assert.equal(r.value, undefined);
  // The schema error (n: 0) comes first; cross-checks need a valid document.
  assert.equal(r.issues.length, 1);
  assert.deepEqual(r.issues[0]!.path, ["sampling", "n"]);
  const r2 = loadSweepSpec(text.replace("sobol, n: 0", "sobol, n: 16"), { file: "s.yaml" });
  const byCode = r2.issues.map((i) => [i.code, i.hint, i.line]);
  const lines = text.split("\n");
  const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
  assert.deepEqual(byCode, [
    ["unknown_path", 'did you mean "parties.blue.forces.silo"?', lineOf("forces.silos")],
    ["unknown_path", 'did you mean "assumptions.costWeight"?', lineOf("costWieght")],
    ["unknown_output", 'did you mean "exchange.red>blue.damageToVictim"?', lineOf("damageToVictm")],
  ]);
  assert.ok(r2.issues.every((i) => i.file === "s.yaml" && i.col !== undefined));
});

void test("ranges that would make the scenario invalid are refused, naming the bound and the reason", () => {
  const text = SPEC.replace("values: [0.1, 0.3]", "values: [0.1, 9]").replace("range: [100, 300]", "range: [-5, 300]");
  const r = loadSweepSpec(text);
  assert.equal(r.value, undefined);
  const msgs = r.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  assert.equal(msgs.length, 2);
  assert.match(
    msgs[0]!,
    /^parameters\.0\.range: value -5 at parties\.blue\.forces\.silo\.launchers\.deployed makes the scenario invalid/,
  );
  assert.match(msgs[1]!, /^parameters\.1\.values: value 9 at assumptions\.costWeight makes the scenario invalid/);
});

void test("spec-level shape errors: both or neither of range/values, base and framework choices", () => {
  const r = loadSweepSpec(SPEC.replace("values: [0.1, 0.3]", "values: [0.1]\n    range: [0, 1]"));
  assert.equal(r.issues[0]!.message, "give either `range: [min, max]` or `values: [...]`");
  const r2 = loadSweepSpec(SPEC.replace("seed: 7", "seed: 7\nframework: { id: new-strat }"));
  assert.equal(r2.issues[0]!.code, "unknown_framework");
  assert.equal(r2.issues[0]!.hint, 'did you mean "new-start"?');
  const r3 = loadSweepSpec(SPEC.replace("outputs:", "outputs:\n  - treaty.violations"));
  assert.match(r3.issues[0]!.message, /treaty outputs need a `framework`/);
});

void test("integer grids drop repeated levels after rounding; a whole-number range must hold a whole number", () => {
  const r = loadSweepSpec(SPEC.replace("range: [100, 300]\n    levels: 3", "range: [0, 2]\n    levels: 5"));
  assert.deepEqual(r.issues, []);
  assert.deepEqual(parameterLevels(r.value!.parameters[0]!), [0, 1, 2]);
  assert.equal(cellCount(r.value!), 3 * 2);
  const log = loadSweepSpec(SPEC.replace("values: [0.1, 0.3]", "range: [0.1, 0.4]\n    levels: 3\n    scale: log"));
  const lv = parameterLevels(log.value!.parameters[1]!);
  assert.equal(lv[0], 0.1);
  assert.ok(Math.abs(lv[1]! - 0.2) < 1e-15);
  assert.equal(lv[2], 0.4);
  const bad = loadSweepSpec(SPEC.replace("range: [100, 300]", "range: [100.2, 100.8]\n    integer: true"));
  assert.match(bad.issues[0]!.message, /holds no whole number/);
});
