import { test } from "node:test";
import assert from "node:assert/strict";
import { elementUpload, frameworkBreakout, getRulePack, uploadStability } from "@seceq/core";
import { getPreset } from "./index.js";

const s = getPreset("us-russia-2026");
const potential = (party: string) =>
  s.parties
    .find((p) => p.id === party)!
    .forces.reduce((t, e) => {
      const u = elementUpload(e, s.assumptions.upload);
      return t + u.onDeployed + u.onReserve;
    }, 0);

void test("upload potential of the default preset: US ~1,900, Russia ~1,100 warheads (FAS 2025, ± 5 %)", () => {
  assert.ok(Math.abs(potential("us") - 1900) <= 95, `US ${potential("us")}`);
  assert.ok(Math.abs(potential("ru") - 1100) <= 55, `Russia ${potential("ru")}`);
});

void test("Poseidon and Burevestnik are listed with no deployed launchers", () => {
  const ru = s.parties.find((p) => p.id === "ru")!;
  for (const id of ["poseidon", "burevestnik"]) {
    const e = ru.forces.find((f) => f.id === id);
    assert.ok(e && e.nuclear && e.launchers.deployed === 0, id);
  }
});

void test("New START's 1,550 ceiling: each side's breakout time and the stability after upload", () => {
  const b = frameworkBreakout(s, getRulePack("new-start")!);
  const by = new Map(b.map((x) => [x.party, x]));
  // Counted today: the US 1,420, Russia 1,549; breakout at 1,705 (ceiling + 10 %).
  assert.equal(by.get("us")!.countNow, 1420);
  assert.equal(by.get("ru")!.countNow, 1549);
  for (const x of b) {
    assert.ok(x.breakoutDays !== null && x.breakoutDays > 0 && x.breakoutDays < x.fullUploadDays, x.party);
    assert.ok(x.countUploaded > x.threshold);
  }
  // Russia starts at the ceiling and breaks out first.
  assert.ok(by.get("ru")!.breakoutDays! < by.get("us")!.breakoutDays!);
  const st = uploadStability(s)[0]!;
  assert.ok(st.before > 0 && st.afterAll > 0 && Object.keys(st.afterOne).length === 2);
});
