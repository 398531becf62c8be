import { test } from "node:test";
import assert from "node:assert/strict";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import {
  CancelledError,
  EngineClient,
  type EngineReply,
  type EngineRequest,
  type WorkerLike,
} from "./engine-client.js";
import { InProcessWorker } from "./in-process-worker.js";

test("the client pairs replies with requests over the worker protocol", async () => {
  const client = new EngineClient(new InProcessWorker());
  const [a, b] = await Promise.all([
    client.core({ kind: "core", scenario: fixtureScenarioInput() }),
    client.core({ kind: "core", scenario: { nonsense: true } }),
  ]);
  assert.ok(a.ok && a.report.stability.pairs.length === 1);
  assert.ok(!b.ok && b.issues.length > 0);
  assert.equal(client.inFlight, 0);
  client.terminate();
});

/** A worker that never answers, counting how many were made and terminated. */
class SilentWorker implements WorkerLike {
  static made = 0;
  static terminated = 0;
  readonly sent: EngineRequest[] = [];
  constructor() {
    SilentWorker.made++;
  }
  postMessage(m: EngineRequest): void {
    this.sent.push(m);
  }
  addEventListener(_type: "message" | "error", _l: (ev: never) => void): void {}
  terminate(): void {
    SilentWorker.terminated++;
  }
}

test("cancel terminates a busy worker, rejects its jobs and starts a fresh worker", async () => {
  const client = new EngineClient(() => new SilentWorker());
  const job = client.extras({ kind: "extras", scenario: {}, crisisDays: 1, samples: 0, seed: 1 });
  assert.equal(client.inFlight, 1);
  client.cancel();
  await assert.rejects(job, CancelledError);
  assert.equal(SilentWorker.made, 2);
  assert.equal(SilentWorker.terminated, 1);
  client.cancel();
  assert.equal(SilentWorker.made, 2, "nothing in flight: nothing to cancel");
});

test("a client started on its first job makes no worker before it, and a fresh one at once after a cancel", async () => {
  let made = 0;
  const client = new EngineClient(() => {
    made++;
    return new SilentWorker();
  }, false);
  assert.equal(made, 0, "no worker competes for the CPU before the first job");
  const job = client.extras({ kind: "extras", scenario: {}, crisisDays: 1, samples: 0, seed: 1 });
  assert.equal(made, 1);
  client.cancel();
  await assert.rejects(job, CancelledError);
  assert.equal(made, 2, "still eager after the first job: the next one does not wait for a worker to load");
});

test("worker errors and error replies reject the pending jobs", async () => {
  let onMessage: ((ev: { data: EngineReply }) => void) | undefined;
  let onError: ((ev: { message?: string }) => void) | undefined;
  const w: WorkerLike = {
    postMessage: (m) => queueMicrotask(() => onMessage?.({ data: { id: m.id, error: "RangeError: boom" } })),
    addEventListener: (type: string, l: never) => {
      if (type === "message") onMessage = l;
      else onError = l;
    },
    terminate: () => undefined,
  };
  const client = new EngineClient(w);
  await assert.rejects(client.core({ kind: "core", scenario: {} }), /RangeError: boom/);
  const w2: WorkerLike = { ...w, postMessage: () => queueMicrotask(() => onError?.({ message: "script failed" })) };
  const client2 = new EngineClient(w2);
  await assert.rejects(client2.core({ kind: "core", scenario: {} }), /engine worker failed: script failed/);
});
