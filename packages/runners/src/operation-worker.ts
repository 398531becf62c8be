/**
 * Worker-thread entry of {@link PiscinaExecutor}: run one operation with `runOperation` (embedded presets resolve
 * negotiation specs naming `base.preset`). Sweep cells come back as one moved Float64Array (layout in
 * `@seceq/core`'s `cell-codec.ts`), not copied.
 *
 * Sweep chunks from {@link PiscinaRunner} (`sweep` tasks, issue 11) carry the spec only when the worker asks for it:
 * a worker keeps the last few specs it was sent by id (a content hash), so later chunks send only cell indices, and
 * every chunk of a sweep runs on the same spec object (the engine's caches keyed by object identity — compiled
 * outputs, force states, kill probabilities, damage tables — keep hitting across chunks).
 */
import { packCells, runCell, runOperation, type Operation, type OperationOutcome } from "@seceq/core";
import type { CellResult, ResolvedSweepSpec } from "@seceq/core";
import { getPreset, listPresets } from "@seceq/data";
import { move } from "piscina";

/** A chunk of sweep cells: the spec by id, and the spec itself only when the worker lacks it. */
export interface SweepChunkTask {
  /** Content id of the spec ({@link sweepIdOf}). */
  id: string;
  /** The resolved spec: sent again only after a worker answered {@link NEEDS_SPEC}. */
  spec?: ResolvedSweepSpec;
  indices: number[];
}

/** A task: an operation, or a sweep chunk, and its time budget. */
export interface OperationTask {
  op?: Operation;
  sweep?: SweepChunkTask;
  /** Time budget, ms (deadline checks inside the engine). */
  budgetMs?: number;
}

/** A worker's answer to a sweep chunk whose spec it does not hold. */
export const NEEDS_SPEC = "needs-spec";

/** Specs kept per worker (most recent last). */
const SPECS_KEPT = 4;
const specs = new Map<string, ResolvedSweepSpec>();

const presetIds = listPresets().map((p) => p.id);
const presets = { resolvePreset: (id: string) => (presetIds.includes(id) ? getPreset(id) : undefined), presetIds };

function runSweep(task: SweepChunkTask, budgetMs: number | undefined): OperationOutcome | Float64Array | string {
  let spec = specs.get(task.id);
  if (!spec) {
    if (!task.spec) return NEEDS_SPEC;
    // First chunk with this spec: the operation's request checks (no cells), then keep the spec for the next chunks.
    const checked = runOperation(
      { kind: "sweep-cells", body: { data: { spec: task.spec, indices: [] } } },
      { presets, ...(budgetMs !== undefined ? { budgetMs } : {}) },
    );
    if (!checked.ok) return checked;
    spec = task.spec;
  }
  specs.delete(task.id);
  specs.set(task.id, spec);
  if (specs.size > SPECS_KEPT) specs.delete(specs.keys().next().value!);
  const cells: CellResult[] = [];
  for (const index of task.indices) cells.push(runCell(spec, index));
  return move(packCells(spec, cells)) as Float64Array;
}

/** Run the task's operation; a sweep chunk's packed cells are moved to the caller as a bare Float64Array. */
export default function runTask(task: OperationTask): OperationOutcome | Float64Array | string {
  if (task.sweep) return runSweep(task.sweep, task.budgetMs);
  const outcome = runOperation(task.op!, {
    presets,
    ...(task.budgetMs !== undefined ? { budgetMs: task.budgetMs } : {}),
  });
  if (outcome.ok && outcome.kind === "sweep-cells") return move(outcome.result as Float64Array) as Float64Array;
  return outcome;
}
