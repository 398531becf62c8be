import { test } from "node:test";
import assert from "node:assert/strict";
import { scenarioJsonSchema } from "@seceq/core";
import { getPresetInput, listPresets } from "@seceq/data";
import type { Control, NumberControl } from "../model/controls.js";
import type { DocPath } from "../model/scenario-path.js";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { postureEditorVm } from "./posture-editor-vm.js";
import { scenarioFieldBounds } from "./schema-bounds.js";

/** A JSON Schema node, as `scenarioJsonSchema()` publishes it (inline, no references). */
interface JsonNode {
  type?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  oneOf?: JsonNode[];
  anyOf?: JsonNode[];
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
}

/** The published JSON Schema's node for a document path (the oracle: generated from the same zod schema by zod). */
function jsonNodeAt(path: DocPath): JsonNode {
  let n = scenarioJsonSchema() as JsonNode;
  for (const key of path) {
    const options = [n, ...(n.oneOf ?? []), ...(n.anyOf ?? [])];
    const next =
      typeof key === "number"
        ? options.find((o) => o.items)?.items
        : options.find((o) => o.properties && Object.hasOwn(o.properties, key))?.properties?.[key];
    assert.ok(next, `no ${String(key)} in the JSON Schema at ${path.join(".")}`);
    n = next;
  }
  return n;
}

/** Every number control of the editor for a document (forces, defences, levers, assumptions, damage curves). */
function numberControls(doc: ReturnType<typeof fixtureScenarioInput>): NumberControl[] {
  const vm = postureEditorVm(doc, doc);
  const all: Control[] = [
    ...vm.parties.flatMap((p) => [p.holdBack, ...p.legs.flatMap((l) => l.items.flatMap((i) => i.controls))]),
    ...vm.assumptions.global,
    ...vm.assumptions.damage.flatMap((d) => d.controls),
  ];
  return all.filter((c): c is NumberControl => c.kind === "number");
}

/** Controls whose input starts above an open lower bound of the schema (a slider needs a first value). */
const FLOORS: Readonly<Record<string, number>> = { costExponent: 0.1, w80: 1, valueAreaKm2: 1 };

void test("the schema reader finds each field's bounds as the published JSON Schema states them", () => {
  for (const path of [
    ["parties", 0, "forces", 0, "launchers", "deployed"],
    ["parties", 1, "forces", 2, "warheadsPerLauncher"],
    ["parties", 0, "defenses", 0, "pk"],
    ["parties", 0, "value", "damageCurve", "w80"],
    ["parties", 0, "value", "damageCurve", "valueAreaKm2"],
    ["assumptions", "costExponent"],
    ["assumptions", "maxWarheadsPerAimPoint"],
    // The population editor's fields (value.effects of a population party).
    ["parties", 0, "value", "effects", "rings", 1, "psi"],
    ["parties", 0, "value", "effects", "rings", 0, "fatality"],
    ["parties", 1, "value", "effects", "fireZone", "psi"],
    ["parties", 1, "value", "effects", "fireZone", "fatality"],
    ["parties", 0, "value", "effects", "scaleKmAtMillion"],
    ["parties", 0, "value", "effects", "scaleExponent"],
    ["parties", 0, "value", "effects", "mergeScaleLengths"],
  ] as const) {
    const b = scenarioFieldBounds(path);
    const j = jsonNodeAt(path);
    assert.equal(b.max, j.maximum ?? j.exclusiveMaximum, path.join("."));
    assert.equal(b.min, j.minimum ?? j.exclusiveMinimum, path.join("."));
    assert.equal(b.minExclusive, j.exclusiveMinimum !== undefined, path.join("."));
    assert.equal(b.integer, j.type === "integer", path.join("."));
  }
  assert.throws(() => scenarioFieldBounds(["parties", 0, "name"]), /no number field/);
  assert.throws(() => scenarioFieldBounds(["nothing", "here"]), /no number field/);
});

void test("every number input of the posture editor has the schema's bounds (presets and the fixture)", () => {
  const docs = [fixtureScenarioInput(), ...listPresets().map((p) => getPresetInput(p.id)!)];
  let checked = 0;
  for (const doc of docs) {
    for (const c of numberControls(doc)) {
      const j = jsonNodeAt(c.path);
      const at = `${doc.id}: ${c.path.join(".")}`;
      const leaf = String(c.path[c.path.length - 1]);
      // The upper limit is the schema's, or the element's upload capacity where it has one (the validator's cap).
      const capacity = leaf === "warheadsPerLauncher" ? getCapacity(doc, c.path) : undefined;
      assert.equal(c.limit, capacity ?? j.maximum, at);
      if (Object.hasOwn(FLOORS, leaf)) {
        assert.equal(c.min, FLOORS[leaf], at);
        assert.ok(j.exclusiveMinimum !== undefined && c.min > j.exclusiveMinimum, at);
      } else assert.equal(c.min, j.minimum, at);
      assert.ok(c.max <= c.limit && c.min <= c.max, `${at}: slider inside the input's bounds`);
      checked++;
    }
  }
  assert.ok(checked > 100, `${checked} controls checked`);
});

/** The upload capacity (`maxWarheadsPerLauncher`) of the element a path points into, if any. */
function getCapacity(doc: ReturnType<typeof fixtureScenarioInput>, path: DocPath): number | undefined {
  const e = doc.parties[path[1] as number]!.forces[path[3] as number]!;
  return typeof e.maxWarheadsPerLauncher === "number" ? e.maxWarheadsPerLauncher : undefined;
}
