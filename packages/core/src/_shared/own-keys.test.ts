import { test } from "node:test";
import assert from "node:assert/strict";
import { getOwn, hasOwnKey, nullRecord, nullRecordFrom, PROTOTYPE_KEYS, setOwn } from "./own-keys.js";

test("getOwn never returns a prototype member", () => {
  const plain: Record<string, number> = { a: 1 };
  for (const k of PROTOTYPE_KEYS) {
    assert.equal(getOwn(plain, k), undefined, k);
    assert.equal(hasOwnKey(plain, k), false, k);
  }
  assert.equal(getOwn(plain, "a"), 1);
  assert.equal(getOwn(undefined, "a"), undefined);
  assert.equal(getOwn(JSON.parse('{"constructor": 3}') as Record<string, number>, "constructor"), 3);
});

test("null-prototype records store every key, __proto__ included, and serialise as plain JSON", () => {
  const r = nullRecordFrom(PROTOTYPE_KEYS.map((k, i): [string, number] => [k, i]));
  PROTOTYPE_KEYS.forEach((k, i) => assert.equal(getOwn(r, k), i, k));
  assert.deepEqual(Object.keys(r), PROTOTYPE_KEYS);
  const back = JSON.parse(JSON.stringify(r)) as Record<string, number>;
  assert.equal(getOwn(back, "__proto__"), 1);
  assert.equal(Object.getPrototypeOf(back), Object.prototype);
  const e = nullRecord<number>();
  e["__proto__"] = 5;
  assert.equal(getOwn(e, "__proto__"), 5);
  assert.equal(Object.getPrototypeOf(e), null);
});

test("setOwn stores __proto__ as data on a plain record", () => {
  const r: Record<string, number> = {};
  setOwn(r, "__proto__", 1);
  setOwn(r, "constructor", 2);
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.deepEqual(JSON.parse(JSON.stringify(r)), JSON.parse('{"__proto__": 1, "constructor": 2}'));
  assert.equal(getOwn(r, "__proto__"), 1);
});
