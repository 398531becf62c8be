// Ids and keys that name Object.prototype members (`constructor`, `toString`, `__proto__`, …) must behave like any
// other id: the same numbers as an ordinary name, or a clean refusal located in the document.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadScenarioText } from "../schema/validate-scenario.js";
import { evaluate } from "./evaluate.js";
import { crisisTimeline } from "../stability/crisis-timeline.js";
import { scenarioStability } from "../stability/pair-stability.js";
import { loadFrameworkText } from "../treaty/load-framework.js";
import { checkCompliance } from "../treaty/compliance.js";
import { ceilingFor } from "../treaty/framework-schema.js";
import { countingRule } from "../treaty/counting-rules.js";
import { loadSweepSpec } from "../sweep/load-sweep-spec.js";
import { runCell } from "../sweep/run-cell.js";
import { PROTOTYPE_KEYS } from "../_shared/own-keys.js";
import { loadNegotiationSpec } from "../negotiate/negotiation-spec.js";

const MINIMAL = readFileSync(new URL("../../../../examples/scenarios/minimal.yaml", import.meta.url), "utf8");

/** Rename a whole-word id in YAML text. */
function rename(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`(?<![-\\w])${from}\\b`, "g"), to);
}

/** A report as JSON with one id renamed back, so two runs compare number for number. */
function normalised(report: unknown, from: string, to: string): unknown {
  return JSON.parse(JSON.stringify(report).replaceAll(`"${from}`, `"${to}`).replaceAll(`${from}"`, `${to}"`));
}

function load(text: string) {
  const r = loadScenarioText(text, "s.yaml");
  assert.deepEqual(
    r.issues.filter((i) => (i.severity ?? "error") === "error"),
    [],
  );
  return r.value!;
}

void test("minimal.yaml with party `red` renamed to `constructor` gives the same numbers as the original", () => {
  const original = evaluate(load(MINIMAL));
  const renamed = evaluate(load(rename(MINIMAL, "red", "constructor")));
  assert.equal(original.stability.minCombined.toFixed(3), "0.274", "the original is fragile (0.274)");
  assert.deepEqual(normalised(renamed, "constructor", "red"), normalised(original, "red", "red"));
});

void test("an element named `constructor` gives the same numbers, marginal exchange ratio included", () => {
  const original = evaluate(load(MINIMAL));
  // `silo` is the id of both parties' ICBMs; rename it everywhere.
  const renamed = evaluate(load(rename(MINIMAL, "silo", "constructor")));
  assert.deepEqual(normalised(renamed, "constructor", "silo"), normalised(original, "silo", "silo"));
  assert.ok(
    renamed.sensitivities.every((s) => s.marginalExchangeRatio === null || Number.isFinite(s.marginalExchangeRatio)),
  );
});

void test("crisis timeline and stability with a generated share keyed by a prototype name", () => {
  const s = load(rename(MINIMAL, "red", "constructor"));
  const base = crisisTimeline(load(MINIMAL));
  const t = crisisTimeline(s);
  assert.deepEqual(
    t.days.map((d) => d.minCombined),
    base.days.map((d) => d.minCombined),
  );
  assert.equal(t.days[0]!.generated["constructor"], 0);
  // An absent id never reads a prototype member: `toString` is not a party, so it changes nothing.
  const a = scenarioStability(s, { toString: 1 });
  assert.deepEqual(
    a.pairs.map((p) => p.combined),
    scenarioStability(s).pairs.map((p) => p.combined),
  );
});

void test("fieldSources keys must be element fields: prototype names are refused with a hint, __proto__ at its line", () => {
  for (const key of ["constructor", "toString", "hasOwnProperty", "valueOf", "cepm"]) {
    const text = MINIMAL.replace(
      "        cepM: 120\n",
      `        cepM: 120\n        fieldSources:\n          ${key}: { source: "x", asOf: 2026-01-01, confidence: notional }\n`,
    );
    const r = loadScenarioText(text, "s.yaml");
    assert.equal(r.value, undefined, key);
    const issue = r.issues.find((i) => i.code === "unknown_field");
    assert.ok(issue, key);
    assert.deepEqual(issue.path, ["parties", 0, "forces", 0, "fieldSources", key]);
    assert.equal(issue.line, 21, key);
    if (key === "cepm") assert.equal(issue.hint, 'did you mean "cepM"?');
    else assert.match(issue.hint ?? "", /cepM/);
  }
  const proto = MINIMAL.replace(
    "        cepM: 120\n",
    `        cepM: 120\n        fieldSources:\n          __proto__: { source: "x", asOf: 2026-01-01, confidence: notional }\n`,
  );
  const r = loadScenarioText(proto, "s.yaml");
  assert.equal(r.value, undefined);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path.join("."), i.line]),
    [["reserved_key", "parties.0.forces.0.fieldSources.__proto__", 21]],
  );
  // A real field the element does not have is still refused, as before.
  const absent = loadScenarioText(
    MINIMAL.replace(
      "        cepM: 120\n",
      `        cepM: 120\n        fieldSources:\n          maxWarheadsPerLauncher: { source: "x", asOf: 2026-01-01, confidence: notional }\n`,
    ),
  );
  assert.match(absent.issues[0]?.message ?? "", /does not have/);
});

