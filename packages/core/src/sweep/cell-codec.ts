/**
 * Moving cell results between threads, processes and stores without losing a bit.
 *
 * - JSON: finite numbers survive `JSON.stringify`/`JSON.parse` exactly (shortest round-trip form), but NaN and
 *   ±Infinity become `null` and −0 becomes 0; {@link encodeCellJson} writes those as the strings `"NaN"`,
 *   `"Infinity"`, `"-Infinity"` and `"-0"`, and {@link decodeCellJson} reads them back.
 * - Typed arrays: {@link packCells} lays results out in one `Float64Array` that a worker can
 *   transfer instead of structured-cloning objects. Layout, one row of `stride` numbers per cell:
 *   `[index, param_1 … param_k, output_1 … output_m, (mean, p5, p50, p95) × m, dropped_1 … dropped_m]` (bands
 *   and dropped-sample counts when samples > 0), with parameters and outputs in spec order; `stride = 1 + k + m
 *   (+ 5m)`.
 */
import type { CellBand, CellResult } from "./run-cell.js";
import type { ResolvedSweepSpec } from "./sweep-spec.js";
import { getOwn, setOwn } from "../_shared/own-keys.js";

/** A number as it travels in JSON: finite numbers as themselves, others as strings. */
export type JsonNumber = number | "NaN" | "Infinity" | "-Infinity" | "-0";

/** A cell result in JSON-safe form. */
export interface CellJson {
  index: number;
  params: Record<string, JsonNumber>;
  outputs: Record<string, JsonNumber>;
  bands?: Record<string, { mean: JsonNumber; p5: JsonNumber; p50: JsonNumber; p95: JsonNumber; dropped?: number }>;
}

/** Encode one number for JSON. */
export function toJsonNumber(x: number): JsonNumber {
  if (Object.is(x, -0)) return "-0";
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

/** Decode one number from JSON (strings from {@link toJsonNumber}; `null` reads as NaN). */
export function fromJsonNumber(x: unknown): number {
  if (typeof x === "number") return x;
  if (x === "Infinity") return Infinity;
  if (x === "-Infinity") return -Infinity;
  if (x === "-0") return -0;
  return NaN;
}

const mapValues = <T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> => {
  const out: Record<string, U> = {};
  for (const k of Object.keys(o)) setOwn(out, k, f(o[k]!));
  return out;
};

/** Encode a cell result so that `JSON.parse(JSON.stringify(x))` gives it back exactly. */
export function encodeCellJson(r: CellResult): CellJson {
  return {
    index: r.index,
    params: mapValues(r.params, toJsonNumber),
    outputs: mapValues(r.outputs, toJsonNumber),
    ...(r.bands
      ? {
          bands: mapValues(r.bands, (b) => ({
            mean: toJsonNumber(b.mean),
            p5: toJsonNumber(b.p5),
            p50: toJsonNumber(b.p50),
            p95: toJsonNumber(b.p95),
            ...(b.dropped ? { dropped: b.dropped } : {}),
          })),
        }
      : {}),
  };
}

/** Decode a cell result written by {@link encodeCellJson}. */
export function decodeCellJson(x: CellJson): CellResult {
  return {
    index: x.index,
    params: mapValues(x.params, fromJsonNumber),
    outputs: mapValues(x.outputs, fromJsonNumber),
    ...(x.bands
      ? {
          bands: mapValues(x.bands, (b): CellBand => ({
            mean: fromJsonNumber(b.mean),
            p5: fromJsonNumber(b.p5),
            p50: fromJsonNumber(b.p50),
            p95: fromJsonNumber(b.p95),
            ...(b.dropped ? { dropped: b.dropped } : {}),
          })),
        }
      : {}),
  };
}

/** Numbers per cell in a packed buffer. */
export function packedStride(spec: Pick<ResolvedSweepSpec, "parameters" | "outputs" | "samples">): number {
  const m = spec.outputs.length;
  return 1 + spec.parameters.length + m + (spec.samples > 0 ? 5 * m : 0);
}

/**
 * Pack cell results into one Float64Array (layout in the module comment).
 * @param spec the sweep the cells belong to (fixes names and order)
 * @param results cells to pack
 */
export function packCells(
  spec: Pick<ResolvedSweepSpec, "parameters" | "outputs" | "samples">,
  results: readonly CellResult[],
): Float64Array {
  const stride = packedStride(spec);
  const buf = new Float64Array(stride * results.length);
  results.forEach((r, c) => {
    let o = c * stride;
    buf[o++] = r.index;
    for (const p of spec.parameters) buf[o++] = getOwn(r.params, p.name)!;
    for (const name of spec.outputs) buf[o++] = getOwn(r.outputs, name)!;
    if (spec.samples > 0)
      for (const name of spec.outputs) {
        const b = r.bands![name]!;
        buf[o++] = b.mean;
        buf[o++] = b.p5;
        buf[o++] = b.p50;
        buf[o++] = b.p95;
      }
    if (spec.samples > 0) for (const name of spec.outputs) buf[o++] = r.bands![name]!.dropped ?? 0;
  });
  return buf;
}

/**
 * Unpack cell results packed by {@link packCells}.
 * @param spec the sweep the cells belong to
 * @param buf the packed buffer (its length must be a multiple of the stride)
 */
export function unpackCells(
  spec: Pick<ResolvedSweepSpec, "parameters" | "outputs" | "samples">,
  buf: Float64Array,
): CellResult[] {
  const stride = packedStride(spec);
  if (buf.length % stride !== 0)
    throw new RangeError(`packed cells: length ${buf.length} is not a multiple of ${stride}`);
  const out: CellResult[] = [];
  for (let o = 0; o < buf.length;) {
    const index = buf[o++]!;
    const params: Record<string, number> = {};
    for (const p of spec.parameters) setOwn(params, p.name, buf[o++]!);
    const outputs: Record<string, number> = {};
    for (const name of spec.outputs) setOwn(outputs, name, buf[o++]!);
    const r: CellResult = { index, params, outputs };
    if (spec.samples > 0) {
      const bands: Record<string, CellBand> = {};
      for (const name of spec.outputs) {
        const mean = buf[o++]!;
        const p5 = buf[o++]!;
        const p50 = buf[o++]!;
        const p95 = buf[o++]!;
        setOwn(bands, name, { mean, p5, p50, p95 });
      }
      for (const name of spec.outputs) {
        const dropped = buf[o++]!;
        if (dropped > 0) getOwn(bands, name)!.dropped = dropped;
      }
      r.bands = bands;
    }
    out.push(r);
  }
  return out;
}
