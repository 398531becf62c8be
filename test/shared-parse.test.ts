/**
 * A scenario that shares the previous parse's unchanged objects (`shareUnchanged`, as the workbench's worker does)
 * evaluates exactly as the same document parsed anew: the engine's identity-keyed caches must not carry anything an
 * edit changed. A sequence of edits of every kind (a count, an assumption, a site, a value-model parameter, a
 * defence, an edit undone) on the two- and three-party presets; reports compared exactly.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, shareUnchanged, validateScenario, type Scenario } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset } from "@seceq/data";

const edits: [string, (d: Scenario) => void][] = [
  ["launchers of the first element", (d) => (d.parties[0]!.forces[0]!.launchers.deployed -= 7)],
  ["cost exponent", (d) => (d.assumptions = { ...d.assumptions, costExponent: 0.6 })],
  [
    "a site moved",
    (d) => {
      const f = d.parties[1]!.forces.find((x) => x.basing.sites)!;
      f.basing.sites![0]!.latDeg += 0.4;
    },
  ],
  [
    "density scale length",
    (d) => {
      const v = d.parties[1]!.value;
      v.effects = { ...v.effects, scaleKmAtMillion: 4.1 };
    },
  ],
  ["a defence's interceptors", (d) => (d.parties.find((p) => p.defenses.length > 0)!.defenses[0]!.interceptors += 20)],
  ["the first edit undone", (d) => (d.parties[0]!.forces[0]!.launchers.deployed += 7)],
];

for (const id of [DEFAULT_PRESET_ID, "us-russia-china-2026"]) {
  test(`${id}: evaluating the shared parse equals evaluating a fresh parse, edit after edit`, () => {
    const doc = structuredClone(getPreset(id));
    const parse = (d: Scenario): Scenario => validateScenario(structuredClone(d)).value!;
    let shared = shareUnchanged(undefined, parse(doc));
    evaluate(shared, { sensitivities: false });
    for (const [what, edit] of edits) {
      edit(doc);
      const next = shareUnchanged(shared, parse(doc));
      assert.ok(next !== shared, `${what}: the edit changed the scenario`);
      next.parties.forEach((p, i) => {
        const unchanged = JSON.stringify(p) === JSON.stringify(shared.parties[i]);
        assert.equal(p === shared.parties[i], unchanged, `${what}: party ${p.id} shared exactly when unchanged`);
      });
      shared = next;
      const a = evaluate(shared, { sensitivities: false });
      const b = evaluate(parse(doc), { sensitivities: false });
      assert.deepEqual(a, b, `${what}: same report`);
    }
  });
}
