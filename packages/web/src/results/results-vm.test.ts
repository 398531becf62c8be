import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario, STABILITY_READING_THRESHOLDS, stabilityReading, type Report } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import {
  BAND_UPDATING,
  READING_NOTE,
  bandTable,
  freshBands,
  damageBars,
  drawdownKey,
  drawdownSeries,
  dyadParityTable,
  elementNameMap,
  partyNames,
  partyParityTable,
  readingLabel,
  sensitivityTable,
  stabilityBandRows,
  stabilityCards,
} from "./results-vm.js";

const scenario = parseScenario(fixtureScenarioInput());
const report: Report = evaluate(scenario, { sensitivities: true });
const pair = report.stability.pairs[0]!;

test("stability cards show the engine's figures at three decimals with the reading", () => {
  const [card] = stabilityCards(report);
  assert.ok(card);
  assert.equal(card.label, "Blue – Red");
  assert.equal(card.combined, pair.combined);
  assert.equal(card.combinedText, pair.combined.toFixed(3));
  assert.equal(card.reading, pair.reading);
  assert.equal(card.readingText, readingLabel(pair.reading));
  assert.deepEqual(
    card.sides.map((s) => [s.party, s.fss, s.text]),
    [
      ["blue", pair.fssA, pair.fssA.toFixed(3)],
      ["red", pair.fssB, pair.fssB.toFixed(3)],
    ],
  );
  assert.match(card.sides[0].explain, /cost of striking first \d\.\d{3} ÷ cost of being struck first \d\.\d{3}/);
  assert.equal(card.band, undefined);
});

