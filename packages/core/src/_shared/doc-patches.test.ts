import { test } from "node:test";
import assert from "node:assert/strict";
import { docPatches } from "./doc-patches.js";

test("docPatches lists scalar changes, added and removed keys, resized arrays and type changes at their paths", () => {
  const a = { p: [{ x: 1, y: "a" }, { x: 2 }], q: { r: true, gone: 1 }, n: NaN };
  assert.deepEqual(docPatches(a, a), []);
  assert.deepEqual(docPatches(a, structuredClone(a)), [], "equal copies, NaN included");
  const b = {
    p: [
      { x: 1, y: "b" },
      { x: 2, z: 0 },
    ],
    q: { r: 1 },
    n: NaN,
  };
  assert.deepEqual(docPatches(a, b), [
    { path: ["p", 0, "y"], value: "b" },
    { path: ["p", 1, "z"], value: 0 },
    { path: ["q", "r"], value: 1 },
    { path: ["q", "gone"], value: undefined },
  ]);
  assert.deepEqual(docPatches(a, { ...a, p: [a.p[0]] }), [{ path: ["p"], value: [a.p[0]] }]);
  assert.deepEqual(docPatches({ x: [1, 2, 3] }, { x: [4, 5, 6] }, 3)!.length, 3);
  assert.equal(docPatches({ x: [1, 2, 3] }, { x: [4, 5, 6] }, 2), null, "past the limit");
});
