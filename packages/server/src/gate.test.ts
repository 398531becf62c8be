import { test } from "node:test";
import assert from "node:assert/strict";
import { Gate } from "./gate.js";
import { HttpError } from "./http-errors.js";

/** A job that finishes when its `release` is called. */
function deferred() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
}

const busy = (e: unknown) =>
  e instanceof HttpError && e.status === 503 && e.code === "busy" && e.headers["Retry-After"] === "1";

test("at most maxConcurrent jobs run; the queue holds maxQueue more; one more is refused at once", async () => {
  const gate = new Gate({ maxConcurrent: 2, maxQueue: 1, queueTimeoutMs: 10_000 });
  let running = 0;
  let peak = 0;
  const jobs = [deferred(), deferred(), deferred()];
  const runs = jobs.map((d, i) =>
    gate.run(async () => {
      running++;
      peak = Math.max(peak, running);
      await d.done;
      running--;
      return i;
    }),
  );
  await new Promise((r) => setImmediate(r));
  assert.equal(gate.active, 2);
  assert.equal(gate.queued, 1);
  await assert.rejects(
    gate.run(() => Promise.resolve(99)),
    busy,
  );
  jobs[0]!.release();
  jobs[1]!.release();
  jobs[2]!.release();
  assert.deepEqual(await Promise.all(runs), [0, 1, 2]);
  assert.equal(peak, 2);
  assert.equal(gate.active, 0);
  assert.equal(gate.queued, 0);
});

test("a job waiting longer than queueTimeoutMs is refused; a failing job frees its slot", async () => {
  const gate = new Gate({ maxConcurrent: 1, maxQueue: 5, queueTimeoutMs: 30 });
  const d = deferred();
  const first = gate.run(() => d.done);
  const t0 = performance.now();
  await assert.rejects(
    gate.run(() => Promise.resolve(1)),
    busy,
  );
  assert.ok(performance.now() - t0 >= 25, "waited about the timeout");
  assert.equal(gate.queued, 0);
  d.release();
  await first;
  await assert.rejects(
    gate.run(() => Promise.reject(new Error("boom"))),
    /boom/,
  );
  assert.equal(await gate.run(() => Promise.resolve(7)), 7);
  assert.equal(gate.active, 0);
  assert.throws(() => new Gate({ maxConcurrent: 0, maxQueue: 0, queueTimeoutMs: 1 }), RangeError);
});
