/**
 * What the Explorer's worker computes, as plain functions (so node:test can run them without a Worker or a DOM).
 *
 * Two kinds of job, both slow enough to need their own worker, apart from the workbench's two engine workers (the
 * scenario document of a point is quick and built on the page: see `pointDocumentFromSpec`):
 * - `negotiate`: validate a negotiation spec (its base scenario inline) and run the search, reporting progress
 *   after every framework scored;
 * - `sweep`: validate a sweep spec and compute every cell with the protocol's `sweep-cells` operation (the one every
 *   runner uses), reporting progress, into one packed table (see `sweep-buffer.ts`).
 */
import {
  cellCount,
  negotiate,
  parseNegotiationSpec,
  resolveSweepSpec,
  runOperation,
  SweepSpec,
  validateData,
  type Issue,
  type NegotiationResult,
  type NegotiationSpecInput,
  type ResolvedSweepSpec,
  type SweepSpecInput,
} from "@seceq/core";
import { packedSweep, type PackedSweep } from "./sweep-buffer.js";

/** Run a negotiation search. */
export interface NegotiateJob {
  kind: "negotiate";
  /** The spec, with the base scenario inline (`base.scenario`). */
  spec: NegotiationSpecInput;
}

/** Run a sweep. */
export interface SweepJob {
  kind: "sweep";
  /** The spec, with the base scenario inline. */
  spec: SweepSpecInput;
  /** Refuse sweeps of more cells than this. Default {@link MAX_BROWSER_CELLS}. */
  maxCells?: number;
}

/** Any Explorer job. */
export type ExplorerJob = NegotiateJob | SweepJob;

/** Progress of a running job. */
export interface ExplorerProgress {
  /** Steps done: frameworks scored (negotiation) or cells computed (sweep). */
  done: number;
  /** Upper bound on the steps. */
  total: number;
  /** What is being done, e.g. `sample`, `refine`, `cells`. */
  phase: string;
}

/** Result of a negotiate job. */
export type NegotiateResult =
  | { kind: "negotiate"; ok: true; result: NegotiationResult; issues: Issue[]; elapsedMs: number }
  | { kind: "negotiate"; ok: false; issues: Issue[]; elapsedMs: number };

/** Result of a sweep job. */
export type SweepResult =
  | { kind: "sweep"; ok: true; table: PackedSweep; issues: Issue[]; elapsedMs: number }
  | { kind: "sweep"; ok: false; issues: Issue[]; elapsedMs: number };

/** Any Explorer result. */
export type ExplorerResult = NegotiateResult | SweepResult;

/** Most cells a sweep may have in the browser (a larger one belongs to `seceq sweep`). */
export const MAX_BROWSER_CELLS = 20_000;

const now = () => globalThis.performance.now();

/** Validate and resolve a sweep spec given as plain data (issue paths point into the data). */
export function parseSweepSpec(data: unknown): { value?: ResolvedSweepSpec; issues: Issue[] } {
  let resolved: ResolvedSweepSpec | undefined;
  const r = validateData(SweepSpec, data, (spec) => {
    const x = resolveSweepSpec(spec);
    resolved = x.value;
    return x.issues;
  });
  return r.value && resolved ? { value: resolved, issues: r.issues } : { issues: r.issues };
}

/** Run a negotiate job, reporting progress after every step. */
export function runNegotiate(job: NegotiateJob, onProgress?: (p: ExplorerProgress) => void): NegotiateResult {
  const t0 = now();
  const r = parseNegotiationSpec(job.spec);
  if (!r.value) return { kind: "negotiate", ok: false, issues: r.issues, elapsedMs: now() - t0 };
  const result = negotiate(r.value, onProgress ? { onProgress: (p) => onProgress({ ...p }) } : {});
  return { kind: "negotiate", ok: true, result, issues: r.issues, elapsedMs: now() - t0 };
}

/** Run a sweep job: every cell in index order, reporting progress after each. */
export function runSweep(job: SweepJob, onProgress?: (p: ExplorerProgress) => void): SweepResult {
  const t0 = now();
  const r = parseSweepSpec(job.spec);
  if (!r.value) return { kind: "sweep", ok: false, issues: r.issues, elapsedMs: now() - t0 };
  const spec = r.value;
  const n = cellCount(spec);
  const max = job.maxCells ?? MAX_BROWSER_CELLS;
  if (n > max)
    return {
      kind: "sweep",
      ok: false,
      issues: [
        {
          code: "too_many",
          path: ["sampling"],
          message: `${n.toLocaleString("en-US")} cells is more than the browser runs (${max.toLocaleString("en-US")}); use \`seceq sweep\``,
        },
      ],
      elapsedMs: now() - t0,
    };
  // The same cell operation every runner computes (server pool, CLI, BullMQ chunks), packed with core's cell codec.
  const out = runOperation(
    { kind: "sweep-cells", body: { data: { spec, indices: Array.from({ length: n }, (_, i) => i) } } },
    onProgress ? { onProgress } : {},
  );
  if (!out.ok) throw new Error("error" in out ? out.error.message : "the sweep needs a saved scenario");
  const table = packedSweep(spec, out.result as Float64Array);
  return { kind: "sweep", ok: true, table, issues: r.issues, elapsedMs: now() - t0 };
}

/** Run any Explorer job. */
export function runExplorerJob(job: ExplorerJob, onProgress?: (p: ExplorerProgress) => void): ExplorerResult {
  switch (job.kind) {
    case "negotiate":
      return runNegotiate(job, onProgress);
    case "sweep":
      return runSweep(job, onProgress);
  }
}

/** Buffers of a result to transfer rather than copy. */
export function explorerTransferables(result: ExplorerResult): ArrayBuffer[] {
  return result.kind === "sweep" && result.ok ? [result.table.buffer] : [];
}

/**
 * Throttle progress reports to at most one per `intervalMs` (the first and the last always pass), so a fast job does
 * not flood the page with messages.
 * @param send where reports go
 * @param intervalMs least time between reports, ms
 * @param clock time source, ms
 */
export function throttleProgress(
  send: (p: ExplorerProgress) => void,
  intervalMs: number,
  clock: () => number = now,
): (p: ExplorerProgress) => void {
  let last = -Infinity;
  return (p) => {
    const t = clock();
    if (p.done === 0 || p.done >= p.total || t - last >= intervalMs) {
      last = t;
      send(p);
    }
  };
}
