import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { evaluate } from "../evaluate/evaluate.js";
import { InputError } from "../_shared/issues.js";
import { brownBracket } from "../physics/lethal-radius.js";
import { scenarioInputArbitrary } from "../test-utils/scenario-arbitrary.js";
import { BROWN_UNDEFINED_PSI, SAMPLER_MAX_Z } from "./engine-domain-checks.js";
import { distributionRange } from "../evaluate/uncertainty.js";
import { loadScenarioText, validateScenario } from "./validate-scenario.js";
import { MINIMAL_SCENARIO_YAML } from "./test-inputs/minimal-scenario.js";

/** The minimal example with an uncertainty block appended (YAML, so issues carry line:col). */
const withUncertainty = (entry: string, extra = "") => `${MINIMAL_SCENARIO_YAML}uncertainty:\n  - ${entry}\n${extra}`;

test("the sampler bound and Brown's undefined band match their definitions", () => {
  assert.ok(SAMPLER_MAX_Z >= Math.sqrt(-2 * Math.log(2 ** -53)));
  const [lo, hi] = BROWN_UNDEFINED_PSI;
  assert.ok(Math.abs(brownBracket(lo)) < 1e-12 && Math.abs(brownBracket(hi)) < 1e-12);
  assert.ok(lo > 2.05 && lo < 2.07 && hi > 3.78 && hi < 3.8);
  assert.deepEqual(distributionRange({ type: "uniform", min: 1, max: 2 }, 5), [1, 2]);
  // By default the range is the extreme draws: ±SAMPLER_MAX_Z standard deviations.
  assert.deepEqual(distributionRange({ type: "normal", mean: 1, sd: 2 }), [
    1 - 2 * SAMPLER_MAX_Z,
    1 + 2 * SAMPLER_MAX_Z,
  ]);
});

test("distributions the engine cannot sample or apply are refused at file:line:col", () => {
  const cases: [string, RegExp, string][] = [
    [
      "{ parameter: reliability, mode: set, distribution: { type: triangular, min: -1, mode: 0.5, max: 1 } }",
      /`set` reliability must draw a probability in \[0, 1\]; this distribution reaches -1/,
      "min",
    ],
    // (Overflowing tails, e.g. lognormal mu 710, are the tail check's: code non_finite_draw, tested beside it.)
    [
      "{ parameter: yieldKt, mode: set, distribution: { type: normal, mean: 100, sd: 30 } }",
      /`set` yieldKt must draw a yield in \(0, 100000\] kt; this distribution reaches -50 \(mean ± 5 sd\)/,
      "sd",
    ],
    ["{ parameter: cepM, distribution: { type: uniform, min: -1, max: 2 } }", /multiplier must not be negative/, "min"],
    ["{ parameter: w80, distribution: { type: uniform, min: 1, max: 5000 } }", /multiplier above 1000/, "max"],
    ["{ parameter: pk, distribution: { type: uniform, min: -1.7e308, max: 1.7e308 } }", /overflow to infinity/, "max"],
  ];
  for (const [entry, message, field] of cases) {
    const r = loadScenarioText(withUncertainty(entry), "u.yaml");
    assert.equal(r.value, undefined, entry);
    const issue = r.issues.find((i) => i.code === "out_of_range");
    assert.ok(issue, `${entry}: ${JSON.stringify(r.issues)}`);
    assert.match(issue.message, message);
    assert.deepEqual(issue.path, ["uncertainty", 0, "distribution", field]);
    assert.equal(issue.line, 69, entry);
  }
});

test("an overflowing lognormal is reported once (by the tail check), located at the distribution", () => {
  const r = loadScenarioText(
    withUncertainty("{ parameter: cepM, distribution: { type: lognormal, mu: 710, sigma: 0.1 } }"),
    "u.yaml",
  );
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path.join("."), i.line]),
    [["non_finite_draw", "uncertainty.0.distribution", 69]],
  );
});

test("distributions within the domain are accepted and Monte Carlo runs", () => {
  const r = loadScenarioText(
    withUncertainty(
      "{ parameter: reliability, mode: set, distribution: { type: triangular, min: 0.5, mode: 0.8, max: 1 } }",
    ),
  );
  assert.deepEqual(r.issues, []);
  const report = evaluate(r.value!, { samples: 20, sensitivities: false });
  assert.equal(report.monteCarlo?.samples, 20);
});

test("a hardness where Brown's model is undefined is refused when the assumptions apply Brown there", () => {
  const soft = MINIMAL_SCENARIO_YAML.replace("hardnessPsi: 10\n", "hardnessPsi: 3\n");
  assert.deepEqual(loadScenarioText(soft).issues, []);
  const r = loadScenarioText(`${soft}assumptions: { softTargetModel: brown-1976 }\n`, "b.yaml");
  assert.equal(r.value, undefined);
  assert.match(r.issues[0]!.message, /Brown's lethal-radius model is undefined between 2\.05\d+ and 3\.79\d+ psi/);
  assert.deepEqual(r.issues[0]!.path, ["parties", 0, "forces", 1, "basing", "hardnessPsi"]);
  // A hardness of 10 psi is outside the band, but the default Monte Carlo spread (×lognormal σ 0.25) reaches it.
  const near = loadScenarioText(`${MINIMAL_SCENARIO_YAML}assumptions: { softTargetModel: brown-1976 }\n`);
  assert.match(near.issues[0]?.message ?? "", /with its uncertainty, 1\.16\d* … /);
});

test("a vanishing launchers-per-aim-point (infinitely many aim points) is refused", () => {
  const r = loadScenarioText(MINIMAL_SCENARIO_YAML.replace("launchersPerAimPoint: 20", "launchersPerAimPoint: 5e-324"));
  assert.equal(r.issues[0]?.code, "out_of_range");
  assert.deepEqual(r.issues[0]?.path, ["parties", 0, "forces", 1, "basing", "launchersPerAimPoint"]);
  assert.match(r.issues[0].message, /120 launchers at 4\.941e-324 per aim point make Infinity aim points/);
});

test("property: evaluate (Monte Carlo and sensitivities included) never throws on a scenario that validates", () => {
  let valid = 0;
  fc.assert(
    fc.property(scenarioInputArbitrary(), (input) => {
      const r = validateScenario(input);
      if (!r.value) return true;
      valid++;
      try {
        evaluate(r.value, { samples: 3, seed: 7, drawdown: false });
      } catch (e) {
        if (e instanceof InputError)
          throw new Error(`validated, then refused by the engine: ${e.message}`, { cause: e });
        throw e;
      }
      return true;
    }),
    { numRuns: 250, seed: 14 },
  );
  assert.ok(valid >= 100, `only ${valid} of 250 generated scenarios were valid`);
});

test("regression (fuzzer): a triangular with mode above max is refused even without `party`", () => {
  const r = loadScenarioText(
    withUncertainty(
      "{ parameter: hardnessPsi, mode: set, distribution: { type: triangular, min: -1e308, mode: 1.0000001, max: 2.5e-214 } }",
    ),
  );
  assert.equal(r.value, undefined);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path.join(".")]),
    [["inconsistent", "uncertainty.0.distribution.mode"]],
  );
});