test("readings are labelled with their band limits and the convention's owner", () => {
  assert.equal(readingLabel("robust"), "robust (≥ 0.75)");
  assert.equal(readingLabel("moderate"), "moderate (0.45–0.75)");
  assert.equal(readingLabel("fragile"), "fragile (< 0.45)");
  assert.match(READING_NOTE, /public Crisis Stability Calculator's convention/);
  assert.match(READING_NOTE, /not Kent & Thaler's/);
  // The labels' limits are the engine's: each boundary reads as the label that names it.
  const { robust, fragile } = STABILITY_READING_THRESHOLDS;
  assert.equal(stabilityReading(robust), "robust");
  assert.equal(stabilityReading(fragile), "moderate");
  assert.equal(stabilityReading(fragile - 1e-9), "fragile");
  assert.ok(readingLabel("robust").includes(`≥ ${robust}`) && readingLabel("fragile").includes(`< ${fragile}`));
});

test("the draw-down series has one point per step and marks the strike the striker chooses", () => {
  const e = report.exchanges[0]!;
  const s = drawdownSeries(e, partyNames(report));
  assert.equal(s.title, "Blue strikes Red first");
  assert.equal(s.warheadsUsed.length, e.drawdown.length);
  assert.equal(s.costToStriker[e.chosen], e.outcome.costToStriker);
  assert.equal(s.chosen.warheadsUsed, e.outcome.warheadsUsed);
  // The chosen point is the striker's lowest cost on the curve (Kent–Thaler stop rule), within 1e-12.
  assert.ok(Math.min(...s.costToStriker) >= e.outcome.costToStriker - 1e-12);
  assert.match(s.caption, /^Blue stops at [\d,]+ counterforce warheads \(its lowest cost, \d\.\d{3}\)/);
});

test("damage bars give striker and victim damage at the chosen strike of each exchange", () => {
  const bars = damageBars(report);
  assert.equal(bars.length, 4);
  const e = report.exchanges[1]!;
  assert.deepEqual(bars[2], {
    exchange: "Red strikes Blue first",
    side: "striker",
    party: "Red",
    damage: e.outcome.damageToStriker,
    label: `${(e.outcome.damageToStriker * 100).toFixed(0)} %`,
  });
});

test("parity tables carry display strings and full-precision raw values", () => {
  const t = partyParityTable(report);
  assert.equal(t.rows.length, 2);
  assert.deepEqual(t.rows[0]!.slice(0, 5), ["Blue", "day-to-day", "700", "1,660", "643"]);
  assert.equal(t.raw[0]![5], report.parties[0]!.parity.suh.emt);
  const d = dyadParityTable(report);
  assert.equal(d.rows[0]![0], "Blue–Red");
  assert.equal(d.raw[0]![3], report.dyads[0]!.warheadRatio);
});

test("sensitivity rows name elements and flag arms-race instability", () => {
  const names = partyNames(report);
  const t = sensitivityTable(report.sensitivities, names, elementNameMap(scenario));
  assert.equal(t.rows.length, report.sensitivities.length);
  assert.ok(t.rows.length > 0);
  const i = report.sensitivities.findIndex((e) => e.element === "blue-icbm");
  assert.equal(t.rows[i]![1], "Blue silo ICBM");
  assert.equal(t.rows[i]![8], report.sensitivities[i]!.armsRaceStable ? "yes" : "no");
  assert.equal(t.raw[i]![5], report.sensitivities[i]!.dCombinedPerLauncher);
});

test("Monte Carlo bands become labelled rows for each pair metric", () => {
  const mc = evaluate(scenario, { sensitivities: false, samples: 40, seed: 7 }).monteCarlo!;
  const rows = stabilityBandRows(mc, report);
  assert.deepEqual(
    rows.map((r) => r.label),
    ["combined", "Blue", "Red"],
  );
  const b = mc.bands["stability.blue-red.combined"]!;
  assert.deepEqual([rows[0]!.p5, rows[0]!.p50, rows[0]!.p95], [b.p5, b.p50, b.p95]);
  assert.ok(rows[0]!.p5 <= rows[0]!.p50 && rows[0]!.p50 <= rows[0]!.p95);
  const withBands = stabilityCards(report, mc)[0]!;
  assert.match(withBands.band!.text, /^90 % band \d\.\d{3}–\d\.\d{3}$/);
  assert.equal(bandTable(mc).rows.length, Object.keys(mc.bands).length);
});

test("bands are shown only with the figures of the same scenario; otherwise the cards say they are updating", () => {
  const mc = evaluate(scenario, { sensitivities: false, samples: 20, seed: 3 }).monteCarlo!;
  // Same revision: shown.
  assert.deepEqual(freshBands({ monteCarlo: mc, reportRevision: 5, pending: false }, 5, 200), {
    monteCarlo: mc,
    updating: false,
  });
  // Bands of revision 4 on the figures of revision 5: never shown, and marked as updating.
  const stale = freshBands({ monteCarlo: mc, reportRevision: 4, pending: true }, 5, 200);
  assert.deepEqual(stale, { monteCarlo: null, updating: true });
  const card = stabilityCards(report, stale.monteCarlo, stale.updating)[0]!;
  assert.equal(card.band, undefined);
  assert.equal(card.bandText, BAND_UPDATING);
  assert.deepEqual(
    card.sides.map((x) => [x.band, x.bandText]),
    [
      [undefined, BAND_UPDATING],
      [undefined, BAND_UPDATING],
    ],
  );
  // Bands switched off: nothing, even when old ones are still in the state.
  assert.deepEqual(freshBands({ monteCarlo: mc, reportRevision: 5, pending: true }, 5, 0), {
    monteCarlo: null,
    updating: false,
  });
  assert.equal(stabilityCards(report)[0]!.bandText, undefined);
  const shown = stabilityCards(report, mc)[0]!;
  assert.equal(shown.bandText, shown.band!.text);
});

test("the draw-down key ignores sub-pixel changes and follows visible ones", () => {
  const e = report.exchanges[0]!;
  const names = partyNames(report);
  const s = drawdownSeries(e, names);
  const nudged = drawdownSeries(
    { ...e, drawdown: e.drawdown.map((p) => ({ ...p, costToStriker: p.costToStriker + 1e-5 })) },
    names,
  );
  assert.equal(drawdownKey(nudged), drawdownKey(s));
  const moved = drawdownSeries(
    { ...e, drawdown: e.drawdown.map((p, i) => (i === 1 ? { ...p, costToVictim: p.costToVictim + 0.01 } : p)) },
    names,
  );
  assert.notEqual(drawdownKey(moved), drawdownKey(s));
  assert.notEqual(drawdownKey({ ...s, caption: `${s.caption} ` }), drawdownKey(s));
});
