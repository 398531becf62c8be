import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadScenarioText } from "../schema/validate-scenario.js";
import { InputError } from "../_shared/issues.js";
import { evaluate } from "./evaluate.js";
import { perturbScenario, uncertaintyTailIssues } from "./uncertainty.js";
import { uniformRng } from "../random/rng.js";
import { findNonFinite, finiteBand, hasNonFinite, nonFiniteWarnings, unexplainedNonFinite } from "./non-finite.js";

const MINIMAL = readFileSync(new URL("../../../../examples/scenarios/minimal.yaml", import.meta.url), "utf8");
const load = (text: string) => {
  const r = loadScenarioText(text, "s.yaml");
  assert.ok(r.value, JSON.stringify(r.issues));
  return r.value;
};

void test("findNonFinite lists NaN and ±Infinity with their paths, in objects, arrays and typed arrays", () => {
  const found = findNonFinite({ a: 1, b: [0, NaN, { c: -Infinity }], d: new Float64Array([1, Infinity]), e: "NaN" });
  assert.deepEqual(
    found.map((f) => [f.path.join("."), f.value]),
    [
      ["b.1", NaN],
      ["b.2.c", -Infinity],
      ["d.1", Infinity],
    ],
  );
  assert.equal(findNonFinite([NaN, NaN, NaN], 2).length, 2, "stops at the limit");
  assert.deepEqual(findNonFinite({ x: 0, y: null, z: [1e308] }), []);
});

void test("a warning explains every number at or under its path; others stay unexplained", () => {
  const r = {
    dyads: [{ ratio: Infinity }, { ratio: NaN }],
    warnings: [{ code: "non_finite", path: ["dyads", 0], message: "x" }],
  };
  assert.deepEqual(
    unexplainedNonFinite(r).map((n) => n.path.join(".")),
    ["dyads.1.ratio"],
  );
  const added = nonFiniteWarnings(r);
  assert.deepEqual(
    added.map((w) => [w.code, w.severity, w.path.join(".")]),
    [["non_finite", "warning", "dyads.1"]],
  );
  assert.match(added[0]!.message, /dyads\[1\]\.ratio is not a number \(NaN\)/);
  assert.deepEqual(unexplainedNonFinite({ ...r, warnings: [...r.warnings, ...added] }), []);
});

void test("a party with nothing that reaches the other: the infinite dyad ratios carry a warning naming the cause", () => {
  const s = load(
    MINIMAL.replace(
      "rangeKm: 11000\n        basing:\n          hardnessPsi: 3000",
      "rangeKm: 100\n        basing:\n          hardnessPsi: 3000",
    ),
  );
  const r = evaluate(s);
  assert.equal(r.dyads[0]!.warheadRatio, Infinity);
  const w = r.warnings.filter((x) => x.code === "non_finite");
  assert.deepEqual(
    w.map((x) => x.path),
    [["dyads", 0]],
  );
  assert.match(w[0]!.message, /warheadRatio is infinite.*red has nothing that reaches blue/);
  assert.deepEqual(unexplainedNonFinite(r), []);
  // In JSON the number becomes null; the warning travels with it.
  const json = JSON.parse(JSON.stringify(r)) as { dyads: { warheadRatio: unknown }[]; warnings: { code: string }[] };
  assert.equal(json.dyads[0]!.warheadRatio, null);
  assert.ok(json.warnings.some((x) => x.code === "non_finite"));
});

void test("a CEP near zero: infinite CMP figures are explained, party by party and in the dyad", () => {
  const r = evaluate(load(MINIMAL.replace("cepM: 150", "cepM: 1e-160")), { sensitivities: false });
  assert.equal(r.parties[1]!.parity.richelson.cmp, Infinity);
  assert.deepEqual(
    r.warnings.filter((x) => x.code === "non_finite").map((x) => x.path),
    [
      ["parties", 1],
      ["dyads", 0],
    ],
  );
  assert.match(r.warnings.find((x) => x.code === "non_finite")!.message, /CEP near zero/);
  assert.deepEqual(unexplainedNonFinite(r), []);
});

