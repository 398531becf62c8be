import { test } from "node:test";
import assert from "node:assert/strict";
import { OperationFailure } from "./operation-error.js";
import { checkStructure, isWrapped, parseJsonText } from "./request-body.js";

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

test("depth and width are checked without recursion; wrappers are told from bare scenarios by own keys", () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.throws(
    () => checkStructure(deep, "invalid_request"),
    (e: unknown) => isCode(400, "invalid_request")(e) && (e as OperationFailure).error.issues![0]!.code === "too_deep",
  );
  checkStructure({ a: [{ b: 1 }] }, "invalid_request");
  const wide = { a: [{ b: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i])) }] };
  assert.throws(
    () => checkStructure(wide, "invalid_scenario", "scenario"),
    (e: unknown) => {
      assert.ok(isCode(400, "invalid_scenario")(e));
      const issue = (e as OperationFailure).error.issues![0]!;
      assert.deepEqual([issue.code, issue.path], ["too_wide", ["a", 0, "b", "k1000"]]);
      assert.match(issue.message, /a mapping in the scenario has more than 1000 keys/);
      return true;
    },
  );
  delete (wide.a[0]!.b as Record<string, number>).k1000;
  checkStructure(wide, "invalid_scenario");
  assert.equal(isWrapped({ scenario: {} }), true);
  assert.equal(isWrapped(Object.create({ scenario: {} }) as unknown), false);
  assert.equal(isWrapped([{ scenario: {} }]), false);
});
