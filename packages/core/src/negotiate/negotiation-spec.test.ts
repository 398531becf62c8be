import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import {
  coordinateLevels,
  coordinateValue,
  loadNegotiationSpec,
  NegotiationSpec,
  parseNegotiationSpec,
} from "./negotiation-spec.js";

const toy = toyScenario();
const resolvePreset = (id: string) => (id === "toy" ? toy : undefined);
const options = { file: "space.yaml", resolvePreset, presetIds: ["toy", "us-russia-2026"] };

const GOOD = `id: toy-space
base:
  preset: toy
dimensions:
  - id: warheads
    limit: { quantity: warheads, rule: new-start-warheads }
    range: [100, 200]
    step: 25
  - id: defences
    limit: { quantity: interceptors }
    perParty: { a: [0, 10], b: [0, 20] }
    step: 5
  - id: mirv
    warheadsPerLauncher: { selector: { categories: [icbm-silo] } }
    range: [1, 3]
    symmetric: false
`;

describe("coordinate grid", () => {
  it("counts levels from min in steps, keeping an off-grid max", () => {
    assert.equal(coordinateLevels(800, 1550, 25), 31);
    assert.equal(coordinateLevels(1, 4, 1), 4);
    assert.equal(coordinateLevels(0, 10, 3), 5); // 0, 3, 6, 9, 10
    assert.equal(coordinateLevels(5, 5, 1), 1);
    const c = { min: 0, max: 10, step: 3, levels: 5 };
    assert.deepEqual(
      [0, 1, 2, 3, 4, 9, -1].map((k) => coordinateValue(c, k)),
      [0, 3, 6, 9, 10, 10, 0],
    );
    assert.equal(coordinateValue({ min: 0.1, max: 0.3, step: 0.1, levels: 3 }, 2), 0.3);
  });
});

describe("loadNegotiationSpec", () => {
  it("resolves the preset, picks the first two parties and lays out coordinates", () => {
    const r = loadNegotiationSpec(GOOD, options);
    assert.deepEqual(r.issues, []);
    const s = r.value!;
    assert.equal(s.base.preset, "toy");
    assert.equal(s.base.scenario.id, "toy");
    assert.deepEqual(s.parties, ["a", "b"]);
    assert.deepEqual(
      s.coordinates.map((c) => [c.key, c.party, c.min, c.max, c.step, c.levels]),
      [
        ["warheads", undefined, 100, 200, 25, 5],
        ["defences.a", "a", 0, 10, 5, 3],
        ["defences.b", "b", 0, 20, 5, 5],
        ["mirv.a", "a", 1, 3, 1, 3],
        ["mirv.b", "b", 1, 3, 1, 3],
      ],
    );
    // Defaults.
    assert.deepEqual(s.tolerances, { parity: 0.1, stability: 0.01, retaliation: 0.02 });
    assert.deepEqual(s.refine, { starts: 3, iterations: 30 });
    assert.equal(s.samples, 48);
    assert.equal(s.sampling, "latin-hypercube");
    assert.equal(s.seed, 1);
    assert.deepEqual(s.weights, { stability: 1, reductions: 0.5, parity: 0.5 });
  });

  it("reports every problem at once, each at file:line:col", () => {
    const bad = `id: toy-space
base:
  preset: toi
parties: [a, c]
dimensions:
  - id: warheads
    limit: { quantity: warheads, rule: launchers }
    rnage: [100, 200]
  - id: warheads
    warheadsPerLauncher: {}
    range: [3, 1]
samples: 0
`;
    const r = loadNegotiationSpec(bad, options);
    assert.equal(r.value, undefined);
    const at = r.issues.map((i) => `${i.file}:${i.line}:${i.col} ${i.message}`);
    assert.ok(
      at.some((m) => /^space\.yaml:8:5 .*rnage/.test(m)),
      at.join("\n"),
    );
    assert.ok(
      at.some((m) => /^space\.yaml:11:12 .*min 3 is above max 1/.test(m)),
      at.join("\n"),
    );
    assert.ok(
      at.some((m) => /^space\.yaml:12:10 /.test(m)),
      at.join("\n"),
    );
    assert.ok(r.issues.every((i) => i.line !== undefined && i.col !== undefined));
  });

  it("checks references after the schema: unknown preset with a hint, unknown party, wrong rule, duplicate id", () => {
    const text = GOOD.replace("preset: toy", "preset: toi");
    const r = loadNegotiationSpec(text, options);
    assert.equal(r.value, undefined);
    assert.equal(r.issues.length, 1);
    assert.match(r.issues[0]!.message, /unknown preset "toi"; known: toy, us-russia-2026/);
    assert.equal(r.issues[0]!.hint, 'did you mean "toy"?');
    assert.deepEqual([r.issues[0]!.line, r.issues[0]!.col], [3, 11]);

    const refs = loadNegotiationSpec(
      GOOD.replace("id: toy-space", "id: toy-space\nparties: [a, bb]")
        .replace("rule: new-start-warheads", "rule: launchers")
        .replace("id: mirv", "id: warheads"),
      options,
    );
    const msgs = refs.issues.map((i) => `${i.line}: ${i.message}${i.hint ? ` (${i.hint})` : ""}`);
    assert.deepEqual(msgs, [
      '2: unknown party "bb"; the base scenario has a, b (did you mean "b"?)',
      '7: counting rule "launchers" does not count warheads; use one of: loaded, stockpile, new-start-warheads, start1-attributed',
      '14: duplicate dimension id "warheads" (first used at index 0)',
    ]);
  });

  it("needs a range for each negotiating party in perParty, and no cap above 100 per launcher", () => {
    const r = loadNegotiationSpec(
      GOOD.replace("perParty: { a: [0, 10], b: [0, 20] }", "perParty: { a: [0, 10] }").replace(
        "range: [1, 3]",
        "range: [1, 300]",
      ),
      options,
    );
    assert.deepEqual(
      r.issues.map((i) => i.message),
      ['give a range for party "b"', "a cap on warheads per launcher above 100 (300) is not a cap"],
    );
  });
});

describe("parseNegotiationSpec", () => {
  it("validates plain data with an inline scenario", () => {
    const r = parseNegotiationSpec({
      base: { scenario: toy },
      dimensions: [{ id: "w", limit: { quantity: "warheads" }, range: [10, 20] }],
    });
    assert.deepEqual(r.issues, []);
    assert.equal(r.value!.id, "negotiation");
    assert.equal(r.value!.coordinates[0]!.levels, 11);
    assert.equal(r.value!.base.preset, undefined);
  });

  it("refuses a spec with both or neither of preset and scenario, or the same party twice", () => {
    const r = parseNegotiationSpec({
      base: {},
      parties: ["a", "a"],
      dimensions: [{ id: "w", limit: { quantity: "warheads" }, range: [1, 2] }],
    });
    assert.deepEqual(
      r.issues.map((i) => [i.path.join("."), i.message]),
      [
        ["base", "give either `preset: <id>` or `scenario: {...}`"],
        ["parties.1", "the two negotiating parties must differ"],
      ],
    );
    assert.equal(NegotiationSpec.safeParse({ base: { preset: "x" }, dimensions: [] }).success, false);
  });

  it("says presets cannot be resolved without a resolver", () => {
    const r = parseNegotiationSpec({
      base: { preset: "toy" },
      dimensions: [{ id: "w", limit: { quantity: "warheads" }, range: [1, 2] }],
    });
    assert.deepEqual(
      r.issues.map((i) => i.message),
      ["presets cannot be resolved here; give the scenario inline"],
    );
  });
});
