import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Limit } from "./framework-schema.js";
import {
  attributeAlcmBombers,
  countForParty,
  countingRule,
  countingState,
  isAccountable,
  matchesElement,
  roundCount,
} from "./counting-rules.js";
import { el, party, scenario } from "./_test-fixtures.js";

const limit = (x: Record<string, unknown>) => Limit.parse({ id: "l", name: "l", citation: "test", max: 0, ...x });

/**
 * US forces as of 1 Sep 2020 by the State Dept fact sheet ([new-start-2010], [state-2020]): launcher numbers are published inputs
 * (the non-deployed figures include the test launchers and test bombers, carried here in `test`); the split of 1,409
 * RVs between Minuteman III and Trident II is not published, so the loads below are inputs chosen to total 1,409.
 */
const us2020 = party("us", [
  el("mm3", "icbm-silo", 397, 1, { nonDeployed: 53, test: 4 }),
  el("d5", "slbm", 230, 1012 / 230, { nonDeployed: 50 }),
  el("b2", "bomber", 12, 16, { nonDeployed: 7, test: 1 }),
  el("b52", "bomber", 36 + 41, 20, { nonDeployed: 6, test: 4, treaty: { convertedNonNuclear: 41 } }),
  el("b1", "bomber", 45, 0, {
    nuclear: false,
    conventional: { vulnerableRadiusM: 10, pDefeatGivenHit: 0.5 },
    treaty: { accountable: false },
  }),
  el("tomahawk", "sea-cruise", 100, 1, {
    rangeKm: 1600,
    nuclear: false,
    conventional: { vulnerableRadiusM: 10, pDefeatGivenHit: 0.5 },
  }),
]);
const s2020 = scenario("2020-09-01", [us2020, party("ru", [el("ss27", "icbm-mobile", 18, 1)])]);
const us = s2020.parties[0]!;
const STRATEGIC = ["icbm-silo", "icbm-mobile", "slbm", "bomber"];

