import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { checkCompliance, frameworkState, type ComplianceReport } from "./compliance.js";
import { parseFramework } from "./load-framework.js";
import { INF, NEW_START, SORT, START1 } from "./rule-packs/index.js";
import { el, party, scenario } from "./_test-fixtures.js";

const row = (r: ComplianceReport, party: string, limit: string) => {
  const c = r.checks.find((x) => x.party === party && x.limitId === limit);
  assert.ok(c, `${party}/${limit}`);
  return c;
};

/** A Russia-like force counting 1,561 New START warheads (the 1 Sep 2017 figure, [exchangemonitor-2015]). */
const over = scenario("2017-09-01", [
  party("us", [el("mm3", "icbm-silo", 400, 1), el("d5", "slbm", 240, 4)]),
  party("ru", [el("yars", "icbm-mobile", 300, 3), el("bulava", "slbm", 110, 6), el("tu160", "bomber", 1, 12)]),
]);

describe("compliance: New START dates", () => {
  it("a count above a limit before 5 Feb 2018 is not-in-force, with headroom shown", () => {
    const r = checkCompliance(over, NEW_START, { date: "2017-09-01" });
    assert.equal(r.state, "in-force");
    const c = row(r, "ru", "warheads");
    assert.equal(c.counted, 1561);
    assert.equal(c.limit, 1550);
    assert.equal(c.headroom, -11);
    assert.equal(c.status, "not-in-force");
    assert.equal(c.reason, "not-yet-binding");
    assert.equal(r.violations, 0);
  });

  it("the same count on and after 5 Feb 2018 is a violation", () => {
    for (const date of ["2018-02-05", "2020-09-01"]) {
      const r = checkCompliance(over, NEW_START, { date });
      assert.equal(row(r, "ru", "warheads").status, "violation", date);
      assert.equal(row(r, "us", "warheads").status, "compliant", date);
      assert.equal(r.violations, 1);
    }
  });

  it("on and after 5 Feb 2026 New START reports expired", () => {
    const r = checkCompliance(over, NEW_START, { date: "2026-02-05" });
    assert.equal(r.state, "expired");
    assert.ok(r.checks.every((c) => c.status === "not-in-force" && c.reason === "expired"));
    assert.equal(frameworkState(NEW_START, "2026-02-04"), "in-force");
    assert.equal(frameworkState(NEW_START, "2010-01-01"), "not-yet-in-force");
  });

  it("records Russia's suspension on Russian rows from 28 Feb 2023", () => {
    const before = checkCompliance(over, NEW_START, { date: "2023-02-27" });
    assert.deepEqual(row(before, "ru", "warheads").notes, []);
    const after = checkCompliance(over, NEW_START, { date: "2023-03-01" });
    assert.match(row(after, "ru", "warheads").notes[0]!, /^suspension by ru on 2023-02-28/);
    assert.deepEqual(row(after, "us", "warheads").notes, []);
    assert.ok(after.events.some((e) => e.date === "2023-02-21"));
  });

  it("assumeBinding counts as if the limits bound whatever the date", () => {
    const r = checkCompliance(over, NEW_START, { date: "2026-06-01", assumeBinding: true });
    assert.equal(r.state, "expired");
    assert.equal(row(r, "ru", "warheads").status, "violation");
  });

  it("defaults the date to the scenario's asOf and rejects a malformed date", () => {
    assert.equal(checkCompliance(over, NEW_START).date, "2017-09-01");
    assert.throws(() => checkCompliance(over, NEW_START, { date: "2017-13-01" }), InputError);
  });
});

/**
 * A 1990-style force (notional, rounded test inputs in the spirit of the 1990 order of battle, not data).
 * US: 189 ALCM B-52s equipped for 20, 95 B-1B (1 each), 80 other bombers; USSR: 308 heavy SS-18 × 10.
 */
