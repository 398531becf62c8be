import { test } from "node:test";
import assert from "node:assert/strict";
import { spreadLabels } from "./crisis-chart.js";

test("line-end labels are pushed apart to the minimum gap and kept inside the frame", () => {
  const close = (a: number[], b: number[]) =>
    a.forEach((x, i) => assert.ok(Math.abs(x - b[i]!) < 1e-12, `${a.join()} vs ${b.join()}`));
  close(spreadLabels([0.72, 0.71, 0.99], 0.07), [0.78, 0.71, 0.99]);
  close(spreadLabels([0.2, 0.5], 0.07), [0.2, 0.5]);
  close(spreadLabels([1, 1, 1], 0.1), [0.8, 0.9, 1]);
  assert.deepEqual(spreadLabels([], 0.1), []);
});
