import { test } from "node:test";
import assert from "node:assert/strict";
import type { ScenarioInput } from "@seceq/core";
import { getPresetInput } from "@seceq/data";
import { kmToDegrees, mapVm, partyCountries, scenarioSites, type MapExchange } from "./map-vm.js";
import { FIXTURE_EXCHANGE } from "./map-fixture.js";

const scenario = getPresetInput("us-russia-2026")!;
const names = { us: "United States", ru: "Russia" };

test("ring radii convert from km to degrees of great-circle arc (1° ≈ 111.195 km)", () => {
  assert.ok(Math.abs(kmToDegrees(111.19508) - 1) < 1e-6);
  assert.equal(kmToDegrees(0), 0);
  assert.equal(kmToDegrees(Number.NaN), 0);
  assert.equal(kmToDegrees(-3), 0);
});

test("parties map to countries: value.country first, then the strike's country, then the usual ids", () => {
  assert.deepEqual(partyCountries(scenario), { us: "US", ru: "RU" });
  const withValue = structuredClone<ScenarioInput>(scenario);
  (withValue.parties[1]!.value as Record<string, unknown>).country = "by";
  assert.equal(partyCountries(withValue).ru, "BY");
  const odd = structuredClone<ScenarioInput>(scenario);
  odd.parties[0]!.id = "blue";
  delete (odd.parties[0]!.value as Record<string, unknown>).country;
  const ex: MapExchange = { ...FIXTURE_EXCHANGE, victim: "blue" };
  ex.population = {
    ...FIXTURE_EXCHANGE.population!,
    onVictim: { ...FIXTURE_EXCHANGE.population!.onVictim, party: "blue" },
  };
  assert.equal(partyCountries(odd, ex).blue, "US");
  assert.equal(partyCountries(odd).blue, undefined);
});

test("scenario sites come from elements' own basing.sites, else from the preset's site table", () => {
  const sites = scenarioSites(scenario);
  const kozelsk = sites.filter((s) => s.party === "ru" && s.element === "yars-silo");
  assert.equal(kozelsk.length, 1);
  assert.match(kozelsk[0]!.site.name, /Kozelsk/);
  const yars = scenario.parties[1]!.forces.find((e) => e.id === "yars-silo")!;
  assert.equal(kozelsk[0]!.warheads, yars.launchers.deployed * yars.warheadsPerLauncher);
  assert.ok(sites.some((s) => s.party === "us" && s.element === "gmd" && /Fort Greely/.test(s.site.name)));
  const own = structuredClone<ScenarioInput>(scenario);
  const el = own.parties[1]!.forces.find((e) => e.id === "yars-silo")!;
  (el.basing as Record<string, unknown>).sites = [
    { name: "Test field", latDeg: 60, lonDeg: 60, share: 1, source: kozelsk[0]!.site.source },
  ];
  const mine = scenarioSites(own).filter((s) => s.element === "yars-silo");
  assert.deepEqual(
    mine.map((s) => s.site.name),
    ["Test field"],
  );
});

