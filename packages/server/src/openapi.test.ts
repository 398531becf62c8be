import { test } from "node:test";
import assert from "node:assert/strict";
import { scenarioJsonSchema } from "@seceq/core";
import { SqliteResultStore } from "@seceq/store";
import { createApp } from "./app.js";

const app = createApp({ store: SqliteResultStore.open(":memory:"), log: () => undefined });

type Json = Record<string, unknown>;

/** Every `$ref` in a JSON value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  return out;
}

test("GET /api/openapi.json is an OpenAPI 3.1 document whose schemas come from the zod schemas", async () => {
  const r = await app.request("/api/openapi.json");
  assert.equal(r.status, 200);
  const doc = (await r.json()) as {
    openapi: string;
    paths: Record<string, Json>;
    components: { schemas: Record<string, Json> };
  };
  assert.equal(doc.openapi, "3.1.0");
  const schemas = doc.components.schemas;

  // The scenario schema is the one the core publishes (same generator, same options).
  const { $schema: _s, $id: _i, title: _t, ...published } = scenarioJsonSchema();
  assert.deepEqual(schemas.Scenario, published);

  // Every reference resolves.
  const all = refs(doc);
  assert.ok(all.length > 40);
  for (const ref of all) {
    const id = ref.replace("#/components/schemas/", "");
    assert.ok(ref.startsWith("#/components/schemas/") && schemas[id], `dangling ${ref}`);
  }

  // Request schemas carry the options the server parses.
  const evaluate = schemas.EvaluateRequest as { properties: Record<string, Json>; additionalProperties: boolean };
  assert.deepEqual(Object.keys(evaluate.properties).sort(), [
    "drawdown",
    "file",
    "samples",
    "scenario",
    "scenarioId",
    "seed",
    "sensitivities",
    "text",
    "version",
  ]);
  assert.equal(evaluate.additionalProperties, false);
  assert.deepEqual(evaluate.properties.scenario!.$ref, "#/components/schemas/Scenario");
  assert.equal((schemas.TreatyComplyRequest as { required: string[] }).required.includes("party"), true);
});

test("the result schemas in the document describe every field the engine produces, and refuse others", async () => {
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    components: { schemas: Record<string, Json> };
  };
  type Obj = { properties: Record<string, Obj>; items: Obj; additionalProperties: unknown; required?: string[] };
  const report = doc.components.schemas.Report as unknown as Obj;
  assert.equal(report.additionalProperties, false);
  assert.ok(report.properties.thirdParty && report.required?.includes("thirdParty"));
  assert.ok(report.properties.monteCarlo!.properties.readings);
  const exchange = report.properties.exchanges!.items;
  assert.equal(exchange.additionalProperties, false);
  for (const field of ["warning", "c3Strikes", "holdBack", "thirdPartyCost", "population", "survivingShare"])
    assert.ok(exchange.properties[field], `exchange ${field}`);
  const place = exchange.properties.population!.properties.onVictim!.properties.places!.items;
  assert.ok(place.properties.radius5PsiKm && place.additionalProperties === false);
  for (const id of ["CrisisTimeline", "ComplianceReport", "PathToCompliance", "NegotiationResult", "ValidateResponse"])
    assert.equal((doc.components.schemas[id] as { additionalProperties?: unknown }).additionalProperties, false, id);
});

test("every documented operation is routed, and every API route is documented", async () => {
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const documented: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const method of Object.keys(ops)) {
      documented.push(`${method.toUpperCase()} ${path}`);
      const url = path.replace("{id}", "x");
      const r = await app.request(url, {
        method: method.toUpperCase(),
        ...(method === "get" || method === "delete"
          ? {}
          : { headers: { "content-type": "application/json" }, body: "{}" }),
      });
      const body = r.status === 204 ? {} : ((await r.json()) as { message?: string });
      assert.ok(!(body.message ?? "").startsWith("no route"), `${method} ${path} is not routed`);
      assert.ok(r.status < 500, `${method} ${path} gave ${r.status}`);
    }
  const routed = app.routes
    .filter((r) => r.path.startsWith("/api/") && r.method !== "ALL")
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
  assert.deepEqual([...new Set(routed)].sort(), documented.sort());
  assert.equal(documented.length, 20);
  // Generated from the route table: paths, methods and parameters come from the same definitions as the routes.
  assert.deepEqual(
    (doc.paths["/api/runs"]!.get as { parameters: { name: string }[] }).parameters.map((p) => p.name),
    ["limit", "offset", "kind", "scenarioId"],
  );
});

test("under the test runner every JSON response is checked against the schema its route publishes", async () => {
  // node:test runs each file in a child process with NODE_TEST_CONTEXT set: the default turns checking on.
  assert.notEqual(process.env.NODE_TEST_CONTEXT, undefined);
  const store = SqliteResultStore.open(":memory:");
  const lying = Object.assign(Object.create(store) as typeof store, {
    listRuns: () => Promise.resolve({ items: [{ id: "not a number" }], total: 1, limit: 50, offset: 0 }),
  });
  const lines: string[] = [];
  const checked = createApp({ store: lying, log: (l) => lines.push(l) });
  const r = await checked.request("/api/runs");
  assert.equal(r.status, 500);
  assert.match(lines.join("\n"), /GET \/api\/runs 200: the response does not match its schema/);
  const unchecked = createApp({ store: lying, log: () => undefined, checkResponses: false });
  assert.equal((await unchecked.request("/api/runs")).status, 200);
});
