import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Scenario } from "../schema/scenario.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { BUILTIN_NEGOTIATION_PRESETS, builtinNegotiationSpace, US_RUSSIA_2026_SPACE } from "./builtin-spaces.js";
import { NegotiationSpec, parseNegotiationSpec } from "./negotiation-spec.js";

describe("built-in negotiation spaces", () => {
  it("has a valid space for us-russia-2026 with the documented coordinates", () => {
    assert.deepEqual(BUILTIN_NEGOTIATION_PRESETS, ["us-russia-2026"]);
    assert.equal(NegotiationSpec.safeParse(US_RUSSIA_2026_SPACE).success, true);
    // Resolve against a stand-in scenario with the preset's party ids (the preset itself lives in @seceq/data).
    const t = toyScenario();
    const stand: Scenario = {
      ...t,
      id: "us-russia-2026",
      parties: t.parties.map((p, i) => ({ ...p, id: i === 0 ? "us" : "ru" })),
    };
    const r = parseNegotiationSpec(builtinNegotiationSpace("us-russia-2026"), {
      resolvePreset: (id) => (id === "us-russia-2026" ? stand : undefined),
    });
    assert.deepEqual(r.issues, []);
    assert.deepEqual(
      r.value!.coordinates.map((c) => [c.key, c.min, c.max, c.step, c.levels]),
      [
        ["warheads", 800, 1550, 25, 31],
        ["launchers", 400, 700, 10, 31],
        ["icbm-mirv", 1, 4, 1, 4],
      ],
    );
    assert.deepEqual(r.value!.parties, ["us", "ru"]);
    assert.deepEqual(r.value!.tolerances, { parity: 0.1, stability: 0.01, retaliation: 0.02 });
  });

  it("hands out fresh copies and nothing for presets without a space", () => {
    const a = builtinNegotiationSpace("us-russia-2026")!;
    a.samples = 1;
    assert.equal(builtinNegotiationSpace("us-russia-2026")!.samples, 32);
    assert.equal(builtinNegotiationSpace("start1-1990"), undefined);
  });
});
