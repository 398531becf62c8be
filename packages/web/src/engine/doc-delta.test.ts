import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { setAt } from "../model/scenario-path.js";
import { DocDeltaDecoder, DocDeltaEncoder, docPatches, DOC_DELTA_MISMATCH, MAX_PATCHES } from "./doc-delta.js";
import { EngineClient } from "./engine-client.js";
import { InProcessWorker } from "./in-process-worker.js";

const PATH = ["parties", 0, "forces", 0, "launchers", "deployed"];

test("a slider edit goes as one patch and the worker rebuilds the same document", () => {
  const doc = getPresetInput(DEFAULT_PRESET_ID)!;
  const enc = new DocDeltaEncoder("p");
  const dec = new DocDeltaDecoder();
  const d1 = enc.encode(doc);
  assert.equal(d1.base, null);
  assert.deepEqual(dec.decode(structuredClone(d1)), doc);
  const edited = setAt(doc, PATH, 123);
  const d2 = enc.encode(edited);
  assert.deepEqual(d2.patches, [{ path: PATH, value: 123 }]);
  assert.deepEqual(dec.decode(structuredClone(d2)), edited);
  // The same document again: no patches.
  const d3 = enc.encode(edited);
  assert.deepEqual(d3.patches, []);
  assert.equal(dec.decode(structuredClone(d3)), dec.decode(structuredClone(enc.encode(edited))));
  // A removed key is a patch to undefined, which removes it.
  const removed = setAt(edited, ["description"], undefined);
  const d4 = enc.encode(removed);
  assert.deepEqual(dec.decode(structuredClone(d4)), removed);
});

test("equal copies give no patches; too many changes go whole; patches of another document are refused", () => {
  const doc = getPresetInput(DEFAULT_PRESET_ID)!;
  assert.deepEqual(docPatches(doc, structuredClone(doc)), []);
  const many = doc.parties[0]!.forces.reduce((d, _, i) => setAt(d, ["parties", 0, "forces", i, "name"], `f${i}`), doc);
  assert.equal(docPatches(doc, many, 1), null);
  assert.ok(doc.parties[0]!.forces.length > 1 && MAX_PATCHES >= 1);
  const enc = new DocDeltaEncoder("p");
  enc.encode(doc);
  assert.equal(enc.encode(structuredClone(doc)).base, 1);
  const d = enc.encode(setAt(doc, PATH, 1));
  assert.throws(() => new DocDeltaDecoder().decode(d), new RegExp(DOC_DELTA_MISMATCH));
});

test("after its worker is replaced, the client sends the whole document again and gets the figures", async () => {
  let made = 0;
  let current: InProcessWorker | undefined;
  const client = new EngineClient(() => {
    made++;
    return (current = new InProcessWorker());
  });
  const doc = getPresetInput(DEFAULT_PRESET_ID)!;
  const a = await client.core({ kind: "core", scenario: doc });
  assert.ok(a.ok);
  // Simulate a crash: the executor drops the worker on its error event, and the next job starts a fresh one.
  (current as unknown as { listeners: unknown[] }).listeners.length = 0;
  (client as unknown as { drop: (e: Error) => void }).drop(new Error("crashed"));
  const b = await client.core({ kind: "core", scenario: setAt(doc, PATH, 10) });
  assert.equal(made, 2);
  assert.ok(b.ok);
  assert.notEqual(b.report.stability.pairs[0]!.combined, a.report.stability.pairs[0]!.combined);
});