const force1990 = scenario("1990-09-01", [
  party("us", [
    el("mm2", "icbm-silo", 450, 1),
    el("mm3", "icbm-silo", 500, 3),
    el("mx", "icbm-silo", 50, 10),
    el("c3", "slbm", 192, 10),
    el("c4", "slbm", 384, 8),
    el("d5", "slbm", 96, 8),
    el("b52-alcm", "bomber", 189, 12, { maxWarheadsPerLauncher: 20, treaty: { alcmEquipped: true } }),
    el("b1b", "bomber", 95, 16),
    el("b52-gravity", "bomber", 80, 8),
  ]),
  party("ru", [
    el("ss18", "icbm-silo", 308, 10, { treaty: { heavyIcbm: true, throwWeightKg: 8800 } }),
    el("ss24", "icbm-mobile", 33, 10, { treaty: { throwWeightKg: 4050 } }),
    el("ss25", "icbm-mobile", 288, 1, { treaty: { throwWeightKg: 1000 } }),
    el("ssn18", "slbm", 224, 7, { treaty: { attributedWarheads: 3, throwWeightKg: 1650 } }),
    el("bear-h", "bomber", 200, 16, { treaty: { alcmEquipped: true } }),
    el("bear", "bomber", 60, 4),
  ]),
]);

describe("compliance: START I on a 1990-style force", () => {
  const r = checkCompliance(force1990, START1, { date: "2001-12-05" });

  it("attributes US ALCM bombers: first 150 at 10, the other 39 at their equipped 20; other bombers 1", () => {
    const c = row(r, "us", "warheads");
    const by = Object.fromEntries(c.contributions.map((x) => [x.id, x.count]));
    assert.equal(by["b52-alcm"], 150 * 10 + 39 * 20);
    assert.equal(by["b1b"], 95);
    assert.equal(by["b52-gravity"], 80);
    // 450 + 1,500 + 500 + 1,920 + 3,072 + 768 = 8,210 ballistic; + 2,280 + 95 + 80 = 10,665.
    assert.equal(c.counted, 10_665);
    assert.equal(c.status, "violation");
  });

  it("attributes Soviet ALCM bombers: first 180 at 8, the other 20 at their equipped 16", () => {
    const c = row(r, "ru", "warheads");
    assert.equal(c.contributions.find((x) => x.id === "bear-h")!.count, 180 * 8 + 20 * 16);
  });

  it("applies the ballistic, mobile and heavy sublimits and the SNDV and throw-weight limits", () => {
    assert.deepEqual(
      ["sndv", "warheads", "ballistic-warheads", "mobile-icbm-warheads", "heavy-icbm-warheads", "throw-weight"].map(
        (id) => {
          const c = row(r, "ru", id);
          return [id, c.counted, c.status];
        },
      ),
      [
        ["sndv", 1113, "compliant"],
        ["warheads", 3080 + 330 + 288 + 672 + 1760 + 60, "violation"],
        ["ballistic-warheads", 3080 + 330 + 288 + 672, "compliant"],
        ["mobile-icbm-warheads", 618, "compliant"],
        ["heavy-icbm-warheads", 3080, "violation"],
        ["throw-weight", 2710.4 + 133.65 + 288 + 369.6, "compliant"],
      ],
    );
    assert.equal(row(r, "us", "ballistic-warheads").counted, 8210);
    assert.equal(row(r, "us", "sndv").counted, 2036);
    assert.equal(row(r, "ru", "heavy-icbm-warheads").sublimitOf, "ballistic-warheads");
  });

  it("is not in force in 1990", () => {
    const early = checkCompliance(force1990, START1);
    assert.equal(early.state, "not-yet-in-force");
    assert.equal(early.violations, 0);
  });
});

