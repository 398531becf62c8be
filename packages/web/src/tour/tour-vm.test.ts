import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario } from "@seceq/core";
import { getPresetInput } from "@seceq/data";
import { TOUR_PRESET, TOUR_STEPS } from "./tour-steps.js";
import { applyTourStep, tourStepFromQuery, tourVerdict } from "./tour-vm.js";

const rep = (doc: unknown) => evaluate(parseScenario(doc), { sensitivities: false });

test("the tour has 5–7 steps, each citing works by key and applying to its preset without missing ids", () => {
  assert.ok(TOUR_STEPS.length >= 5 && TOUR_STEPS.length <= 7);
  for (const s of TOUR_STEPS) {
    assert.match(s.explanation, /\[[a-z]+(-[a-z0-9]+)+(; [a-z]+(-[a-z0-9]+)+)*\]/, s.id);
    const applied = applyTourStep(s, getPresetInput(s.preset ?? TOUR_PRESET)!);
    assert.deepEqual(applied.missing, [], s.id);
    assert.equal(applied.paths.length, s.edits.length);
    parseScenario(applied.doc);
  }
});

test("each step's verdict states the expected and the engine's direction (checked against evaluate here)", () => {
  const verdicts: Record<string, string> = {};
  for (const s of TOUR_STEPS) {
    const preset = getPresetInput(s.preset ?? TOUR_PRESET)!;
    const before = rep(preset);
    const after = rep(applyTourStep(s, preset).doc);
    const v = tourVerdict(s, after, before)!;
    const p1 = before.stability.pairs.find((p) => `${p.a}-${p.b}` === s.pair)!.combined;
    const p2 = after.stability.pairs.find((p) => `${p.a}-${p.b}` === s.pair)!.combined;
    assert.equal(v.before, p1);
    assert.equal(v.after, p2);
    assert.equal(v.measured, Math.abs(p2 - p1) < 5e-4 ? "flat" : p2 > p1 ? "up" : "down");
    assert.equal(v.agrees, v.measured === s.expected);
    assert.match(
      v.text,
      /^Expected from the literature: .* stability (rises|falls)\. The engine: \d\.\d{3} → \d\.\d{3}/,
    );
    verdicts[s.id] = v.measured;
  }
  // What the engine does on the presets today (engine 0.1.0, population value model, site-based reach, C3 targets);
  // the steps' caveats explain the two disagreements (MIRV: the extra US warheads escape by launch under attack;
  // prompt strike: a US-based Dark Eagle reaches nothing in Russia). A change here means a caveat to re-read.
  assert.deepEqual(verdicts, {
    mirv: "up",
    "ssbn-port": "down",
    defences: "down",
    lua: "down",
    entanglement: "up",
    cps: "flat",
    "three-party": "down",
  });
});

test("the tour opens from the URL: ?tour, ?tour=N (clamped), absent", () => {
  assert.equal(tourStepFromQuery("?tour", 6), 0);
  assert.equal(tourStepFromQuery("?tour=3", 6), 2);
  assert.equal(tourStepFromQuery("?x=1&tour=99", 6), 5);
  assert.equal(tourStepFromQuery("?tour=abc", 6), 0);
  assert.equal(tourStepFromQuery("", 6), null);
});

test("every work the tour cites has an entry in docs/references.md", async () => {
  const { readFile } = await import("node:fs/promises");
  const refs = await readFile(new URL("../../../../docs/references.md", import.meta.url), "utf8");
  const keys = new Set([...refs.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]));
  for (const s of TOUR_STEPS)
    for (const m of s.explanation.matchAll(/\[([^\]]+)\]/g))
      for (const k of m[1]!.split(/;\s*/)) assert.ok(keys.has(k), `${s.id}: [${k}] is in docs/references.md`);
});
