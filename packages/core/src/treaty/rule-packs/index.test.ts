import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { RULE_PACKS, RULE_PACK_IDS, getRulePack, isRulePackId } from "./index.js";
import { validateFramework } from "../load-framework.js";

describe("rule packs", () => {
  // The packs are not parsed when the engine loads: this is their validation.
  it("are Framework values that validate with no errors and no warnings, and that parsing leaves unchanged", () => {
    for (const pack of Object.values(RULE_PACKS)) {
      const r = validateFramework(pack);
      assert.deepEqual(r.issues, [], pack.id);
      assert.deepEqual(r.value, pack, `${pack.id}: written in canonical form (every default explicit)`);
    }
  });

  it("the validation above fails for a pack with a bad limit or a missing default", () => {
    const bad = structuredClone(RULE_PACKS["new-start"]);
    bad.limits[0]!.max = -1;
    assert.match(
      validateFramework(bad)
        .issues.map((i) => i.path.join("."))
        .join(" "),
      /limits\.0\.max/,
    );
    const { schemaVersion: _omitted, ...noVersion } = RULE_PACKS.sort;
    const r = validateFramework(noVersion);
    assert.deepEqual(r.issues, []);
    assert.notDeepEqual(r.value, noVersion, "a default left implicit is caught by the canonical-form check");
  });

  it("are listed by id", () => {
    assert.deepEqual([...RULE_PACK_IDS], ["new-start", "start1", "sort", "inf", "none"]);
    for (const id of RULE_PACK_IDS) assert.equal(getRulePack(id)!.id, id);
    assert.equal(getRulePack("start-1"), undefined);
    assert.equal(isRulePackId("inf"), true);
  });

  it("cite an article or fact sheet on every limit", () => {
    for (const f of Object.values(RULE_PACKS))
      for (const l of f.limits) assert.match(l.citation, /Art\.|fact sheet|FAS/, `${f.id}/${l.id}`);
  });

  it("New START: 700 / 1,550 / 800, in force 5 Feb 2011 to 5 Feb 2026, binding from 5 Feb 2018, suspension recorded", () => {
    const f = RULE_PACKS["new-start"];
    assert.deepEqual(
      f.limits.map((l) => [l.id, l.max]),
      [
        ["deployed-launchers", 700],
        ["warheads", 1550],
        ["launchers", 800],
      ],
    );
    assert.deepEqual(f.inForce, { from: "2011-02-05", to: "2026-02-05" });
    assert.equal(f.bindingFrom, "2018-02-05");
    const ru = f.events.filter((e) => e.party === "ru").map((e) => [e.date, e.kind]);
    assert.deepEqual(ru.slice(0, 2), [
      ["2023-02-21", "statement"],
      ["2023-02-28", "suspension"],
    ]);
  });

  it("START I: 1,600 SNDVs; 6,000 warheads with 4,900 / 1,100 / 1,540 sublimits; 3,600 t throw-weight", () => {
    const f = RULE_PACKS.start1;
    assert.deepEqual(
      f.limits.map((l) => [l.id, l.max, l.sublimitOf ?? null]),
      [
        ["sndv", 1600, null],
        ["warheads", 6000, null],
        ["ballistic-warheads", 4900, "warheads"],
        ["mobile-icbm-warheads", 1100, "ballistic-warheads"],
        ["heavy-icbm-warheads", 1540, "ballistic-warheads"],
        ["throw-weight", 3600, null],
      ],
    );
    assert.deepEqual(f.limits[1]!.params!.alcmAttribution, {
      us: { first: 150, attributed: 10 },
      ru: { first: 180, attributed: 8 },
    });
  });

  it("SORT: 1,700–2,200 by 31 Dec 2012; INF: zero GLBM/GLCM in 500–5,500 km; none: no limits from 5 Feb 2026", () => {
    const sort = RULE_PACKS.sort.limits[0]!;
    assert.deepEqual([sort.min, sort.max, RULE_PACKS.sort.bindingFrom], [1700, 2200, "2012-12-31"]);
    assert.deepEqual(
      RULE_PACKS.inf.limits.map((l) => [l.selector.categories, l.selector.rangeKm, l.max]),
      [
        [["ground-ballistic"], { min: 500, max: 5500 }, 0],
        [["ground-cruise"], { min: 500, max: 5500 }, 0],
      ],
    );
    assert.deepEqual(RULE_PACKS.none.limits, []);
    assert.equal(RULE_PACKS.none.inForce.from, "2026-02-05");
  });
});
