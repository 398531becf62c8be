/**
 * The comparison of the fast exchange with the frozen object-based one (`test/reference/`), shared by the two test
 * files `reference-exchange-1.test.ts` and `reference-exchange-2.test.ts` (one half of the scenarios each).
 */
import assert from "node:assert/strict";
import { distanceKm, firstStrike, forceState, scenarioStability, type Scenario } from "@seceq/core";
import { comparisonScenarios, numericDiff } from "./differential.js";
import { firstStrike as referenceFirstStrike } from "./reference/first-strike.js";
import { scenarioStability as referenceStability } from "./reference/pair-stability.js";

/**
 * Random scenarios in the comparison of the fast exchange with the frozen reference (test/reference/): 300 in the
 * suite (about 70 s in each of its two files); `SECEQ_DIFFERENTIAL_SCENARIOS=1000` runs the thousand issue 11 names
 * (about five minutes in all).
 */
export const RANDOM_EXCHANGE = positiveInt(process.env.SECEQ_DIFFERENTIAL_SCENARIOS) ?? 300;

/** A positive integer from an environment variable, or undefined when unset; anything else is refused. */
function positiveInt(text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`SECEQ_DIFFERENTIAL_SCENARIOS must be a positive integer, not "${text}"`);
  return n;
}

/**
 * The scenario with every defence layer also covering forces (no preset has such a layer): counterforce salvos then
 * meet finite interceptor stocks, which the fast exchange computes without allocating.
 */
function defendingForces(s: Scenario): Scenario {
  const t = structuredClone(s);
  for (const p of t.parties) for (const d of p.defenses) d.covers = ["value", "forces"];
  return t;
}

/**
 * Compare the fast exchange with the frozen reference on one of two halves of the scenario list (every preset, then
 * {@link RANDOM_EXCHANGE} random scenarios; a quarter of them also with defences of forces), to 1e-9:
 * half 1 the entries at even places of the list, half 2 those at odd places. The
 * two halves are two test files, next to each other in sorted order, so the test runner puts them into different
 * processes (scripts/run-tests.mjs) and the two lanes of a test run share the comparison (as one test, 80–96 s, it
 * ran alone at the end of the run).
 * @param half 1 or 2
 */
export function compareWithReference(half: 1 | 2): void {
  let exchanges = 0;
  let defended = 0;
  comparisonScenarios(RANDOM_EXCHANGE).forEach(({ name, s }, k) => {
    // Alternate entries, so each half holds presets and random scenarios alike (the costs balance).
    if (k % 2 !== half - 1) return;
    // The whole stability computation (population value model, site reach, three-party coupling, reserve costs).
    // A quarter of the list also with defences of forces, as many in each half: places 0, 1, 8, 9, 16, 17, …
    const variants = Math.floor(k / 2) % 4 === 0 ? [s, defendingForces(s)] : [s];
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
  assert.ok(exchanges > 500, `only ${exchanges} exchanges compared`);
  assert.ok(defended > 10, `only ${defended} exchanges spent interceptors on counterforce`);
}
