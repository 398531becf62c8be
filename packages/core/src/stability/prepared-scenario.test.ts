import { test } from "node:test";
import assert from "node:assert/strict";
import { PreparedScenario } from "./prepared-scenario.js";
import { withDeployedLaunchers, withParty } from "./scenario-patch.js";
import { scenarioStability } from "./pair-stability.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import type { Scenario } from "../schema/scenario.js";

/** The toy scenario with a third party `c`, a copy of `b` with fewer silos. */
function threeParties(): Scenario {
  const s = toyScenario({ mirv: 3, seaShare: [0.5, 0.9] });
  const b = s.parties[1]!;
  const c = withDeployedLaunchers({ ...b, id: "c", name: "C" }, 0, 60);
  return { ...s, parties: [...s.parties, c] };
}

test("three parties: each uncoupled third-party strike runs once, shared by every dyad that needs it", () => {
  const s = threeParties();
  const p = new PreparedScenario(s);
  const r = p.stability(p.baseStates());
  assert.equal(r.pairs.length, 3);
  // 3 pairs × 2 coupled exchanges, and the 6 ordered uncoupled strikes.
  assert.equal(p.stats.exchanges, 12);
  assert.deepEqual(r, scenarioStability(s));
});

test("a patched party recomputes only its pairs and the strikes on it; the rest is reused", () => {
  const s = threeParties();
  const p = new PreparedScenario(s);
  const base = p.baseStates();
  p.stability(base);
  const patched = withDeployedLaunchers(s.parties[1]!, 0, 101);
  const states = base.slice();
  states[1] = p.state(1, patched);
  const r = p.stability(states, { involving: 1 });
  assert.deepEqual(
    r.pairs.map((x) => `${x.a}-${x.b}`),
    ["a-b", "b-c"],
  );
  // Pairs a-b and b-c (4 exchanges), and the strikes of a and c on the patched b (2).
  assert.equal(p.stats.exchanges, 12 + 6);
  const fresh = scenarioStability(withParty(s, 1, patched));
  assert.deepEqual(r.pairs, [fresh.pairs[0], fresh.pairs[2]]);
});

test("the same states give the same results without recomputing; a new generated share recomputes", () => {
  const s = toyScenario({ seaShare: [0.2, 0.9] });
  const p = new PreparedScenario(s);
  const a = p.stability(p.baseStates({ a: 0.5 }));
  assert.equal(p.stats.exchanges, 2);
  const b = p.stability(p.baseStates({ a: 0.5 }));
  assert.equal(p.stats.exchanges, 2);
  assert.equal(a.pairs[0], b.pairs[0]);
  assert.equal(p.state(0, s.parties[0], 0.5), p.state(0, s.parties[0], 0.5));
  const c = p.stability(p.baseStates({ a: 0.6 }));
  assert.equal(p.stats.exchanges, 4);
  assert.deepEqual(c, scenarioStability(s, { a: 0.6 }));
});

test("the hold-back-only reading drops the vulnerability term and reuses the third-party strikes", () => {
  const s = threeParties();
  const p = new PreparedScenario(s);
  const base = p.baseStates();
  const full = p.stability(base);
  const hold = p.stability(base, { noVulnerability: true });
  assert.equal(p.stats.exchanges, 12 + 6, "only the coupled exchanges run again");
  const noWeight: Scenario = {
    ...s,
    assumptions: { ...s.assumptions, thirdParty: { ...s.assumptions.thirdParty, weight: 0 } },
  };
  assert.deepEqual(hold.pairs, scenarioStability(noWeight).pairs);
  assert.ok(full.exchanges.some((e) => e.thirdPartyCost.striker > 0));
  assert.ok(hold.exchanges.every((e) => e.thirdPartyCost.striker === 0 && e.thirdPartyCost.victim === 0));
});

test("a dyad reading equals the two-party scenario", () => {
  const s = threeParties();
  const p = new PreparedScenario(s);
  const base = p.baseStates();
  p.stability(base);
  const before = p.stats.exchanges;
  const d = p.dyad(0, 2, base);
  assert.equal(p.stats.exchanges, before, "the uncoupled exchanges were already run");
  const two: Scenario = { ...s, parties: [s.parties[0]!, s.parties[2]!] };
  assert.deepEqual(d, scenarioStability(two).pairs[0]);
});
