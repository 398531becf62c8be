import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { setAt } from "../model/scenario-path.js";
import { explainPairs, possessive } from "./explain-vm.js";
import { metricLabel } from "./results-vm.js";

const preset = fixtureScenarioInput();
const rep = (doc: unknown, samples = 0) => evaluate(parseScenario(doc), { sensitivities: false, samples, seed: 1 });

test("the sentence says what the index means and what drives it, with the figures of the report", () => {
  const r = rep(preset);
  const names = { "red/red-icbm": "Red silo ICBM", "red/red-mobile": "Red mobile ICBM" };
  const [ex] = explainPairs(r, { elementNames: names });
  const p = r.stability.pairs[0]!;
  const x = p.fssA <= p.fssB ? "Blue" : "Red";
  const y = x === "Blue" ? "Red" : "Blue";
  const e = r.exchanges.find((q) => q.striker === x.toLowerCase())!;
  assert.match(ex!.sentence, new RegExp(`^Combined stability ${p.combined.toFixed(3)} on a scale where 1 means`));
  assert.ok(
    ex!.sentence.includes(
      `${y}'s retaliation after a ${x} first strike would still destroy ${Math.round(100 * e.outcome.damageToStriker)} % of ${x}'s value`,
    ),
    ex!.sentence,
  );
  // The decomposition covers both sides, each with its own C1 and C2.
  assert.equal(ex!.why[0].strikeTitle, `If Blue strikes first (its C1 = ${p.c1A.toFixed(3)})`);
  assert.equal(ex!.why[1].waitTitle, `If Red waits and Blue strikes first (its C2 = ${p.c2B.toFixed(3)})`);
  const blueStrike = r.exchanges.find((q) => q.striker === "blue")!;
  if (blueStrike.allocation.some((a) => a.kills >= 0.5))
    assert.ok(
      ex!.why[0].strike.some((l) => /^Destroyed: Red /.test(l)),
      ex!.why[0].strike.join(" | "),
    );
  assert.equal(possessive("United States"), "United States'");
});

test("the change from the preset is in plain decimals and coloured by whether it helps stability", () => {
  const moved = setAt(preset, ["parties", 1, "forces", 0, "launchers", "deployed"], 300);
  const [ex] = explainPairs(rep(moved), { baseline: rep(preset) });
  const d = rep(moved).stability.pairs[0]!.combined - rep(preset).stability.pairs[0]!.combined;
  assert.equal(ex!.combinedBaseline!.text, `preset ${rep(preset).stability.pairs[0]!.combined.toFixed(3)}`);
  assert.equal(ex!.combinedBaseline!.delta, `${d > 0 ? "+" : "−"}${Math.abs(d).toFixed(3)}`);
  assert.equal(ex!.combinedBaseline!.tone, d > 5e-4 ? "good" : d < -5e-4 ? "bad" : "neutral");
});

test("with bands the reading follows them; a degenerate posture replaces the reading", () => {
  const r = rep(preset, 60);
  const [ex] = explainPairs(r, { monteCarlo: r.monteCarlo! });
  const b = r.monteCarlo!.bands["stability.blue-red.combined"]!;
  assert.ok(ex!.reading.fromBand);
  if (b.p5 >= 0.75) assert.match(ex!.reading.text, /^robust \(whole 90 % band/);
  else assert.doesNotMatch(ex!.reading.text, /^robust( \(|$)/);
  let zero = preset;
  preset.parties[0]!.forces.forEach(
    (_, i) => (zero = setAt(zero, ["parties", 0, "forces", i, "launchers", "deployed"], 0)),
  );
  const [dz] = explainPairs(rep(zero), { baseline: rep(preset) });
  assert.equal(dz!.reading.tone, "degenerate");
  assert.equal(dz!.combinedBaseline!.tone, "neutral", "a degenerate index going up is not good news");
  assert.match(dz!.degenerate[0]!, /^Blue has no deployed nuclear warheads/);
  assert.match(dz!.sentence, /not a stability reading/);
});

test("Monte Carlo metrics read as names", () => {
  const names = { us: "United States", ru: "Russia" };
  assert.equal(metricLabel("stability.us-ru.combined", names), "Combined stability, United States – Russia");
  assert.equal(metricLabel("stability.us-ru.fss.ru", names), "First-strike stability of Russia (vs United States)");
  assert.equal(
    metricLabel("exchange.us>ru.damageToVictim", names),
    "United States strikes Russia first: damage to the victim (share of value)",
  );
});
