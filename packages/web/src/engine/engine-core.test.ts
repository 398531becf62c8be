import { test } from "node:test";
import assert from "node:assert/strict";
import { crisisTimeline, evaluate, parseScenario } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { unpackCrisis } from "./crisis-buffer.js";
import { runCore, runExtras, transferables } from "./engine-core.js";

const input = fixtureScenarioInput();
const expected = evaluate(parseScenario(input), { sensitivities: true });

test("a core job validates the document and returns the report without sensitivities", () => {
  const r = runCore({ kind: "core", scenario: input });
  assert.ok(r.ok);
  assert.deepEqual(r.report.stability, expected.stability);
  assert.deepEqual(r.report.exchanges, expected.exchanges);
  assert.deepEqual(r.report.sensitivities, []);
  assert.ok(r.elapsedMs >= 0);
});

test("an invalid document returns its issues instead of throwing", () => {
  const bad = structuredClone(input) as { parties: Array<{ forces: Array<{ yieldKt: number }> }> };
  bad.parties[0]!.forces[0]!.yieldKt = 0;
  const r = runCore({ kind: "core", scenario: bad });
  assert.ok(!r.ok);
  assert.deepEqual(
    r.issues.map((i) => i.path.join(".")),
    ["parties.0.forces.0.yieldKt"],
  );
});

test("an extras job returns sensitivities, the packed crisis timeline, bands and compliance", () => {
  const r = runExtras({
    kind: "extras",
    scenario: input,
    crisisDays: 6,
    samples: 20,
    seed: 3,
    compliance: { frameworkId: "new-start", date: "2018-02-05", assumeBinding: false },
  });
  assert.ok(r.ok);
  assert.deepEqual(r.sensitivities, expected.sensitivities);
  const c = unpackCrisis(r.crisis);
  const t = crisisTimeline(parseScenario(input), 6);
  assert.deepEqual(
    Array.from(c.minCombined),
    t.days.map((d) => d.minCombined),
  );
  assert.equal(r.monteCarlo?.samples, 20);
  assert.equal(r.monteCarlo?.seed, 3);
  assert.ok(r.compliance?.ok);
  assert.equal(r.compliance.report.date, "2018-02-05");
  assert.deepEqual(transferables(r), [r.crisis.buffer]);
  const unknown = runExtras({
    kind: "extras",
    scenario: input,
    crisisDays: 2,
    samples: 0,
    seed: 1,
    compliance: { frameworkId: "salt-9", date: "2018-02-05", assumeBinding: false },
  });
  assert.ok(unknown.ok);
  assert.deepEqual(unknown.compliance, { ok: false, message: 'unknown rule pack "salt-9"' });
  assert.equal(unknown.monteCarlo, null);
});
