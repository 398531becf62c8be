/**
 * Worker-thread entry of {@link PiscinaExecutor}: run one operation with `runOperation` (embedded presets resolve
 * negotiation specs naming `base.preset`). Sweep cells come back as one moved Float64Array (layout in
 * `@seceq/core`'s `cell-codec.ts`), not copied.
 */
import { runOperation, type Operation, type OperationOutcome } from "@seceq/core";
import { getPreset, listPresets } from "@seceq/data";
import { move } from "piscina";

/** A task: the operation and its time budget. */
export interface OperationTask {
  op: Operation;
  /** Time budget, ms (deadline checks inside the engine). */
  budgetMs?: number;
}

const presetIds = listPresets().map((p) => p.id);
const presets = { resolvePreset: (id: string) => (presetIds.includes(id) ? getPreset(id) : undefined), presetIds };

/** Run the task's operation; a sweep chunk's packed cells are moved to the caller as a bare Float64Array. */
export default function runTask(task: OperationTask): OperationOutcome | Float64Array {
  const outcome = runOperation(task.op, {
    presets,
    ...(task.budgetMs !== undefined ? { budgetMs: task.budgetMs } : {}),
  });
  if (outcome.ok && outcome.kind === "sweep-cells") return move(outcome.result as Float64Array) as Float64Array;
  return outcome;
}
