import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { validateScenario, type Citation } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset, getPresetInput, listPresets } from "./index.js";
import { MM3_CEP_M } from "./modelling-defaults.js";

const IDS = ["us-russia-2026", "us-russia-china-2026", "us-russia-china-2035", "new-start-2020-09", "start1-1990"];
const CONFIDENCE = new Set(["published", "derived", "estimate", "notional"]);

function assertCitation(c: Citation | undefined, where: string): void {
  assert.ok(c, `${where}: missing source`);
  assert.ok(c.source.trim().length > 0, `${where}: empty source`);
  assert.match(c.asOf, /^\d{4}-\d{2}-\d{2}$/, `${where}: asOf`);
  assert.ok(CONFIDENCE.has(c.confidence), `${where}: confidence ${c.confidence}`);
}

describe("preset registry", () => {
  it("lists the five presets, including the default", () => {
    assert.deepEqual(
      listPresets()
        .map((p) => p.id)
        .sort(),
      [...IDS].sort(),
    );
    assert.equal(DEFAULT_PRESET_ID, "us-russia-2026");
    assert.ok(getPresetInput(DEFAULT_PRESET_ID));
  });

  it("returns independent copies of a preset", () => {
    const a = getPresetInput("us-russia-2026");
    const b = getPresetInput("us-russia-2026");
    assert.ok(a && b);
    a.parties[0]!.forces[0]!.launchers.deployed = 0;
    assert.equal(b.parties[0]!.forces[0]!.launchers.deployed, 200);
  });

  it("throws for an unknown id", () => {
    assert.throws(() => getPreset("no-such-preset"), /unknown preset/);
    assert.equal(getPresetInput("no-such-preset"), undefined);
  });

  for (const id of IDS) {
    describe(id, () => {
      it("validates with zero issues", () => {
        const r = validateScenario(getPresetInput(id));
        assert.deepEqual(r.issues, []);
        assert.ok(r.value);
        assert.equal(r.value.id, id);
      });

      it("cites every force element, field source, defence layer, value base and distance", () => {
        const s = getPreset(id);
        for (const p of s.parties) {
          for (const f of p.forces) {
            assertCitation(f.source, `${id}/${p.id}/${f.id}`);
            for (const [k, c] of Object.entries(f.fieldSources ?? {})) assertCitation(c, `${id}/${p.id}/${f.id}.${k}`);
          }
          for (const d of p.defenses) assertCitation(d.source, `${id}/${p.id}/defense ${d.id}`);
          assertCitation(p.value.source, `${id}/${p.id}/value`);
          assert.ok(p.generation && p.generation.length >= 2, `${id}/${p.id}: generation schedule`);
        }
        for (const d of s.distancesKm) assertCitation(d.source, `${id}/distance ${d.between.join("-")}`);
      });

      it("marks every notional citation with a note explaining the choice", () => {
        const s = getPreset(id);
        const all: Citation[] = [];
        for (const p of s.parties) {
          all.push(p.value.source, ...p.defenses.map((d) => d.source));
          for (const f of p.forces) all.push(f.source, ...Object.values(f.fieldSources ?? {}));
        }
        for (const c of all.filter((x) => x.confidence === "notional"))
          assert.ok((c.note ?? "").length > 10, `notional citation without a note: ${c.source}`);
      });

      it("gives fields a published element source does not contain their own citation", () => {
        // A `published` element source (a treaty data base, a fact sheet, a table of CEPs) does not give ranges,
        // capacities or yield options, nor the yield and CEP of conventional weapons: those need their own citation.
        for (const p of getPresetInput(id)!.parties)
          for (const f of p.forces) {
            if (f.source.confidence !== "published") continue;
            const need = ["rangeKm", "maxWarheadsPerLauncher", "yieldOptionsKt"];
            if (f.nuclear === false) need.push("yieldKt", "cepM");
            for (const k of need)
              if (k in f)
                assert.ok(f.fieldSources?.[k], `${id}/${p.id}/${f.id}.${k} inherits the published element citation`);
          }
      });

      it("gives conventional elements an effect and nuclear elements none", () => {
        for (const p of getPreset(id).parties)
          for (const f of p.forces) assert.equal(f.conventional !== undefined, !f.nuclear, `${p.id}/${f.id}`);
      });
    });
  }

  it("uses one Minuteman III CEP per re-entry vehicle in every preset (Suh 183–213 m: Mk21 183, Mk12/Mk12A 213)", () => {
    assert.deepEqual(MM3_CEP_M, { mk12: 213, mk12a: 213, mk21: 183 });
    const rv: Record<string, number> = { "mm3-w62": 213, "mm3-w78": 213, "mm3-w87": 183 };
    let seen = 0;
    for (const id of IDS)
      for (const p of getPreset(id).parties)
        for (const f of p.forces)
          if (f.id in rv) {
            seen++;
            assert.equal(f.cepM, rv[f.id], `${id}/${f.id}`);
            assert.equal(f.fieldSources?.["cepM"]?.confidence, "estimate", `${id}/${f.id}: CEP citation`);
          }
    // 1990: W62 + W78; 2020 and 2026 (three times, via the China 2026 and 2035 presets): W87 + W78.
    assert.equal(seen, 10);
  });
});
