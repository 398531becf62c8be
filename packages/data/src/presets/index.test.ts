import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { validateScenario, type Citation } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset, getPresetInput, listPresets } from "./index.js";

const IDS = ["us-russia-2026", "us-russia-china-2026", "new-start-2020-09", "start1-1990"];
const CONFIDENCE = new Set(["published", "derived", "estimate", "notional"]);

function assertCitation(c: Citation | undefined, where: string): void {
  assert.ok(c, `${where}: missing source`);
  assert.ok(c.source.trim().length > 0, `${where}: empty source`);
  assert.match(c.asOf, /^\d{4}-\d{2}-\d{2}$/, `${where}: asOf`);
  assert.ok(CONFIDENCE.has(c.confidence), `${where}: confidence ${c.confidence}`);
}

describe("preset registry", () => {
  it("lists the four presets, including the default", () => {
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

      it("gives conventional elements an effect and nuclear elements none", () => {
        for (const p of getPreset(id).parties)
          for (const f of p.forces) assert.equal(f.conventional !== undefined, !f.nuclear, `${p.id}/${f.id}`);
      });
    });
  }
});
