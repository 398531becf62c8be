import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario, type Report, type ScenarioInput } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { setAt } from "../model/scenario-path.js";
import { deltaBuffers, ReportDeltaDecoder, ReportDeltaEncoder } from "./report-delta.js";
import { isPackedRows } from "./row-pack.js";

const PATH = ["parties", 0, "forces", 0, "launchers", "deployed"];

function reportAt(doc: ScenarioInput, deployed: number): Report {
  return evaluate(parseScenario(setAt(doc, PATH, deployed)), { sensitivities: false, drawdown: true });
}

test("a slider change's report goes as a delta (sources kept) and comes back equal to the report, keys in order", () => {
  const doc = getPresetInput(DEFAULT_PRESET_ID)!;
  const base = Number((doc.parties[0]!.forces[0]!.launchers as { deployed: number }).deployed);
  const enc = new ReportDeltaEncoder("w1");
  const dec = new ReportDeltaDecoder();
  const r1 = reportAt(doc, base);
  const d1 = enc.encode(r1);
  assert.equal(d1.base, null);
  const got1 = dec.decode(structuredClone(d1));
  assert.deepEqual(got1, r1);
  const r2 = reportAt(doc, base - 10);
  const d2 = enc.encode(r2);
  assert.equal(d2.base, 1);
  assert.ok(d2.kept.includes("sources"), "sources unchanged by a launcher count");
  assert.ok(!("sources" in d2.report));
  assert.ok(!d2.kept.includes("stability"), "the stability figures changed");
  const got2 = dec.decode(structuredClone(d2));
  assert.deepEqual(got2, r2);
  assert.equal(JSON.stringify(got2), JSON.stringify(r2));
  // Kept parts are the previous report's own objects.
  assert.equal(got2.sources, got1.sources);
  // Draw-downs and struck places travel packed, their numbers in buffers to transfer.
  const ex = d2.report.exchanges![0] as unknown as {
    drawdown: unknown;
    population?: { onVictim: { places: unknown } };
  };
  assert.ok(isPackedRows(ex.drawdown));
  assert.ok(r2.exchanges[0]!.population, "the default preset values population");
  assert.ok(isPackedRows(ex.population!.onVictim.places));
  const buffers = deltaBuffers(d2);
  assert.ok(buffers.length >= 2 * d2.report.exchanges!.length);
  // Transferred (detached on the sending side), the delta still decodes on the receiving side.
  const d3 = enc.encode(reportAt(doc, base));
  const moved = structuredClone(d3, { transfer: deltaBuffers(d3) });
  assert.equal(JSON.stringify(dec.decode(moved)), JSON.stringify(r1));
});

test("a delta that does not follow the decoder's last report is refused; a whole report always decodes", () => {
  const doc = getPresetInput(DEFAULT_PRESET_ID)!;
  const r = reportAt(doc, 100);
  const a = new ReportDeltaEncoder("a");
  a.encode(r);
  const dec = new ReportDeltaDecoder();
  assert.throws(() => dec.decode(a.encode(reportAt(doc, 90))), /does not follow/);
  const b = new ReportDeltaEncoder("b");
  assert.deepEqual(dec.decode(b.encode(r)), r);
  const other = reportAt(renamed(doc), 100);
  assert.deepEqual(dec.decode(b.encode(other)), other);
});

/** The same scenario with a different name (a change outside the exchanges). */
function renamed(doc: ScenarioInput): ScenarioInput {
  return setAt(doc, ["name"], `${String(doc.name)} (renamed)`);
}

test("a strike's places are rebuilt when first read, in their place in the key order, then kept", () => {
  const doc = getPresetInput(DEFAULT_PRESET_ID)!;
  const r = reportAt(doc, 100);
  const got = new ReportDeltaDecoder().decode(structuredClone(new ReportDeltaEncoder("w").encode(r)));
  const strike = got.exchanges[0]!.population!.onVictim as unknown as Record<string, unknown>;
  assert.ok("get" in Object.getOwnPropertyDescriptor(strike, "places")!, "not rebuilt yet");
  assert.deepEqual(Object.keys(strike), Object.keys(r.exchanges[0]!.population!.onVictim));
  const places = strike.places;
  assert.deepEqual(places, r.exchanges[0]!.population!.onVictim.places);
  assert.equal(strike.places, places, "rebuilt once");
  assert.ok(!("get" in Object.getOwnPropertyDescriptor(strike, "places")!), "a data field now");
  // Written before it was read, the field takes the value written.
  const other = got.exchanges[0]!.population!.onStriker as unknown as Record<string, unknown>;
  other.places = [];
  assert.deepEqual(other.places, []);
});
