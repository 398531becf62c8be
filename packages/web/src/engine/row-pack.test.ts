import { test } from "node:test";
import assert from "node:assert/strict";
import { isPackedRows, packRows, unpackRows } from "./row-pack.js";

test("flat records pack to columns and come back equal, keys in order, every float64 value kept", () => {
  const rows = [
    { name: "A", lat: 1.5, n: -0, s: "x" },
    { name: "B", lat: Number.NaN, n: Number.POSITIVE_INFINITY, s: "" },
    { name: "C", lat: 1e-300, n: -7, s: "z" },
  ];
  const p = packRows(rows);
  assert.ok(p && isPackedRows(p));
  assert.equal(p.numbers.length, 6);
  assert.deepEqual(p.strings, [
    ["A", "B", "C"],
    ["x", "", "z"],
  ]);
  const back = unpackRows(structuredClone(p));
  assert.deepEqual(back, rows);
  assert.ok(Object.is(back[0]!.n, -0));
  assert.deepEqual(
    back.map((r) => Object.keys(r)),
    rows.map((r) => Object.keys(r)),
  );
});

test("rows that are not flat records of one shape are left as they are", () => {
  assert.equal(packRows([]), null);
  assert.equal(packRows([1, 2]), null);
  assert.equal(packRows([{ a: 1 }, { a: "1" }]), null);
  assert.equal(
    packRows([
      { a: 1, b: 2 },
      { b: 2, a: 1 },
    ]),
    null,
  );
  assert.equal(packRows([{ a: 1 }, { a: 1, b: 2 }]), null);
  assert.equal(packRows([{ a: { b: 1 } }]), null);
  assert.equal(packRows([{ a: 1, k: undefined }]), null);
  assert.equal(packRows([{ a: true }]), null);
  assert.equal(isPackedRows({ a: 1 }), false);
});
