import { test } from "node:test";
import assert from "node:assert/strict";
import type { Issue } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset, getPresetInput } from "@seceq/data";
import { contentHash, SqliteResultStore, type SavedScenario, type SavedScenarioSummary } from "@seceq/store";
import { createApp } from "../app.js";

function setup() {
  const store = SqliteResultStore.open(":memory:");
  const app = createApp({ store, log: () => undefined });
  const send = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      ...(body !== undefined ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {}),
    });
  return { store, app, send };
}

test("scenario CRUD with versions over HTTP", async () => {
  const { send } = setup();
  const input = getPresetInput(DEFAULT_PRESET_ID)!;
  const scenario = getPreset(DEFAULT_PRESET_ID);

  const created = await send("POST", "/api/scenarios", { scenario: input, note: "from the preset" });
  assert.equal(created.status, 201);
  const v1 = (await created.json()) as SavedScenario;
  assert.equal(created.headers.get("location"), `/api/scenarios/${v1.id}`);
  assert.deepEqual([v1.version, v1.latestVersion, v1.name, v1.note], [1, 1, scenario.name, "from the preset"]);
  // Saved validated, with defaults filled in, so the hash is the one runs of this scenario record.
  assert.deepEqual(v1.document, JSON.parse(JSON.stringify(scenario)));
  assert.equal(v1.hash, contentHash(scenario));

  const edited = structuredClone(input) as unknown as {
    name: string;
    parties: { forces: { launchers: { deployed: number } }[] }[];
  };
  edited.parties[0]!.forces[0]!.launchers.deployed -= 10;
  const updated = await send("PUT", `/api/scenarios/${v1.id}`, {
    scenario: edited,
    name: "Fewer ICBMs",
    baseVersion: 1,
  });
  assert.equal(updated.status, 200);
  const v2 = (await updated.json()) as SavedScenario;
  assert.deepEqual([v2.version, v2.name], [2, "Fewer ICBMs"]);
  assert.notEqual(v2.hash, v1.hash);

  const stale = await send("PUT", `/api/scenarios/${v1.id}`, { scenario: input, baseVersion: 1 });
  assert.equal(stale.status, 409);
  assert.equal(((await stale.json()) as { error: string }).error, "conflict");

  const latest = (await (await send("GET", `/api/scenarios/${v1.id}`)).json()) as SavedScenario;
  assert.equal(latest.version, 2);
  const first = (await (await send("GET", `/api/scenarios/${v1.id}?version=1`)).json()) as SavedScenario;
  assert.equal(first.version, 1);
  assert.equal(first.versionHash, v1.hash);

  const versions = (await (await send("GET", `/api/scenarios/${v1.id}/versions`)).json()) as {
    id: string;
    versions: { version: number; note: string | null }[];
  };
  assert.deepEqual(
    versions.versions.map((v) => [v.version, v.note]),
    [
      [1, "from the preset"],
      [2, null],
    ],
  );

  const bare = await send("POST", "/api/scenarios", input);
  assert.equal(bare.status, 201);
  const list = (await (await send("GET", "/api/scenarios?limit=1")).json()) as {
    items: SavedScenarioSummary[];
    total: number;
  };
  assert.equal(list.total, 2);
  assert.equal(list.items.length, 1);

  assert.equal((await send("DELETE", `/api/scenarios/${v1.id}`)).status, 204);
  assert.equal((await send("DELETE", `/api/scenarios/${v1.id}`)).status, 404);
  assert.equal((await send("GET", `/api/scenarios/${v1.id}`)).status, 404);
  assert.equal((await send("GET", `/api/scenarios/${v1.id}/versions`)).status, 404);
  assert.equal((await send("PUT", `/api/scenarios/${v1.id}`, { scenario: input })).status, 404);
});

test("invalid scenarios and bad queries are refused without writing", async () => {
  const { store, send } = setup();
  const bad = await send("POST", "/api/scenarios", { scenario: { schemaVersion: 1, id: "x" }, name: "Broken" });
  assert.equal(bad.status, 400);
  const body = (await bad.json()) as { error: string; issues: Issue[] };
  assert.equal(body.error, "invalid_scenario");
  assert.ok(body.issues.some((i) => i.path.join(".") === "scenario.parties"));
  assert.equal((await store.listScenarios()).total, 0);

  const badText = await send("POST", "/api/scenarios", { text: "id: [" });
  assert.equal(badText.status, 400);
  const withBase = await send("POST", "/api/scenarios", {
    scenario: getPresetInput(DEFAULT_PRESET_ID),
    baseVersion: 3,
  });
  assert.equal(withBase.status, 400);
  assert.equal((await store.listScenarios()).total, 0);

  for (const q of ["limit=0", "limit=501", "limit=abc", "offset=-1", "limit=1e3"]) {
    const r = await send("GET", `/api/scenarios?${q}`);
    assert.equal(r.status, 400, q);
    assert.equal(((await r.json()) as { error: string }).error, "invalid_request");
  }
  assert.equal((await send("GET", "/api/scenarios/x?version=0")).status, 400);
});

test("GET /api/runs lists runs newest first with filters; GET /api/runs/{id} returns one", async () => {
  const { send } = setup();
  const input = getPresetInput(DEFAULT_PRESET_ID);
  await send("POST", "/api/evaluate", { scenario: input, sensitivities: false });
  await send("POST", "/api/crisis", { scenario: input, days: 2 });
  const all = (await (await send("GET", "/api/runs")).json()) as {
    items: { id: number; kind: string }[];
    total: number;
  };
  assert.equal(all.total, 2);
  assert.deepEqual(
    all.items.map((r) => r.kind),
    ["crisis", "evaluate"],
  );
  const crisis = (await (await send("GET", "/api/runs?kind=crisis")).json()) as {
    items: { summary: { days: number } }[];
  };
  assert.equal(crisis.items.length, 1);
  assert.equal(crisis.items[0]!.summary.days, 2);
  const one = await send("GET", `/api/runs/${all.items[1]!.id}`);
  assert.equal(((await one.json()) as { kind: string }).kind, "evaluate");
  assert.equal((await send("GET", "/api/runs/999")).status, 404);
  assert.equal((await send("GET", "/api/runs/abc")).status, 404);
});