describe("compliance: INF", () => {
  const s = scenario("1995-01-01", [
    party("us", [
      el("glcm", "ground-cruise", 10, 1, { rangeKm: 2000 }),
      el("slcm", "sea-cruise", 100, 1, { rangeKm: 2000 }),
      el("short", "ground-ballistic", 5, 1, { rangeKm: 300 }),
    ]),
    party("ru", [el("ss27", "icbm-mobile", 10, 1)]),
  ]);
  const r = checkCompliance(s, INF);

  it("flags a 2,000 km ground-launched cruise missile and ignores a sea-launched one", () => {
    const c = row(r, "us", "glcm");
    assert.equal(c.status, "violation");
    assert.equal(c.counted, 10);
    assert.deepEqual(
      c.contributions.map((x) => x.id),
      ["glcm"],
    );
    assert.equal(row(r, "us", "glbm").counted, 0, "a 300 km GLBM is below the band");
    assert.equal(row(r, "ru", "glcm").status, "compliant");
  });

  it("warns that the GLBM selector matches nothing in the scenario", () => {
    assert.deepEqual(
      r.warnings.map((w) => [w.code, w.path.join(".")]),
      [["matches_nothing", "limits.0.selector"]],
    );
  });

  it("is over after the US withdrawal took effect on 2 Aug 2019", () => {
    const late = checkCompliance(s, INF, { date: "2019-08-02" });
    assert.equal(late.state, "expired");
    assert.equal(row(late, "us", "glcm").status, "not-in-force");
    const suspended = checkCompliance(s, INF, { date: "2019-03-01" });
    assert.match(row(suspended, "us", "glcm").notes[0]!, /suspension by us on 2019-02-01/);
  });
});

describe("compliance: user frameworks and warnings", () => {
  const s = scenario("2026-03-01", [
    party("us", [el("mm3", "icbm-silo", 400, 1, { treaty: { storedWarheads: 1500 } })], { gmd: 44 }),
    party("ru", [el("yars", "icbm-mobile", 200, 4, { treaty: { storedWarheads: 2000 } })]),
    party("cn", [el("df41", "icbm-mobile", 100, 3, { treaty: { storedWarheads: 200 } })]),
  ]);
  const f = parseFramework({
    id: "t",
    name: "T",
    citation: "t",
    parties: ["us", "ru", "cn", "uk"],
    limits: [
      {
        id: "all",
        name: "All",
        quantity: "warheads",
        rule: "stockpile",
        selector: { nuclear: true },
        perParty: { us: 2000, ru: 2000, cn: 600 },
        citation: "t",
      },
      {
        id: "deployed",
        name: "Deployed",
        quantity: "warheads",
        selector: { status: "deployed" },
        max: 2500,
        sublimitOf: "all",
        citation: "t",
      },
      { id: "abm", name: "Interceptors", quantity: "interceptors", max: 100, citation: "t" },
      { id: "hgv", name: "HGV", quantity: "launchers", selector: { categories: ["hgv"] }, max: 50, citation: "t" },
    ],
  });
  const r = checkCompliance(s, f);

  it("counts every party with per-party ceilings and flags them as unequal", () => {
    assert.deepEqual(
      r.checks
        .filter((c) => c.limitId === "all")
        .map((c) => [c.party, c.counted, c.limit, c.headroom, c.status, c.unequal]),
      [
        ["us", 1900, 2000, 100, "compliant", true],
        ["ru", 2800, 2000, -800, "violation", true],
        ["cn", 500, 600, 100, "compliant", true],
      ],
    );
    assert.equal(row(r, "us", "abm").counted, 44);
    assert.equal(row(r, "ru", "abm").counted, 0);
  });

  it("warns about sublimits above their aggregate, selectors matching nothing, absent parties", () => {
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ["unequal_limits", "sublimit_exceeds_aggregate", "party_not_in_scenario", "matches_nothing"],
    );
    assert.match(r.warnings[1]!.message, /us 2,500 > 2,000; ru 2,500 > 2,000; cn 2,500 > 600/);
    assert.match(r.warnings[3]!.message, /limit "hgv" matches nothing/);
  });

  it("notes a count below SORT's 1,700 band without calling it a violation", () => {
    const low = scenario("2010-01-01", [
      party("us", [el("mm3", "icbm-silo", 450, 1)]),
      party("ru", [el("x", "slbm", 100, 4)]),
    ]);
    const c = row(checkCompliance(low, SORT, { assumeBinding: true }), "us", "warheads");
    assert.equal(c.status, "compliant");
    assert.equal(c.belowRange, true);
    assert.match(c.notes[0]!, /below the declared band's lower end 1,700/);
    assert.equal(row(checkCompliance(low, SORT), "us", "warheads").reason, "not-yet-binding");
  });
});
