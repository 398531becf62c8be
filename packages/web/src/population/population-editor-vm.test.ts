import { test } from "node:test";
import assert from "node:assert/strict";
import { BlastRing, DEFAULT_EFFECTS, EffectsInput, FireZone, validateScenario, type ScenarioInput } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { getAt, setAt } from "../model/scenario-path.js";
import type { NumberControl } from "../model/controls.js";
import {
  EFFECT_BOUNDS,
  FIRE_ZONE_START,
  baselineEffectsValue,
  effectsPath,
  nextEffects,
  populationEditorVm,
  ringRange,
} from "./population-editor-vm.js";
import { populationActions } from "./population-editor.js";

/** The fixture with both parties on the population model (Blue in the US, Red in Russia). */
function populationDoc(): ScenarioInput {
  let doc = fixtureScenarioInput();
  doc = setAt(doc, ["parties", 0, "value"], {
    model: "population",
    country: "US",
    source: doc.parties[0]!.value.source,
  });
  doc = setAt(doc, ["parties", 1, "value"], {
    model: "population",
    country: "RU",
    source: doc.parties[1]!.value.source,
  });
  return doc;
}

const num = (c: unknown) => c as NumberControl;

test("bounds come from the zod schema (the editor's reader), exclusive minimums included", () => {
  const b = (x: { min: number; max: number; minExclusive: boolean }) => ({
    min: x.min,
    max: x.max,
    minExclusive: x.minExclusive,
  });
  assert.deepEqual(b(EFFECT_BOUNDS.ringPsi), { min: 0, max: 10_000, minExclusive: true });
  assert.deepEqual(b(EFFECT_BOUNDS.ringFatality), { min: 0, max: 1, minExclusive: false });
  assert.deepEqual(b(EFFECT_BOUNDS.scaleKmAtMillion), { min: 0, max: 100, minExclusive: true });
  assert.deepEqual(b(EFFECT_BOUNDS.mergeScaleLengths), { min: 0, max: 20, minExclusive: false });
  assert.equal(EFFECT_BOUNDS.ringPsi.max, BlastRing.shape.psi.maxValue);
  assert.equal(EFFECT_BOUNDS.ringFatality.max, BlastRing.shape.fatality.maxValue);
  assert.equal(EFFECT_BOUNDS.scaleExponent.max, EffectsInput.shape.scaleExponent.unwrap().maxValue);
  assert.equal(EFFECT_BOUNDS.firePsi.max, FireZone.shape.psi.maxValue);
  assert.equal(EFFECT_BOUNDS.fireFatality.max, FireZone.shape.fatality.maxValue);
});

test("one block edits every population party while they share their assumptions; controls carry the defaults", () => {
  const doc = populationDoc();
  const vm = populationEditorVm(doc, doc);
  assert.deepEqual(
    vm.parties.map((p) => p.name),
    ["Blue", "Red"],
  );
  assert.equal(vm.uniform, true);
  assert.equal(vm.blocks.length, 1);
  const [b] = vm.blocks;
  assert.equal(b!.title, "All parties (Blue, Red)");
  assert.deepEqual(b!.parties, [0, 1]);
  assert.deepEqual(
    b!.controls.map((c) => c.label),
    [
      "Burst height against places",
      "Ring 1 (above 12 psi): share killed",
      "Ring 1 outer edge (psi)",
      "Ring 2 (5–12 psi): share killed",
      "Ring 2 outer edge (psi)",
      "Ring 3 (2–5 psi): share killed",
      "Ring 3 outer edge (psi)",
      "Mass-fire zone",
      "Density: scale length of a city of 1 million (km)",
      "Density: growth of the scale length with population (β)",
      "Agglomerations: merge places within (scale lengths)",
    ],
  );
  const ring2 = num(b!.controls[3]);
  assert.equal(ring2.value, DEFAULT_EFFECTS.rings[1]!.fatality);
  assert.deepEqual([ring2.min, ring2.max, ring2.limit, ring2.percent], [0, 1, 1, true]);
  assert.deepEqual(ring2.path, ["parties", 0, "value", "effects", "rings", 1, "fatality"]);
  const psi = num(b!.controls[2]);
  // The schema's positive() minimum: the slider starts one step above 0; the field accepts up to the schema's limit.
  assert.deepEqual([psi.value, psi.min, psi.max, psi.limit, psi.unit], [12, 0.5, 25, 10_000, "psi"]);
  const scale = num(b!.controls[8]);
  assert.deepEqual([scale.value, scale.min, scale.max, scale.limit], [3.3, 0.1, 10, 100]);
  assert.equal(vm.changedCount, 0);
  // Split per party: one block each, keys and ids distinct.
  const split = populationEditorVm(doc, doc, true);
  assert.deepEqual(
    split.blocks.map((x) => [x.title, x.parties]),
    [
      ["Blue", [0]],
      ["Red", [1]],
    ],
  );
  assert.notEqual(split.blocks[0]!.controls[1]!.key, split.blocks[1]!.controls[1]!.key);
});

