/**
 * Validation of the parity indicators on the 1990 preset against Suh's published dyadic figures for 1990
 * ([suh-2022] snforce1_ndy.xlsx, [owid-nd]): deliverable warheads and EMT of the US against the USSR and the USSR
 * against the US. The preset was built from START I MOU data and Suh's parameter tables, not from Suh's platform
 * rows, so agreement is approximate; the tolerances below are the measured errors rounded up, and they document the
 * gap rather than hide it:
 * - USSR: warheads 10,394 vs 10,673 (−2.6 %), EMT 6,079 vs 6,438.1 (−5.6 %);
 * - US: warheads 12,778 vs 10,986 (+16 %: the preset loads bombers with their full weapon complement, Suh counts
 *   fewer bomber weapons), EMT 4,800 vs 5,451.2 (−12 %: fewer high-yield bombs in the preset).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { partyParity } from "@seceq/core";
import { getPreset } from "./index.js";

const rel = (x: number, ref: number) => (x - ref) / ref;

test("1990 dyadic parity: USSR within 3 % (warheads) and 6 % (EMT) of Suh's published values", () => {
  const s = getPreset("start1-1990");
  const ru = s.parties.find((p) => p.id === "ru")!;
  const p = partyParity(ru.forces, { convention: "suh", reachKm: 7826 });
  assert.ok(Math.abs(rel(p.deliverableWarheads, 10673)) < 0.03, `warheads ${p.deliverableWarheads}`);
  assert.ok(Math.abs(rel(p.emt, 6438.1)) < 0.06, `EMT ${p.emt}`);
});

test("1990 dyadic parity: US within 17 % (warheads) and 13 % (EMT) of Suh's published values", () => {
  const s = getPreset("start1-1990");
  const us = s.parties.find((p) => p.id === "us")!;
  const p = partyParity(us.forces, { convention: "suh", reachKm: 7826 });
  assert.ok(Math.abs(rel(p.deliverableWarheads, 10986)) < 0.17, `warheads ${p.deliverableWarheads}`);
  assert.ok(Math.abs(rel(p.emt, 5451.2)) < 0.13, `EMT ${p.emt}`);
});

test("the Suh convention keeps ALCM carriers in CMP and drops gravity-bomb bombers", () => {
  const s = getPreset("start1-1990");
  const us = s.parties.find((p) => p.id === "us")!;
  const rows = partyParity(us.forces, { convention: "suh" }).byElement;
  assert.ok(rows.find((r) => r.id === "b52-alcm")!.cmp > 0);
  assert.equal(rows.find((r) => r.id === "b52-non-alcm")!.cmp, 0);
});
