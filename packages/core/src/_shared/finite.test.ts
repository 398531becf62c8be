import { test } from "node:test";
import assert from "node:assert/strict";
import { hasNonFinite, isSealedFinite, sealFinite } from "./finite.js";
import { findNonFinite } from "../evaluate/non-finite.js";

void test("sealFinite freezes an array deeply and marks it only when it holds finite numbers alone", () => {
  const rows = [
    { name: "a", n: 1, ring: [0.5, 2] },
    { name: "b", n: 2 },
  ];
  assert.equal(sealFinite(rows), rows, "the same array");
  assert.ok(isSealedFinite(rows));
  assert.ok(Object.isFrozen(rows) && Object.isFrozen(rows[0]) && Object.isFrozen(rows[0]!.ring));
  assert.throws(() => {
    (rows[0] as { n: number }).n = NaN;
  }, TypeError);
  assert.equal(hasNonFinite({ places: rows }), false);

  // A non-finite number: frozen, not marked, and both searches still find it.
  const bad = [{ n: 1 }, { n: NaN }];
  sealFinite(bad);
  assert.ok(Object.isFrozen(bad[1]) && !isSealedFinite(bad));
  assert.equal(hasNonFinite({ places: bad }), true);
  assert.deepEqual(
    findNonFinite({ places: bad }).map((f) => f.path.join(".")),
    ["places.1.n"],
  );

  // A typed array cannot be frozen: the array is left unmarked, and an Infinity in it is found.
  const typed = [{ xs: new Float64Array([1, Infinity]) }];
  sealFinite(typed);
  assert.ok(!isSealedFinite(typed));
  assert.equal(hasNonFinite(typed), true);
  assert.ok(!isSealedFinite({ length: 0 }), "only arrays are sealed");
});
