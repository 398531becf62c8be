import { test } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import type { ScenarioInput } from "../schema/scenario.js";
import { attachSites } from "./attach-sites.js";
import { registerPlaceTables, registeredPlaceTable, placeTableIssues } from "./place-registry.js";
import type { PlaceTable } from "./types.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;
const site = (latDeg: number, lonDeg: number, share: number) => ({ name: "s", latDeg, lonDeg, share, source: cite });

test("attachSites sets basing.sites and refuses unknown parties and elements, bad coordinates and shares, all at once", () => {
  const input = toyScenario() as ScenarioInput;
  const ok = attachSites(input, { a: { silo: [site(40, -100, 0.5), site(41, -101, 0.5)] } });
  assert.deepEqual(ok.issues, []);
  assert.equal(ok.value!.parties[0]!.forces[0]!.basing.sites!.length, 2);
  assert.equal(input.parties[0]!.forces[0]!.basing.sites, undefined, "input not modified");
  const bad = attachSites(input, {
    zz: { silo: [site(0, 0, 1)] },
    a: { nope: [site(0, 0, 1)], silo: [site(91, 0, 0.5), site(0, 181, 0.2)] },
  });
  assert.equal(bad.value, undefined);
  const paths = bad.issues.map((i) => i.path.join("."));
  assert.deepEqual(paths.sort(), [
    "sites.a.nope",
    "sites.a.silo",
    "sites.a.silo.0.latDeg",
    "sites.a.silo.1.lonDeg",
    "sites.zz",
  ]);
  assert.deepEqual(attachSites(input, { a: { nope: [site(0, 0, 1)] } }, { skipUnknownElements: true }).issues, []);
});

test("place tables: malformed tables are refused with located issues and nothing is registered", () => {
  const good: PlaceTable = {
    country: "TV",
    name: "Tuvalu (test)",
    totalPopulation: 10_000,
    totalSource: cite,
    placesSource: cite,
    names: ["Funafuti"],
    latDeg: [-8.52],
    lonDeg: [179.2],
    population: [6_000],
  };
  assert.deepEqual(placeTableIssues(good), []);
  const bad = { ...good, country: "XX", latDeg: [-95], population: [0, 1] };
  const paths = placeTableIssues(bad).map((i) => i.path.join("."));
  assert.deepEqual(paths.sort(), ["country", "latDeg.0", "population", "population.0"].sort());
  assert.throws(() => registerPlaceTables([good, bad]), /XX/);
  assert.equal(registeredPlaceTable("TV"), undefined);
  registerPlaceTables([good]);
  assert.equal(registeredPlaceTable("TV"), good);
});
