import { test } from "node:test";
import assert from "node:assert/strict";
import { stringify } from "yaml";
import { evaluate } from "../evaluate/evaluate.js";
import { crisisTimeline } from "../stability/crisis-timeline.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { runOperation, type OperationOutcome, type OperationSuccess } from "./run-operation.js";
import { InProcessExecutor } from "./executor.js";
import { ReportSchema, ValidateResultSchema } from "./results.js";

const scenario = toyScenario();
const json = (v: unknown) => ({ format: "json" as const, text: JSON.stringify(v) });
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

function ok(o: OperationOutcome): OperationSuccess {
  if (!o.ok) assert.fail(`expected success, got ${JSON.stringify(o)}`);
  return o;
}

test("evaluate from a YAML body and from a JSON wrapper equals the direct call; seed 3e9 is accepted", () => {
  const fromYaml = ok(runOperation({ kind: "evaluate", body: { format: "yaml", text: stringify(scenario) } }));
  assert.deepEqual(asJson(fromYaml.result), asJson(evaluate(scenario)));
  const wrapped = ok(runOperation({ kind: "evaluate", body: json({ scenario, samples: 10, seed: 3e9 }) }));
  assert.deepEqual(asJson(wrapped.result), asJson(evaluate(scenario, { samples: 10, seed: 3e9 })));
  assert.deepEqual(wrapped.options, { samples: 10, seed: 3e9 });
  assert.equal(ReportSchema.safeParse(asJson(wrapped.result)).success, true);
});

test("refusals come back as data: bad JSON, bad fields, bad scenario YAML at line:col, over the sample limit", () => {
  const bad = runOperation({ kind: "evaluate", body: { format: "json", text: '{"scenario": ' } });
  assert.ok(!bad.ok && "error" in bad && bad.error.code === "invalid_json" && bad.error.status === 400);
  const field = runOperation({ kind: "evaluate", body: json({ scenario, seed: -1, samplez: 3 }) });
  assert.ok(!field.ok && "error" in field);
  assert.equal(field.error.code, "invalid_request");
  assert.ok(field.error.issues!.some((i) => i.path.join(".") === "seed"));
  const yaml = runOperation({
    kind: "evaluate",
    body: { format: "yaml", text: "schemaVersion: 1\nid: x\nparties: 3\n" },
  });
  assert.ok(!yaml.ok && "error" in yaml && yaml.error.code === "invalid_scenario");
  assert.ok(yaml.error.issues!.some((i) => i.line === 3 && i.file === "request"));
  const many = runOperation({ kind: "evaluate", body: json({ scenario, samples: 50 }), maxSamples: 10 });
  assert.ok(!many.ok && "error" in many && many.error.status === 422 && many.error.code === "too_many_samples");
});

test("budgets are deadline checks on a given clock; aborts throw the signal's reason", () => {
  let t = 0;
  const slow = runOperation(
    { kind: "evaluate", body: json({ scenario, samples: 50, sensitivities: false }) },
    { budgetMs: 100, now: () => (t += 10) },
  );
  assert.ok(!slow.ok && "error" in slow && slow.error.code === "over_budget" && slow.error.status === 422);
  assert.match(slow.error.message, /of 50 samples done/);
  // Sensitivities alone (no samples) are under the budget too: one step per element.
  t = 0;
  const sens = runOperation(
    { kind: "evaluate", body: json({ scenario, samples: 0, sensitivities: true }) },
    { budgetMs: 15, now: () => (t += 10) },
  );
  assert.ok(!sens.ok && "error" in sens && sens.error.code === "over_budget" && sens.error.status === 422);
  assert.match(
    sens.error.message,
    /the evaluation did not finish within the time budget of 0\.015 s \(\d+ of \d+ steps/,
  );
  assert.match(sens.error.message, /sensitivities: false/);
  const ac = new AbortController();
  ac.abort(new Error("stop"));
  assert.throws(() => runOperation({ kind: "crisis", body: json({ scenario }) }, { signal: ac.signal }), /stop/);
});

test("saved scenarios are asked for, then used; validate answers an invalid scenario as data", () => {
  const ask = runOperation({ kind: "crisis", body: json({ scenarioId: "s1", days: 2 }) });
  assert.deepEqual(ask, { ok: false, needsSaved: { id: "s1" } });
  const saved = { id: "s1", version: 3, document: scenario };
  const r = ok(runOperation({ kind: "crisis", body: json({ scenarioId: "s1", days: 2 }), saved }));
  assert.deepEqual(asJson(r.result), asJson(crisisTimeline(scenario, 2)));
  assert.deepEqual(r.saved, { id: "s1", version: 3 });
  const missing = runOperation({ kind: "crisis", body: json({ scenarioId: "s1" }), saved: null });
  assert.ok(!missing.ok && "error" in missing && missing.error.status === 404);
  const v = ok(runOperation({ kind: "validate", body: json({ scenario: { id: 1 } }) }));
  const parsed = ValidateResultSchema.parse(v.result);
  assert.equal(parsed.valid, false);
  assert.ok(parsed.issues.every((i) => i.path[0] === "scenario"));
});

test("the in-process executor runs operations with progress", async () => {
  const steps: number[] = [];
  const out = await new InProcessExecutor().run(
    { kind: "evaluate", body: { data: { scenario, samples: 5, sensitivities: false } } },
    { onProgress: (p) => steps.push(p.done) },
  );
  assert.equal(out.ok, true);
  assert.deepEqual(steps, [1, 2, 3, 4, 5]);
});
