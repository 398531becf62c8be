import { test } from "node:test";
import assert from "node:assert/strict";
import { ScenarioApi, type FetchLike } from "./api-client.js";

type Call = { url: string; method: string; body?: string };

function fakeServer(routes: Record<string, (c: Call) => [number, unknown]>): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: FetchLike = (url, init) => {
    const c: Call = { url, method: init?.method ?? "GET", ...(init?.body !== undefined ? { body: init.body } : {}) };
    calls.push(c);
    const key = `${c.method} ${url.split("?")[0]}`;
    const handler = routes[key];
    const [status, body] = handler ? handler(c) : [404, { error: "not_found", message: `no route ${key}` }];
    return Promise.resolve({
      ok: status < 400,
      status,
      headers: { get: (n: string) => (n === "content-type" ? "application/json" : null) },
      json: () => Promise.resolve(body),
      text: () => Promise.resolve(JSON.stringify(body)),
    });
  };
  return { fetch, calls };
}

test("list, save and load go through /api/scenarios", async () => {
  const saved = {
    id: "s1",
    name: "Mine",
    latestVersion: 2,
    updatedAt: "2026-02-01T00:00:00Z",
    version: 2,
    document: { id: "x" },
  };
  const { fetch, calls } = fakeServer({
    "GET api/scenarios": () => [200, { items: [saved], total: 1, limit: 100, offset: 0 }],
    "POST api/scenarios": () => [201, { ...saved, latestVersion: 1 }],
    "PUT api/scenarios/s1": () => [200, saved],
    "GET api/scenarios/s1": () => [200, saved],
  });
  const api = new ScenarioApi(fetch);
  const list = await api.list();
  assert.ok(list.ok);
  assert.deepEqual(list.value, [{ id: "s1", name: "Mine", latestVersion: 2, updatedAt: "2026-02-01T00:00:00Z" }]);
  const created = await api.save("Mine", { id: "x" });
  assert.ok(created.ok && created.value.id === "s1" && created.value.latestVersion === 1);
  assert.deepEqual(JSON.parse(calls[1]!.body!), { scenario: { id: "x" }, name: "Mine" });
  const updated = await api.save("Mine", { id: "x" }, "s1");
  assert.ok(updated.ok && updated.value.latestVersion === 2);
  assert.equal(calls[2]!.method, "PUT");
  const loaded = await api.load("s1");
  assert.ok(loaded.ok);
  assert.deepEqual(loaded.value.document, { id: "x" });
  assert.equal(loaded.value.version, 2);
});

test("no server, a static host or a refusal degrade to a message instead of an exception", async () => {
  const down = new ScenarioApi(() => Promise.reject(new TypeError("fetch failed")));
  const r1 = await down.list();
  assert.ok(!r1.ok && r1.unavailable && /not reachable/.test(r1.message));
  const staticHost = new ScenarioApi(() =>
    Promise.resolve({
      ok: false,
      status: 404,
      headers: { get: () => "text/plain" },
      json: () => Promise.reject(new Error("no")),
      text: () => Promise.resolve("not found"),
    }),
  );
  const r2 = await staticHost.save("x", {});
  assert.ok(!r2.ok && r2.unavailable && /static files/.test(r2.message));
  const { fetch } = fakeServer({
    "POST api/scenarios": () => [400, { error: "invalid_scenario", message: "parties: too few" }],
  });
  const r3 = await new ScenarioApi(fetch).save("x", {});
  assert.ok(!r3.ok && !r3.unavailable);
  assert.equal(r3.message, "The server refused: parties: too few");
});
