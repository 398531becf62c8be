import { test } from "node:test";
import assert from "node:assert/strict";
import { shareUnchanged } from "./share-unchanged.js";

test("shareUnchanged gives the previous parse for equal content, and shares every unchanged subtree of a changed one", () => {
  const doc = { a: { x: 1, list: [{ id: "p" }, { id: "q", n: NaN }] }, b: { y: [1, 2] }, c: "s" };
  const prev = structuredClone(doc);
  assert.equal(shareUnchanged(prev, structuredClone(doc)), prev, "equal content: the previous object itself");
  const next = structuredClone(doc);
  next.a.list[1]!.id = "r";
  const out = shareUnchanged(prev, next);
  assert.equal(out, next);
  assert.deepEqual(out, { ...doc, a: { ...doc.a, list: [{ id: "p" }, { id: "r", n: NaN }] } }, "content is next's");
  assert.equal(out.b, prev.b, "unchanged sibling shared");
  assert.equal(out.a.list[0], prev.a.list[0], "unchanged array member shared");
  assert.notEqual(out.a, prev.a);
  assert.notEqual(out.a.list[1], prev.a.list[1]);
  // Key sets matter: an added or removed key, or an array of another length, is a change.
  const added = { ...structuredClone(doc), d: 1 };
  assert.equal(shareUnchanged(prev, added), added);
  const { c: _c, ...removed } = structuredClone(doc);
  assert.equal(shareUnchanged(prev, removed), removed);
  const longer = structuredClone(doc);
  longer.b.y.push(3);
  assert.equal(shareUnchanged(prev, longer).b, longer.b);
  assert.equal(shareUnchanged(prev, longer).a, prev.a);
  // No previous parse, or another type: next as it is.
  const first = structuredClone(doc);
  assert.equal(shareUnchanged(undefined, first), first);
  assert.equal(shareUnchanged({ 0: 1 }, [1]).length, 1);
});

test("shareUnchanged keeps a __proto__ key as data", () => {
  const prev = JSON.parse('{"r":{"__proto__":{"v":1},"k":1}}') as Record<string, Record<string, unknown>>;
  const next = JSON.parse('{"r":{"__proto__":{"v":1},"k":2}}') as Record<string, Record<string, unknown>>;
  const out = shareUnchanged(prev, next);
  assert.equal(Object.getPrototypeOf(out.r), Object.prototype, "no prototype replaced");
  assert.equal(
    Object.getOwnPropertyDescriptor(out.r, "__proto__")!.value,
    Object.getOwnPropertyDescriptor(prev.r, "__proto__")!.value,
  );
  assert.equal(out.r!.k, 2);
});
