/**
 * The prepared-scenario orchestration (issue 11) against the former one (`reference-engine.ts`): arms-race
 * sensitivities on patched parties with reused exchanges, the third-party readings from shared exchanges, crisis days
 * with reused states, and copy-on-write Monte Carlo perturbation must give the same numbers (1e-12) as cloning the
 * scenario and recomputing everything, on every preset and on random valid scenarios.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_UNCERTAINTY,
  compileOutputs,
  PreparedScenario,
  crisisTimeline,
  evaluate,
  perturbScenario,
  scenarioStability,
  uniformRng,
  withDeployedLaunchers,
  type Scenario,
  type Uncertainty,
} from "@seceq/core";
import { getPreset } from "@seceq/data";
import { numericDiff, presetIds, randomScenario } from "./differential.js";
import {
  referenceCrisis,
  referenceMonteCarlo,
  referenceMonteCarloNames,
  referencePerturb,
  referenceReport,
  referenceStability,
} from "./reference-engine.js";

const TOL = 1e-12;

/** Random valid scenarios from the differential generator, the first `n` the validator accepts from `seed` on. */
function randoms(n: number, seed = 1): { name: string; s: Scenario }[] {
  const out: { name: string; s: Scenario }[] = [];
  for (let k = seed; out.length < n; k++) {
    const s = randomScenario(k);
    if (s) out.push({ name: `random #${k}`, s });
  }
  return out;
}

const presets = () => presetIds().map((id) => ({ name: id, s: getPreset(id) }));

function same(name: string, what: string, a: unknown, b: unknown): void {
  const d = numericDiff(a, b, TOL);
  assert.deepEqual(d, [], `${name} ${what}: ${JSON.stringify(d.slice(0, 5))}`);
}

function fullReportMatches(name: string, s: Scenario): void {
  const ref = referenceReport(s);
  const r = evaluate(s);
  same(name, "pairs", r.stability.pairs, ref.pairs);
  same(name, "exchanges", r.exchanges, ref.exchanges);
  same(name, "sensitivities", r.sensitivities, ref.sensitivities);
  same(
    name,
    "third-party readings",
    r.thirdParty.map((t) => ({ holdBackOnly: t.holdBackOnly, withoutThird: t.withoutThird })),
    ref.thirdParty.holdOnly.map((p, k) => ({ holdBackOnly: p.combined, withoutThird: ref.thirdParty.withoutThird[k] })),
  );
}

void test("full report (sensitivities, third-party readings) equals clone + full recompute: every preset", () => {
  for (const { name, s } of presets()) fullReportMatches(name, s);
});

void test("full report equals clone + full recompute: random scenarios", () => {
  for (const { name, s } of randoms(3, 101)) fullReportMatches(name, s);
});

void test("one sensitivity patch recomputes only the exchanges it reaches, and equals a fresh run", () => {
  const s = getPreset("us-russia-china-2026");
  const prepared = new PreparedScenario(s);
  const base = prepared.baseStates();
  prepared.stability(base);
  // Three parties: 3 pairs (6 coupled exchanges) and the 6 uncoupled third-party strikes.
  assert.equal(prepared.stats.exchanges, 12);
  const fi = s.parties[0]!.forces.findIndex((f) => f.nuclear && f.launchers.deployed > 0);
  const patchedParty = withDeployedLaunchers(s.parties[0]!, fi, s.parties[0]!.forces[fi]!.launchers.deployed + 3);
  const states = base.slice();
  states[0] = prepared.state(0, patchedParty);
  const got = prepared.stability(states, { involving: 0 });
  // The two pairs with party 0 (4 exchanges) and the two third-party strikes on the patched party; the strikes of
  // parties 0 and 2 on party 1 and of 0 and 1 on 2 are not needed or reused.
  assert.equal(prepared.stats.exchanges, 12 + 4 + 2);
  const patched: Scenario = { ...s, parties: s.parties.map((p, i) => (i === 0 ? patchedParty : p)) };
  const ref = referenceStability(structuredClone(patched));
  same("us-russia-china-2026", "patched pairs", got.pairs, ref.pairs.slice(0, 2));
  // Shallow path copy: only the patched element (and its launchers) is a new object.
  assert.equal(patchedParty.forces[fi + 1], s.parties[0]!.forces[fi + 1]);
  assert.notEqual(patchedParty.forces[fi], s.parties[0]!.forces[fi]);
  assert.equal(patchedParty.forces[fi]!.basing, s.parties[0]!.forces[fi]!.basing);
  assert.equal(patchedParty.defenses, s.parties[0]!.defenses);
  // The same states again: nothing recomputed.
  const before = prepared.stats.exchanges;
  prepared.stability(base);
  assert.equal(prepared.stats.exchanges, before);
});

