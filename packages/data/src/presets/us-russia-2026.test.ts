import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Party } from "@seceq/core";
import { parseScenario } from "@seceq/core";
import { RU_LEGS_2026, US_RUSSIA_2026 } from "./us-russia-2026.js";

const s = parseScenario(US_RUSSIA_2026);
const party = (id: string): Party => s.parties.find((p) => p.id === id)!;
const warheads = (p: Party, cats: string[]): number =>
  p.forces
    .filter((f) => f.nuclear && cats.includes(f.category))
    .reduce((t, f) => t + f.launchers.deployed * f.warheadsPerLauncher, 0);
const TOL = 1e-6;

describe("us-russia-2026 (default scenario)", () => {
  it("is dated at New START's expiry and carries the Suh distance", () => {
    assert.equal(s.asOf, "2026-02-05");
    assert.deepEqual(
      s.distancesKm.map((d) => [d.between, d.km]),
      [[["us", "ru"], 7826]],
    );
  });

  it("US reproduces the FAS leg totals: 400 ICBM, ~970 SLBM, 300 bomber, ~100 Europe", () => {
    const us = party("us");
    assert.equal(warheads(us, ["icbm-silo"]), 400);
    assert.ok(Math.abs(warheads(us, ["slbm"]) - 970) <= 5, `SLBM ${warheads(us, ["slbm"])}`);
    assert.ok(Math.abs(warheads(us, ["bomber"]) - 300) < TOL);
    assert.equal(warheads(us, ["non-strategic"]), 100);
    assert.equal(
      us.forces
        .filter((f) => f.category === "icbm-silo")
        .reduce((t, f) => t + f.launchers.deployed + f.launchers.nonDeployed, 0),
      450,
    );
  });

  it("US lists the 41 converted B-52H as one non-nuclear, non-accountable element", () => {
    const conv = party("us").forces.filter((f) => f.category === "bomber" && !f.nuclear);
    assert.equal(conv.length, 1);
    assert.equal(conv[0]!.launchers.deployed + conv[0]!.launchers.nonDeployed, 41);
    assert.equal(conv[0]!.treaty?.accountable, false);
    assert.equal(conv[0]!.treaty?.nuclearEquipped, false);
    for (const f of party("us").forces) assert.equal(f.treaty?.convertedNonNuclear, undefined);
  });

  it("Russia keeps the FAS 2025 total of 1,718 deployed strategic warheads: 857 ICBM, 631 SLBM, 230 at bomber bases", () => {
    const ru = party("ru");
    assert.deepEqual(RU_LEGS_2026, { icbm: 857, slbm: 631, bomber: 230, deployedBombers: 61 });
    assert.ok(Math.abs(warheads(ru, ["icbm-silo", "icbm-mobile"]) - 857) < TOL);
    assert.ok(Math.abs(warheads(ru, ["slbm"]) - 631) < TOL);
    assert.ok(Math.abs(warheads(ru, ["bomber"]) - 230) < TOL);
    assert.ok(Math.abs(warheads(ru, ["icbm-silo", "icbm-mobile", "slbm", "bomber"]) - 1718) < TOL);
    // The missile legs stay within 1.6 % of FAS's rounded ~870 / ~640; "more than 200" at bomber bases.
    assert.ok(Math.abs(857 / 870 - 1) < 0.016 && Math.abs(631 / 640 - 1) < 0.016);
  });

  it("Russia's 1,477 non-strategic warheads are stored, not deployed", () => {
    const nsnw = party("ru").forces.find((f) => f.id === "nsnw-aggregate")!;
    assert.equal(nsnw.launchers.deployed, 0);
    assert.equal(nsnw.treaty?.storedWarheads, 1477);
  });

  it("marks the SS-18 heavy and gives each party missile defences and a generation schedule", () => {
    assert.equal(party("ru").forces.find((f) => f.id === "rs-20v-voevoda")!.treaty?.heavyIcbm, true);
    assert.deepEqual(
      party("us").defenses.map((d) => [d.id, d.interceptors]),
      [
        ["gmd", 44],
        ["aegis-sm3-iia", 24],
      ],
    );
    assert.deepEqual(
      party("ru").defenses.map((d) => [d.id, d.interceptors]),
      [["a-135-a-235", 68]],
    );
    for (const p of s.parties) assert.deepEqual(p.generation?.at(-1), { day: 7, generated: 1 });
  });

  it("keeps loads within capacity and survivable shares ordered (generated ≥ day-to-day)", () => {
    for (const p of s.parties)
      for (const f of p.forces) {
        if (f.maxWarheadsPerLauncher !== undefined) assert.ok(f.warheadsPerLauncher <= f.maxWarheadsPerLauncher, f.id);
        assert.ok(f.basing.survivableFraction.generated >= f.basing.survivableFraction.dayToDay, f.id);
        if (f.category === "icbm-silo")
          assert.deepEqual(f.basing.survivableFraction, { dayToDay: 0, generated: 0 }, f.id);
      }
  });
});

describe("us-russia-2026 treaty-count inputs", () => {
  it("Russia's New START warhead count is 1,549 (857 + 631 RVs + 61 deployed bombers), within 1,550", () => {
    // New START rules: RVs on deployed ICBMs and SLBMs plus one per deployed nuclear heavy bomber, whatever its load.
    const ru = party("ru");
    const bombers = ru.forces
      .filter((f) => f.category === "bomber" && f.nuclear)
      .reduce((t, f) => t + f.launchers.deployed, 0);
    assert.equal(bombers, 61);
    const counted = warheads(ru, ["icbm-silo", "icbm-mobile", "slbm"]) + bombers;
    assert.ok(Math.abs(counted - 1549) < TOL, `counted ${counted}`);
    assert.ok(counted <= 1550);
  });

  it("keeps Russia's last declared launcher total (761, 1 Mar 2022) and the US total within 800", () => {
    const all = (p: Party) =>
      p.forces
        .filter(
          (f) =>
            (f.treaty?.accountable ?? ["icbm-silo", "icbm-mobile", "slbm", "bomber"].includes(f.category)) &&
            (f.category !== "bomber" || f.nuclear),
        )
        .reduce((t, f) => t + f.launchers.deployed + f.launchers.nonDeployed + f.launchers.test, 0);
    assert.equal(all(party("ru")), 761);
    assert.equal(all(party("us")), 799);
  });
});