test("the victim view shows the places struck with both rings, the victim's bases and what survives on them", () => {
  const m = mapVm({
    scenarioName: "US and Russia after New START",
    asOf: "2026-02-05",
    exchange: FIXTURE_EXCHANGE,
    partyNames: names,
    partyCountries: { us: "US", ru: "RU" },
    sites: scenarioSites(scenario),
    view: "victim",
  });
  assert.equal(m.hasPopulation, true);
  assert.equal(m.title, "Russia strikes United States first — chosen strike");
  assert.equal(m.subtitle, "US and Russia after New START · as of 2026-02-05");
  assert.deepEqual(
    m.countries.map((c) => `${c.id}:${c.role}`),
    ["643:striker", "840:victim"],
  );
  // Only the victim's places and bases.
  assert.ok(m.targets.length === 3 && m.targets.every((t) => t.role === "victim" && t.party === "us"));
  assert.ok(m.bases.length > 5 && m.bases.every((b) => b.party === "us"));
  // Two rings per place, 5 psi inside 2 psi, in degrees.
  assert.equal(m.rings.length, 6);
  const ny = m.rings.filter((r) => r.latDeg === 40.714);
  assert.deepEqual(ny.map((r) => r.psi).sort(), [2, 5]);
  assert.ok(Math.abs(ny.find((r) => r.psi === 2)!.radiusDeg - kmToDegrees(9.8)) < 1e-12);
  // Hover text: place, population, warheads, fatalities, sources.
  const t = m.targets.find((x) => x.name === "New York City")!;
  assert.match(t.tooltip, /^New York City \(United States\)/);
  assert.match(t.tooltip, /Population 8,175,133 \(GeoNames, CC BY 4\.0\)/);
  assert.match(t.tooltip, /Warheads 4 \(largest 800 kt\)/);
  assert.match(t.tooltip, /Fatalities 3\.9 million \(model estimate\)/);
  assert.match(t.tooltip, /UN WPP 2024/);
  // Survivors: the fixture's strike destroys 100 of the 200 W87 warheads (half at every W87 base).
  const malmstrom = m.bases.find((b) => /Malmstrom/.test(b.name))!;
  assert.ok(Math.abs(malmstrom.surviving! - 0.5) < 1e-12, String(malmstrom.surviving));
  assert.match(malmstrom.tooltip, /Surviving the first strike: 50 % of 133 warheads/);
  assert.match(malmstrom.tooltip, /Source: .*FAS Nuclear Notebook.*\(estimate, 2024-05-01\)/);
  const warren = m.bases.find((b) => /Warren/.test(b.name))!;
  assert.match(warren.tooltip, /Minuteman III, Mk21 \/ W87: 33 % of launchers/);
  assert.match(warren.tooltip, /Minuteman III, Mk12A \/ W78: 33 % of launchers/);
  // Warren holds a third of each: 66.7 W87 (half destroyed) and 66.7 W78 (untouched): 75 % survive.
  assert.ok(Math.abs(warren.surviving! - 0.75) < 1e-9);
  assert.equal(m.summary.length, 1);
  assert.match(m.summary[0]!, /United States \(first strike\): 5\.15 million prompt fatalities, 1\.5 % of 347,275,807/);
  assert.equal(m.focus.length, m.targets.length + m.bases.length);
});

test("the striker view shows the retaliation; 'both' shows both sides", () => {
  const base = {
    scenarioName: "s",
    asOf: "2026-02-05",
    exchange: FIXTURE_EXCHANGE,
    partyNames: names,
    partyCountries: { us: "US", ru: "RU" },
    sites: scenarioSites(scenario),
  };
  const striker = mapVm({ ...base, view: "striker" });
  assert.equal(striker.title, "United States retaliates on Russia — chosen strike");
  assert.ok(striker.targets.every((t) => t.role === "striker" && t.party === "ru"));
  assert.deepEqual(
    striker.targets.map((t) => t.name),
    ["Moscow", "Saint Petersburg"],
  );
  assert.ok(striker.bases.every((b) => b.party === "ru" && b.surviving === null));
  const both = mapVm({ ...base, view: "both" });
  assert.equal(both.targets.length, 5);
  assert.equal(both.summary.length, 2);
});

test("an exchange without population effects gives bases only and says why", () => {
  const { population: _p, ...noPop } = FIXTURE_EXCHANGE;
  const m = mapVm({
    scenarioName: "s",
    asOf: "2026-02-05",
    exchange: noPop,
    partyNames: names,
    partyCountries: { us: "US", ru: "RU" },
    sites: scenarioSites(scenario),
    view: "victim",
  });
  assert.equal(m.hasPopulation, false);
  assert.deepEqual(m.targets, []);
  assert.deepEqual(m.rings, []);
  assert.ok(m.bases.length > 0);
  assert.match(m.caption, /no population effects/);
});
