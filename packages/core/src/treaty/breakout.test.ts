import { test } from "node:test";
import assert from "node:assert/strict";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { breakoutFrom, elementUpload, frameworkBreakout, fullUploadDays, uploadedParty } from "./breakout.js";
import { Framework, type Limit } from "./framework-schema.js";

/** Toy: 100 silos at 1 of 3 warheads with 150 stored, 100 SLBM tubes at 1 of 4 with 100 stored and 10 reserve tubes. */
function uploadable() {
  const s = toyScenario();
  for (const p of s.parties) {
    const [silo, ssbn] = p.forces as [(typeof p.forces)[0], (typeof p.forces)[0]];
    silo.maxWarheadsPerLauncher = 3;
    silo.treaty = { storedWarheads: 150 };
    ssbn.maxWarheadsPerLauncher = 4;
    ssbn.launchers.nonDeployed = 10;
    ssbn.treaty = { storedWarheads: 340 };
  }
  return s;
}

const LIMIT: Limit = {
  id: "deployed",
  name: "deployed warheads",
  quantity: "warheads",
  rule: "loaded",
  selector: {},
  max: 200,
  citation: "test",
};

void test("upload capacity: stored warheads onto deployed launchers up to the maximum load, the rest on reserve launchers", () => {
  const s = uploadable();
  const u = s.assumptions.upload;
  const [silo, ssbn] = s.parties[0]!.forces as [(typeof s.parties)[0]["forces"][0], (typeof s.parties)[0]["forces"][0]];
  assert.deepEqual(
    [elementUpload(silo, u).onDeployed, elementUpload(silo, u).onReserve],
    [150, 0], // storage binds: 150 < 100 × (3 − 1)
  );
  const e = elementUpload(ssbn, u);
  assert.equal(e.onDeployed, 300); // launchers bind: 100 × (4 − 1)
  assert.equal(e.reserveLaunchers, 10); // 40 left, 10 reserve tubes × 4
  assert.equal(e.onReserve, 40);
  assert.equal(fullUploadDays(s.parties[0]!, u), Math.max(u.days["icbm-silo"], u.days.slbm, u.reserveLauncherDays));
  // Half-way through the silo upload, half of its 150 warheads are on.
  const half = uploadedParty(s.parties[0]!, u.days["icbm-silo"] / 2, u).forces[0]!;
  assert.ok(Math.abs(half.launchers.deployed * half.warheadsPerLauncher - 175) < 1e-9);
  assert.ok(Math.abs((half.treaty?.storedWarheads ?? 0) - 75) < 1e-9);
});

void test("breakout time: first day the counted warheads exceed ceiling × (1 + margin); never when the potential falls short", () => {
  const s = uploadable();
  const u = { ...s.assumptions.upload, days: { ...s.assumptions.upload.days, "icbm-silo": 100, slbm: 100 } };
  const p = s.parties[0]!;
  // Today 200 warheads; threshold 220; silos add 1.5/day and SLBMs 3/day (+ reserve 40/365 per day): ~4.6/day.
  const b = breakoutFrom(p, LIMIT, 200, u);
  assert.equal(b.countNow, 200);
  const rate = 150 / 100 + 300 / 100 + 40 / u.reserveLauncherDays;
  assert.ok(b.breakoutDays !== null && Math.abs(b.breakoutDays - 20 / rate) <= 0.15, `${b.breakoutDays}`);
  assert.equal(b.potential, 490);
  assert.equal(breakoutFrom(p, LIMIT, 1000, u).breakoutDays, null);
  assert.equal(breakoutFrom(p, LIMIT, 100, u).breakoutDays, 0);
});

void test("a framework limiting deployed warheads gives each side a breakout time; stockpile limits are not broken by uploads", () => {
  const s = uploadable();
  s.assumptions.upload.days = { ...s.assumptions.upload.days, "icbm-silo": 100, slbm: 100 };
  const f = Framework.parse({
    id: "toy",
    name: "toy ceilings",
    citation: "test",
    limits: [
      { ...LIMIT, perParty: { a: 200, b: 700 } },
      { ...LIMIT, id: "all", rule: "stockpile", max: 1000 },
    ],
  });
  const b = frameworkBreakout(s, f);
  assert.deepEqual(
    b.map((x) => [x.party, x.limit, x.ceiling, x.breakoutDays === null]),
    [
      ["a", "deployed", 200, false],
      ["b", "deployed", 700, true],
    ],
  );
});
