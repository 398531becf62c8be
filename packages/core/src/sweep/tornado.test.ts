import { test } from "node:test";
import assert from "node:assert/strict";
import { distributionPercentiles, scenarioTornado, tornado, Z95 } from "./tornado.js";
import { parseScenario } from "../schema/validate-scenario.js";
import { compileOutputs } from "./outputs.js";
import { minimalScenarioData } from "../test-utils/minimal-scenario.js";

void test("toy function: bars are the output ranges one input at a time, widest first", () => {
  // f(a, b, c) = 3a + b² − c with a ∈ [1, 3], b ∈ [−1, 2], c ∈ [0, 10] (p5, p95), medians 2, 0.5, 5.
  const f = ([a, b, c]: readonly number[]) => 3 * a! + b! * b! - c!;
  const r = tornado(f, [
    { name: "a", p5: 1, p50: 2, p95: 3 },
    { name: "b", p5: -1, p50: 0.5, p95: 2 },
    { name: "c", p5: 0, p50: 5, p95: 10 },
  ]);
  assert.equal(r.base, 6 + 0.25 - 5);
  assert.deepEqual(
    r.bars.map((b) => [b.name, b.outputAtLow, b.outputAtHigh, b.swing]),
    [
      ["c", 6.25, -3.75, 10],
      ["a", -1.75, 4.25, 6],
      ["b", 2, 5, 3],
    ],
  );
});

void test("ties keep input order; NaN swings sort last", () => {
  const r = tornado(
    ([z, x, y]) => (z === 9 ? NaN : x! + y!),
    [
      { name: "z", p5: 0, p50: 1, p95: 9 },
      { name: "x", p5: 0, p50: 1, p95: 2 },
      { name: "y", p5: 0, p50: 1, p95: 2 },
    ],
  );
  assert.deepEqual(
    r.bars.map((b) => b.name),
    ["x", "y", "z"],
  );
  assert.ok(Number.isNaN(r.bars[2]!.swing));
});

void test("distribution percentiles are exact", () => {
  assert.deepEqual(distributionPercentiles({ type: "normal", mean: 10, sd: 2 }), {
    p5: 10 - 2 * Z95,
    p50: 10,
    p95: 10 + 2 * Z95,
  });
  const ln = distributionPercentiles({ type: "lognormal", mu: 0, sigma: 0.5 });
  assert.ok(Math.abs(ln.p5 - 0.4393) < 1e-4 && ln.p50 === 1 && Math.abs(ln.p95 - 2.276) < 1e-4);
  assert.deepEqual(distributionPercentiles({ type: "uniform", min: 0, max: 10 }), { p5: 0.5, p50: 5, p95: 9.5 });
  const tri = distributionPercentiles({ type: "triangular", min: 0, mode: 0, max: 1 });
  assert.ok(Math.abs(tri.p5 - (1 - Math.sqrt(0.95))) < 1e-15 && Math.abs(tri.p50 - (1 - Math.sqrt(0.5))) < 1e-15);
});

void test("scenario tornado: medians reproduce the unperturbed outputs; each bar moves one assumption", () => {
  const s = parseScenario(minimalScenarioData());
  const outputs = ["stability.blue-red.combined", "exchange.red>blue.damageToVictim"];
  const unc = [
    {
      parameter: "cepM" as const,
      party: "red",
      mode: "multiply" as const,
      distribution: { type: "lognormal" as const, mu: 0, sigma: 0.3 },
    },
    {
      parameter: "w80" as const,
      mode: "multiply" as const,
      distribution: { type: "uniform" as const, min: 0.5, max: 1.5 },
    },
  ];
  const t = scenarioTornado(s, unc, outputs);
  const direct = compileOutputs(outputs, s).compute(s);
  assert.equal(t["stability.blue-red.combined"]!.base, direct[0]);
  assert.equal(t["exchange.red>blue.damageToVictim"]!.base, direct[1]);
  const bars = t["exchange.red>blue.damageToVictim"]!.bars;
  assert.deepEqual(bars.map((b) => b.name).sort(), ["cepM@red", "w80"]);
  // A smaller w80 (value destroyed by fewer warheads) raises damage: p5 of the factor gives the higher damage.
  const w = bars.find((b) => b.name === "w80")!;
  assert.equal(w.inputLow, 0.55);
  assert.ok(w.outputAtLow > w.outputAtHigh);
  // The hand-made equivalent of the w80 bar's low end.
  const low = structuredClone(s);
  for (const p of low.parties) if (p.value.damageCurve?.model === "exponential-w80") p.value.damageCurve.w80 *= 0.55;
  assert.equal(w.outputAtLow, compileOutputs(outputs, s).compute(low)[1]);
});
