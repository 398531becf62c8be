/**
 * Sweep results as one transferable buffer: the explorer worker computes cells with the protocol's
 * `sweep-cells` operation, which packs them with core's cell codec (`packCells`, the layout every runner uses), and
 * transfers the buffer to the page instead of structured-cloning an array of `CellResult` objects.
 *
 * Memory layout (see `cell-codec.ts`): row-major, one row per cell, `stride` = 1 + P + O (+ 5·O with Monte Carlo
 * samples) columns, where P is the number of swept parameters and O the number of outputs, in spec order:
 *
 * | column        | content                                                           |
 * |---------------|-------------------------------------------------------------------|
 * | 0             | cell index (0, 1, 2…)                                             |
 * | 1 … P         | value of parameter p (units of the swept field)                   |
 * | 1+P … P+O     | value of output o (units of the output; NaN when not computable)  |
 * | P+O+1 …       | with samples: mean, p5, p50, p95 of each output                   |
 * | P+5·O+1 …     | with samples: NaN samples left out of each output's band (count)   |
 */
import { packCells, packedStride, type CellResult, type ResolvedSweepSpec } from "@seceq/core";

/** A packed sweep table: the buffer plus the names needed to read it. */
export interface PackedSweep {
  /** Row-major Float64 data; see the module comment for the layout. */
  buffer: ArrayBuffer;
  rows: number;
  stride: number;
  /** Parameter names, in column order (the spec's parameter names). */
  parameters: string[];
  /** Output names, in column order. */
  outputs: string[];
}

/** A sweep table as columns, ready for charts and CSV. */
export interface SweepColumns {
  rows: number;
  /** Cell index of each row. */
  cell: Float64Array;
  parameterNames: string[];
  outputNames: string[];
  /** One column per parameter, in `parameterNames` order. */
  parameters: Float64Array[];
  /** One column per output, in `outputNames` order. */
  outputs: Float64Array[];
}

/**
 * Describe cells packed by `packCells` (core's cell codec, the layout every runner uses) as a table.
 * @param spec the sweep the cells belong to (names and order of the columns)
 * @param cells the packed cells
 */
export function packedSweep(
  spec: Pick<ResolvedSweepSpec, "parameters" | "outputs" | "samples">,
  cells: Float64Array,
): PackedSweep {
  const stride = packedStride(spec);
  return {
    buffer: cells.buffer as ArrayBuffer,
    rows: cells.length / stride,
    stride,
    parameters: spec.parameters.map((p) => p.name),
    outputs: [...spec.outputs],
  };
}

/** Pack computed cells (see the module comment). */
export function packSweep(
  spec: Pick<ResolvedSweepSpec, "parameters" | "outputs" | "samples">,
  cells: readonly CellResult[],
): PackedSweep {
  return packedSweep(spec, packCells(spec, cells));
}

/** Read a packed table back as columns (copies; the buffer may be shared by several readers). */
export function unpackSweep(p: PackedSweep): SweepColumns {
  const data = new Float64Array(p.buffer);
  const col = (c: number) => {
    const out = new Float64Array(p.rows);
    for (let r = 0; r < p.rows; r++) out[r] = data[r * p.stride + c]!;
    return out;
  };
  return {
    rows: p.rows,
    cell: col(0),
    parameterNames: [...p.parameters],
    outputNames: [...p.outputs],
    parameters: p.parameters.map((_, k) => col(1 + k)),
    outputs: p.outputs.map((_, k) => col(1 + p.parameters.length + k)),
  };
}
