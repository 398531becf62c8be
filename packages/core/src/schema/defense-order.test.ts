import { test } from "node:test";
import assert from "node:assert/strict";
import { defenseOrderWarnings, defenseTier } from "./defense-order.js";
import { loadScenarioText } from "./validate-scenario.js";
import { MINIMAL_SCENARIO_YAML } from "./test-inputs/minimal-scenario.js";
import type { FlightProfile } from "./scenario.js";

const layer = (
  id: string,
  name: string,
  engages: FlightProfile[] = ["ballistic"],
  covers: ("value" | "forces")[] = ["value"],
) => ({ id, name, engages, covers });

test("tiers are read from ids and names; unknown or ambiguous names have none", () => {
  assert.equal(defenseTier(layer("gmd", "Ground-based Midcourse Defense")), "midcourse");
  assert.equal(defenseTier(layer("aegis-sm3-iia", "Aegis BMD with SM-3 Block IIA")), "midcourse");
  assert.equal(defenseTier(layer("pac3", "Patriot PAC-3 MSE")), "terminal");
  assert.equal(defenseTier(layer("thaad", "THAAD battery")), "terminal");
  assert.equal(defenseTier(layer("bpi", "Boost-phase interceptors")), "boost");
  assert.equal(defenseTier(layer("a-135", "Moscow ABM system A-135")), undefined);
  assert.equal(defenseTier(layer("aegis", "Aegis with SM-3 and SM-6")), undefined);
});

test("a terminal layer listed before a midcourse one on the same flights and coverage is warned about", () => {
  const w = defenseOrderWarnings(
    [layer("pac3", "Patriot PAC-3"), layer("gmd", "Ground-based Midcourse Defense")],
    ["parties", 0, "defenses"],
  );
  assert.equal(w.length, 1);
  assert.deepEqual(
    [w[0]!.code, w[0]!.severity, w[0]!.path],
    ["defense_order", "warning", ["parties", 0, "defenses", 0]],
  );
  assert.match(w[0]!.message, /"pac3" \(terminal\) is listed before "gmd" \(midcourse\).*listed order/);
  assert.match(w[0]!.hint!, /outer layers first/);
});

test("no warning in outer-first order, without a common flight or coverage, or for unrecognised names", () => {
  const base = ["parties", 0, "defenses"];
  assert.deepEqual(defenseOrderWarnings([layer("gmd", "GMD"), layer("pac3", "Patriot")], base), []);
  assert.deepEqual(
    defenseOrderWarnings([layer("pac3", "Patriot", ["cruise"]), layer("gmd", "GMD", ["ballistic"])], base),
    [],
  );
  assert.deepEqual(
    defenseOrderWarnings(
      [layer("pac3", "Patriot", ["ballistic"], ["forces"]), layer("gmd", "GMD", ["ballistic"], ["value"])],
      base,
    ),
    [],
  );
  assert.deepEqual(defenseOrderWarnings([layer("inner", "Inner"), layer("outer", "Outer")], base), []);
});

test("the loader keeps the scenario and reports the warning at the earlier layer's line", () => {
  const source = 'source: { source: "notional", asOf: 2026-01-01, confidence: notional }';
  const text = MINIMAL_SCENARIO_YAML.replace(
    "    defenses: []\n",
    "    defenses:\n" +
      `      - { id: thaad, name: THAAD, interceptors: 48, pk: 0.8, doctrine: { type: barrage, shots: 2 }, ${source} }\n` +
      `      - { id: gmd, name: GMD, interceptors: 44, pk: 0.5, doctrine: { type: barrage, shots: 2 }, ${source} }\n`,
  );
  const r = loadScenarioText(text, "s.yaml");
  assert.ok(r.value, JSON.stringify(r.issues));
  assert.equal(r.issues.length, 1);
  const w = r.issues[0]!;
  assert.equal(w.code, "defense_order");
  assert.equal(text.split("\n")[w.line! - 1]!.includes("id: thaad"), true);
});
