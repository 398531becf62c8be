import { test } from "node:test";
import assert from "node:assert/strict";
import { ScenarioValidator, uniformRng, validateScenario } from "@seceq/core";
import { getPresetInput } from "@seceq/data";
import { presetIds } from "./differential.js";

type Path = (string | number)[];

/**
 * The document with `value` at `path` (undefined removes the key), copying only the objects on the path (as the
 * workbench's edits do).
 */
function setAt(doc: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) {
    const out = doc.slice();
    out[head as number] = setAt(doc[head as number], rest, value);
    return out;
  }
  const obj = { ...(doc as Record<string, unknown>) };
  const next = setAt(obj[head!], rest, value);
  if (next === undefined) delete obj[head!];
  else obj[head!] = next;
  return obj;
}

/** Every path to a scalar in plain data. */
function scalarPaths(x: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(x)) x.forEach((v, i) => scalarPaths(v, [...path, i], out));
  else if (typeof x === "object" && x !== null)
    for (const [k, v] of Object.entries(x)) scalarPaths(v, [...path, k], out);
  else out.push(path);
  return out;
}

function getAt(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], doc);
}

test("ScenarioValidator validates structural edits whole (a key added or removed, a list resized, a type changed), equal to validateScenario", () => {
  const base = getPresetInput(presetIds()[0]!)! as unknown;
  const f = ["parties", 0, "forces", 0];
  const forces = getAt(base, ["parties", 0, "forces"]) as unknown[];
  const edits: [string, unknown][] = [
    ["key added", setAt(base, [...f, "decoysPerWarhead"], 1)],
    ["key removed", setAt(base, [...f, "notes"], undefined)],
    ["unknown key", setAt(base, [...f, "bogus"], 1)],
    ["list resized", setAt(base, ["parties", 0, "forces"], forces.slice(1))],
    ["object for a scalar", setAt(base, [...f, "yieldKt"], { kt: 1 })],
    ["scalar for an object", setAt(base, [...f, "launchers"], 3)],
  ];
  for (const [what, doc] of edits) {
    const v = new ScenarioValidator();
    v.validate(base);
    assert.deepEqual(v.validate(doc), validateScenario(doc), what);
    assert.deepEqual(v.stats, { same: 0, partial: 0, whole: 2 }, what);
  }
});

test("ScenarioValidator equals validateScenario through random edit streams on every preset, parsing only changed parts", () => {
  let partial = 0;
  let whole = 0;
  const partsSeen = new Map<string, number>();
  for (const [k, id] of presetIds().entries()) {
    const rand = uniformRng(1000 + k, 3);
    // The preset with two assumptions written out, so edits can reach them.
    const base: unknown = { ...getPresetInput(id)!, assumptions: { costWeight: 0.3, costExponent: 0.75 } };
    const paths = scalarPaths(base);
    const pool = (f: (p: Path) => boolean) => paths.filter(f);
    const inElements = pool((p) => p[0] === "parties" && (p[2] === "forces" || p[2] === "defenses"));
    const inOtherParts = pool((p) => p[0] === "assumptions" || (p[0] === "parties" && p[2] === "value"));
    const v = new ScenarioValidator();
    let doc: unknown = base;
    let last = v.validate(doc);
    let lastValid = doc;
    assert.deepEqual(last, validateScenario(doc), `${id}: first document`);
    for (let step = 0; step < 60; step++) {
      // Mostly scalars of force elements and defence layers (sliders), then value targets and assumptions, then any.
      const r = rand();
      const from = r < 0.7 ? inElements : r < 0.85 ? inOtherParts : paths;
      const path = from[Math.floor(rand() * from.length)]!;
      const old = getAt(doc, path);
      let value: unknown;
      const u = rand();
      if (typeof old === "number") value = u < 0.1 ? -1 : u < 0.2 ? 0 : u < 0.25 ? "x" : old * (0.5 + rand());
      else if (typeof old === "string")
        value = u < 0.3 ? (getAt(doc, [...path.slice(0, -1), "id"]) ?? old) : `${old}-e`;
      else if (typeof old === "boolean") value = !old;
      else value = old;
      const before = last.value;
      const partialBefore = v.stats.partial;
      doc = setAt(doc, path, value);
      last = v.validate(doc);
      assert.deepEqual(last, validateScenario(doc), `${id}, step ${step}: ${path.join(".")} = ${String(value)}`);
      if (v.stats.partial > partialBefore) {
        const part = path[0] === "assumptions" ? "assumptions" : String(path[2]);
        partsSeen.set(part, (partsSeen.get(part) ?? 0) + 1);
      }
      // Validated in part: the parties the edit did not touch keep the previous result's objects.
      if (before && last.value && v.stats.partial > partialBefore)
        last.value.parties.forEach((p, i) => {
          if (path[1] !== i && path[0] === "parties") assert.equal(p, before.parties[i], `${id}: party ${i} shared`);
        });
      // Mostly undo an edit that made the document invalid (back to the last valid one, a document seen before), and
      // now and then go back to the preset.
      if (!last.value && rand() < 0.8) {
        doc = lastValid;
        last = v.validate(doc);
      } else if (rand() < 0.05) {
        doc = base;
        last = v.validate(doc);
      }
      if (last.value) lastValid = doc;
    }
    partial += v.stats.partial;
    whole += v.stats.whole;
  }
  assert.ok(partial > 100, `only ${partial} documents validated in part (${whole} whole)`);
  assert.ok(whole > 20, `only ${whole} documents validated whole`);
  for (const part of ["forces", "defenses", "value", "assumptions"])
    assert.ok((partsSeen.get(part) ?? 0) > 0, `no ${part} edit validated in part: ${JSON.stringify([...partsSeen])}`);
});

test("ScenarioValidator answers a document equal to the last one (a copy sent whole) with the last result", () => {
  const doc = getPresetInput(presetIds()[0]!)!;
  const v = new ScenarioValidator();
  const first = v.validate(doc);
  assert.equal(v.validate(structuredClone(doc)), first);
  assert.equal(v.validate(doc), first);
  assert.deepEqual(v.stats, { same: 2, partial: 0, whole: 1 });
  const bad = structuredClone(doc) as { parties: { forces: { launchers: { deployed: unknown } }[] }[] };
  bad.parties[0]!.forces[0]!.launchers.deployed = -1;
  const refused = v.validate(bad);
  assert.equal(refused.value, undefined);
  assert.equal(v.validate(structuredClone(bad)), refused, "an equal invalid document too");
  assert.deepEqual(refused, validateScenario(bad));
});