void test("__proto__ as a party id, an element id or a key anywhere is refused with its location", () => {
  const asParty = loadScenarioText(rename(MINIMAL, "red", "__proto__"), "s.yaml");
  assert.equal(asParty.value, undefined);
  assert.ok(asParty.issues.some((i) => i.path.join(".") === "parties.1.id" && i.line === 47));
  const asKey = loadScenarioText(
    MINIMAL.replace("  - id: red\n", "  - id: red\n    __proto__: { posture: generated }\n"),
  );
  assert.equal(asKey.value, undefined);
  assert.ok(asKey.issues.some((i) => i.path.join(".") === "parties.1.__proto__"));
  // Other prototype names fail the id pattern (upper case) with the usual message.
  for (const id of ["toString", "hasOwnProperty", "valueOf"]) {
    const r = loadScenarioText(rename(MINIMAL, "red", id));
    assert.ok(
      r.issues.some((i) => i.path.join(".") === "parties.1.id"),
      id,
    );
  }
});

const FRAMEWORK = (perParty: string) => `schemaVersion: 1
id: f
name: F
citation: test
inForce: { from: 2020-01-01 }
limits:
  - id: w
    name: warheads
    quantity: warheads
    rule: loaded
    selector: { nuclear: true }
    citation: test
    ${perParty}
`;

void test("treaty ceilings per party never read a prototype member; prototype party keys are counted like any id", () => {
  assert.equal(ceilingFor({ max: 100, perParty: { blue: 50 } }, "constructor"), 100);
  assert.equal(ceilingFor({ perParty: { blue: 50 } }, "toString"), undefined);
  assert.throws(() => countingRule("constructor"), /invalid counting rule: constructor/);
  assert.throws(() => countingRule("__proto__"), /invalid counting rule: __proto__/);
  const scenario = load(rename(MINIMAL, "red", "constructor"));
  const f = loadFrameworkText(FRAMEWORK("perParty: { blue: 1000, constructor: 500 }"));
  assert.deepEqual(
    f.issues.map((i) => i.code),
    ["unequal_limits"],
  );
  const c = checkCompliance(scenario, f.value!, { date: "2026-01-01" });
  // minimal.yaml: red (here `constructor`) loads 150 × 4 = 600 warheads, above its ceiling of 500.
  const row = c.checks.find((x) => x.party === "constructor")!;
  assert.deepEqual([row.counted, row.limit, row.status], [600, 500, "violation"]);
  const equal = checkCompliance(scenario, loadFrameworkText(FRAMEWORK("max: 700")).value!, { date: "2026-01-01" });
  const row2 = equal.checks.find((x) => x.party === "constructor")!;
  assert.deepEqual([row2.counted, row2.limit, row2.status], [600, 700, "compliant"]);
  const refused = loadFrameworkText(FRAMEWORK("perParty: { blue: 1000, __proto__: 500 }"), "f.yaml");
  assert.equal(refused.value, undefined);
  assert.deepEqual(
    refused.issues.map((i) => [i.code, i.line]),
    [["reserved_key", 13]],
  );
});

void test("sweep parameter and output names that are prototype keys are stored as data", () => {
  for (const name of PROTOTYPE_KEYS.filter((k) => /^[A-Za-z0-9_.>*:-]+$/.test(k))) {
    const r = loadSweepSpec(`base:
  scenario:
${MINIMAL.replace(/^/gm, "    ")}
parameters:
  - path: assumptions.costWeight
    name: ${name}
    values: [0.1, 0.3]
outputs: [stability.min]
`);
    assert.deepEqual(r.issues, [], name);
    const cell = runCell(r.value!, 1);
    assert.ok(Object.hasOwn(cell.params, name), name);
    assert.equal(cell.params[name], 0.3, name);
    assert.equal(Object.getPrototypeOf(cell.params), Object.prototype, name);
  }
  for (const path of ["assumptions.constructor", "assumptions.__proto__.x", "parties.blue.toString"]) {
    const r = loadSweepSpec(`base:
  scenario:
${MINIMAL.replace(/^/gm, "    ")}
parameters:
  - path: ${path}
    values: [1]
outputs: [stability.min]
`);
    assert.equal(r.value, undefined, path);
    assert.ok(r.issues.length > 0, path);
  }
});

void test("negotiation ranges per party keyed by constructor resolve to that party's range; __proto__ is refused", () => {
  const spec = (perParty: string) => `base:
  scenario:
${rename(MINIMAL, "red", "constructor").replace(/^/gm, "    ")}
parties: [blue, constructor]
dimensions:
  - id: warheads
    limit:
      quantity: warheads
      rule: loaded
      selector: { nuclear: true }
      citation: test
    perParty: ${perParty}
    step: 10
samples: 4
`;
  const r = loadNegotiationSpec(spec("{ blue: [500, 700], constructor: [300, 600] }"));
  assert.deepEqual(
    r.issues.filter((i) => (i.severity ?? "error") === "error"),
    [],
  );
  assert.deepEqual(
    r.value!.coordinates.map((c) => [c.key, c.party, c.min, c.max]),
    [
      ["warheads.blue", "blue", 500, 700],
      ["warheads.constructor", "constructor", 300, 600],
    ],
  );
  const missing = loadNegotiationSpec(spec("{ blue: [500, 700] }"));
  assert.ok(missing.issues.some((i) => /give a range for party "constructor"/.test(i.message)));
  const proto = loadNegotiationSpec(spec("{ blue: [500, 700], __proto__: [300, 600] }"));
  assert.equal(proto.value, undefined);
  assert.ok(proto.issues.some((i) => i.code === "reserved_key"));
});