test("edits through the actions write valid effects to every party, and a reset returns the preset's document", () => {
  const preset = populationDoc();
  let input = preset;
  const store = {
    getState: () => ({ input, baseline: preset }),
    edit: (path: ReadonlyArray<string | number>, value: unknown) => (input = setAt(input, path, value)),
  };
  const all = populationActions(store, true);
  const ringPath = ["parties", 0, "value", "effects", "rings", 1, "fatality"];
  all.edit(ringPath, 0.6);
  for (const i of [0, 1]) {
    const e = getAt(input, ["parties", i, "value", "effects"]) as { rings: Array<{ psi: number; fatality: number }> };
    assert.deepEqual(e.rings, [
      { psi: 12, fatality: 0.98 },
      { psi: 5, fatality: 0.6 },
      { psi: 2, fatality: 0.05 },
    ]);
  }
  assert.deepEqual(validateScenario(input).issues, []);
  const vm = populationEditorVm(input, preset);
  assert.equal(vm.changedCount, 1);
  assert.equal(num(vm.blocks[0]!.controls[3]).baseline, 0.5);
  // The fire zone switched on starts at the documented values; off again removes it.
  all.edit(["parties", 0, "value", "effects", "fireZone"], true);
  assert.deepEqual(getAt(input, ["parties", 1, "value", "effects", "fireZone"]), { psi: 2, fatality: 0.98 });
  assert.deepEqual(FIRE_ZONE_START, { psi: 2, fatality: 0.98 });
  const withFire = populationEditorVm(input, preset);
  assert.deepEqual(
    withFire.blocks[0]!.controls.slice(7, 10).map((c) => c.label),
    ["Mass-fire zone", "Fire zone: overpressure at its edge (psi)", "Fire zone: share killed inside"],
  );
  all.edit(["parties", 0, "value", "effects", "fireZone"], false);
  assert.equal(getAt(input, ["parties", 0, "value", "effects", "fireZone"]), undefined);
  // Reset the ring: both parties' documents are the preset's again (no leftover effects object).
  all.reset(ringPath);
  assert.deepEqual(input, preset);
  // Per party: only the party edited changes.
  const one = populationActions(store, false);
  one.edit(["parties", 1, "value", "effects", "scaleKmAtMillion"], 4);
  assert.equal(getAt(input, ["parties", 0, "value", "effects"]), undefined);
  assert.equal(getAt(input, ["parties", 1, "value", "effects", "scaleKmAtMillion"]), 4);
  const differing = populationEditorVm(input, preset);
  assert.equal(differing.uniform, false);
  assert.equal(differing.blocks.length, 2);
});

test("helpers: ring ranges, effects paths, next effects without a preset, baseline values", () => {
  const rings = [{ psi: 2 }, { psi: 12 }, { psi: 5 }];
  assert.deepEqual(
    rings.map((_, k) => ringRange(rings, k)),
    ["2–5 psi", "above 12 psi", "5–12 psi"],
  );
  assert.deepEqual(effectsPath(["parties", 2, "value", "effects", "burst"]), { party: 2, rel: ["burst"] });
  assert.equal(effectsPath(["parties", 2, "value", "damageCurve", "w80"]), null);
  assert.deepEqual(nextEffects(undefined, undefined, ["burst"], "surface", false), {
    burst: "surface",
    rings: DEFAULT_EFFECTS.rings.map((r) => ({ ...r })),
    scaleKmAtMillion: 3.3,
    scaleExponent: 5 / 12,
    mergeScaleLengths: 3,
  });
  assert.equal(baselineEffectsValue(undefined, ["rings", 0, "psi"]), 12);
  assert.equal(baselineEffectsValue({ fireZone: { psi: 3, fatality: 0.7 } }, ["fireZone", "psi"]), 3);
});

test("no population party: no section", () => {
  const doc = fixtureScenarioInput();
  const vm = populationEditorVm(doc, doc);
  assert.deepEqual(vm.parties, []);
  assert.deepEqual(vm.blocks, []);
});
