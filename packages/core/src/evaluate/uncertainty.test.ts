import { test } from "node:test";
import assert from "node:assert/strict";
import { damageFraction } from "../exchange/damage-curve.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { uniformRng } from "../random/rng.js";
import type { Uncertainty } from "../schema/scenario.js";
import { DEFAULT_UNCERTAINTY, matchedDamageCurve, meanEmtPerWarhead, perturbScenario } from "./uncertainty.js";
import { evaluate } from "./evaluate.js";

const fixed = (parameter: Uncertainty["parameter"], v: number, mode: "set" | "multiply" = "multiply"): Uncertainty => ({
  parameter,
  mode,
  distribution: { type: "uniform", min: v, max: v },
});

test("the structural assumptions are drawn: cost exponent and weight, LUA share, survivable use", () => {
  const s = toyScenario();
  const p = perturbScenario(
    s,
    [
      fixed("costExponent", 4 / 3),
      fixed("costWeight", 0.5),
      fixed("luaFraction", 2),
      fixed("strikerSurvivableUse", 0.5),
    ],
    uniformRng(1),
  );
  assert.ok(Math.abs(p.assumptions.costExponent - 1) < 1e-12);
  assert.ok(Math.abs(p.assumptions.costWeight - 0.15) < 1e-12);
  assert.equal(p.assumptions.luaFraction, 1, "a share is clamped to 1");
  assert.ok(Math.abs(p.assumptions.strikerSurvivableUse - 0.45) < 1e-12);
  assert.equal(s.assumptions.costExponent, 0.75, "the input is not modified");
});

test("the matched damage model agrees with the curve at w80 warheads of the mean EMT and round-trips", () => {
  const s = toyScenario();
  const e = meanEmtPerWarhead(s);
  // 100 silo warheads of 300 kt and 100 SLBM warheads of 100 kt: EMT = Y(Mt)^(2/3).
  assert.ok(Math.abs(e - (0.3 ** (2 / 3) + 0.1 ** (2 / 3)) / 2) < 1e-12);
  const curve = { model: "exponential-w80", w80: 250 } as const;
  const alt = matchedDamageCurve(curve, e);
  assert.equal(alt.model, "emt-area");
  assert.ok(Math.abs(damageFraction(alt, { warheads: 0, emt: 250 * e }) - 0.8) < 1e-12);
  const back = matchedDamageCurve(alt, e);
  assert.equal(back.model, "exponential-w80");
  assert.ok(back.model === "exponential-w80" && Math.abs(back.w80 - 250) < 1e-9);
});

test("a damage-model draw above 0.5 swaps each party's curve; at or below keeps it", () => {
  const s = toyScenario();
  assert.equal(
    perturbScenario(s, [fixed("damageModel", 0.9, "set")], uniformRng(1)).parties[0]!.value.damageCurve!.model,
    "emt-area",
  );
  assert.equal(
    perturbScenario(s, [fixed("damageModel", 0.5, "set")], uniformRng(1)).parties[0]!.value.damageCurve!.model,
    "exponential-w80",
  );
});

test("the default uncertainty names a source for every entry and includes the structural parameters", () => {
  const params = DEFAULT_UNCERTAINTY.map((u) => u.parameter);
  for (const p of [
    "costExponent",
    "costWeight",
    "luaFraction",
    "strikerSurvivableUse",
    "damageModel",
    "populationScaleKm",
  ] as const)
    assert.ok(params.includes(p), p);
  assert.ok(DEFAULT_UNCERTAINTY.every((u) => u.source?.confidence === "notional"));
});

test("structural uncertainty alone spreads the index, and the reading shares sum to 1", () => {
  const s = toyScenario({ mirv: 3, seaShare: [0.5, 0.9] });
  s.uncertainty = DEFAULT_UNCERTAINTY.filter((u) =>
    ["costExponent", "costWeight", "strikerSurvivableUse", "damageModel"].includes(u.parameter),
  );
  const r = evaluate(s, { samples: 60, seed: 3, sensitivities: false });
  const b = r.monteCarlo!.bands["stability.a-b.combined"]!;
  assert.ok(b.p95 - b.p5 > 0.01, JSON.stringify(b));
  const sh = r.monteCarlo!.readings["stability.a-b.combined"]!;
  assert.ok(Math.abs(sh.robust + sh.moderate + sh.fragile - 1) < 1e-12);
});

test("structural parameters get the same tail check as the others", async () => {
  const { uncertaintyTailIssues } = await import("./uncertainty.js");
  const s = toyScenario();
  s.uncertainty = [
    { parameter: "costWeight", mode: "multiply", distribution: { type: "lognormal", mu: 710, sigma: 0.1 } },
    ...DEFAULT_UNCERTAINTY,
  ];
  const issues = uncertaintyTailIssues(s);
  assert.equal(issues.length, 1, JSON.stringify(issues));
  assert.equal(issues[0]!.code, "non_finite_draw");
  assert.deepEqual(issues[0]!.path, ["uncertainty", 0, "distribution"]);
});
