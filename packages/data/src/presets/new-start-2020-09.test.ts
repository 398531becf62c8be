import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ForceElement, Party } from "@seceq/core";
import { parseScenario } from "@seceq/core";
import { NEW_START_AGGREGATES } from "../treaty-data/new-start-aggregates.js";
import { NEW_START_2020_09, RU_DOWNLOAD_2020, US_W76_1_LOAD_2020 } from "./new-start-2020-09.js";

const TOL = 1e-6;
const STRATEGIC = new Set(["icbm-silo", "icbm-mobile", "slbm", "bomber"]);
const MISSILE = new Set(["icbm-silo", "icbm-mobile", "slbm"]);

const accountable = (f: ForceElement): boolean => f.treaty?.accountable ?? STRATEGIC.has(f.category);
const nuclearBomber = (f: ForceElement): boolean => f.category === "bomber" && (f.treaty?.nuclearEquipped ?? f.nuclear);

/** New START counts: deployed missiles + deployed nuclear bombers; RVs + 1 per deployed nuclear bomber; all launchers. */
function newStartCounts(p: Party): { deployed: number; warheads: number; launchers: number } {
  let deployed = 0;
  let warheads = 0;
  let launchers = 0;
  for (const f of p.forces) {
    if (!accountable(f)) continue;
    const d = f.launchers.deployed - (f.treaty?.convertedNonNuclear ?? 0);
    if (MISSILE.has(f.category)) {
      deployed += d;
      warheads += d * f.warheadsPerLauncher;
    } else if (nuclearBomber(f)) {
      deployed += d;
      warheads += d;
    }
    launchers += f.launchers.deployed + f.launchers.nonDeployed + f.launchers.test;
  }
  return { deployed, warheads, launchers };
}

const scenario = parseScenario(NEW_START_2020_09);
const party = (id: string): Party => scenario.parties.find((p) => p.id === id)!;

/** Deployed launchers of an element together with its whole-load part (`<id>-<n>w`). */
const deployedOf = (p: { forces: { id: string; launchers: { deployed: number } }[] }, id: string) =>
  p.forces
    .filter((x) => x.id === id || new RegExp(`^${id}-\\d+w$`).test(x.id))
    .reduce((t, x) => t + x.launchers.deployed, 0);

describe("new-start-2020-09", () => {
  it("US composition reproduces 675 deployed, 1,457 warheads, 800 launchers", () => {
    const c = newStartCounts(party("us"));
    assert.equal(c.deployed, 675);
    assert.ok(Math.abs(c.warheads - 1457) < TOL, `warheads ${c.warheads}`);
    assert.equal(c.launchers, 800);
  });

  it("US published breakdown: 397 MM III / 454 ICBM launchers, 230 D5 / 280, 48 bombers / 66", () => {
    const us = party("us");
    const sum = (cat: string, k: "deployed" | "all") =>
      us.forces
        .filter((f) => f.category === cat && f.nuclear)
        .reduce(
          (t, f) =>
            t +
            (k === "deployed"
              ? f.launchers.deployed
              : f.launchers.deployed + f.launchers.nonDeployed + f.launchers.test),
          0,
        );
    assert.equal(sum("icbm-silo", "deployed"), 397);
    assert.equal(sum("icbm-silo", "all"), 454);
    assert.equal(sum("slbm", "deployed"), 230);
    assert.equal(sum("slbm", "all"), 280);
    assert.equal(sum("bomber", "deployed"), 48);
    assert.equal(sum("bomber", "all"), 66);
    // Whole-warhead loads split an element into `<id>` and `<id>-<n>w`; the original keeps the other launchers.
    const b2 = us.forces.find((f) => f.id === "b2a")!;
    const b52 = us.forces.find((f) => f.id === "b52h-alcm")!;
    assert.equal(deployedOf(us, "b2a"), 12);
    assert.equal(deployedOf(us, "b52h-alcm"), 36);
    assert.equal(b2.launchers.nonDeployed + b2.launchers.test + b52.launchers.nonDeployed + b52.launchers.test, 18);
    assert.equal(b2.launchers.test + b52.launchers.test, 5);
    const conv = us.forces.find((f) => f.id === "b52h-conventional")!;
    assert.equal(conv.launchers.deployed + conv.launchers.nonDeployed, 41);
    assert.equal(conv.treaty?.accountable, false);
  });

  it("derives the US W76-1 load as (1,457 − 48 − 397 − 20 − 200) / 160 = 4.95", () => {
    assert.ok(Math.abs(US_W76_1_LOAD_2020 - 4.95) < 1e-12);
  });

  it("Russian composition reproduces 510 deployed, 1,447 warheads, 764 launchers", () => {
    const c = newStartCounts(party("ru"));
    assert.equal(c.deployed, 510);
    assert.ok(Math.abs(c.warheads - 1447) < TOL, `warheads ${c.warheads}`);
    assert.equal(c.launchers, 764);
    assert.ok(Math.abs(RU_DOWNLOAD_2020 - 1290 / 1800) < 1e-12);
  });

  it("matches the 1 Sep 2020 rows of the aggregate series", () => {
    for (const id of ["us", "ru"] as const) {
      const row = NEW_START_AGGREGATES.find((r) => r.date === "2020-09-01" && r.party === id)!;
      const c = newStartCounts(party(id));
      assert.equal(c.deployed, row.deployedLaunchers);
      assert.ok(Math.abs(c.warheads - row.warheads!) < TOL);
      assert.equal(c.launchers, row.totalLaunchers);
    }
  });

  it("cites the 2020 Nuclear Notebook (~300 weapons at bomber bases) for the US bomber loads: 200 + 100", () => {
    const us = party("us");
    for (const [id, load] of [
      ["b52h-alcm", 200],
      ["b2a", 100],
    ] as const) {
      const f = us.forces.find((x) => x.id === id)!;
      const parts = us.forces.filter((x) => x.id === id || new RegExp(`^${id}-\\d+w$`).test(x.id));
      assert.ok(Math.abs(parts.reduce((t, x) => t + x.launchers.deployed * x.warheadsPerLauncher, 0) - load) < TOL, id);
      for (const x of parts) assert.ok(Number.isInteger(x.warheadsPerLauncher), `${x.id}: whole warheads`);
      const c = f.fieldSources?.["warheadsPerLauncher"];
      assert.equal(c?.asOf, "2020-01-13", id);
      assert.match(c?.source ?? "", /United States nuclear forces, 2020/, id);
    }
  });
});
