import { test } from "node:test";
import assert from "node:assert/strict";
import { CoalescingScheduler, type RunOutcome } from "./scheduler.js";

/** A run function whose calls resolve only when the test says so. */
function controlledRun() {
  const calls: Array<{ input: number; resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
  const run = (input: number) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ input, resolve, reject });
    });
  return { calls, run };
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

test("a burst of updates in one tick becomes one run with the latest input", async () => {
  const { calls, run } = controlledRun();
  const results: Array<RunOutcome<number, string>> = [];
  const s = new CoalescingScheduler<number, string>({ run, onResult: (o) => results.push(o) });
  for (let v = 1; v <= 50; v++) s.update(v);
  assert.equal(calls.length, 0, "no run starts synchronously inside update()");
  await tick();
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.input, 50);
  calls[0]!.resolve("r50");
  await s.whenIdle();
  assert.deepEqual(results, [{ input: 50, output: "r50", runId: 1, stale: false }]);
  assert.equal(s.runsStarted, 1);
});

test("flush starts the due run at once with the inputs so far; the scheduled tick then starts nothing more", async () => {
  const { calls, run } = controlledRun();
  const results: Array<RunOutcome<number, string>> = [];
  const s = new CoalescingScheduler<number, string>({ run, onResult: (o) => results.push(o) });
  s.flush();
  assert.equal(calls.length, 0, "nothing due: no run");
  s.update(1);
  s.update(2);
  s.flush();
  assert.equal(calls.length, 1, "flush starts the run synchronously");
  assert.equal(calls[0]!.input, 2);
  s.update(3);
  s.flush();
  await tick();
  assert.equal(calls.length, 1, "a run in progress: flush and the scheduled tick wait for it");
  calls[0]!.resolve("r2");
  await tick();
  await tick();
  assert.equal(calls.length, 2);
  assert.equal(calls[1]!.input, 3);
  calls[1]!.resolve("r3");
  await s.whenIdle();
  assert.deepEqual(
    results.map((r) => [r.input, r.runId, r.stale]),
    [
      [2, 1, true],
      [3, 2, false],
    ],
  );
});

test("updates during a run set run-needed; exactly one follow-up run uses the newest input", async () => {
  const { calls, run } = controlledRun();
  const results: Array<RunOutcome<number, string>> = [];
  const s = new CoalescingScheduler<number, string>({ run, onResult: (o) => results.push(o) });
  s.update(1);
  await tick();
  assert.equal(calls.length, 1);
  s.update(2);
  s.update(3);
  await tick();
  assert.equal(calls.length, 1, "run-in-progress blocks a second concurrent run");
  s.update(4);
  calls[0]!.resolve("r1");
  await tick();
  await tick();
  assert.equal(calls.length, 2);
  assert.equal(calls[1]!.input, 4, "latest input wins; 2 and 3 are never run");
  calls[1]!.resolve("r4");
  await s.whenIdle();
  assert.deepEqual(
    results.map((r) => [r.input, r.runId, r.stale]),
    [
      [1, 1, true],
      [4, 2, false],
    ],
  );
});

test("a failed run reports the error and the scheduler keeps working", async () => {
  const { calls, run } = controlledRun();
  const errors: unknown[] = [];
  const results: string[] = [];
  const s = new CoalescingScheduler<number, string>({
    run,
    onResult: (o) => results.push(o.output),
    onError: (e) => errors.push(e),
  });
  s.update(1);
  await tick();
  calls[0]!.reject(new Error("engine failed"));
  await s.whenIdle();
  assert.equal(errors.length, 1);
  assert.match(String(errors[0]), /engine failed/);
  s.update(2);
  await tick();
  calls[1]!.resolve("ok");
  await s.whenIdle();
  assert.deepEqual(results, ["ok"]);
});

test("an injected schedule function controls when runs start", async () => {
  const queue: Array<() => void> = [];
  const inputs: number[] = [];
  const s = new CoalescingScheduler<number, number>({
    run: (i) => {
      inputs.push(i);
      return Promise.resolve(i * 2);
    },
    onResult: () => undefined,
    schedule: (cb) => queue.push(cb),
  });
  s.update(7);
  s.update(8);
  assert.equal(queue.length, 1, "one tick scheduled for the burst");
  queue.shift()!();
  await s.whenIdle();
  assert.deepEqual(inputs, [8]);
});

test("dispose drops pending work and the result of the run in flight", async () => {
  const { calls, run } = controlledRun();
  const results: string[] = [];
  const s = new CoalescingScheduler<number, string>({ run, onResult: (o) => results.push(o.output) });
  s.update(1);
  await tick();
  s.update(2);
  s.dispose();
  calls[0]!.resolve("late");
  await tick();
  await tick();
  assert.deepEqual(results, []);
  assert.equal(calls.length, 1);
  s.update(3);
  await tick();
  assert.equal(calls.length, 1, "no runs after dispose");
});

test("a slider drag of 200 steps arriving faster than runs finish costs only a few runs", async () => {
  let runs = 0;
  const seen: number[] = [];
  const s = new CoalescingScheduler<number, number>({
    run: async (i) => {
      runs++;
      await new Promise((r) => setTimeout(r, 5));
      return i;
    },
    onResult: (o) => seen.push(o.output),
  });
  for (let v = 0; v < 200; v++) {
    s.update(v);
    if (v % 20 === 19) await new Promise((r) => setTimeout(r, 1));
  }
  await s.whenIdle();
  assert.ok(runs <= 25, `expected coalescing, got ${runs} runs for 200 updates`);
  assert.equal(seen.at(-1), 199, "the last result is for the last input");
});

test("the follow-up run is posted before work the stale result schedules (the page's render) runs", async () => {
  const { calls, run } = controlledRun();
  const seenAtRender: number[] = [];
  const s = new CoalescingScheduler<number, string>({
    run,
    // As React does on a store change: the render runs in a microtask queued while the result is delivered.
    onResult: () => queueMicrotask(() => seenAtRender.push(calls.length)),
    schedule: (cb) => queueMicrotask(cb),
  });
  s.update(1);
  await tick();
  s.update(2);
  calls[0]!.resolve("r1");
  await tick();
  assert.deepEqual(seenAtRender, [2], "run 2 was sent to the engine before the render of run 1");
  calls[1]!.resolve("r2");
  await s.whenIdle();
  assert.deepEqual(seenAtRender, [2, 2]);
});
