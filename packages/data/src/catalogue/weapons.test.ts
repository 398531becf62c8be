import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Citation } from "@seceq/core";
import { getPreset } from "../presets/index.js";
import { findWeapon, planningCepM, WEAPON_CATALOGUE } from "./weapons.js";

const CONFIDENCE = new Set(["published", "derived", "estimate", "notional"]);
const assertCitation = (c: Citation, where: string): void => {
  assert.ok(c.source.trim().length > 0, `${where}: source`);
  assert.match(c.asOf, /^\d{4}-\d{2}-\d{2}$/, `${where}: asOf`);
  assert.ok(CONFIDENCE.has(c.confidence), `${where}: confidence`);
};

describe("weapon catalogue", () => {
  it("has unique lower-case ids and a cited source on every entry and field", () => {
    const ids = WEAPON_CATALOGUE.map((w) => w.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const w of WEAPON_CATALOGUE) {
      assert.match(w.id, /^[a-z][a-z0-9-]*$/);
      assertCitation(w.source, w.id);
      for (const [k, c] of Object.entries(w.fieldSources ?? {})) assertCitation(c, `${w.id}.${k}`);
    }
  });

  it("gives fields a published entry source does not contain their own citation", () => {
    // Suh's tables (the published source of most historical entries) give CEP and yield only: ranges, capacities and
    // further yield options need their own citation.
    for (const w of WEAPON_CATALOGUE) {
      if (w.source.confidence !== "published") continue;
      for (const k of ["rangeKm", "maxWarheads", "yieldOptionsKt"] as const)
        if (w[k] !== undefined) assert.ok(w.fieldSources?.[k], `${w.id}.${k} inherits the published entry citation`);
    }
  });

  it("keeps CEP ranges ordered and values physical", () => {
    for (const w of WEAPON_CATALOGUE) {
      if (w.cepM) assert.ok(w.cepM.minM > 0 && w.cepM.minM <= w.cepM.maxM, w.id);
      if (w.yieldKt !== undefined) assert.ok(w.yieldKt > 0, w.id);
      if (w.rangeKm !== undefined) assert.ok(w.rangeKm > 0, w.id);
    }
  });

  it("reproduces Suh's CEP and yield tables ([suh-2022])", () => {
    assert.deepEqual(findWeapon("minuteman-ii")?.cepM, { minM: 366, maxM: 610, alsoM: [481] });
    assert.deepEqual(findWeapon("minuteman-iii")?.cepM, { minM: 183, maxM: 213 });
    assert.deepEqual(findWeapon("peacekeeper")?.cepM, { minM: 90, maxM: 90, alsoM: [111] });
    assert.equal(findWeapon("trident-ii-d5")?.cepM?.minM, 90);
    assert.deepEqual(findWeapon("alcm-agm-86b")?.cepM, { minM: 10, maxM: 30.5 });
    assert.deepEqual(findWeapon("ss-25")?.cepM, { minM: 200, maxM: 430, alsoM: [391] });
    assert.equal(findWeapon("ss-18-m5")?.cepM?.minM, 220);
    assert.equal(findWeapon("as-15")?.cepM?.minM, 25);
    assert.equal(findWeapon("df-5")?.yieldKt, 5000);
    assert.equal(findWeapon("df-21")?.cepM?.minM, 700);
    assert.equal(findWeapon("fr-m45")?.yieldKt, 100);
    assert.equal(findWeapon("b83")?.yieldKt, 1000);
    assert.equal(findWeapon("peacekeeper")?.yieldKt, 300);
  });

  it("looks up by id and returns undefined for unknown ids", () => {
    assert.equal(findWeapon("yars")?.country, "ru");
    assert.equal(findWeapon("no-such-weapon"), undefined);
  });

  it("gives a planning CEP: first quoted single value, else the midpoint", () => {
    assert.equal(planningCepM({ minM: 366, maxM: 610, alsoM: [481] }), 481);
    assert.equal(planningCepM({ minM: 350, maxM: 430 }), 390);
  });

  it("agrees with the CEPs the presets cite to Suh", () => {
    const pairs: [string, string, string, string][] = [
      ["us-russia-2026", "us", "mm3-w87", "minuteman-iii"],
      ["us-russia-2026", "us", "mm3-w78", "minuteman-iii"],
      ["us-russia-2026", "us", "d5-w88", "trident-ii-d5"],
      ["us-russia-2026", "us", "b52h-alcm", "alcm-agm-86b"],
      ["us-russia-2026", "ru", "yars-mobile", "yars"],
      ["us-russia-2026", "ru", "sineva-delta-iv", "ss-n-23"],
      ["us-russia-2026", "ru", "tu-95ms", "as-15"],
      ["start1-1990", "us", "mm2", "minuteman-ii"],
      ["start1-1990", "us", "peacekeeper", "peacekeeper"],
      ["start1-1990", "us", "poseidon-c3", "poseidon-c3"],
      ["start1-1990", "ru", "ss-18", "ss-18-m5"],
      ["start1-1990", "ru", "ss-19", "ss-19-m3"],
      ["start1-1990", "ru", "ss-25", "ss-25"],
      ["start1-1990", "ru", "ss-n-18", "ss-n-18"],
      ["start1-1990", "ru", "ss-n-20", "ss-n-20"],
    ];
    for (const [preset, partyId, elementId, weaponId] of pairs) {
      const f = getPreset(preset)
        .parties.find((p) => p.id === partyId)!
        .forces.find((x) => x.id === elementId)!;
      const cep = findWeapon(weaponId)!.cepM!;
      const allowed = [cep.minM, cep.maxM, ...(cep.alsoM ?? [])];
      const inRange = f.cepM >= cep.minM - 1e-9 && f.cepM <= cep.maxM + 1e-9;
      assert.ok(inRange || allowed.includes(f.cepM), `${preset}/${elementId} CEP ${f.cepM} vs ${weaponId}`);
    }
  });
});
