import { test } from "node:test";
import assert from "node:assert/strict";
import { InProcessExecutor, runChunk, unpackCells, type Operation } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPresetInput } from "@seceq/data";
import { PiscinaExecutor, QueueFullError, TimeLimitError } from "./piscina-executor.js";
import { sweepIdOf } from "./sweep-id.js";
import { fixtureSpec } from "./test-utils/fixture-spec.js";
import { minimalScenarioData } from "@seceq/core/test-utils";

const scenario = getPresetInput(DEFAULT_PRESET_ID);
const evaluateOp = (extra: Record<string, unknown> = {}): Operation => ({
  kind: "evaluate",
  body: { format: "json", text: JSON.stringify({ scenario, sensitivities: false, ...extra }) },
});
/** An evaluation that takes seconds (Monte Carlo). */
const slowOp = evaluateOp({ samples: 100_000 });

void test("operations in worker threads return what they return in-process, refusals included", async () => {
  const pool = new PiscinaExecutor({ threads: 1 });
  try {
    for (const op of [evaluateOp({ samples: 3, seed: 3e9 }), evaluateOp({ seed: -1 })]) {
      const here = await new InProcessExecutor().run(op);
      assert.deepEqual(await pool.run(op), JSON.parse(JSON.stringify(here)) as unknown);
    }
    const negotiated = await pool.run({ kind: "negotiate", body: { data: { text: "id: x\n" } } });
    assert.equal(negotiated.ok, false);
  } finally {
    await pool.close();
  }
});

void test("a full queue is refused at once; the hard time limit stops a run; aborts reject with the reason", async () => {
  const pool = new PiscinaExecutor({ threads: 1, maxQueue: 1, timeoutMs: 1500 });
  try {
    const running = pool.run(slowOp);
    const waiting = pool.run(slowOp);
    await new Promise((r) => setImmediate(r));
    const t0 = performance.now();
    await assert.rejects(pool.run(slowOp), QueueFullError);
    assert.ok(performance.now() - t0 < 1000);
    const settled = await Promise.allSettled([running, waiting]);
    assert.ok(settled.every((x) => x.status === "rejected" && x.reason instanceof TimeLimitError));
    const ac = new AbortController();
    const aborted = pool.run(slowOp, { signal: ac.signal });
    ac.abort(new Error("user stop"));
    await assert.rejects(aborted, /user stop/);
    // The pool carries on after terminated workers (once the replacement thread has loaded the engine): an evaluation
    // of the small notional scenario, well inside the 1.5 s limit on a busy machine (the default preset's first
    // evaluation in a fresh thread, which derives its damage tables, could take longer when both cores are busy).
    await pool.warmUp();
    const small: Operation = {
      kind: "evaluate",
      body: { format: "json", text: JSON.stringify({ scenario: minimalScenarioData(), sensitivities: false }) },
    };
    assert.equal((await pool.run(small)).ok, true);
  } finally {
    await pool.close();
  }
});

void test("sweep chunks by spec id: a worker asks for the spec once, keeps it, and packs the cells runChunk packs", async () => {
  const spec = fixtureSpec({ n: 12, samples: 2 });
  const id = sweepIdOf(spec);
  const pool = new PiscinaExecutor({ threads: 1 });
  try {
    assert.equal(await pool.runSweepChunk({ id, indices: [0, 1] }), "needs-spec");
    const first = await pool.runSweepChunk({ id, spec, indices: [0, 1] });
    assert.ok(first instanceof Float64Array);
    assert.deepEqual(unpackCells(spec, first), runChunk(spec, [0, 1]));
    // The worker now holds the spec: indices alone suffice, and the cells equal a fresh in-process computation.
    const later = await pool.runSweepChunk({ id, indices: [5, 11, 2] });
    assert.ok(later instanceof Float64Array);
    assert.deepEqual(unpackCells(spec, later), runChunk(structuredClone(spec), [5, 11, 2]));
    // A malformed spec is refused as the sweep-cells operation refuses it.
    const bad = await pool.runSweepChunk({ id: "bad", spec: [] as unknown as typeof spec, indices: [0] });
    assert.ok(!(bad instanceof Float64Array) && typeof bad !== "string" && !bad.ok);
  } finally {
    await pool.close();
  }
});
