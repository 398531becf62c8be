import { test } from "node:test";
import assert from "node:assert/strict";
import { capIssues, countIssues, MAX_ISSUES, moreIssues, TOO_MANY_ISSUES } from "./cap-issues.js";

const issue = (i: number) => ({ code: "x", path: [i], message: `issue ${i}` });

test("keep the first issues and count the rest in one marker, folding earlier markers in", () => {
  const list = Array.from({ length: 5 }, (_, i) => issue(i));
  assert.deepEqual(capIssues(list, 10), list);
  const capped = capIssues([...list, moreIssues(7)], 3);
  assert.equal(capped.length, 4);
  assert.equal(capped[3]?.code, TOO_MANY_ISSUES);
  assert.match(capped[3].message, /and 9 more issues/);
  assert.equal(capIssues(Array.from({ length: 1000 }, (_, i) => issue(i))).length, MAX_ISSUES + 1);
});

test("count the problems a capped list stands for", () => {
  assert.equal(countIssues(capIssues(Array.from({ length: 300 }, (_, i) => issue(i)))), 300);
  assert.equal(countIssues([issue(1)]), 1);
});
