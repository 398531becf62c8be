import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate } from "./evaluate.js";
import { DEGENERATE_POSTURE } from "./degenerate.js";
import { toyScenario } from "../test-utils/toy-scenario.js";

const degenerate = (s: ReturnType<typeof toyScenario>) =>
  evaluate(s, { sensitivities: false }).warnings.filter((w) => w.code === DEGENERATE_POSTURE);

test("a balanced posture has no degenerate-posture warning", () => {
  assert.deepEqual(degenerate(toyScenario()), []);
});

test("every launcher of a side at 0: a warning names the side instead of a silent 1.000", () => {
  const s = toyScenario();
  for (const f of s.parties[0]!.forces) f.launchers.deployed = 0;
  const r = evaluate(s, { sensitivities: false });
  const w = r.warnings.filter((x) => x.code === DEGENERATE_POSTURE);
  assert.ok(w.length >= 1);
  assert.match(w[0]!.message, /^A has no deployed nuclear warheads: it can neither strike B nor retaliate/);
  assert.deepEqual(w[0]!.path, ["stability", "pairs", 0]);
  assert.equal(w[0]!.severity, "warning");
  // B, facing a side that cannot strike, has "nothing to fear": the index reads 1 for B; the warning is what counts.
  assert.equal(r.stability.pairs[0]!.fssB, 1);
});

test("a side whose weapons cannot reach the other is flagged with the distance", () => {
  // SLBMs count as reaching from their patrol areas: give A only short-range silos.
  const s = toyScenario();
  s.parties[0]!.forces = s.parties[0]!.forces.filter((f) => f.id === "silo");
  s.parties[0]!.forces[0]!.rangeKm = 500;
  s.distancesKm = [{ between: ["a", "b"], km: 8000 }];
  const w = degenerate(s);
  assert.equal(w.length, 1, JSON.stringify(w));
  assert.match(w[0]!.message, /^No nuclear weapon of A reaches B \(8,000 km away\)/);
});

test("a side with no survivable retaliation is flagged", () => {
  // All of A's forces are fixed silos, B has ample accurate warheads: B's first strike leaves A nothing to send.
  const s = toyScenario({ silos: 100, seaShare: [0, 0], slbmWarheads: 0 });
  s.parties[0]!.forces = s.parties[0]!.forces.filter((f) => f.id === "silo");
  s.parties[1]!.forces[0]!.launchers.deployed = 400;
  s.parties[1]!.forces[0]!.reliability = 1;
  s.parties[1]!.forces[0]!.cepM = 30;
  const r = evaluate(s, { sensitivities: false });
  const e = r.exchanges.find((x) => x.striker === "b")!;
  assert.ok(e.outcome.retaliationArriving < 0.5, `retaliation ${e.outcome.retaliationArriving}`);
  const w = r.warnings.filter((x) => x.code === DEGENERATE_POSTURE);
  assert.equal(w.length, 1, JSON.stringify(w));
  assert.match(w[0]!.message, /^A has no survivable retaliation against B/);
});
