// Route params and body fields that name prototype members (`constructor`, `__proto__`, `toString`, …) get a 404 or
// a 400 with a path into the document, never a 500 or an empty 200; scenarios with such ids evaluate normally.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { evaluate, loadScenarioText } from "@seceq/core";
import { SqliteResultStore } from "@seceq/store";
import { createApp } from "./app.js";

const KEYS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];
const MINIMAL = readFileSync(new URL("../../../examples/scenarios/minimal.yaml", import.meta.url), "utf8");
const app = createApp({ store: SqliteResultStore.open(":memory:"), log: () => undefined });
const post = (path: string, body: unknown) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

void test("GET /api/presets/{id}, /api/frameworks/{id}, /api/scenarios/{id} with prototype names answer 404", async () => {
  for (const k of KEYS)
    for (const route of ["presets", "frameworks", "scenarios"]) {
      const r = await app.request(`/api/${route}/${encodeURIComponent(k)}`);
      assert.equal(r.status, 404, `${route}/${k}`);
      const body = (await r.json()) as { error: string; message: string };
      assert.equal(body.error, "not_found", `${route}/${k}`);
    }
});

void test("POST /api/evaluate: a party named constructor gives the numbers of the original scenario", async () => {
  const renamed = MINIMAL.replace(/\bred\b/g, "constructor");
  const r = await post("/api/evaluate", { text: renamed });
  assert.equal(r.status, 200);
  const got = (await r.json()) as ReturnType<typeof evaluate>;
  const expected = evaluate(loadScenarioText(MINIMAL).value!);
  assert.equal(got.stability.minCombined, expected.stability.minCombined);
  assert.equal(got.stability.pairs[0]!.reading, "fragile");
});

void test("prototype names as preset ids, framework ids and keys in bodies are refused with 400 and a path", async () => {
  for (const k of KEYS) {
    const r = await post("/api/evaluate", { scenarioId: k });
    assert.equal(r.status, 404, `scenarioId ${k}`);
    const t = await post("/api/treaty/check", { text: MINIMAL, framework: k });
    assert.equal(t.status, 400, `framework ${k}`);
    const tb = (await t.json()) as { issues: { path: (string | number)[] }[] };
    assert.deepEqual(tb.issues[0]!.path, ["framework"], `framework ${k}`);
  }
  // `__proto__` inside the scenario document: refused at its path.
  const doc = loadScenarioText(MINIMAL).value! as unknown as Record<string, unknown>;
  const text = JSON.stringify({ scenario: doc }).replace('"asOf"', '"__proto__":{"x":1},"asOf"');
  const r = await app.request("/api/evaluate", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: text,
  });
  assert.equal(r.status, 400);
  const body = (await r.json()) as { issues: { code: string; path: (string | number)[] }[] };
  assert.ok(
    body.issues.some((i) => i.path.join(".").endsWith("__proto__")),
    JSON.stringify(body.issues),
  );
});