void test("crisis timeline equals one full run per day: every preset, with and without uploads, and random scenarios", () => {
  const cases = [...presets(), ...randoms(4, 201)];
  for (const { name, s } of cases) {
    same(name, "crisis", crisisTimeline(s, 14), referenceCrisis(s, 14));
    const uploads = [{ party: s.parties[0]!.id, startDay: 3 }];
    same(name, "crisis with uploads", crisisTimeline(s, 12, uploads), referenceCrisis(s, 12, uploads));
  }
});

const SPECS: Uncertainty[] = [
  { parameter: "yieldKt", mode: "multiply", distribution: { type: "uniform", min: 0.8, max: 1.2 } },
  { parameter: "cepM", mode: "multiply", distribution: { type: "lognormal", mu: 0, sigma: 0.2 } },
  { parameter: "cepM", mode: "multiply", distribution: { type: "uniform", min: 0.9, max: 1.1 } },
  { parameter: "survivableFraction", mode: "set", distribution: { type: "uniform", min: 0.2, max: 0.9 } },
  { parameter: "pk", mode: "multiply", distribution: { type: "uniform", min: 0.5, max: 1 } },
  { parameter: "w80", mode: "multiply", distribution: { type: "lognormal", mu: 0, sigma: 0.3 } },
  { parameter: "populationScaleKm", mode: "multiply", distribution: { type: "uniform", min: 0.8, max: 1.2 } },
  { parameter: "damageModel", mode: "set", distribution: { type: "uniform", min: 0, max: 1 } },
  { parameter: "costWeight", mode: "multiply", distribution: { type: "uniform", min: 0.5, max: 1.5 } },
];

void test("copy-on-write perturbation equals clone-and-mutate, and leaves the base untouched", () => {
  for (const { name, s } of [...presets(), ...randoms(10, 301)]) {
    const frozen = structuredClone(s);
    const element = s.parties[1]!.forces[0]!.id;
    const specSets: Uncertainty[][] = [
      [...DEFAULT_UNCERTAINTY],
      SPECS,
      [
        { ...SPECS[1]!, party: s.parties[1]!.id, element },
        { ...SPECS[0]!, party: s.parties[0]!.id },
      ],
    ];
    for (const specs of specSets)
      for (let i = 0; i < 8; i++) {
        const got = perturbScenario(s, specs, uniformRng(7, i));
        const want = referencePerturb(s, specs, uniformRng(7, i));
        assert.deepEqual(got, want, `${name} sample ${i}`);
      }
    assert.deepEqual(s, frozen, `${name}: the base scenario is not modified`);
  }
});

void test("Monte Carlo bands: samples on the prepared path equal clone + full recompute", () => {
  for (const { name, s } of [...presets(), ...randoms(2, 401)]) {
    const n = 3;
    const r = evaluate(s, { samples: n, seed: 5, sensitivities: false });
    const rows = referenceMonteCarlo(s, DEFAULT_UNCERTAINTY, 5, n);
    const names = referenceMonteCarloNames(r.stability.pairs, r.exchanges);
    names.forEach((k, col) => {
      const values = rows.map((row) => row[col]!);
      const b = r.monteCarlo!.bands[k]!;
      assert.ok(
        Math.abs(b.mean - values.reduce((t, v) => t + v, 0) / n) <= TOL * Math.max(1, Math.abs(b.mean)),
        `${name} ${k}`,
      );
    });
  }
});

void test("scenarioStability equals the former implementation with generated shares", () => {
  for (const { name, s } of [...presets(), ...randoms(6, 501)]) {
    const generated = Object.fromEntries(s.parties.map((p, i) => [p.id, (i + 1) / (s.parties.length + 1)]));
    same(name, "stability", scenarioStability(s, generated), referenceStability(s, generated));
  }
});

void test("sweep outputs of some pairs only equal the full run's, on three-party presets", () => {
  for (const id of ["us-russia-china-2026", "us-russia-china-2035"]) {
    const s = getPreset(id);
    const full = referenceStability(s);
    const [a, b, c] = s.parties.map((p) => p.id);
    const names = [
      `stability.${a}-${c}.combined`,
      `stability.${a}-${c}.fss.${c}`,
      `exchange.${c}>${a}.costToVictim`,
      `exchange.${a}>${c}.warheadsUsed`,
    ];
    const got = compileOutputs(names, s).compute(s);
    const pair = full.pairs[1]!;
    const want = [
      pair.combined,
      pair.fssB,
      full.exchanges[3]!.outcome.costToVictim,
      full.exchanges[2]!.outcome.warheadsUsed,
    ];
    assert.deepEqual(numericDiff(got, want, TOL), [], `${id}: ${got.join(", ")} vs ${want.join(", ")}`);
    // An output over every pair still runs every pair.
    const all = compileOutputs(["stability.min", `stability.${b}-${c}.combined`], s).compute(s);
    assert.deepEqual(
      numericDiff(all, [Math.min(...full.pairs.map((p) => p.combined)), full.pairs[2]!.combined], TOL),
      [],
    );
  }
});