void test("Monte Carlo bands over non-finite samples: computed over the finite ones, with a warning and the seed", () => {
  const { band, warning } = finiteBand(
    new Float64Array([1, NaN, 3, Infinity, 2]),
    ["monteCarlo", "bands", "x"],
    "x",
    7,
  );
  assert.equal(band.p50, 2);
  assert.equal(band.mean, 2);
  assert.match(warning!.message, /2 of 5 samples of x were not finite numbers \(the first, sample 1 of seed 7/);
  const none = finiteBand([NaN, NaN], ["monteCarlo", "bands", "y"], "y", 1);
  assert.ok(Number.isNaN(none.band.p50));
  assert.match(none.warning!.message, /there are none: it is undefined/);
  assert.equal(finiteBand([1, 2], ["b"], "z", 1).warning, undefined);
});

const withUncertainty = (dist: string, parameter = "yieldKt", mode = "multiply") =>
  MINIMAL.replace(
    "distancesKm:",
    `uncertainty:\n  - { parameter: ${parameter}, mode: ${mode}, distribution: ${dist} }\ndistancesKm:`,
  );

void test("distributions whose tails overflow are refused at file:line:col before any sample is drawn", () => {
  for (const [dist, mode] of [
    ["{ type: lognormal, mu: 710, sigma: 1 }", "multiply"],
    ["{ type: lognormal, mu: 650, sigma: 8 }", "set"],
    ["{ type: lognormal, mu: 700, sigma: 1 }", "multiply"], // e^708.6 is finite (≈ 8e307), times 300 kt is not
    ["{ type: normal, mean: 1, sd: 1e308 }", "multiply"],
    ["{ type: uniform, min: 1, max: 1e308 }", "multiply"],
  ] as const) {
    const r = loadScenarioText(withUncertainty(dist, "yieldKt", mode), "s.yaml");
    assert.equal(r.value, undefined, dist);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.path.join("."), i.file, i.line]),
      [["non_finite_draw", "uncertainty.0.distribution", "s.yaml", 67]],
      dist,
    );
  }
  // Wide but finite tails pass the tail check: lognormal mu 600 (set) stays below e^709. (Validation still refuses
  // such a yield, outside (0, 100000] kt, by the domain check of schema/engine-domain-checks.ts.)
  const ok = load(MINIMAL);
  ok.uncertainty = [{ parameter: "yieldKt", mode: "set", distribution: { type: "lognormal", mu: 600, sigma: 1 } }];
  assert.deepEqual(uncertaintyTailIssues(ok), []);
});

void test("a scenario that skipped validation: an overflowing draw is refused with an InputError at its path", () => {
  const s = load(MINIMAL);
  s.uncertainty = [{ parameter: "yieldKt", mode: "multiply", distribution: { type: "lognormal", mu: 710, sigma: 1 } }];
  assert.throws(
    () => perturbScenario(s, s.uncertainty, uniformRng(1, 0)),
    (e: unknown) =>
      e instanceof InputError &&
      e.issues[0]!.code === "non_finite_draw" &&
      e.issues[0]!.path.join(".") === "uncertainty.0.distribution",
  );
  assert.throws(() => evaluate(s, { samples: 3 }), InputError);
});

void test("the path-free pre-scan agrees with the located walk; a NaN deep in a real report is still found and located", () => {
  for (const [i, v] of [
    0,
    NaN,
    -Infinity,
    "NaN",
    null,
    undefined,
    [1, [2, [3, Infinity]]],
    { a: { b: [{ c: 1e308 }] } },
    new Float64Array([1, 2, NaN]),
    new Float32Array([1, 2]),
    new Int32Array([7]),
    new DataView(new ArrayBuffer(8)),
  ].entries())
    assert.equal(hasNonFinite(v), findNonFinite(v).length > 0, `value ${i}`);
  const r = evaluate(load(MINIMAL), { sensitivities: false });
  assert.equal(hasNonFinite(r), false);
  assert.deepEqual(findNonFinite(r), []);
  // Plant a NaN deep in the report (an exchange's draw-down point) and an infinity in a typed array beside it.
  const k = r.exchanges[1]!.drawdown.length - 1;
  r.exchanges[1]!.drawdown[k]!.damageToVictim = NaN;
  (r as unknown as { extra: unknown }).extra = { deep: [{ t: new Float64Array([0, 1, -Infinity]) }] };
  assert.equal(hasNonFinite(r), true);
  assert.deepEqual(
    findNonFinite(r).map((f) => [f.path.join("."), f.value]),
    [
      [`exchanges.1.drawdown.${k}.damageToVictim`, NaN],
      ["extra.deep.0.t.2", -Infinity],
    ],
  );
  assert.deepEqual(
    nonFiniteWarnings(r).map((w) => w.path),
    [
      ["exchanges", 1],
      ["extra", "deep"],
    ],
  );
  assert.deepEqual(findNonFinite(r, 0), [], "a limit of 0 finds nothing");
});
