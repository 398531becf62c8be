import { test } from "node:test";
import assert from "node:assert/strict";
import { applyParam, resolvePath } from "./apply-params.js";
import { knownKeysAt } from "../schema/zod-issues.js";
import { Scenario } from "../schema/scenario.js";
import { parseScenario } from "../schema/validate-scenario.js";
import { minimalScenarioData } from "../test-utils/minimal-scenario.js";

const knownKeys = (at: readonly (string | number)[]) => knownKeysAt(Scenario, at);

void test("ids address list items; the value lands on the right element only", () => {
  const s = parseScenario(minimalScenarioData());
  applyParam(s, "parties.red.forces.silo.launchers.deployed", 90);
  applyParam(s, "assumptions.costWeight", 0.45);
  assert.equal(s.parties[1]!.forces[0]!.launchers.deployed, 90);
  assert.equal(s.parties[0]!.forces[0]!.launchers.deployed, 200);
  assert.equal(s.assumptions.costWeight, 0.45);
});

void test("wildcards and multiply scale every match; indices address lists without ids", () => {
  const s = parseScenario(minimalScenarioData());
  applyParam(s, "parties.*.forces.*.reliability", 0.5, "multiply");
  assert.deepEqual(
    s.parties.flatMap((p) => p.forces.map((f) => f.reliability)),
    [0.425, 0.425, 0.4],
  );
  const doc = { distancesKm: [{ between: ["blue", "red"], km: 8000 }] };
  applyParam(doc, "distancesKm.0.km", 9000);
  assert.equal(doc.distancesKm[0]!.km, 9000);
});

void test("absent optional fields the schema defines may be set; unknown ones may not", () => {
  const s = parseScenario(minimalScenarioData());
  const r = resolvePath(s, "parties.blue.forces.silo.maxWarheadsPerLauncher", { knownKeys });
  assert.equal(r.issues.length, 0);
  assert.equal(r.targets.length, 1);
  const bad = resolvePath(s, "parties.blue.forces.silo.maxWarheadPerLauncher", { knownKeys });
  assert.equal(bad.issues[0]!.hint, 'did you mean "parties.blue.forces.silo.maxWarheadsPerLauncher"?');
});

void test("errors name the place, the known ids and the closest match", () => {
  const s = parseScenario(minimalScenarioData());
  const cases: [string, RegExp, string | undefined][] = [
    [
      "parties.bleu.forces.silo.cepM",
      /no item with id "bleu" under parties; known: blue, red/,
      'did you mean "parties.blue"?',
    ],
    [
      "parties.blue.forcse.silo.cepM",
      /unknown field "forcse" under parties\.blue/,
      'did you mean "parties.blue.forces"?',
    ],
    ["parties.blue.name", /parties\.blue\.name is the text "Blue", not a number/, undefined],
    ["parties.blue.forces.silo.launchers", /is a mapping, not a number/, undefined],
    ["parties..blue", /empty segment/, undefined],
    ["parties.blue.forces.*", /last segment must name a field/, undefined],
    ["assumptions.costWeight.x", /assumptions\.costWeight is number 0\.3, not a mapping with field "x"/, undefined],
  ];
  for (const [path, message, hint] of cases) {
    const r = resolvePath(s, path, { knownKeys, issuePath: ["parameters", 0, "path"] });
    assert.equal(r.targets.length, 0, path);
    assert.match(r.issues[0]!.message, message, path);
    assert.equal(r.issues[0]!.hint, hint, path);
    assert.deepEqual(r.issues[0]!.path, ["parameters", 0, "path"]);
  }
  assert.throws(() => applyParam(s, "parties.bleu.forces.silo.cepM", 1), /did you mean "parties\.blue"\?/);
});
