import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellResult, ResolvedSweepSpec } from "@seceq/core";
import { openDatabase } from "./db.js";
import { SweepStore } from "./sweep-store.js";

/** A stand-in resolved spec: the store reads only names, outputs and samples from it. */
const spec = {
  name: "toy, sweep",
  parameters: [{ name: "a,b" }, { name: "c" }],
  outputs: ["x", "y"],
  samples: 0,
} as unknown as ResolvedSweepSpec;

const cell = (i: number, extra: Partial<CellResult> = {}): CellResult => ({
  index: i,
  params: { "a,b": i * 0.1, c: 2 },
  outputs: { x: i / 3, y: i === 2 ? NaN : -i },
  ...extra,
});

void test("cells are stored once; missing cells are the gaps; data survive reopening the file", () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-sweep-"));
  try {
    const path = join(dir, "s.db");
    let db = openDatabase(path);
    let store = new SweepStore(db);
    const rec = store.createSweep({ id: "abc", spec, cells: 6 });
    assert.deepEqual([rec.cells, rec.done, rec.parameters, rec.name], [6, 0, ["a,b", "c"], "toy, sweep"]);
    assert.equal(store.putCell("abc", cell(0)), true);
    assert.equal(store.putCell("abc", cell(0, { outputs: { x: 99, y: 99 } })), false, "a second copy is ignored");
    assert.equal(store.putCells("abc", [cell(2), cell(3), cell(5), cell(3)]), 3);
    assert.deepEqual(store.missingCells("abc", 6), [1, 4]);
    db.close();
    db = openDatabase(path);
    store = new SweepStore(db);
    assert.equal(store.createSweep({ id: "abc", spec, cells: 6 }).done, 4, "creating again resumes the stored sweep");
    assert.throws(() => store.createSweep({ id: "abc", spec, cells: 7 }), /exists with 6 cells/);
    const cells = [...store.cells("abc")];
    assert.deepEqual(cells, [cell(0), cell(2), cell(3), cell(5)]);
    assert.ok(Number.isNaN(cells[1]!.outputs["y"]));
    assert.deepEqual(store.getSpec("abc"), spec);
    store.putCells("abc", [cell(1), cell(4)]);
    assert.deepEqual(store.missingCells("abc", 6), []);
    store.markComplete("abc");
    assert.ok(store.getSweep("abc")!.completedAt);
    assert.equal(store.listSweeps().length, 1);
    assert.equal(store.deleteSweep("abc"), true);
    assert.equal(store.countCells("abc"), 0, "cells go with their sweep");
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test("a failing batch leaves no partial cells behind", () => {
  const db = openDatabase(":memory:");
  const store = new SweepStore(db);
  store.createSweep({ id: "s", spec, cells: 3 });
  const bad = { index: 1, params: {}, outputs: {} } as CellResult;
  Object.defineProperty(bad, "outputs", {
    get() {
      throw new Error("boom");
    },
  });
  assert.throws(() => store.putCells("s", [cell(0), bad]), /boom/);
  assert.equal(store.countCells("s"), 0);
  db.close();
});

void test("CSV export: header, quoting, one line per cell in index order, Monte Carlo columns", () => {
  const db = openDatabase(":memory:");
  const store = new SweepStore(db);
  store.createSweep({ id: "s", spec, cells: 3 });
  store.putCells("s", [cell(2), cell(0)]);
  let text = "";
  assert.equal(
    store.exportCsv("s", (t) => (text += t)),
    2,
  );
  // NaN is not lost: an empty field (CSV has no NaN), named with its value in the row's non_finite field.
  assert.equal(text, 'cell,"a,b",c,x,y,non_finite\n0,0,2,0,0,\n2,0.2,2,0.6666666666666666,,y=NaN\n');
  const flagged: [number, number][] = [];
  store.exportCsv(
    "s",
    () => undefined,
    (c, n) => flagged.push([c, n]),
  );
  assert.deepEqual(flagged, [[2, 1]]);
  const mc = { ...spec, samples: 10, outputs: ["x"] };
  store.createSweep({ id: "m", spec: mc, cells: 1 });
  store.putCell("m", {
    index: 0,
    params: { "a,b": 1, c: 2 },
    outputs: { x: 0.5 },
    bands: { x: { mean: 0.5, p5: 0.25, p50: 0.5, p95: 0.75, dropped: 3 } },
  });
  text = "";
  store.exportCsv("m", (t) => (text += t));
  assert.equal(text, 'cell,"a,b",c,x,x.mean,x.p5,x.p50,x.p95,x.dropped,non_finite\n0,1,2,0.5,0.5,0.25,0.5,0.75,3,\n');
  assert.equal([...store.cells("m")][0]!.bands?.["x"]?.dropped, 3, "the dropped-sample count is stored");
  assert.throws(() => store.exportCsv("nope", () => {}), /no sweep "nope"/);
  db.close();
});
