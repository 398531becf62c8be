import { test } from "node:test";
import assert from "node:assert/strict";
import { watchWork } from "./work-budget.js";
import { UserError } from "../errors.js";

function fakeBar() {
  const log: string[] = [];
  return {
    log,
    startBar: (label: string, total: number) => {
      log.push(`start ${label} ${total}`);
      return { update: (d: number) => log.push(`update ${d}`), stop: () => log.push("stop") };
    },
  };
}

test("no bar for quick work; a bar once the work has run a second; stopped at the end", () => {
  let t = 0;
  const bar = fakeBar();
  const w = watchWork({ label: "evaluate", now: () => t, startBar: bar.startBar });
  t = 500;
  w.onWork(1, 10);
  assert.deepEqual(bar.log, []);
  t = 1200;
  w.onWork(2, 10);
  w.onWork(3, 10);
  w.stop();
  assert.deepEqual(bar.log, ["start evaluate 10", "update 2", "update 3", "stop"]);
});

test("the budget stops the work with a user error naming the budget and the steps done", () => {
  let t = 0;
  const bar = fakeBar();
  const w = watchWork({ label: "evaluate", budgetSeconds: 2, now: () => t, startBar: bar.startBar });
  t = 1500;
  w.onWork(1, 100);
  t = 2500;
  assert.throws(
    () => w.onWork(2, 100),
    (e: unknown) =>
      e instanceof UserError &&
      e.issues[0]?.code === "budget_exceeded" &&
      /over the --budget of 2 s \(2 of 100 steps done\)/.test(e.issues[0].message),
  );
  assert.equal(bar.log.at(-1), "stop");
  // The last step finishing late is not over budget: the result is complete.
  const w2 = watchWork({ label: "evaluate", budgetSeconds: 1, now: () => t, startBar: bar.startBar });
  t = 99_000;
  assert.doesNotThrow(() => w2.onWork(5, 5));
});
