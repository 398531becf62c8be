import { test } from "node:test";
import assert from "node:assert/strict";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { CancelledError, ExplorerClient, type ExplorerRequest, type ExplorerWorkerLike } from "./explorer-client.js";
import type { ExplorerProgress } from "./explorer-core.js";
import { InProcessExplorerWorker } from "./in-process-explorer-worker.js";

const sweepSpec = {
  base: { scenario: fixtureScenarioInput() },
  parameters: [{ path: "assumptions.costWeight", values: [0.1, 0.2, 0.3] }],
  outputs: ["stability.blue-red.combined"],
};

test("the client starts its worker on the first job and delivers progress before the result", async () => {
  let made = 0;
  const client = new ExplorerClient(() => {
    made++;
    return new InProcessExplorerWorker();
  });
  assert.equal(made, 0, "no worker before the first job");
  const progress: ExplorerProgress[] = [];
  const r = await client.sweep({ kind: "sweep", spec: sweepSpec }, (p) => progress.push(p));
  assert.ok(r.ok);
  assert.equal(r.table.rows, 3);
  assert.deepEqual(
    progress.map((p) => p.done),
    [1, 2, 3],
  );
  await client.sweep({ kind: "sweep", spec: sweepSpec });
  assert.equal(made, 1, "one worker for both jobs");
  assert.equal(client.inFlight, 0);
  client.terminate();
});

/** A worker that never answers, counting how many were made and terminated. */
class SilentWorker implements ExplorerWorkerLike {
  static made = 0;
  static terminated = 0;
  readonly sent: ExplorerRequest[] = [];
  constructor() {
    SilentWorker.made++;
  }
  postMessage(m: ExplorerRequest): void {
    this.sent.push(m);
  }
  addEventListener(_type: "message" | "error", _l: (ev: never) => void): void {}
  terminate(): void {
    SilentWorker.terminated++;
  }
}

test("cancel terminates the busy worker and rejects its job; the next job starts a fresh worker", async () => {
  const client = new ExplorerClient(() => new SilentWorker());
  const job = client.sweep({ kind: "sweep", spec: sweepSpec });
  assert.equal(SilentWorker.made, 1);
  client.cancel();
  await assert.rejects(job, CancelledError);
  assert.equal(SilentWorker.terminated, 1);
  client.cancel();
  assert.equal(SilentWorker.terminated, 1, "nothing in flight: nothing to cancel");
  void client.sweep({ kind: "sweep", spec: sweepSpec }).catch(() => undefined);
  assert.equal(SilentWorker.made, 2);
  client.terminate();
});

test("worker errors and error replies reject the pending job", async () => {
  let onMessage: ((ev: { data: unknown }) => void) | undefined;
  let onError: ((ev: { message?: string }) => void) | undefined;
  const w = (post: (m: ExplorerRequest) => void): ExplorerWorkerLike => ({
    postMessage: post,
    addEventListener: (type: string, l: never) => {
      if (type === "message") onMessage = l;
      else onError = l;
    },
    terminate: () => undefined,
  });
  const a = new ExplorerClient(() =>
    w((m) => queueMicrotask(() => onMessage?.({ data: { id: m.id, error: "RangeError: boom" } }))),
  );
  await assert.rejects(a.sweep({ kind: "sweep", spec: sweepSpec }), /RangeError: boom/);
  const b = new ExplorerClient(() => w(() => queueMicrotask(() => onError?.({ message: "script failed" }))));
  await assert.rejects(b.sweep({ kind: "sweep", spec: sweepSpec }), /explorer worker failed: script failed/);
});
