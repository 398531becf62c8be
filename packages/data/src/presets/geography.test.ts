import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate } from "@seceq/core";
import { PRESET_SITES, UNPLACED_ELEMENTS } from "../geo/sites.js";
import { getPreset, getPresetInput, listPresets } from "./index.js";
import { POPULATION_COUNTRIES } from "./geography.js";

test("every element of every preset has sites whose shares sum to 1 (or is listed as unplaced with a reason)", () => {
  for (const { id } of listPresets()) {
    const unplaced = Object.hasOwn(UNPLACED_ELEMENTS, id) ? UNPLACED_ELEMENTS[id]! : {};
    for (const p of getPreset(id).parties)
      for (const f of p.forces) {
        const key = `${p.id}/${f.id}`;
        if (Object.hasOwn(unplaced, key)) {
          assert.equal(f.basing.sites, undefined, `${id} ${key} listed as unplaced but has sites`);
          continue;
        }
        const sites = f.basing.sites;
        assert.ok(sites && sites.length > 0, `${id} ${key}: no sites`);
        const sum = sites.reduce((t, s) => t + s.share, 0);
        assert.ok(Math.abs(sum - 1) < 1e-6, `${id} ${key}: shares sum to ${sum}`);
      }
  }
});

test("every element named in the site tables exists in some preset using that table", () => {
  for (const [presetId, parties] of Object.entries(PRESET_SITES))
    for (const [partyId, elements] of Object.entries(parties)) {
      const users = Object.entries(PRESET_SITES)
        .filter(([, ps]) => ps[partyId] === elements)
        .map(([pid]) => getPresetInput(pid)!);
      for (const elementId of Object.keys(elements)) {
        const found = users.some((s) =>
          s.parties.some(
            (p) =>
              p.id === partyId &&
              (p.forces.some((f) => f.id === elementId) || (p.defenses ?? []).some((d) => d.id === elementId)),
          ),
        );
        assert.ok(found, `${presetId}: sites for ${partyId}/${elementId}, which no preset has`);
      }
    }
});

test("the current presets use the population model with each party's country; start1-1990 keeps its curve", () => {
  for (const [id, countries] of Object.entries(POPULATION_COUNTRIES))
    for (const p of getPreset(id).parties) {
      assert.equal(p.value.model, "population", `${id}/${p.id}`);
      assert.equal(p.value.country, countries[p.id]);
      assert.ok(p.value.damageCurve, "the notional curve stays as the named alternative");
    }
  for (const p of getPreset("start1-1990").parties) assert.equal(p.value.model ?? "damage-curve", "damage-curve");
});

test("default preset: both exchanges carry population effects on both parties, large cities first", () => {
  const r = evaluate(getPreset("us-russia-2026"), { sensitivities: false });
  for (const ex of r.exchanges) {
    const pop = ex.population;
    assert.ok(pop, `${ex.striker}>${ex.victim}`);
    assert.equal(pop.onVictim.country, ex.victim.toUpperCase());
    assert.equal(pop.onStriker.country, ex.striker.toUpperCase());
    assert.ok(pop.onVictim.share > 0.05 && pop.onVictim.share < 0.8);
    assert.ok(["Moscow", "New York City"].includes(pop.onVictim.places[0]!.name), pop.onVictim.places[0]!.name);
  }
});
