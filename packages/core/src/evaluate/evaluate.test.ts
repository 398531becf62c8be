import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate } from "./evaluate.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import { REPORT_VERSION } from "./report.js";

test("the report carries versions, parity, both exchanges, stability, sensitivities and sources", () => {
  const r = evaluate(toyScenario({ mirv: 3, seaShare: [0.5, 0.9] }));
  assert.equal(r.reportVersion, REPORT_VERSION);
  assert.equal(r.parties.length, 2);
  assert.equal(r.parties[0]!.deployedWarheads, 300 + 100);
  assert.equal(r.parties[0]!.survivableWarheads, 50);
  assert.equal(r.exchanges.length, 2);
  assert.deepEqual(
    r.exchanges.map((e) => `${e.striker}>${e.victim}`),
    ["a>b", "b>a"],
  );
  const p = r.stability.pairs[0]!;
  assert.ok(Math.abs(p.combined - p.fssA * p.fssB) < 1e-12);
  assert.equal(r.stability.minCombined, p.combined);
  // One sensitivity per nuclear element with launchers per counterpart: 2 elements × 2 parties.
  assert.equal(r.sensitivities.length, 4);
  const silo = r.sensitivities.find((s) => s.party === "a" && s.element === "silo")!;
  assert.equal(silo.deltaLaunchers, 1);
  assert.ok(silo.marginalExchangeRatio !== null && silo.marginalExchangeRatio > 0);
  // Every force element, defence layer and value base is cited.
  assert.equal(r.sources.length, 2 * 3);
  // The report is plain JSON: what the CLI prints and the API sends is the whole report.
  assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
});

test("symmetric sensitivities mirror each other", () => {
  const r = evaluate(toyScenario({ mirv: 3, seaShare: [0.5, 0.9] }));
  const a = r.sensitivities.find((s) => s.party === "a" && s.element === "ssbn")!;
  const b = r.sensitivities.find((s) => s.party === "b" && s.element === "ssbn")!;
  assert.ok(Math.abs(a.dCombinedPerLauncher - b.dCombinedPerLauncher) < 1e-9);
  assert.ok(Math.abs(a.dFssSelfPerLauncher - b.dFssSelfPerLauncher) < 1e-9);
});

test("Monte Carlo is reproducible by seed, bands are ordered, and a different seed differs", () => {
  const s = toyScenario({ mirv: 3, seaShare: [0.5, 0.9] });
  const a = evaluate(s, { samples: 40, seed: 11, sensitivities: false });
  const b = evaluate(s, { samples: 40, seed: 11, sensitivities: false });
  const c = evaluate(s, { samples: 40, seed: 12, sensitivities: false });
  assert.deepEqual(a.monteCarlo, b.monteCarlo);
  assert.notDeepEqual(a.monteCarlo?.bands, c.monteCarlo?.bands);
  assert.equal(a.monteCarlo?.uncertainty, "default");
  const band = a.monteCarlo.bands["stability.a-b.combined"]!;
  assert.ok(band.p5 <= band.p50 && band.p50 <= band.p95, JSON.stringify(band));
  assert.ok(band.p95 - band.p5 > 0, "the spread is not degenerate");
  // The deterministic value lies within the band's range in this mild-uncertainty case.
  assert.ok(a.stability.pairs[0]!.combined >= band.p5 - 0.05 && a.stability.pairs[0]!.combined <= band.p95 + 0.05);
});

test("a scenario's own uncertainty list replaces the defaults", () => {
  const s = toyScenario();
  s.uncertainty = [{ parameter: "cepM", mode: "multiply", distribution: { type: "uniform", min: 1, max: 1 } }];
  const r = evaluate(s, { samples: 5, seed: 1, sensitivities: false });
  assert.equal(r.monteCarlo?.uncertainty, "scenario");
  const band = r.monteCarlo.bands["stability.a-b.combined"]!;
  assert.ok(Math.abs(band.p95 - band.p5) < 1e-12, "no spread when the only draw is a factor of 1");
  assert.ok(Math.abs(band.mean - r.stability.pairs[0]!.combined) < 1e-12);
});

test("model-validity warnings come from the exchanges computed, once each", () => {
  const s = toyScenario({ seaShare: [0.5, 0.9] });
  assert.equal(evaluate(s, { sensitivities: false }).warnings.length, 0, "soft targets use the overpressure model");
  s.assumptions.softTargetModel = "brown-1976";
  const w = evaluate(s, { sensitivities: false }).warnings;
  assert.ok(w.length >= 1);
  assert.ok(w.every((x) => x.code === "model_validity" && x.severity === "warning"));
  assert.match(w[0]!.message, /brown-1976 is poor below 100 psi/);
  assert.equal(new Set(w.map((x) => x.message)).size, w.length);
});
