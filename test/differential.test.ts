import { test } from "node:test";
import assert from "node:assert/strict";
import { flightOf, killMatrix, lethalModelFor, scenarioStability, warheadKill, type Scenario } from "@seceq/core";
import { comparisonScenarios as scenarios, numericDiff } from "./differential.js";

/** Random scenarios in the kill-matrix comparison, and (the costlier) engine comparison. */
const RANDOM_KILL = 1000;
const RANDOM_ENGINE = 100;
void test("numericDiff finds differences beyond the tolerance, with their paths", () => {
  assert.deepEqual(numericDiff({ a: [1, 2], b: "x" }, { a: [1, 2 + 1e-12], b: "x" }, 1e-9), []);
  assert.deepEqual(
    numericDiff({ a: [1, 2], b: "x" }, { a: [1, 2.001], b: "y" }, 1e-9).map((d) => d.path),
    [".a.1", ".b"],
  );
  assert.deepEqual(numericDiff([Infinity, NaN], [Infinity, NaN], 1e-9), []);
  assert.equal(numericDiff({ a: 1 }, { b: 1 }, 1e-9)[0]!.path, ".{keys}");
});

void test(`kill matrix (sskpBatch) equals warheadKill per pair to 1e-12: every preset and ${RANDOM_KILL} random scenarios`, () => {
  let pairsChecked = 0;
  for (const { name, s } of scenarios(RANDOM_KILL)) {
    const a = s.assumptions;
    for (const X of s.parties)
      for (const Y of s.parties) {
        if (X === Y) continue;
        const m = killMatrix(X.forces, Y.forces, a);
        X.forces.forEach((w, wi) =>
          Y.forces.forEach((t, ti) => {
            const h = t.basing.hardnessPsi;
            const ref = a.counterforceFlights.includes(flightOf(w)) ? warheadKill(w, h, lethalModelFor(a, h)).tkp : 0;
            const got = m.tkp[wi * m.targets + ti]!;
            assert.ok(Math.abs(got - ref) <= 1e-12, `${name} ${X.id}>${Y.id} ${w.id} vs ${t.id}: ${got} vs ${ref}`);
            pairsChecked++;
          }),
        );
      }
  }
  assert.ok(pairsChecked > 10_000, `only ${pairsChecked} pairs`);
});

/**
 * The scenario with every party's forces listed in reverse order. Defence layers keep their order: it is the order
 * salvos meet them (outer layer first), a modelling choice, not a listing accident.
 */
function reversed(s: Scenario): Scenario {
  const t = structuredClone(s);
  for (const p of t.parties) {
    p.forces.reverse();
  }
  return t;
}

void test(`engine results do not depend on the order forces are listed: every preset and ${RANDOM_ENGINE} random scenarios (1e-9)`, () => {
  for (const { name, s } of scenarios(RANDOM_ENGINE)) {
    const a = scenarioStability(s);
    const b = scenarioStability(reversed(s));
    const strip = (r: typeof a) => ({
      pairs: r.pairs,
      exchanges: r.exchanges.map((e) => ({
        ...e,
        allocation: [...e.allocation].sort((p, q) => (p.weapon + ">" + p.target < q.weapon + ">" + q.target ? -1 : 1)),
      })),
    });
    const d = numericDiff(strip(a), strip(b), 1e-9);
    assert.deepEqual(d, [], `${name}: ${JSON.stringify(d.slice(0, 5))}`);
  }
});

void test(`without its draw-down curve every exchange is otherwise identical: every preset and ${RANDOM_ENGINE} random scenarios (exact)`, () => {
  let compared = 0;
  for (const { name, s } of scenarios(RANDOM_ENGINE)) {
    const kept = scenarioStability(s);
    const bare = scenarioStability(s, {}, undefined, { drawdown: false });
    assert.deepEqual(bare.pairs, kept.pairs, name);
    kept.exchanges.forEach((e, k) => {
      const b = bare.exchanges[k]!;
      assert.deepEqual(b.drawdown, [], name);
      assert.deepEqual({ ...b, drawdown: e.drawdown }, e, `${name}: ${e.striker} > ${e.victim}`);
      assert.deepEqual(b.outcome, e.drawdown[e.chosen], `${name}: the outcome is the kept curve's chosen point`);
      compared++;
    });
  }
  assert.ok(compared > 200, `only ${compared} exchanges compared`);
});
