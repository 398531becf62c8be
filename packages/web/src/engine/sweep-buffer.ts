/**
 * Sweep results as one transferable buffer: the explorer worker writes every cell's parameters
 * and outputs into one `Float64Array` and transfers its `ArrayBuffer` to the page, instead of structured-cloning an
 * array of `CellResult` objects.
 *
 * Memory layout: row-major, one row per cell (`rows` = cells computed), `stride` = 1 + P + O columns, where P is the
 * number of swept parameters and O the number of outputs, in spec order:
 *
 * | column        | content                                                           |
 * |---------------|-------------------------------------------------------------------|
 * | 0             | cell index (0, 1, 2…)                                             |
 * | 1 … P         | value of parameter p (units of the swept field)                   |
 * | 1+P … P+O     | value of output o (units of the output; NaN when not computable)  |
 */
import type { CellResult } from "@seceq/core";
import { getOwn } from "@seceq/core";

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

/** Writes cells into a packed table as they are computed. */
export class SweepPacker {
  private readonly data: Float64Array;
  private readonly parameters: string[];
  private readonly outputs: string[];
  private readonly stride: number;
  private written = 0;

  /**
   * Reserve a table for `capacity` cells.
   * @param capacity most cells that will be written
   * @param parameters parameter names, in column order
   * @param outputs output names, in column order
   */
  constructor(capacity: number, parameters: readonly string[], outputs: readonly string[]) {
    this.parameters = [...parameters];
    this.outputs = [...outputs];
    this.stride = 1 + parameters.length + outputs.length;
    this.data = new Float64Array(Math.max(0, capacity) * this.stride);
  }

  /** Cells written so far. */
  get rows(): number {
    return this.written;
  }

  /** Append one cell; a parameter or output missing from the cell is written as NaN. */
  push(cell: CellResult): void {
    if ((this.written + 1) * this.stride > this.data.length) throw new RangeError("sweep table is full");
    const o = this.written * this.stride;
    this.data[o] = cell.index;
    this.parameters.forEach((p, k) => (this.data[o + 1 + k] = getOwn(cell.params, p) ?? Number.NaN));
    const base = o + 1 + this.parameters.length;
    this.outputs.forEach((name, k) => (this.data[base + k] = getOwn(cell.outputs, name) ?? Number.NaN));
    this.written++;
  }

  /** The table so far (a copy trimmed to the rows written, so its buffer can be transferred). */
  pack(): PackedSweep {
    const used = this.data.slice(0, this.written * this.stride);
    return {
      buffer: used.buffer,
      rows: this.written,
      stride: this.stride,
      parameters: [...this.parameters],
      outputs: [...this.outputs],
    };
  }
}

/** Pack computed cells (see the module comment). */
export function packSweep(cells: readonly CellResult[], parameters: string[], outputs: string[]): PackedSweep {
  const p = new SweepPacker(cells.length, parameters, outputs);
  for (const c of cells) p.push(c);
  return p.pack();
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
