import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalJson } from "./canonical-json.js";

test("canonical JSON sorts keys at every depth, drops undefined members and keeps a __proto__ key as data", () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } }),
    '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
  );
  assert.equal(canonicalJson({ y: [2, 1], x: "s" }), canonicalJson({ x: "s", y: [2, 1] }));
  assert.equal(canonicalJson(JSON.parse('{"a": 1, "__proto__": {"b": 2}}')), '{"__proto__":{"b":2},"a":1}');
});
