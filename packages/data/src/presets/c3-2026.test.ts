import { test } from "node:test";
import assert from "node:assert/strict";
import { scenarioStability, type Scenario } from "@seceq/core";
import { getPreset } from "./index.js";

/** Combined index of the first pair. */
const combined = (s: Scenario) => scenarioStability(s).pairs[0]!.combined;

void test("default preset: removing every conventional element raises the combined index (entanglement)", () => {
  // Documented argument (methods §3, [acton-2018]): conventional strikes on dual-use early-warning and command sites
  // lower the victim's chance to launch under attack, so striking first pays more and stability falls.
  const s = getPreset("us-russia-2026");
  const base = combined(s);
  const t = structuredClone(s);
  for (const p of t.parties) p.forces = p.forces.filter((f) => f.nuclear);
  const without = combined(t);
  assert.ok(without > base + 0.01, `without conventional ${without} > with ${base}`);
  // The US strike on Russia uses conventional weapons on Russia's early-warning radars, and flags entanglement.
  const ex = scenarioStability(s).exchanges.find((e) => e.striker === "us" && e.victim === "ru")!;
  const ew = ex.c3Strikes.find((c) => c.site === "ru-early-warning");
  assert.ok(ew && ew.conventionalWarheads > 0 && ew.entangled, "conventional warheads on Russian early warning");
  assert.ok(ex.warning.luaAfter < ex.warning.luaBefore - 0.1, "Russia's launch-under-attack probability falls");
  assert.ok(ex.allocation.some((e) => e.conventional && e.targetKind === "early-warning"));
});

void test("ASAT and cyber degradation of warning lower stability; without launch under attack they do nothing", () => {
  const s = getPreset("us-russia-2026");
  const base = combined(s);
  const t = structuredClone(s);
  for (const p of t.parties) p.c3 = { sites: p.c3?.sites ?? [], degradation: { asat: 0.5, cyber: 0.3 } };
  const degraded = combined(t);
  assert.ok(degraded < base - 0.01, `degraded ${degraded} < intact ${base}`);
  const e = scenarioStability(t).exchanges.find((x) => x.striker === "us")!;
  assert.ok(Math.abs(e.warning.shareBefore - 0.5 * 0.7) < 1e-12, "warning share (1 − asat)(1 − cyber)");
  const off = structuredClone(t);
  const offBase = structuredClone(s);
  for (const x of [off, offBase]) for (const p of x.parties) p.options.launchUnderAttack = false;
  assert.ok(Math.abs(combined(off) - combined(offBase)) < 1e-12);
});

void test("C3 targets are struck only when they pay off", () => {
  const s = getPreset("us-russia-2026");
  for (const p of s.parties) p.options.launchUnderAttack = false;
  const ex = scenarioStability(s).exchanges.find((e) => e.striker === "us")!;
  // Without launch under attack, warning sites buy the striker nothing: none is struck.
  assert.ok(!ex.allocation.some((e) => e.targetKind === "early-warning" || e.targetKind === "command"));
  // The Moscow ABM radar still pays (it blinds the interceptors defending Russian value).
  assert.ok(ex.allocation.some((e) => e.targetKind === "defense-radar"));
});
