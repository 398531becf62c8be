import { test } from "node:test";
import assert from "node:assert/strict";
import {
  estimateText,
  formatDuration,
  IDLE_RUN,
  LARGE_NEGOTIATION_STEPS,
  progressVm,
  serverAdvice,
  type RunState,
} from "./explorer-vm.js";

const noun = { verb: "Scored", many: "frameworks" };
const running: RunState = { ...IDLE_RUN, status: "running", done: 37, total: 106, phase: "sample", startedAt: 1000 };

test("the progress line counts steps, names the phase and the time taken", () => {
  assert.deepEqual(progressVm(IDLE_RUN, noun, 0), { text: "", fraction: null, running: false });
  const p = progressVm(running, noun, 4200);
  assert.equal(p.text, "Scored 37 of 106 frameworks (sampling) · 3.2 s");
  assert.ok(Math.abs(p.fraction! - 37 / 106) < 1e-12);
  assert.equal(p.running, true);
  const server = progressVm({ ...running, where: "server" }, noun, 13_000);
  assert.deepEqual(server, { text: "Running on the server… 12 s", fraction: null, running: true });
  const done = progressVm({ ...running, status: "done", done: 97, finishedAt: 3400 }, noun, 9999);
  assert.equal(done.text, "Scored 97 frameworks in 2.4 s in the browser.");
  assert.equal(progressVm({ ...running, status: "cancelled" }, noun, 0).text, "Cancelled after 37 of 106 frameworks.");
  assert.equal(progressVm({ ...running, status: "failed", error: "boom" }, noun, 0).text, "boom");
});

test("durations and estimates read as seconds or minutes", () => {
  assert.equal(formatDuration(2430), "2.4 s");
  assert.equal(formatDuration(38_400), "38 s");
  assert.equal(formatDuration(125_000), "2 min 5 s");
  assert.equal(estimateText(100, 40), "about 4.0 s");
});

test("the server is offered only when it has the endpoint, and recommended for large searches", () => {
  assert.deepEqual(serverAdvice(100, "available"), { offer: true, large: false, note: "" });
  const big = serverAdvice(LARGE_NEGOTIATION_STEPS + 1, "available");
  assert.equal(big.offer, true);
  assert.equal(big.large, true);
  assert.match(
    big.note,
    /^A large search \(up to 401 frameworks, about 16 s in the browser\): running it on the server/,
  );
  assert.equal(serverAdvice(1000, "unavailable").offer, false);
  assert.equal(serverAdvice(1000, "unknown").offer, false);
  assert.match(serverAdvice(1000, "unavailable").note, /runs in a background worker and can be cancelled/);
});
