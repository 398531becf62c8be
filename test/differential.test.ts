import { test } from "node:test";
import assert from "node:assert/strict";
import {
  distanceKm,
  firstStrike,
  flightOf,
  forceState,
  killMatrix,
  lethalModelFor,
  scenarioStability,
  warheadKill,
  type Scenario,
} from "@seceq/core";
import { getPreset } from "@seceq/data";
import { numericDiff, presetIds, randomScenario } from "./differential.js";
import { firstStrike as referenceFirstStrike } from "./reference/first-strike.js";
import { scenarioStability as referenceStability } from "./reference/pair-stability.js";

/** Random scenarios in the kill-matrix comparison, and (the costlier) engine comparison. */
const RANDOM_KILL = 1000;
const RANDOM_ENGINE = 100;
/**
 * Random scenarios in the comparison of the fast exchange with the frozen reference (test/reference/): 300 in the
 * suite (about 80 s of its ten minutes); `SECEQ_DIFFERENTIAL_SCENARIOS=1000` runs the thousand issue 11 names (about
 * four minutes more).
 */
const RANDOM_EXCHANGE = positiveInt(process.env.SECEQ_DIFFERENTIAL_SCENARIOS) ?? 300;

/** A positive integer from an environment variable, or undefined when unset; anything else is refused. */
function positiveInt(text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`SECEQ_DIFFERENTIAL_SCENARIOS must be a positive integer, not "${text}"`);
  return n;
}

/**
 * The scenario with the population model's effects of the frozen reference's time: blast rings only (no burns in
 * the open), no neighbouring agglomerations, no fallout and no rural cells. The frozen reference exchange
 * (test/reference/) predates the fallout of counterforce surface bursts (docs/methods.md §7.7) and the people outside
 * the place table (§7.8), which add collateral deaths, so the engine must equal it with both off; fallout is checked by its own tests (`effects/fallout.test.ts`, the population
 * validation tests). The reference reads the same damage tables (core's `damageTable`), so burns and neighbours would
 * compare equal either way; the old effects keep the many table derivations of this test as fast as they were (rings
 * reaching neighbours cost about ten times more per derivation, docs/methods.md §7.3).
 */
function oldEffects(s: Scenario): Scenario {
  if (!s.parties.some((p) => p.value.model === "population")) return s;
  const t = structuredClone(s);
  for (const p of t.parties)
    if (p.value.model === "population")
      p.value.effects = {
        ...p.value.effects,
        fallout: false,
        rural: false,
        neighbours: false,
        burns: { ...p.value.effects?.burns, exposedShare: 0 },
      };
  return t;
}

function scenarios(n: number): { name: string; s: Scenario }[] {
  const out = presetIds().map((id) => ({ name: id, s: oldEffects(getPreset(id)) }));
  let refused = 0;
  for (let seed = 1; out.length < presetIds().length + n; seed++) {
    const s = randomScenario(seed);
    if (s) out.push({ name: `random #${seed}`, s: oldEffects(s) });
    else refused++;
  }
  // The generator must produce valid scenarios nearly always, or the test would not be testing much.
  assert.ok(refused <= n / 10, `${refused} random draws refused by validation`);
  return out;
}

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

/**
 * The scenario with every defence layer also covering forces (no preset has such a layer): counterforce salvos then
 * meet finite interceptor stocks, which the fast exchange computes without allocating.
 */
function defendingForces(s: Scenario): Scenario {
  const t = structuredClone(s);
  for (const p of t.parties) for (const d of p.defenses) d.covers = ["value", "forces"];
  return t;
}

void test(`fast exchange equals the frozen reference exchange (test/reference/): every preset and ${RANDOM_EXCHANGE} random scenarios, every fourth also with defences of forces (1e-9)`, () => {
  let exchanges = 0;
  let defended = 0;
  scenarios(RANDOM_EXCHANGE).forEach(({ name, s }, k) => {
    // The whole stability computation (population value model, site reach, three-party coupling, reserve costs).
    const variants = k % 4 === 0 ? [s, defendingForces(s)] : [s];
    for (const v of variants) {
      const ref = referenceStability(v);
      const got = scenarioStability(v);
      const d = numericDiff(ref, got, 1e-9);
      assert.deepEqual(d, [], `${name}${v === s ? "" : " (forces defended)"}: ${JSON.stringify(d.slice(0, 5))}`);
      exchanges += got.exchanges.length;
      if (v !== s) defended += got.exchanges.filter((e) => Object.keys(e.interceptorsUsed).length > 0).length;
    }
    // Each ordered exchange without a value model (the parties' damage curves, capital-distance reach).
    const states = s.parties.map((p) => forceState(p));
    for (let i = 0; i < states.length; i++)
      for (let j = 0; j < states.length; j++) {
        if (i === j || s.parties.some((p) => !p.value.damageCurve)) continue;
        const km = distanceKm(s, s.parties[i]!.id, s.parties[j]!.id);
        const options = { assumptions: s.assumptions, ...(km !== undefined ? { distanceKm: km } : {}) };
        const e = numericDiff(
          referenceFirstStrike(states[i]!, states[j]!, options),
          firstStrike(states[i]!, states[j]!, options),
          1e-9,
        );
        assert.deepEqual(
          e,
          [],
          `${name} ${s.parties[i]!.id}>${s.parties[j]!.id} (curves): ${JSON.stringify(e.slice(0, 5))}`,
        );
        exchanges++;
      }
  });
  assert.ok(exchanges > 1000, `only ${exchanges} exchanges compared`);
  assert.ok(defended > 20, `only ${defended} exchanges spent interceptors on counterforce`);
});
