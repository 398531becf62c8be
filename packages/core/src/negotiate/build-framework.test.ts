import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { Framework } from "../treaty/framework-schema.js";
import { crossCheckFramework } from "../treaty/load-framework.js";
import { applyPerLauncherCaps, buildFramework, describeValues, loosestValues, valuesAt } from "./build-framework.js";
import { parseNegotiationSpec } from "./negotiation-spec.js";

const toy = toyScenario({ mirv: 3 });
const spec = parseNegotiationSpec({
  id: "toy-space",
  base: { scenario: toy },
  dimensions: [
    {
      id: "warheads",
      limit: { quantity: "warheads", rule: "new-start-warheads", selector: { categories: ["icbm-silo", "slbm"] } },
      range: [100, 400],
      step: 100,
    },
    {
      id: "abm",
      name: "interceptors",
      limit: { quantity: "interceptors" },
      perParty: { a: [0, 10], b: [20, 40] },
      step: 10,
    },
    { id: "mirv", warheadsPerLauncher: { selector: { categories: ["icbm-silo"] } }, range: [1, 3] },
  ],
}).value!;

describe("valuesAt", () => {
  it("gives every level an equal share of [0, 1) and clamps outside", () => {
    // warheads: 4 levels (100…400); abm.a: 2 levels; abm.b: 3 levels; mirv: 3 levels.
    assert.deepEqual(valuesAt(spec, [0, 0, 0, 0]), [100, 0, 20, 1]);
    assert.deepEqual(valuesAt(spec, [0.25, 0.5, 0.34, 0.67]), [200, 10, 30, 3]);
    assert.deepEqual(valuesAt(spec, [0.2499, 0.4999, 0.3333, 0.6666]), [100, 0, 20, 2]);
    assert.deepEqual(valuesAt(spec, [1, 1, 1, 1]), [400, 10, 40, 3]);
    assert.deepEqual(valuesAt(spec, [7, -3, NaN, 0.99]), [400, 0, 20, 3]);
    assert.deepEqual(loosestValues(spec), [400, 10, 40, 3]);
  });
});

describe("buildFramework", () => {
  const nf = buildFramework(spec, [200, 10, 30, 2]);

  it("writes symmetric ceilings as max and per-party ones as perParty, bound to the two parties", () => {
    const [w, abm] = nf.framework.limits;
    assert.equal(nf.framework.limits.length, 2);
    assert.deepEqual(nf.framework.parties, ["a", "b"]);
    assert.equal(w!.max, 200);
    assert.equal(w!.perParty, undefined);
    assert.equal(w!.rule, "new-start-warheads");
    assert.deepEqual(w!.selector, { categories: ["icbm-silo", "slbm"], parties: ["a", "b"] });
    assert.deepEqual(abm!.perParty, { a: 10, b: 30 });
    assert.equal(abm!.max, undefined);
    assert.equal(abm!.name, "interceptors");
    assert.equal(abm!.citation, 'negotiation space "toy-space", dimension "abm"');
    assert.deepEqual(nf.values, { warheads: 200, "abm.a": 10, "abm.b": 30, mirv: 2 });
    assert.equal(nf.framework.name, "toy-space: warheads 200 · abm.a 10 · abm.b 30 · mirv 2");
    assert.equal(describeValues(spec, [1550, 0, 0, 1]), "warheads 1,550 · abm.a 0 · abm.b 0 · mirv 1");
  });

  it("builds a framework the treaty engine accepts", () => {
    const parsed = Framework.safeParse(nf.framework);
    assert.equal(parsed.success, true);
    const errors = crossCheckFramework(nf.framework).filter((i) => (i.severity ?? "error") === "error");
    assert.deepEqual(errors, []);
  });

  it("turns a cap dimension into one cap per party and states the caps in the framework's notes", () => {
    assert.deepEqual(
      nf.caps.map((c) => [c.id, c.party, c.cap]),
      [
        ["mirv", "a", 2],
        ["mirv", "b", 2],
      ],
    );
    assert.equal(
      nf.framework.notes,
      "Per-launcher caps, applied as downloads before the limits: mirv a ≤ 2 warheads per launcher; mirv b ≤ 2 warheads per launcher.",
    );
  });

  it("refuses a wrong number of values", () => {
    assert.throws(() => buildFramework(spec, [1, 2]), /expected 4 values, got 2/);
  });
});

describe("applyPerLauncherCaps", () => {
  const a = toy.parties[0]!;
  it("downloads matched elements to the cap and caps their upload capacity", () => {
    const withMax = { ...a, forces: a.forces.map((e) => (e.id === "silo" ? { ...e, maxWarheadsPerLauncher: 5 } : e)) };
    const capped = applyPerLauncherCaps(withMax, [
      { id: "m", name: "m", party: "a", selector: { categories: ["icbm-silo"] }, cap: 2 },
    ]);
    const silo = capped.forces.find((e) => e.id === "silo")!;
    assert.equal(silo.warheadsPerLauncher, 2);
    assert.equal(silo.maxWarheadsPerLauncher, 2);
    assert.equal(capped.forces.find((e) => e.id === "ssbn")!.warheadsPerLauncher, 1);
  });

  it("applies the lowest of several caps, ignores other parties' caps, and leaves an unmatched party untouched", () => {
    const caps = [
      { id: "m", name: "m", party: "a", selector: {}, cap: 2.5 },
      { id: "n", name: "n", party: "a", selector: { categories: ["icbm-silo" as const] }, cap: 1 },
      { id: "m", name: "m", party: "b", selector: {}, cap: 0 },
    ];
    const capped = applyPerLauncherCaps(a, caps);
    assert.deepEqual(
      capped.forces.map((e) => e.warheadsPerLauncher),
      [1, 1],
    );
    assert.equal(applyPerLauncherCaps(a, [caps[2]!]), a);
    assert.equal(applyPerLauncherCaps(a, [{ id: "m", name: "m", party: "a", selector: {}, cap: 3 }]), a);
  });
});
