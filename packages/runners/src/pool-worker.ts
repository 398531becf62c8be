/**
 * Worker-thread entry of {@link PiscinaRunner}: compute a chunk of cells and send them back as one transferred
 * Float64Array (layout in `@seceq/core`'s `cell-codec.ts`).
 */
import { packCells, runChunk, type ResolvedSweepSpec } from "@seceq/core";
import { move } from "piscina";
// Place tables for the population value model (fills the engine registry; worker threads do not share it).
import "@seceq/data/places";

/** A task: the sweep and the cells to compute. */
export interface PoolTask {
  spec: ResolvedSweepSpec;
  indices: number[];
}

/** Compute the task's cells; the result buffer is moved, not copied. */
export default function computeChunk(task: PoolTask): Float64Array {
  return move(packCells(task.spec, runChunk(task.spec, task.indices))) as Float64Array;
}
