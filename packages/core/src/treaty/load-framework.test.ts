import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { hasErrors } from "../_shared/issues.js";
import { loadFrameworkBytes, loadFrameworkText, parseFramework, validateFramework } from "./load-framework.js";

const GOOD = `id: three-state
name: Three-state test
citation: test
parties: [us, ru, cn]
limits:
  - id: all-warheads
    name: All nuclear warheads
    quantity: warheads
    rule: stockpile
    selector: { nuclear: true }
    perParty: { us: 2000, ru: 2000, cn: 1000 }
    citation: proposal
  - id: interceptors
    name: Interceptors
    quantity: interceptors
    max: 100
    citation: proposal
`;

describe("load-framework", () => {
  it("loads a valid file and flags unequal per-party ceilings as a warning", () => {
    const r = loadFrameworkText(GOOD, "f.yaml");
    assert.ok(r.value);
    assert.equal(r.value.limits.length, 2);
    assert.equal(hasErrors(r.issues), false);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.severity, i.line, i.col]),
      [["unequal_limits", "warning", 11, 15]],
    );
    assert.match(r.issues[0]!.message, /us 2,000, ru 2,000, cn 1,000/);
  });

  it("reports every problem at once with file:line:col and did-you-mean hints", () => {
    const bad = `id: bad
name: Bad
citation: test
limits:
  - id: a
    name: A
    quantity: warheads
    rule: atributed
    max: 10
    citation: x
  - id: b
    name: B
    quantity: warheads
    max: 5
    sublimitOf: aa
    citaton: x
`;
    const r = loadFrameworkText(bad, "bad.yaml");
    assert.equal(r.value, undefined);
    const got = r.issues.map((i) => [i.code, i.line, i.col]);
    assert.deepEqual(got, [
      ["invalid_value", 8, 11],
      ["invalid_type", 11, 5],
      ["unknown_field", 16, 5],
    ]);
    assert.equal(r.issues[0]!.file, "bad.yaml");
    assert.equal(r.issues[2]!.hint, 'did you mean "citation"?');
  });

  it("cross-checks: unknown sublimitOf, rule/quantity mismatch, missing ceiling, cycles, duplicates", () => {
    const r = loadFrameworkText(
      `id: x
name: X
citation: t
limits:
  - { id: a, name: A, quantity: warheads, rule: launchers, max: 1, citation: t }
  - { id: b, name: B, quantity: warheads, sublimitOf: aa, max: 1, citation: t }
  - { id: c, name: C, quantity: launchers, citation: t }
  - { id: d, name: D, quantity: warheads, sublimitOf: e, max: 1, citation: t }
  - { id: e, name: E, quantity: warheads, sublimitOf: d, max: 1, citation: t }
  - { id: a, name: A2, quantity: warheads, max: 1, citation: t }
`,
      "x.yaml",
    );
    assert.equal(r.value, undefined);
    const codes = r.issues.map((i) => `${i.code}@${i.line}`);
    assert.deepEqual(codes, [
      "invalid_rule@5",
      "unknown_reference@6",
      "missing_field@7",
      "cycle@8",
      "cycle@9",
      "duplicate_id@10",
    ]);
    assert.equal(r.issues[1]!.hint, 'did you mean "a"?');
  });

  it("warns when a sublimit exceeds its aggregate or counts categories outside it", () => {
    const r = validateFramework({
      id: "x",
      name: "X",
      citation: "t",
      limits: [
        { id: "agg", name: "A", quantity: "warheads", selector: { categories: ["slbm"] }, max: 100, citation: "t" },
        {
          id: "sub",
          name: "S",
          quantity: "warheads",
          selector: { categories: ["icbm-silo"] },
          max: 150,
          sublimitOf: "agg",
          citation: "t",
        },
      ],
    });
    assert.ok(r.value);
    assert.deepEqual(
      r.issues.map((i) => i.code),
      ["sublimit_exceeds_aggregate", "selector_outside_aggregate"],
    );
    assert.match(r.issues[0]!.message, /150 > 100/);
  });

  it("warns when an aggregate without freedom to mix leaves categories without a sublimit", () => {
    const r = validateFramework({
      id: "x",
      name: "X",
      citation: "t",
      limits: [
        {
          id: "agg",
          name: "A",
          quantity: "launchers",
          selector: { categories: ["slbm", "hgv"] },
          max: 100,
          freedomToMix: false,
          citation: "t",
        },
        {
          id: "sub",
          name: "S",
          quantity: "launchers",
          selector: { categories: ["slbm"] },
          max: 50,
          sublimitOf: "agg",
          citation: "t",
        },
      ],
    });
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.message]),
      [["no_sublimits", '"agg" has no freedom to mix but these categories have no sublimit: hgv']],
    );
  });

  it("refuses a per-party ceiling for a party outside the framework, and inverted bands and dates", () => {
    const r = validateFramework({
      id: "x",
      name: "X",
      citation: "t",
      parties: ["us", "ru"],
      inForce: { from: "2020-01-01", to: "2019-01-01" },
      limits: [
        {
          id: "a",
          name: "A",
          quantity: "warheads",
          selector: { rangeKm: { min: 5000, max: 500 } },
          perParty: { cn: 5 },
          citation: "t",
        },
      ],
    });
    assert.equal(r.value, undefined);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.path.join(".")]),
      [
        ["inconsistent", "inForce.to"],
        ["inconsistent", "limits.0.selector.rangeKm"],
        ["unknown_reference", "limits.0.perParty.cn"],
      ],
    );
  });

  it("refuses empty and binary bytes like scenario files", () => {
    assert.equal(loadFrameworkBytes(new Uint8Array(), "e.yaml").issues[0]!.code, "empty");
    assert.equal(loadFrameworkBytes(new Uint8Array([0xff, 0xfe, 0x00]), "b.yaml").issues[0]!.code, "binary");
  });

  it("parseFramework throws with every error", () => {
    assert.throws(() => parseFramework({ id: "x", name: "X" }), /citation/);
  });
});
