import { test } from "node:test";
import assert from "node:assert/strict";
import { packSweep, SweepPacker, unpackSweep } from "./sweep-buffer.js";

test("a sweep table round-trips through one buffer in the documented layout", () => {
  const cells = [
    { index: 0, params: { a: 100, b: 0.25 }, outputs: { y: 0.81, z: 0.9 } },
    { index: 1, params: { a: 200, b: 0.5 }, outputs: { y: 0.79, z: Number.NaN } },
    { index: 4, params: { a: 300, b: 0.75 }, outputs: { y: 0.7 } },
  ];
  const packed = packSweep(cells, ["a", "b"], ["y", "z"]);
  assert.equal(packed.rows, 3);
  assert.equal(packed.stride, 5);
  assert.equal(packed.buffer.byteLength, 3 * 5 * 8);
  // Row 1, starting at column 0: index, a, b, y, z.
  assert.deepEqual([...new Float64Array(packed.buffer, 5 * 8, 5)], [1, 200, 0.5, 0.79, Number.NaN]);
  const cols = unpackSweep(packed);
  assert.deepEqual([...cols.cell], [0, 1, 4]);
  assert.deepEqual(cols.parameterNames, ["a", "b"]);
  assert.deepEqual([...cols.parameters[0]!], [100, 200, 300]);
  assert.deepEqual([...cols.parameters[1]!], [0.25, 0.5, 0.75]);
  assert.deepEqual([...cols.outputs[0]!], [0.81, 0.79, 0.7]);
  // A missing output reads as NaN.
  assert.ok(Number.isNaN(cols.outputs[1]![2]!));
});

test("the packer trims to the rows written and refuses more than its capacity", () => {
  const p = new SweepPacker(4, ["a"], ["y"]);
  p.push({ index: 0, params: { a: 1 }, outputs: { y: 2 } });
  assert.equal(p.rows, 1);
  const packed = p.pack();
  assert.equal(packed.rows, 1);
  assert.equal(packed.buffer.byteLength, 3 * 8);
  const full = new SweepPacker(1, ["a"], ["y"]);
  full.push({ index: 0, params: { a: 1 }, outputs: { y: 2 } });
  assert.throws(() => full.push({ index: 1, params: { a: 1 }, outputs: { y: 2 } }), /full/);
  assert.equal(unpackSweep(packSweep([], ["a"], ["y"])).rows, 0);
});
