import { test } from "node:test";
import assert from "node:assert/strict";
import { scenarioStability } from "./pair-stability.js";
import { toyScenario } from "../test-utils/toy-scenario.js";

const combined = (s: ReturnType<typeof toyScenario>) => scenarioStability(s).pairs[0]!.combined;

test("symmetric forces give equal per-side stability and combined = product", () => {
  const p = scenarioStability(toyScenario()).pairs[0]!;
  assert.ok(Math.abs(p.fssA - p.fssB) < 1e-12);
  assert.ok(Math.abs(p.combined - p.fssA * p.fssB) < 1e-12);
  assert.ok(p.combined > 0 && p.combined <= 1);
});

test("Kahn & Mann: an invitational MIRVed, vulnerable force is less stable than survivable single warheads", () => {
  // Force A: 100 silos × 10 warheads, nothing survivable. Force B: the same 1,000 warheads, single-warhead and at sea.
  const invitational = toyScenario({ silos: 100, mirv: 10, slbmWarheads: 0 });
  const stabilizing = toyScenario({ silos: 0, slbmWarheads: 1000 });
  const a = combined(invitational);
  const b = combined(stabilizing);
  assert.ok(b > a + 0.2, `stabilizing ${b} should exceed invitational ${a}`);
  assert.ok(b > 0.99, "fully survivable forces: nobody gains by striking first");
});

test("generating forces (more at sea) raises stability; launch under attack raises it too", () => {
  const dayToDay = toyScenario({ seaShare: [0.3, 0.9], mirv: 3 });
  const generated = toyScenario({ seaShare: [0.3, 0.9], mirv: 3, posture: "generated" });
  assert.ok(combined(generated) > combined(dayToDay), `${combined(generated)} > ${combined(dayToDay)}`);
  const lua = toyScenario({ seaShare: [0.3, 0.9], mirv: 3, lua: true });
  assert.ok(combined(lua) > combined(dayToDay), `${combined(lua)} > ${combined(dayToDay)}`);
});
