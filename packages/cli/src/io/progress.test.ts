import { test } from "node:test";
import assert from "node:assert/strict";
import { withProgress } from "./progress.js";

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

void test("withProgress stops its bar when the work throws, so no timer keeps the process alive", () => {
  const before = timers();
  assert.throws(
    () =>
      withProgress("Test", 10, (update) => {
        update(3);
        assert.ok(timers() > before, "the bar runs a timer while the work runs");
        throw new Error("boom");
      }),
    /boom/,
  );
  assert.equal(timers(), before);
  assert.equal(
    withProgress("Test", 0, () => 42),
    42,
  );
});
