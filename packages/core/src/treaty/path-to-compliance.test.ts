import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { checkCompliance } from "./compliance.js";
import { parseFramework } from "./load-framework.js";
import { pathToCompliance } from "./path-to-compliance.js";
import { NEW_START, START1 } from "./rule-packs/index.js";
import { el, party, scenario, survivable } from "./_test-fixtures.js";

describe("pathToCompliance", () => {
  // 750 deployed launchers and 2,610 New START warheads: over 700 and 1,550.
  const s = scenario("2026-03-01", [
    party("us", [
      el("icbm", "icbm-silo", 450, 3),
      el("ssbn", "slbm", 240, 5, { basing: survivable(0.6, 0.9) }),
      el("bomber", "bomber", 60, 16, { basing: survivable(0.1, 0.3) }),
    ]),
    party("ru", [el("x", "icbm-mobile", 10, 1)]),
  ]);

  it("keeps the survivable SSBN and bomber warheads and downloads and demotes silo ICBMs", () => {
    const r = pathToCompliance(s, NEW_START, "us");
    assert.equal(r.status, "solved");
    // 290 ICBMs at 1 RV + 1,200 SLBM RVs + 60 bombers = 1,550; 290 + 240 + 60 = 590 deployed; 160 silos kept empty.
    assert.deepEqual(
      r.changes.map((c) => [c.id, c.field, c.from, c.to]),
      [
        ["icbm", "launchers.deployed", 450, 290],
        ["icbm", "launchers.nonDeployed", 0, 160],
        ["icbm", "warheadsPerLauncher", 3, 1],
      ],
    );
    assert.equal(r.changes[0]!.description, "deployed launchers 450 → 290 (160 kept as non-deployed)");
    assert.deepEqual(r.survivableWarheads, { before: 1200 * 0.9 + 960 * 0.3, after: 1200 * 0.9 + 960 * 0.3 });
    assert.deepEqual(
      r.after.map((c) => [c.limitId, c.counted, c.status]),
      [
        ["deployed-launchers", 590, "compliant"],
        ["warheads", 1550, "compliant"],
        ["launchers", 750, "compliant"],
      ],
    );
    // The posture it returns counts the same under the framework.
    const again = checkCompliance({ ...s, parties: [r.posture, s.parties[1]!] }, NEW_START, { assumeBinding: true });
    assert.equal(again.violations, 0);
  });

  it("eliminates launchers when the 800 limit leaves no room to keep them non-deployed", () => {
    const tight = scenario("2026-03-01", [
      party("us", [
        el("icbm", "icbm-silo", 450, 1, { nonDeployed: 100 }),
        el("ssbn", "slbm", 300, 4, { basing: survivable(0.6, 0.9) }),
      ]),
      party("ru", [el("x", "icbm-mobile", 10, 1)]),
    ]);
    const r = pathToCompliance(tight, NEW_START, "us");
    assert.equal(r.status, "solved");
    const after = Object.fromEntries(r.after.map((c) => [c.limitId, c.counted]));
    assert.equal(after["launchers"], 800);
    // SLBM warheads (1,200) are kept whole; the warhead limit leaves 350 single-RV ICBMs: 650 deployed.
    assert.equal(after["deployed-launchers"], 650);
    assert.equal(after["warheads"], 1550);
    assert.equal(r.survivableWarheads.after, 1080);
    assert.equal(
      r.changes.find((c) => c.field === "launchers.deployed")!.description,
      "deployed launchers 450 → 350 (50 kept as non-deployed, 50 eliminated)",
    );
  });

  it("reports an already-compliant party and a party no limit binds", () => {
    assert.equal(pathToCompliance(s, NEW_START, "ru").status, "already-compliant");
    assert.equal(pathToCompliance(s, NEW_START, "ru", { date: "2026-03-01" }).status, "no-binding-limits");
    assert.throws(() => pathToCompliance(s, NEW_START, "cn"), InputError);
  });

  it("handles START I's ALCM discount exactly, including bombers equipped for fewer than the discount", () => {
    const f = parseFramework({
      id: "x",
      name: "X",
      citation: "t",
      limits: [
        {
          id: "w",
          name: "W",
          quantity: "warheads",
          rule: "start1-attributed",
          max: 1700,
          params: { alcmAttribution: { ru: { first: 180, attributed: 8 } } },
          citation: "t",
        },
      ],
    });
    // 200 bombers equipped for 6 (< 8): 180 × 8 + 20 × 6 = 1,560; plus 300 single-RV ICBMs = 1,860 > 1,700.
    const ru = scenario("1995-01-01", [
      party("ru", [
        el("bear", "bomber", 200, 6, { treaty: { alcmEquipped: true }, basing: survivable(0.2, 0.5) }),
        el("icbm", "icbm-silo", 300, 1),
      ]),
      party("us", [el("x", "slbm", 1, 1)]),
    ]);
    const r = pathToCompliance(ru, f, "ru");
    assert.equal(r.status, "solved");
    assert.ok(r.after[0]!.counted <= 1700);
    // Bombers are worth 6 × 0.5 = 3 survivable warheads each; the silo ICBMs (0 survivable) go first: 140 remain.
    assert.deepEqual(
      r.changes.filter((c) => c.field === "launchers.deployed").map((c) => [c.id, c.to]),
      [["icbm", 140]],
    );
    assert.equal(r.after[0]!.counted, 1700);
  });

  it("reaches START I's sublimits on the heavy-ICBM force", () => {
    const ussr = scenario("2001-12-05", [
      party("ru", [
        el("ss18", "icbm-silo", 308, 10, { treaty: { heavyIcbm: true, throwWeightKg: 8800 } }),
        el("ssn20", "slbm", 120, 10, { basing: survivable(0.3, 0.8) }),
      ]),
      party("us", [el("x", "slbm", 1, 1)]),
    ]);
    const r = pathToCompliance(ussr, START1, "ru");
    assert.equal(r.status, "solved");
    const heavy = r.after.find((c) => c.limitId === "heavy-icbm-warheads")!;
    assert.ok(heavy.counted <= 1540);
    assert.equal(r.survivableWarheads.after, 960, "SLBM warheads are all kept");
  });

  it("dismantles stored warheads and cuts interceptors under an all-warheads framework", () => {
    const f = parseFramework({
      id: "x",
      name: "X",
      citation: "t",
      limits: [
        {
          id: "all",
          name: "All",
          quantity: "warheads",
          rule: "stockpile",
          selector: { nuclear: true },
          max: 1200,
          citation: "t",
        },
        { id: "abm", name: "ABM", quantity: "interceptors", max: 20, citation: "t" },
      ],
    });
    const s3 = scenario("2026-03-01", [
      party("us", [el("ssbn", "slbm", 100, 5, { basing: survivable(0.6, 0.9), treaty: { storedWarheads: 1000 } })], {
        gmd: 44,
      }),
      party("ru", [el("x", "slbm", 1, 1)]),
    ]);
    const r = pathToCompliance(s3, f, "us");
    assert.equal(r.status, "solved");
    assert.deepEqual(
      r.changes.map((c) => [c.id, c.field, c.from, c.to]),
      [
        ["ssbn", "treaty.storedWarheads", 1000, 700],
        ["gmd", "interceptors", 44, 20],
      ],
    );
  });

  it("is infeasible when fixed, converted launchers alone exceed a limit", () => {
    const f = parseFramework({
      id: "x",
      name: "X",
      citation: "t",
      limits: [{ id: "l", name: "L", quantity: "deployed-launchers", rule: "launchers", max: 50, citation: "t" }],
    });
    const s4 = scenario("2026-03-01", [
      party("us", [el("b52", "bomber", 100, 1, { treaty: { convertedNonNuclear: 80 } })]),
      party("ru", [el("x", "slbm", 1, 1)]),
    ]);
    const r = pathToCompliance(s4, f, "us");
    assert.equal(r.status, "infeasible");
    assert.match(r.message, /converted launchers/);
  });
});
