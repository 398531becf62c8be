import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Party } from "@seceq/core";
import { parseScenario } from "@seceq/core";
import { START1_1990 } from "./start1-1990.js";

const s = parseScenario(START1_1990);
const party = (id: string): Party => s.parties.find((p) => p.id === id)!;
const MISSILE = new Set(["icbm-silo", "icbm-mobile", "slbm"]);
const TOL = 1e-6;

/** START I accountable warheads per element: attributed where given, else loaded. */
const accountable = (f: Party["forces"][number]): number =>
  f.launchers.deployed * (f.treaty?.attributedWarheads ?? f.warheadsPerLauncher);

describe("start1-1990 (MOU data, 1 Sep 1990)", () => {
  for (const [id, sndv, total, missiles, tw] of [
    ["us", 2246, 10563, 8210, 2361.3],
    ["ru", 2500, 10271, 9416, 6626.3],
  ] as const) {
    it(`${id}: ${sndv} SNDVs, ${total} accountable warheads, ${missiles} on ICBMs+SLBMs, ${tw} t throw-weight`, () => {
      const p = party(id);
      assert.equal(
        p.forces.reduce((t, f) => t + f.launchers.deployed, 0),
        sndv,
      );
      assert.ok(Math.abs(p.forces.reduce((t, f) => t + accountable(f), 0) - total) < TOL);
      const m = p.forces.filter((f) => MISSILE.has(f.category));
      assert.equal(
        m.reduce((t, f) => t + accountable(f), 0),
        missiles,
      );
      const tonnes = m.reduce((t, f) => t + f.launchers.deployed * (f.treaty?.throwWeightKg ?? 0), 0) / 1000;
      assert.ok(Math.abs(tonnes - tw) < 1e-9, `throw-weight ${tonnes} t`);
    });
  }

  it("USSR heavy ICBMs: 308 SS-18 with 3,080 warheads; mobile ICBM warheads 618", () => {
    const su = party("ru");
    const heavy = su.forces.filter((f) => f.treaty?.heavyIcbm);
    assert.deepEqual(
      heavy.map((f) => f.id),
      ["ss-18"],
    );
    assert.equal(heavy[0]!.launchers.deployed * heavy[0]!.warheadsPerLauncher, 3080);
    const mobile = su.forces.filter((f) => f.category === "icbm-mobile");
    assert.equal(
      mobile.reduce((t, f) => t + f.launchers.deployed * f.warheadsPerLauncher, 0),
      618,
    );
  });

  it("US ALCM bombers: 189 aircraft attributed 1,968 warheads (150 × 10 + 39 × 12)", () => {
    const b = party("us").forces.find((f) => f.id === "b52-alcm")!;
    assert.equal(b.treaty?.alcmEquipped, true);
    assert.ok(Math.abs(b.launchers.deployed * (b.treaty?.attributedWarheads ?? 0) - (150 * 10 + 39 * 12)) < TOL);
  });

  it("SS-N-18 is attributed 3 warheads under the downloading provisions", () => {
    const f = party("ru").forces.find((x) => x.id === "ss-n-18")!;
    assert.equal(f.treaty?.attributedWarheads, 3);
    assert.equal(f.launchers.deployed * 3, 672);
  });
});
