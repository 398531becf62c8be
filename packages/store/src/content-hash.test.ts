import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalJson, contentHash } from "./content-hash.js";

test("canonical JSON sorts keys at every depth and drops undefined members", () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } }),
    '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
  );
});

test("hash ignores key order and changes with any value", () => {
  const h = contentHash({ id: "x", parties: [{ id: "a" }, { id: "b" }] });
  assert.match(h, /^[0-9a-f]{64}$/);
  assert.equal(contentHash({ parties: [{ id: "a" }, { id: "b" }], id: "x" }), h);
  assert.notEqual(contentHash({ id: "x", parties: [{ id: "b" }, { id: "a" }] }), h);
  // SHA-256 of the empty JSON object "{}".
  assert.equal(contentHash({}), "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
});

test("a __proto__ key is hashed as data, never taken as the prototype", () => {
  const withProto = JSON.parse('{"a": 1, "__proto__": {"b": 2}}') as unknown;
  assert.equal(canonicalJson(withProto), '{"__proto__":{"b":2},"a":1}');
  assert.notEqual(contentHash(withProto), contentHash({ a: 1 }));
});
