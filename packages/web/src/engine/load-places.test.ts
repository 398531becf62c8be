import { test } from "node:test";
import assert from "node:assert/strict";
import { registeredCountries } from "@seceq/core";
import { loadPresetInput } from "@seceq/data/lazy";
import { EngineClient } from "./engine-client.js";
import { InProcessWorker } from "./in-process-worker.js";
import { withPlaceTables } from "./load-places.js";

// seceq-test: own-process — the engine's place-table registry must start empty (scripts/run-tests.mjs).
void test("a job's place tables are loaded before it runs, and only those", async () => {
  assert.deepEqual(registeredCountries(), []);
  const seen: string[][] = [];
  const handler = withPlaceTables((job: unknown) => {
    seen.push(registeredCountries());
    return job;
  });
  await handler({ parties: [{ value: { model: "population", country: "RU" } }] }, () => undefined);
  assert.deepEqual(seen, [["RU"]]);
});

void test("the in-process engine evaluates a preset on the population model from a cold registry", async () => {
  const scenario = await loadPresetInput("us-russia-2026");
  const client = new EngineClient(new InProcessWorker());
  const r = await client.core({ kind: "core", scenario });
  client.terminate();
  assert.ok(r.ok, JSON.stringify(r.issues));
  assert.ok(r.report.exchanges.some((e) => e.population !== undefined));
  assert.deepEqual(registeredCountries(), ["RU", "US"]);
});
