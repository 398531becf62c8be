import { test } from "node:test";
import assert from "node:assert/strict";
import { samePlainData, withDeployedLaunchers, withElement, withParty } from "./scenario-patch.js";
import { toyScenario } from "../test-utils/toy-scenario.js";

test("a launcher patch copies only the path to the changed element; the base is untouched", () => {
  const s = toyScenario();
  const frozen = structuredClone(s);
  const p = withDeployedLaunchers(s.parties[0]!, 1, 120);
  assert.equal(p.forces[1]!.launchers.deployed, 120);
  assert.equal(p.forces[1]!.launchers.nonDeployed, s.parties[0]!.forces[1]!.launchers.nonDeployed);
  assert.equal(p.forces[0], s.parties[0]!.forces[0], "other elements are shared");
  assert.equal(p.forces[1]!.basing, s.parties[0]!.forces[1]!.basing, "the element's unchanged parts are shared");
  assert.equal(p.value, s.parties[0]!.value);
  const t = withParty(s, 0, p);
  assert.equal(t.parties[0], p);
  assert.equal(t.parties[1], s.parties[1]);
  assert.equal(t.assumptions, s.assumptions);
  assert.deepEqual(s, frozen);
  const e = withElement(s.parties[1]!, 0, { ...s.parties[1]!.forces[0]!, cepM: 50 });
  assert.equal(e.forces[0]!.cepM, 50);
  assert.equal(s.parties[1]!.forces[0]!.cepM, 120);
});

test("samePlainData compares by value, with identity as the fast path", () => {
  const s = toyScenario();
  assert.ok(samePlainData(s, structuredClone(s)));
  assert.ok(samePlainData(s.parties[0], withDeployedLaunchers(s.parties[0]!, 0, 100)));
  assert.ok(!samePlainData(s.parties[0], withDeployedLaunchers(s.parties[0]!, 0, 101)));
  assert.ok(!samePlainData({ a: 1 }, { a: 1, b: undefined }));
  assert.ok(!samePlainData([1, 2], { 0: 1, 1: 2 }));
  assert.ok(samePlainData(NaN, NaN));
  assert.ok(!samePlainData(0, -0));
});
