/**
 * Run cells on the calling thread. Yields to the event loop every few milliseconds so progress bars redraw and
 * abort signals are seen.
 */
import { runCell, type ResolvedSweepSpec } from "@seceq/core";
import type { ResultHandler, RunOptions, Runner } from "./runner.js";

/** Longest stretch of computing between yields to the event loop, ms. */
const SLICE_MS = 50;

/** Runs every cell in this thread, in the order given. */
export class InProcessRunner implements Runner {
  readonly name = "in-process";

  async run(
    spec: ResolvedSweepSpec,
    cellIndices: readonly number[],
    onResult: ResultHandler,
    options: RunOptions = {},
  ): Promise<void> {
    let sliceStart = performance.now();
    for (const index of cellIndices) {
      options.signal?.throwIfAborted();
      await onResult(runCell(spec, index));
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
