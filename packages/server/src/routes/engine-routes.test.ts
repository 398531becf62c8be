import { test } from "node:test";
import assert from "node:assert/strict";
import {
  builtinNegotiationSpace,
  checkCompliance,
  crisisTimeline,
  evaluate,
  getRulePack,
  loadScenarioText,
  negotiate,
  parseFramework,
  parseNegotiationSpec,
  pathToCompliance,
  type Issue,
} from "@seceq/core";
import { MINIMAL_SCENARIO_YAML as MINIMAL_YAML } from "@seceq/core/test-utils";
import { DEFAULT_PRESET_ID, getPreset, getPresetInput, PRESET_LIST } from "@seceq/data";
import { contentHash, SqliteResultStore } from "@seceq/store";
import { createApp } from "../app.js";

const JSON_TYPE = { "content-type": "application/json" };

function setup() {
  const store = SqliteResultStore.open(":memory:");
  // A generous time budget: these tests compare results, and the budget (wall time, which covers sensitivities too)
  // must not stop a full report on a loaded machine. The budget's own tests set a tiny one.
  const app = createApp({ store, limits: { monteCarloBudgetMs: 600_000 }, log: () => undefined });
  const post = (path: string, body: unknown, headers: Record<string, string> = JSON_TYPE) =>
    app.request(path, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { store, app, post };
}

/** The JSON a client receives for a value (Infinity becomes null, undefined members vanish). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

test("POST /api/evaluate returns exactly what evaluate() returns, bare or wrapped, and records the run", async () => {
  const { store, post } = setup();
  const input = getPresetInput(DEFAULT_PRESET_ID)!;
  const scenario = getPreset(DEFAULT_PRESET_ID);

  const bare = await post("/api/evaluate", input);
  assert.equal(bare.status, 200);
  assert.equal(bare.headers.get("content-type"), "application/json");
  assert.deepEqual(await bare.json(), asJson(evaluate(scenario)));

  const options = { samples: 20, seed: 7, sensitivities: false, drawdown: false };
  const wrapped = await post("/api/evaluate", { scenario: input, ...options });
  assert.equal(wrapped.status, 200);
  const body = (await wrapped.json()) as { monteCarlo: { samples: number; seed: number } };
  assert.deepEqual(body, asJson(evaluate(scenario, options)));
  assert.deepEqual([body.monteCarlo.samples, body.monteCarlo.seed], [20, 7]);

  const runId = Number(wrapped.headers.get("seceq-run-id"));
  const run = await store.getRun(runId);
  assert.equal(run!.kind, "evaluate");
  assert.equal(run!.scenarioHash, contentHash(scenario));
  assert.deepEqual(run!.options, options);
  const summary = run!.summary as { minCombined: number; samples: number };
  assert.equal(summary.minCombined, evaluate(scenario, options).stability.minCombined);
  assert.equal(summary.samples, 20);
  assert.equal((await store.listRuns()).total, 2);
});

test("every preset's report, crisis timeline and treaty check pass their published (strict) schemas", async () => {
  // Under the test runner every response is checked against its route's schema, which refuses undocumented fields:
  // a 200 here means the report of each preset (two- and three-party, Monte Carlo bands and readings, sensitivities,
  // third-party effects, population and C3 details) is fully described by the OpenAPI document.
  const { post } = setup();
  assert.ok(PRESET_LIST.some((p) => getPreset(p.id).parties.length >= 3));
  for (const { id } of PRESET_LIST) {
    const input = getPresetInput(id);
    const report = await post("/api/evaluate", { scenario: input, samples: 8, seed: 5 });
    assert.equal(report.status, 200, `${id}: ${await report.clone().text()}`);
    const body = (await report.json()) as { sensitivities: unknown[]; monteCarlo: { readings: object } };
    assert.ok(body.sensitivities.length > 0 && Object.keys(body.monteCarlo.readings).length > 0);
    assert.equal((await post("/api/crisis", { scenario: input, days: 2 })).status, 200, id);
    const check = await post("/api/treaty/check", { scenario: input, framework: "new-start", assumeBinding: true });
    assert.equal(check.status, 200, id);
  }
});

test("scenarios arrive as YAML bodies or as text, with the same result as loading the file", async () => {
  const { post } = setup();
  const expected = asJson(evaluate(loadScenarioText(MINIMAL_YAML).value!, { sensitivities: false }));
  const asText = await post("/api/evaluate", { text: MINIMAL_YAML, sensitivities: false });
  assert.equal(asText.status, 200);
  assert.deepEqual(await asText.json(), expected);
  const yaml = await post("/api/evaluate", MINIMAL_YAML, { "content-type": "application/yaml" });
  assert.equal(yaml.status, 200);
  assert.deepEqual(await yaml.json(), asJson(evaluate(loadScenarioText(MINIMAL_YAML).value!)));
});

test("a 100,000-sample request is refused with 422 and a clear message, and nothing runs", async () => {
  const { store, post } = setup();
  const t0 = performance.now();
  const r = await post("/api/evaluate", { text: MINIMAL_YAML, samples: 100_000 });
  assert.equal(r.status, 422);
  const body = (await r.json()) as { error: string; message: string; issues: Issue[] };
  assert.equal(body.error, "too_many_samples");
  assert.match(body.message, /100,000 is more than this server runs per request \(10,000\)/);
  assert.deepEqual(body.issues[0]!.path, ["samples"]);
  assert.ok(performance.now() - t0 < 2000, "refused without computing");
  assert.equal((await store.listRuns()).total, 0);
});

test("Monte Carlo over the time budget stops with 422 over_budget (in-process too)", async () => {
  const store = SqliteResultStore.open(":memory:");
  const app = createApp({ store, limits: { monteCarloBudgetMs: 1 }, log: () => undefined });
  const r = await app.request("/api/evaluate", {
    method: "POST",
    headers: JSON_TYPE,
    body: JSON.stringify({ scenario: getPresetInput(DEFAULT_PRESET_ID), samples: 5000, sensitivities: false }),
  });
  assert.equal(r.status, 422);
  const body = (await r.json()) as { error: string; message: string };
  assert.equal(body.error, "over_budget");
  assert.match(body.message, /time budget of 0\.001 s \([\d,]+ of 5,000 samples done\)/);
  // Sensitivities (one stability evaluation per force element) are under the budget too: 422, not the pool's hard
  // time limit (503) with advice about samples.
  const sens = await app.request("/api/evaluate", {
    method: "POST",
    headers: JSON_TYPE,
    body: JSON.stringify({ scenario: getPresetInput(DEFAULT_PRESET_ID), samples: 0, sensitivities: true }),
  });
  assert.equal(sens.status, 422);
  const sb = (await sens.json()) as { error: string; message: string };
  assert.equal(sb.error, "over_budget");
  assert.match(sb.message, /the evaluation did not finish within the time budget of 0\.001 s .*sensitivities: false/);
});

test("an invalid scenario is 400 with every issue and its path; misspelt options are named", async () => {
  const { store, post } = setup();
  const input = getPresetInput(DEFAULT_PRESET_ID)! as unknown as { parties: { forces: { cepM: number }[] }[] };
  input.parties[0]!.forces[0]!.cepM = -5;
  (input.parties[1] as unknown as { nmae: string }).nmae = "typo";

  const wrapped = await post("/api/evaluate", { scenario: input });
  assert.equal(wrapped.status, 400);
  const body = (await wrapped.json()) as { error: string; message: string; issues: Issue[] };
  assert.equal(body.error, "invalid_scenario");
  const paths = body.issues.map((i) => i.path.join("."));
  assert.ok(paths.includes("scenario.parties.0.forces.0.cepM"), paths.join(" | "));
  assert.ok(paths.includes("scenario.parties.1.nmae"), paths.join(" | "));
  for (const i of body.issues) assert.ok(Array.isArray(i.path) && typeof i.message === "string");

  const bare = await post("/api/evaluate", input);
  assert.equal(bare.status, 400);
  const bareIssues = ((await bare.json()) as { issues: Issue[] }).issues.map((i) => i.path.join("."));
  assert.ok(bareIssues.includes("parties.0.forces.0.cepM"));

  const typo = await post("/api/evaluate", { text: MINIMAL_YAML, sample: 10 });
  assert.equal(typo.status, 400);
  const t = (await typo.json()) as { error: string; issues: Issue[] };
  assert.equal(t.error, "invalid_request");
  assert.deepEqual(t.issues[0]!.path, ["sample"]);

  const both = await post("/api/evaluate", { text: MINIMAL_YAML, scenario: {} });
  assert.equal(both.status, 400);
  assert.match(((await both.json()) as { issues: Issue[] }).issues[0]!.message, /give only one of `scenario`, `text`/);

  const badText = await post("/api/evaluate", {
    text: MINIMAL_YAML.replace("cepM: 120", "cepM: -1"),
    file: "mine.yaml",
  });
  const located = ((await badText.json()) as { issues: Issue[] }).issues[0]!;
  const cepLine = MINIMAL_YAML.split("\n").findIndex((l) => l.includes("cepM: 120")) + 1;
  assert.deepEqual([located.file, located.line, located.col], ["mine.yaml", cepLine, 15]);
  assert.equal((await store.listRuns()).total, 0);
});

test("POST /api/validate reports validity and located issues without failing", async () => {
  const { post } = setup();
  const ok = await post("/api/validate", getPresetInput(DEFAULT_PRESET_ID));
  assert.equal(ok.status, 200);
  const okBody = (await ok.json()) as { valid: boolean; summary: { id: string; parties: { id: string }[] } };
  assert.equal(okBody.valid, true);
  assert.equal(okBody.summary.id, DEFAULT_PRESET_ID);
  assert.deepEqual(
    okBody.summary.parties.map((p) => p.id),
    ["us", "ru"],
  );

  const bad = await post("/api/validate", {
    text: "schemaVersion: 1\nid: Bad Id\nname: x\nasOf: 2026-01-01\nparties: []\n",
  });
  assert.equal(bad.status, 200);
  const badBody = (await bad.json()) as { valid: boolean; issues: Issue[] };
  assert.equal(badBody.valid, false);
  const idIssue = badBody.issues.find((i) => i.path.join(".") === "id")!;
  assert.deepEqual([idIssue.file, idIssue.line, idIssue.col], ["request", 2, 5]);
  const partiesIssue = badBody.issues.find((i) => i.path.join(".") === "parties")!;
  assert.equal(partiesIssue.line, 5);

  const yaml = await post("/api/validate", "a: [1,\n", { "content-type": "text/yaml" });
  const y = (await yaml.json()) as { valid: boolean; issues: Issue[] };
  assert.equal(y.valid, false);
  assert.equal(y.issues[0]!.code, "syntax");
  assert.equal(typeof y.issues[0]!.line, "number");
});

test("POST /api/crisis returns crisisTimeline()", async () => {
  const { post } = setup();
  const r = await post("/api/crisis", { scenario: getPresetInput(DEFAULT_PRESET_ID), days: 5 });
  assert.equal(r.status, 200);
  assert.deepEqual(await r.json(), asJson(crisisTimeline(getPreset(DEFAULT_PRESET_ID), 5)));
  const tooLong = await post("/api/crisis", { text: MINIMAL_YAML, days: 10_000 });
  assert.equal(tooLong.status, 400);
  assert.deepEqual(((await tooLong.json()) as { issues: Issue[] }).issues[0]!.path, ["days"]);
});

test("POST /api/treaty/check and /api/treaty/comply return the core's results", async () => {
  const { post } = setup();
  const input = getPresetInput(DEFAULT_PRESET_ID);
  const scenario = getPreset(DEFAULT_PRESET_ID);
  const newStart = getRulePack("new-start")!;

  const check = await post("/api/treaty/check", { scenario: input, framework: "new-start", date: "2025-06-01" });
  assert.equal(check.status, 200);
  assert.deepEqual(await check.json(), asJson(checkCompliance(scenario, newStart, { date: "2025-06-01" })));

  const custom = {
    id: "tight",
    name: "Tight cap",
    citation: "test",
    limits: [{ id: "w", name: "warheads", quantity: "warheads", max: 500, citation: "test" }],
  };
  const own = await post("/api/treaty/check", { scenario: input, framework: custom, assumeBinding: true });
  assert.equal(own.status, 200);
  const ownBody = (await own.json()) as { violations: number; checks: { status: string }[] };
  assert.equal(ownBody.violations, 2);

  const comply = await post("/api/treaty/comply", { scenario: input, framework: custom, party: "us" });
  assert.equal(comply.status, 200);
  const expected = pathToCompliance(scenario, parseFramework(custom), "us");
  assert.equal(expected.status, "solved");
  assert.deepEqual(await comply.json(), asJson(expected));

  const unknown = await post("/api/treaty/check", { scenario: input, framework: "salt-9" });
  assert.equal(unknown.status, 400);
  assert.match(((await unknown.json()) as { issues: Issue[] }).issues[0]!.message, /built-in rule packs: new-start/);

  const badFramework = await post("/api/treaty/check", {
    scenario: input,
    framework: { ...custom, limits: [{ id: 1 }] },
  });
  assert.equal(badFramework.status, 400);
  const bf = (await badFramework.json()) as { error: string; issues: Issue[] };
  assert.equal(bf.error, "invalid_framework");
  assert.ok(bf.issues.every((i) => i.path[0] === "framework"));

  const noFramework = await post("/api/treaty/check", { scenario: input });
  assert.equal(noFramework.status, 400);
  assert.deepEqual(((await noFramework.json()) as { issues: Issue[] }).issues[0]!.path, ["framework"]);

  const noParty = await post("/api/treaty/comply", { scenario: input, framework: "new-start", party: "fr" });
  assert.equal(noParty.status, 400);
  assert.match(((await noParty.json()) as { message: string }).message, /unknown party "fr"/);
  const bareComply = await post("/api/treaty/comply", input);
  assert.equal(bareComply.status, 400);
});

test("a saved scenario can be evaluated by id and version, and its runs are linked to it", async () => {
  const { store, post } = setup();
  const saved = await store.createScenario({ name: "Base", document: getPreset(DEFAULT_PRESET_ID) });
  const r = await post("/api/evaluate", { scenarioId: saved.id, version: 1, sensitivities: false });
  assert.equal(r.status, 200);
  const run = await store.getRun(Number(r.headers.get("seceq-run-id")));
  assert.deepEqual([run!.scenarioId, run!.scenarioVersion, run!.scenarioHash], [saved.id, 1, saved.hash]);
  const missing = await post("/api/evaluate", { scenarioId: saved.id, version: 9 });
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: string }).error, "not_found");
});

//// negotiate ////

/** A small negotiation space over the notional dyad of MINIMAL_YAML. */
function tinySpace() {
  return {
    id: "tiny-space",
    base: { scenario: loadScenarioText(MINIMAL_YAML, "tiny.yaml").value! },
    dimensions: [
      { id: "warheads", limit: { quantity: "warheads" }, range: [100, 300], step: 50 },
      { id: "launchers", limit: { quantity: "deployed-launchers" }, range: [40, 100], step: 20 },
    ],
    samples: 4,
    refine: { starts: 1, iterations: 3 },
  };
}

test("POST /api/negotiate returns exactly what negotiate() returns, and records the run", async () => {
  const { store, post } = setup();
  const spec = tinySpace();
  const r = await post("/api/negotiate", spec);
  assert.equal(r.status, 200);
  const body = (await r.json()) as { points: unknown[]; frontier: number[] };
  const expected = negotiate(parseNegotiationSpec(spec).value!);
  assert.deepEqual(body, asJson(expected));
  assert.ok(body.points.length >= 3 && body.frontier.includes(0));
  const runId = Number(r.headers.get("seceq-run-id"));
  const run = (await store.getRun(runId))!;
  assert.equal(run.kind, "negotiate");
  assert.deepEqual(run.options, {
    spec: "tiny-space",
    parties: ["blue", "red"],
    samples: 4,
    refine: { starts: 1, iterations: 3 },
    seed: 1,
  });
  assert.deepEqual(run.summary, {
    spec: "tiny-space",
    scenario: { id: "minimal", name: "Minimal notional dyad", asOf: "2026-01-01" },
    parties: ["blue", "red"],
    scored: expected.evaluations.scored,
    infeasible: expected.evaluations.infeasible,
    zopa: expected.zopa.length,
    frontier: expected.frontier.length,
    statusQuoDominated: expected.statusQuoDominated,
  });
});

test("POST /api/negotiate resolves preset bases and takes YAML; bad specs are 400 with located issues", async () => {
  const { post } = setup();
  const space = { ...builtinNegotiationSpace(DEFAULT_PRESET_ID)!, samples: 2, refine: { starts: 0, iterations: 1 } };
  const preset = await post("/api/negotiate", space);
  assert.equal(preset.status, 200);
  assert.deepEqual(
    await preset.json(),
    asJson(negotiate(parseNegotiationSpec(space, { resolvePreset: getPreset }).value!)),
  );

  const yaml = `id: tiny-yaml
base:
  preset: ${DEFAULT_PRESET_ID}
dimensions:
  - id: warheads
    limit: { quantity: warheads, rule: new-start-warheads }
    range: [1200, 1550]
    step: 50
samples: 2
refine: { starts: 0 }
`;
  const fromYaml = await post("/api/negotiate", yaml, { "content-type": "application/yaml" });
  assert.equal(fromYaml.status, 200);
  assert.equal(((await fromYaml.json()) as { spec: { id: string } }).spec.id, "tiny-yaml");

  const unknown = await post("/api/negotiate", { ...space, base: { preset: "us-russia-2062" } });
  assert.equal(unknown.status, 400);
  const ub = (await unknown.json()) as { error: string; message: string; issues: Issue[] };
  assert.equal(ub.error, "invalid_spec");
  assert.deepEqual(ub.issues[0]!.path, ["base", "preset"]);
  assert.match(ub.issues[0]!.hint ?? "", /did you mean "us-russia-2026"/);

  const bad = await post("/api/negotiate", yaml.replace("range: [1200, 1550]", "range: [1550, 1200]"), {
    "content-type": "application/yaml",
  });
  assert.equal(bad.status, 400);
  const bb = (await bad.json()) as { message: string; issues: Issue[] };
  assert.equal(bb.message, "the negotiation spec is not valid (1 problem)");
  assert.deepEqual([bb.issues[0]!.file, bb.issues[0]!.line], ["request", 7]);
  assert.match(bb.issues[0]!.message, /min 1550 is above max 1200/);
});

test("POST /api/negotiate is bounded: samples over the limit are 422, and so is a search over the time budget", async () => {
  const store = SqliteResultStore.open(":memory:");
  const app = createApp({ store, limits: { maxSamples: 10, monteCarloBudgetMs: 1 }, log: () => undefined });
  const post = (body: unknown) =>
    app.request("/api/negotiate", { method: "POST", headers: JSON_TYPE, body: JSON.stringify(body) });
  const many = await post({ ...tinySpace(), samples: 11 });
  assert.equal(many.status, 422);
  const mb = (await many.json()) as { error: string; issues: Issue[] };
  assert.equal(mb.error, "too_many_samples");
  assert.deepEqual(mb.issues[0]!.path, ["samples"]);
  const slow = await post({ ...tinySpace(), samples: 10, refine: { starts: 3, iterations: 50 } });
  assert.equal(slow.status, 422);
  const sb = (await slow.json()) as { error: string; message: string };
  assert.equal(sb.error, "over_budget");
  assert.match(sb.message, /time budget of 0\.001 s \([\d,]+ of at most 162 steps done\)/);
  assert.equal((await store.listRuns()).total, 0, "refused runs are not recorded");
});

test("POST /api/evaluate warns about a degenerate posture (every US launcher at 0) instead of a bare 1.000", async () => {
  const { post } = setup();
  const input = structuredClone(getPresetInput(DEFAULT_PRESET_ID)!);
  for (const f of input.parties[0]!.forces) f.launchers.deployed = 0;
  const r = await post("/api/evaluate", { scenario: input, sensitivities: false });
  assert.equal(r.status, 200);
  const body = (await r.json()) as { warnings: Issue[]; stability: { pairs: Array<{ combined: number }> } };
  const w = body.warnings.filter((x) => x.code === "degenerate_posture");
  assert.equal(w.length, 1, JSON.stringify(body.warnings));
  assert.match(w[0]!.message, /^United States has no deployed nuclear warheads/);
  assert.deepEqual(w[0]!.path, ["stability", "pairs", 0]);
});