describe("counting rules", () => {
  it("reads state: converted launchers leave the deployed count and carry no warheads", () => {
    const b52 = us.forces[3]!;
    assert.deepEqual(countingState(b52), {
      deployed: 36,
      converted: 41,
      nonDeployed: 6,
      test: 4,
      warheads: 720,
      stored: 0,
    });
  });

  it("New START deployed launchers: 397 + 230 + 12 + 36 = 675 (test and converted out of account)", () => {
    const c = countForParty(
      us,
      limit({
        quantity: "deployed-launchers",
        rule: "new-start-launchers",
        selector: { categories: STRATEGIC, accountable: true },
      }),
    );
    assert.equal(c.total, 675);
    assert.deepEqual(
      c.contributions.map((x) => [x.id, x.count]),
      [
        ["mm3", 397],
        ["d5", 230],
        ["b2", 12],
        ["b52", 36],
      ],
    );
  });

  it("New START deployed and non-deployed launchers: 454 + 280 + 20 + 46 = 800 (test launchers as non-deployed)", () => {
    const c = countForParty(
      us,
      limit({
        quantity: "launchers",
        rule: "new-start-launchers",
        selector: { categories: STRATEGIC, accountable: true },
      }),
    );
    assert.equal(c.total, 800);
    assert.deepEqual(
      c.contributions.map((x) => [x.id, x.count]),
      [
        ["mm3", 454],
        ["d5", 280],
        ["b2", 20],
        ["b52", 46],
      ],
    );
    const nd = countForParty(
      us,
      limit({
        quantity: "launchers",
        rule: "new-start-launchers",
        selector: { categories: STRATEGIC, status: "non-deployed" },
      }),
    );
    assert.equal(nd.total, 57 + 50 + 8 + 10);
  });

  it("New START warheads: RVs emplaced plus one per deployed nuclear-equipped bomber (1,409 + 48 = 1,457)", () => {
    const c = countForParty(
      us,
      limit({
        quantity: "warheads",
        rule: "new-start-warheads",
        selector: { categories: STRATEGIC, accountable: true },
      }),
    );
    assert.ok(Math.abs(c.total - 1457) < 1e-6, String(c.total));
    assert.equal(c.contributions.find((x) => x.id === "b52")!.count, 36);
  });

  it("generic launchers rule counts converted and test launchers too", () => {
    const c = countForParty(us, limit({ quantity: "launchers", rule: "launchers", selector: { elements: ["b52"] } }));
    assert.equal(c.total, 77 + 6 + 4);
  });

  it("loaded and stockpile rules follow the selector's status", () => {
    const p = scenario("2020-01-01", [
      party("a", [el("m", "icbm-silo", 10, 3, { treaty: { storedWarheads: 50 } })]),
      party("b", [el("n", "slbm", 1, 1)]),
    ]).parties[0]!;
    assert.equal(countForParty(p, limit({ quantity: "warheads", rule: "loaded" })).total, 30);
    assert.equal(countForParty(p, limit({ quantity: "warheads", rule: "stockpile" })).total, 80);
    assert.equal(
      countForParty(p, limit({ quantity: "warheads", rule: "stockpile", selector: { status: "non-deployed" } })).total,
      50,
    );
    assert.equal(
      countForParty(p, limit({ quantity: "warheads", rule: "stockpile", selector: { status: "deployed" } })).total,
      30,
    );
    assert.equal(
      countForParty(p, limit({ quantity: "warheads", rule: "loaded", selector: { status: "non-deployed" } })).total,
      0,
    );
  });

  it("START I: US ALCM bombers, first 150 at 10 each, further ones at their equipped number", () => {
    assert.deepEqual(attributeAlcmBombers([{ launchers: 189, equipped: 20 }], { first: 150, attributed: 10 }), [
      150 * 10 + 39 * 20,
    ]);
    // The discount goes to the highest-equipped bombers first.
    assert.deepEqual(
      attributeAlcmBombers(
        [
          { launchers: 100, equipped: 12 },
          { launchers: 100, equipped: 20 },
        ],
        { first: 150, attributed: 10 },
      ),
      [50 * 10 + 50 * 12, 100 * 10],
    );
    // No discount for a party not listed: every bomber at its equipped number.
    assert.deepEqual(attributeAlcmBombers([{ launchers: 10, equipped: 16 }], undefined), [160]);
  });

  it("START I attribution: missiles at attributedWarheads, other nuclear bombers 1", () => {
    const p = scenario("1990-01-01", [
      party("ru", [
        el("ssn18", "slbm", 224, 7, { treaty: { attributedWarheads: 3 } }),
        el("bear-h", "bomber", 200, 16, { treaty: { alcmEquipped: true } }),
        el("bear", "bomber", 60, 4),
      ]),
      party("us", [el("x", "slbm", 1, 1)]),
    ]).parties[0]!;
    const c = countForParty(
      p,
      limit({
        quantity: "warheads",
        rule: "start1-attributed",
        params: { alcmAttribution: { ru: { first: 180, attributed: 8 } } },
      }),
    );
    assert.deepEqual(
      c.contributions.map((x) => [x.id, x.count]),
      [
        ["ssn18", 672],
        ["bear-h", 180 * 8 + 20 * 16],
        ["bear", 60],
      ],
    );
  });

  it("START I attribution: an ALCM bomber's given attributedWarheads is taken as already attributed", () => {
    const p = scenario("1990-09-01", [
      party("us", [
        el("b52", "bomber", 189, 12, {
          maxWarheadsPerLauncher: 20,
          treaty: { alcmEquipped: true, attributedWarheads: 1968 / 189 },
        }),
      ]),
      party("ru", [el("x", "slbm", 1, 1)]),
    ]).parties[0]!;
    const c = countForParty(
      p,
      limit({
        quantity: "warheads",
        rule: "start1-attributed",
        params: { alcmAttribution: { us: { first: 150, attributed: 10 } } },
      }),
    );
    assert.equal(c.total, 1968);
  });

  it("throw-weight counts deployed missiles in metric tons and reports a missing value", () => {
    const p = scenario("1990-01-01", [
      party("ru", [
        el("ss18", "icbm-silo", 308, 10, { treaty: { throwWeightKg: 8800 } }),
        el("ss25", "icbm-mobile", 288, 1),
      ]),
      party("us", [el("x", "slbm", 1, 1)]),
    ]).parties[0]!;
    const c = countForParty(p, limit({ quantity: "throw-weight-t", rule: "throw-weight" }));
    assert.ok(Math.abs(c.total - 2710.4) < 1e-9);
    assert.match(c.contributions[1]!.missing!, /no treaty.throwWeightKg/);
  });

  it("interceptors rule counts defence layers, filtered by the flight profiles they engage", () => {
    const p = scenario("2026-01-01", [
      party("us", [el("m", "icbm-silo", 1, 1)], { gmd: 44, aegis: 400 }),
      party("b", [el("n", "slbm", 1, 1)]),
    ]).parties[0]!;
    assert.equal(countForParty(p, limit({ quantity: "interceptors" })).total, 444);
    assert.equal(countForParty(p, limit({ quantity: "interceptors", selector: { elements: ["gmd"] } })).total, 44);
    assert.equal(countForParty(p, limit({ quantity: "interceptors", selector: { flight: ["cruise"] } })).total, 0);
  });

  it("selectors narrow by category, nuclear, range band (inclusive), flight, accountability", () => {
    const tomahawk = us.forces[5]!;
    assert.equal(matchesElement(tomahawk, { nuclear: false, rangeKm: { min: 1600, max: 1600 } }), true);
    assert.equal(matchesElement(tomahawk, { rangeKm: { min: 1601 } }), false);
    assert.equal(matchesElement(tomahawk, { flight: ["cruise"] }), true);
    assert.equal(matchesElement(tomahawk, { flight: ["ballistic"] }), false);
    assert.equal(isAccountable(tomahawk), false);
    assert.equal(isAccountable(us.forces[4]!), false, "treaty.accountable false wins over the bomber default");
    assert.equal(isAccountable(us.forces[0]!), true);
  });

  it("rejects an unknown rule name loudly", () => {
    assert.throws(() => countingRule("attributed"), /invalid counting rule: attributed/);
    assert.equal(roundCount(0.1 + 0.2), 0.3);
  });
});
