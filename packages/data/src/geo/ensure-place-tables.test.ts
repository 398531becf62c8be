import { test } from "node:test";
import assert from "node:assert/strict";
import { registeredCountries } from "@seceq/core";
import { ensurePlaceTables, ensurePlaceTablesFor, placeCountriesIn } from "./ensure-place-tables.js";
import { PLACE_TABLE_COUNTRIES } from "./load-place-table.js";

// seceq-test: own-process — the engine's place-table registry must start empty (scripts/run-tests.mjs).

void test("placeCountriesIn finds population value models anywhere in a document, once each", () => {
  const party = (country: string, model = "population") => ({ value: { model, country } });
  const doc = {
    parties: [party("US"), party("RU"), party("CN", "damage-curve"), { value: { country: "FR" } }],
    base: { scenario: { parties: [party("RU"), party("GB")] } },
  };
  assert.deepEqual(placeCountriesIn(doc), ["US", "RU", "GB"]);
  assert.deepEqual(placeCountriesIn(null), []);
  assert.deepEqual(placeCountriesIn("US"), []);
  assert.deepEqual(placeCountriesIn({ value: { model: "population", country: 7 } }), []);
});

void test("placeCountriesIn survives cycles and very deep documents", () => {
  const a: Record<string, unknown> = { model: "population", country: "KP" };
  a.self = a;
  let deep: unknown = { model: "population", country: "IL" };
  for (let i = 0; i < 10_000; i++) deep = [deep];
  assert.deepEqual(placeCountriesIn({ a, deep }), ["KP"]);
});

// Runs in its own process (one per test file): the engine's registry starts empty.
void test("ensurePlaceTables registers only the tables asked for, and every table when one has none", async () => {
  assert.deepEqual(registeredCountries(), []);
  await ensurePlaceTablesFor({ parties: [{ value: { model: "population", country: "RU" } }] });
  await ensurePlaceTables(["US", "RU", "us", "not a code"]);
  assert.deepEqual(registeredCountries(), ["RU", "US"]);
  // Finland has no embedded table: every table is registered, so the engine's issue can list them all.
  await ensurePlaceTables(["FI"]);
  assert.deepEqual(registeredCountries(), [...PLACE_TABLE_COUNTRIES].sort());
});
