/**
 * Summaries of a finished (or partial) sweep: for each output, its spread over the cells and, with Monte Carlo, the
 * average of the cells' uncertainty bands.
 */
import { band, type Band } from "../random/quantile.js";
import type { CellResult } from "./run-cell.js";
import { getOwn, setOwn } from "../_shared/own-keys.js";

/** Summary of one output over the cells. */
export interface OutputSummary {
  /** Cells with a finite value. */
  cells: number;
  min: number;
  max: number;
  /** Mean and 5/50/95 percentiles of the cells' expected values. */
  overCells: Band;
  /** Mean over cells of each cell's Monte Carlo band (present when the cells carry bands). */
  meanBand?: Band;
  /** Monte Carlo samples left out of the cells' bands because the output was NaN in them (sum over cells); absent when none. */
  droppedSamples?: number;
  /** Says how many samples were dropped, in how many cells, when any were. */
  warning?: string;
}

/**
 * Summarise cells output by output (NaN values are left out; an output with no finite value gives NaN figures).
 * @param outputs output names, in the order wanted
 * @param cells the cells
 */
export function summarizeCells(
  outputs: readonly string[],
  cells: readonly CellResult[],
): Record<string, OutputSummary> {
  const out: Record<string, OutputSummary> = {};
  for (const name of outputs) {
    const values = cells.map((c) => getOwn(c.outputs, name) ?? NaN).filter((v) => !Number.isNaN(v));
    const s: OutputSummary = {
      cells: values.length,
      min: values.length ? values.reduce((m, v) => (v < m ? v : m), Infinity) : NaN,
      max: values.length ? values.reduce((m, v) => (v > m ? v : m), -Infinity) : NaN,
      overCells: band(values),
    };
    const bands = cells.flatMap((c) => {
      const b = getOwn(c.bands, name);
      return b ? [b] : [];
    });
    const dropped = bands.filter((b) => (b.dropped ?? 0) > 0);
    if (dropped.length > 0) {
      s.droppedSamples = dropped.reduce((t, b) => t + b.dropped!, 0);
      s.warning =
        `${s.droppedSamples} Monte Carlo sample${s.droppedSamples === 1 ? " was" : "s were"} not a number (NaN) ` +
        `and left out of the bands of ${dropped.length} of ${bands.length} cells`;
    }
    if (bands.length > 0)
      s.meanBand = {
        mean: band(bands.map((b) => b.mean)).mean,
        p5: band(bands.map((b) => b.p5)).mean,
        p50: band(bands.map((b) => b.p50)).mean,
        p95: band(bands.map((b) => b.p95)).mean,
      };
    setOwn(out, name, s);
  }
  return out;
}
