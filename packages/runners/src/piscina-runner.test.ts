import { test } from "node:test";
import assert from "node:assert/strict";
import { runChunk, type CellResult } from "@seceq/core";
import { InProcessRunner } from "./in-process-runner.js";
import { PiscinaRunner } from "./piscina-runner.js";
import { fixtureSpec } from "./test-utils/fixture-spec.js";

const byIndex = (cells: CellResult[]) => [...cells].sort((a, b) => a.index - b.index);

void test("in-process and a 2-thread piscina pool give identical cells (with Monte Carlo bands)", async () => {
  const spec = fixtureSpec({ n: 24, samples: 3 });
  const all = Array.from({ length: 24 }, (_, i) => i);
  const reference = runChunk(spec, all);
  const inProcess: CellResult[] = [];
  await new InProcessRunner().run(spec, all, (c) => void inProcess.push(c));
  const pool = new PiscinaRunner({ threads: 2, chunkSize: 5 });
  try {
    const pooled: CellResult[] = [];
    await pool.run(spec, all, (c) => void pooled.push(c));
    assert.deepEqual(inProcess, reference);
    assert.deepEqual(byIndex(pooled), reference);
    // A subset (as a resumed run asks for) gives exactly those cells.
    const some: CellResult[] = [];
    await pool.run(spec, [3, 17, 9], (c) => void some.push(c));
    assert.deepEqual(byIndex(some), [reference[3], reference[9], reference[17]]);
  } finally {
    await pool.close();
  }
});

void test("runs can be aborted; the signal's reason surfaces", async () => {
  const spec = fixtureSpec({ n: 40 });
  const ctrl = new AbortController();
  let seen = 0;
  const run = new InProcessRunner().run(
    spec,
    Array.from({ length: 40 }, (_, i) => i),
    () => {
      if (++seen === 5) ctrl.abort(new Error("stop"));
    },
    { signal: ctrl.signal },
  );
  await assert.rejects(run, /stop/);
  assert.equal(seen, 5);
});

void test("a chunk size outside 1–5,000 is clamped, so a pool never loops on empty chunks", async () => {
  assert.equal(new PiscinaRunner({ threads: 1, chunkSize: 0 }).chunkSize, 1);
  assert.equal(new PiscinaRunner({ threads: 1, chunkSize: -3 }).chunkSize, 1);
  assert.equal(new PiscinaRunner({ threads: 1, chunkSize: 2.7 }).chunkSize, 2);
  assert.equal(new PiscinaRunner({ threads: 1, chunkSize: 1e9 }).chunkSize, 5000);
  assert.equal(new PiscinaRunner({ threads: 1 }).chunkSize, undefined);
  const spec = fixtureSpec({ n: 4 });
  const pool = new PiscinaRunner({ threads: 1, chunkSize: 0 });
  try {
    const got: CellResult[] = [];
    await pool.run(spec, [0, 1, 2, 3], (c) => void got.push(c));
    assert.deepEqual(byIndex(got), runChunk(spec, [0, 1, 2, 3]));
  } finally {
    await pool.close();
  }
});
