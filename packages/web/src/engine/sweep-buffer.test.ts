import { test } from "node:test";
import assert from "node:assert/strict";
import { packSweep, unpackSweep } from "./sweep-buffer.js";

const spec = (samples: number) => ({
  parameters: [{ name: "a" }, { name: "b" }] as never,
  outputs: ["y", "z"],
  samples,
});

test("a sweep table round-trips through one buffer in the documented layout", () => {
  const cells = [
    { index: 0, params: { a: 100, b: 0.25 }, outputs: { y: 0.81, z: 0.9 } },
    { index: 1, params: { a: 200, b: 0.5 }, outputs: { y: 0.79, z: Number.NaN } },
    { index: 4, params: { a: 300, b: 0.75 }, outputs: { y: 0.7, z: Number.NaN } },
  ];
  const packed = packSweep(spec(0), cells);
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
  assert.ok(Number.isNaN(cols.outputs[1]![2]!));
  assert.equal(unpackSweep(packSweep(spec(0), [])).rows, 0);
});

test("with Monte Carlo bands the rows are wider and the columns still read right", () => {
  const band = { mean: 1, p5: 0, p50: 1, p95: 2 };
  const cells = [{ index: 2, params: { a: 1, b: 2 }, outputs: { y: 3, z: 4 }, bands: { y: band, z: band } }];
  const packed = packSweep(spec(10), cells);
  assert.equal(packed.stride, 5 + 8 + 2);
  const cols = unpackSweep(packed);
  assert.deepEqual([cols.cell[0], cols.parameters[1]![0], cols.outputs[1]![0]], [2, 2, 4]);
});
