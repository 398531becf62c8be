import { test } from "node:test";
import assert from "node:assert/strict";
import { OperationFailure } from "./operation-error.js";
import { isWrapped, nestsDeeperThan, parseJsonText } from "./request-body.js";

const isCode = (status: number, code: string) => (e: unknown) =>
  e instanceof OperationFailure && e.error.status === status && e.error.code === code;

test("JSON syntax errors are 400 invalid_json, located at line:col when the parser gives a position", () => {
  assert.throws(
    () => parseJsonText('{\n  "a": 1,\n}'),
    (e: unknown) => {
      assert.ok(e instanceof OperationFailure);
      const issues = e.error.issues!;
      assert.equal(issues.length, 1);
      assert.equal(issues[0]!.code, "syntax");
      // The closing brace on line 3, column 1, is where a property name was expected.
      assert.deepEqual([issues[0]!.line, issues[0]!.col], [3, 1]);
      return true;
    },
  );
  assert.throws(() => parseJsonText("nope"), isCode(400, "invalid_json"));
  assert.throws(() => parseJsonText("  "), isCode(400, "invalid_json"));
  assert.deepEqual(parseJsonText('{"a":[1,2]}'), { a: [1, 2] });
});

test("depth is measured without recursion; wrappers are told from bare scenarios by own keys", () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.equal(nestsDeeperThan(deep, 64), true);
  assert.equal(nestsDeeperThan({ a: [{ b: 1 }] }, 64), false);
  assert.equal(isWrapped({ scenario: {} }), true);
  assert.equal(isWrapped(Object.create({ scenario: {} }) as unknown), false);
  assert.equal(isWrapped([{ scenario: {} }]), false);
});
