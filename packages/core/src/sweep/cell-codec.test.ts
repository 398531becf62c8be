import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeCellJson, encodeCellJson, packCells, packedStride, unpackCells } from "./cell-codec.js";
import type { CellResult } from "./run-cell.js";

const spec = {
  parameters: [{ name: "a" }, { name: "b" }],
  outputs: ["x", "y"],
  samples: 10,
} as unknown as Parameters<typeof packCells>[0];

const cells: CellResult[] = [
  {
    index: 3,
    params: { a: 0.1, b: 250 },
    outputs: { x: 1 / 3, y: NaN },
    bands: {
      x: { mean: 0.3, p5: 0.1, p50: 0.3, p95: 0.5 },
      y: { mean: NaN, p5: -Infinity, p50: 0, p95: Infinity, dropped: 4 },
    },
  },
  {
    index: 4,
    params: { a: 5e-324, b: -0 },
    outputs: { x: 0.1 + 0.2, y: Infinity },
    bands: { x: { mean: 1, p5: 1, p50: 1, p95: 1 }, y: { mean: 2, p5: 2, p50: 2, p95: 2 } },
  },
];

void test("JSON encoding round-trips every double bit for bit, NaN and infinities included", () => {
  const back = cells.map((c) =>
    decodeCellJson(JSON.parse(JSON.stringify(encodeCellJson(c))) as ReturnType<typeof encodeCellJson>),
  );
  assert.deepEqual(back, cells);
  assert.ok(Object.is(back[1]!.params["b"], -0));
  assert.equal(JSON.stringify(encodeCellJson(cells[0]!).outputs), '{"x":0.3333333333333333,"y":"NaN"}');
});

void test("packing into one Float64Array and back gives the same cells", () => {
  // index, 2 parameters, 2 outputs, 2 bands of 4 numbers, 2 dropped-sample counts
  assert.equal(packedStride(spec), 1 + 2 + 2 + 8 + 2);
  const buf = packCells(spec, cells);
  assert.equal(buf.length, 2 * 15);
  assert.deepEqual([...buf.subarray(13, 15)], [0, 4]);
  assert.deepEqual(unpackCells(spec, buf), cells);
  assert.throws(() => unpackCells(spec, new Float64Array(5)), RangeError);
  const noMc = { ...spec, samples: 0 };
  const plain = cells.map(({ bands: _b, ...c }) => c);
  assert.deepEqual(unpackCells(noMc, packCells(noMc, plain)), plain);
});
