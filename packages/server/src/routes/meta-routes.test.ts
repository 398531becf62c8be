import { test } from "node:test";
import assert from "node:assert/strict";
import { ENGINE_VERSION, RULE_PACK_IDS, getRulePack } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPresetInput, listPresets } from "@seceq/data";
import { SqliteResultStore } from "@seceq/store";
import { createApp } from "../app.js";
import { SERVER_VERSION } from "../route-table.js";

const app = createApp({ store: SqliteResultStore.open(":memory:"), log: () => undefined });

test("GET /api/health answers with versions", async () => {
  const r = await app.request("/api/health");
  assert.equal(r.status, 200);
  const body = (await r.json()) as { status: string; version: string; engine: string; uptimeS: number };
  assert.deepEqual([body.status, body.version, body.engine], ["ok", SERVER_VERSION, ENGINE_VERSION]);
  assert.ok(body.uptimeS >= 0);
  assert.equal(r.headers.get("cache-control"), "no-store");
  assert.equal(r.headers.get("x-content-type-options"), "nosniff");
});

test("GET /api/presets and /api/presets/{id} return the embedded presets", async () => {
  const list = await app.request("/api/presets");
  assert.deepEqual(await list.json(), listPresets());
  const one = await app.request(`/api/presets/${DEFAULT_PRESET_ID}`);
  assert.equal(one.status, 200);
  assert.deepEqual(await one.json(), JSON.parse(JSON.stringify(getPresetInput(DEFAULT_PRESET_ID))));
  const missing = await app.request("/api/presets/nope");
  assert.equal(missing.status, 404);
  assert.match(((await missing.json()) as { message: string }).message, /no preset "nope"/);
});

test("GET /api/frameworks lists the rule packs; /api/frameworks/{id} returns one", async () => {
  const list = (await (await app.request("/api/frameworks")).json()) as { id: string; limits: number }[];
  assert.deepEqual(
    list.map((f) => f.id),
    [...RULE_PACK_IDS],
  );
  assert.equal(list[0]!.limits, getRulePack("new-start")!.limits.length);
  const one = await app.request("/api/frameworks/new-start");
  assert.deepEqual(await one.json(), JSON.parse(JSON.stringify(getRulePack("new-start"))));
  assert.equal((await app.request("/api/frameworks/salt-3")).status, 404);
});
