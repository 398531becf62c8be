/**
 * The Explorer's state and its one writer: the mode, the negotiation space and sweep being edited, the runs (in the
 * Explorer's worker or on the server) with their progress and results, and opening a point of a result as the
 * Workbench's scenario. Views read it through `subscribe`/`getState` and change it only through the methods here.
 *
 * Runs start from the scenario in the Workbench at the time (inline in the spec), and keep that document, so a
 * point opened later is the point that was computed, whatever was edited since. One run at a time: starting a run
 * cancels the one in flight. The forms are rebuilt when the Workbench switches to a scenario of another shape
 * (another preset, other parties or elements); edits of values keep them.
 */
import {
  formatIssue,
  type Issue,
  type NegotiationResult,
  type NegotiationSpecInput,
  type ScenarioInput,
} from "@seceq/core";
import { ensurePlaceTables, PLACE_TABLE_COUNTRIES } from "@seceq/data/lazy";
import type { WorkbenchStore } from "../app/workbench-store.js";
import { CancelledError, type ExplorerClient } from "../engine/explorer-client.js";
import type { ExplorerProgress } from "../engine/explorer-core.js";
import { unpackSweep, type SweepColumns } from "../engine/sweep-buffer.js";
import { IDLE_RUN, type RunState, type RunWhere, type ServerAvailability } from "./explorer-vm.js";
import type { NegotiateApi } from "./negotiate-api.js";
import {
  negotiationForm,
  negotiationFormProblems,
  negotiationSpecInput,
  negotiationSteps,
  negotiationVm,
  openedMessage,
  type NegotiationForm,
  type NegotiationVm,
} from "./negotiation-vm.js";
import { pointDocumentFromSpec, sweepCellDocument, type PointDocument } from "./point-document.js";
import {
  defaultSweepForm,
  leverOptions,
  openedCellMessage,
  outputOptions,
  sweepCells,
  sweepFormProblems,
  sweepSpecInput,
  type SweepForm,
  type SweepRunInfo,
  type SweepView,
} from "./sweep-vm.js";

/** The two modes. */
export type ExplorerMode = "negotiate" | "sweep";

/** Negotiation mode: the form, the last run and its result. */
export interface NegotiationState {
  form: NegotiationForm;
  run: RunState;
  /** Spec of the last finished search (base scenario inline). */
  spec: NegotiationSpecInput | null;
  result: NegotiationResult | null;
  vm: NegotiationVm | null;
  /** Preset the searched scenario came from. */
  presetId: string | null;
  /** Workbench revision the search started from. */
  revision: number;
}

/** Sweep mode: the form, the last run and its table. */
export interface SweepState {
  form: SweepForm;
  run: RunState;
  /** The document the last finished sweep started from. */
  baseDoc: ScenarioInput | null;
  info: SweepRunInfo | null;
  table: SweepColumns | null;
  view: SweepView;
  presetId: string | null;
  revision: number;
}

/** The whole state. */
export interface ExplorerState {
  mode: ExplorerMode;
  /** Shape of the scenario the forms were built for (preset, parties, elements). */
  shape: string;
  negotiation: NegotiationState;
  sweep: SweepState;
  /** Whether the server offers negotiation searches. */
  server: ServerAvailability;
  /** Why the last point could not be opened, or "". */
  openError: string;
  /** Last message of the Explorer (announced). */
  message: string;
}

/** Dependencies of the store. */
export interface ExplorerDeps {
  workbench: WorkbenchStore;
  client: ExplorerClient;
  /** The server's negotiation endpoint; without it, searches run only in the browser. */
  api?: NegotiateApi;
  /** Clock, ms. Default `performance.now()`. */
  now?: () => number;
}

/** The shape of a scenario: what the forms depend on (preset, party ids, element and layer ids). */
export function scenarioShape(input: ScenarioInput, presetId: string | null): string {
  const parties = input.parties.map(
    (p) => `${p.id}:${p.forces.map((f) => f.id).join(",")}:${(p.defenses ?? []).map((d) => d.id).join(",")}`,
  );
  return `${presetId ?? ""}|${parties.join(";")}`;
}

const formatIssues = (issues: readonly Issue[]): string[] =>
  issues.filter((i) => (i.severity ?? "error") === "error").map(formatIssue);

/** The Explorer store. */
export class ExplorerStore {
  private state: ExplorerState;
  private readonly listeners = new Set<() => void>();
  private readonly deps: ExplorerDeps;
  private readonly now: () => number;
  private readonly unsubscribe: () => void;
  /** Sequence number of the latest run; results of older runs are dropped. */
  private seq = 0;
  private abort: AbortController | undefined;
  private probed = false;

  /** Create the store with forms for the Workbench's current scenario. */
  constructor(deps: ExplorerDeps) {
    this.deps = deps;
    this.now = deps.now ?? (() => globalThis.performance.now());
    const w = deps.workbench.getState();
    const sweepForm = defaultSweepForm(leverOptions(w.input, w.baseline));
    this.state = {
      mode: "negotiate",
      shape: scenarioShape(w.input, w.presetId),
      negotiation: {
        form: negotiationForm(w.input, w.presetId),
        run: IDLE_RUN,
        spec: null,
        result: null,
        vm: null,
        presetId: null,
        revision: 0,
      },
      sweep: {
        form: sweepForm,
        run: IDLE_RUN,
        baseDoc: null,
        info: null,
        table: null,
        view: { x: 0, y: outputOptions(w.input)[0]?.name ?? "", color: -1 },
        presetId: null,
        revision: 0,
      },
      server: deps.api ? "unknown" : "unavailable",
      openError: "",
      message: "",
    };
    this.unsubscribe = deps.workbench.subscribe(() => this.followWorkbench());
  }

  //// reading ////

  /** Current state (immutable; replaced on every change). */
  getState = (): ExplorerState => this.state;

  /** Subscribe to changes; returns the unsubscribe function. */
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** True while a run is in flight. */
  get running(): boolean {
    return this.state.negotiation.run.status === "running" || this.state.sweep.run.status === "running";
  }

  //// writing ////

  /** Switch mode. */
  setMode(mode: ExplorerMode): void {
    if (mode !== this.state.mode) this.set({ mode });
  }

  /** Ask the server, once, whether it runs negotiation searches. */
  async probeServer(): Promise<void> {
    if (this.probed || !this.deps.api) return;
    this.probed = true;
    const ok = await this.deps.api.available();
    this.set({ server: ok ? "available" : "unavailable" });
  }

  /** Replace the negotiation form. */
  setNegotiationForm(form: NegotiationForm): void {
    this.set({ negotiation: { ...this.state.negotiation, form } });
  }

  /** Put the negotiation form back to the space of the current scenario (built-in or generated). */
  resetNegotiationForm(): void {
    const w = this.deps.workbench.getState();
    this.setNegotiationForm(negotiationForm(w.input, w.presetId));
  }

  /** Replace the sweep form. */
  setSweepForm(form: SweepForm): void {
    this.set({ sweep: { ...this.state.sweep, form } });
  }

  /** Change how sweep results are drawn. */
  setSweepView(patch: Partial<SweepView>): void {
    this.set({ sweep: { ...this.state.sweep, view: { ...this.state.sweep.view, ...patch } } });
  }

  /** Stop the run in flight (the worker is terminated; a server request is abandoned). */
  cancel(): void {
    if (!this.running) return;
    this.seq++;
    this.abort?.abort();
    this.abort = undefined;
    this.deps.client.cancel();
    const at = this.now();
    const stop = (r: RunState): RunState =>
      r.status === "running" ? { ...r, status: "cancelled", finishedAt: at } : r;
    this.set({
      negotiation: { ...this.state.negotiation, run: stop(this.state.negotiation.run) },
      sweep: { ...this.state.sweep, run: stop(this.state.sweep.run) },
      message: "Run cancelled.",
    });
  }

  /**
   * Search the negotiation space of the form around the Workbench's current scenario, in the browser's worker or
   * on the server. Resolves when the run ends (finished, failed or cancelled).
   */
  async runNegotiation(where: RunWhere = "browser"): Promise<void> {
    const form = this.state.negotiation.form;
    const problems = negotiationFormProblems(form);
    if (problems.length > 0) {
      this.setNegotiationRun({
        ...IDLE_RUN,
        status: "failed",
        where,
        error: "The space is not complete.",
        issues: problems,
      });
      return;
    }
    if (where === "server" && (!this.deps.api || this.state.server !== "available")) return;
    this.cancel();
    const seq = ++this.seq;
    const w = this.deps.workbench.getState();
    const spec = negotiationSpecInput(form, w.input);
    const startedAt = this.now();
    const run: RunState = {
      ...IDLE_RUN,
      status: "running",
      where,
      total: negotiationSteps(form),
      phase: "status-quo",
      startedAt,
    };
    this.setNegotiationRun(run, "Negotiation search started.");
    const finish = (patch: Partial<RunState>, extra: Partial<NegotiationState> = {}, message = "") => {
      if (seq !== this.seq) return;
      this.set({
        negotiation: {
          ...this.state.negotiation,
          ...extra,
          run: { ...this.state.negotiation.run, ...patch, finishedAt: this.now() },
        },
        message,
      });
    };
    const done = (result: NegotiationResult) =>
      finish(
        { status: "done", done: result.evaluations.scored, total: result.evaluations.scored },
        { spec, result, vm: negotiationVm(result), presetId: w.presetId, revision: w.revision },
        `Search finished: ${result.evaluations.scored} frameworks scored, ${result.zopa.length} in the zone of possible agreement.`,
      );
    if (where === "server") {
      const abort = new AbortController();
      this.abort = abort;
      const r = await this.deps.api!.run(spec, abort.signal);
      if (this.abort === abort) this.abort = undefined;
      if (r.ok) done(r.result);
      else if (!r.aborted) finish({ status: "failed", error: r.message, issues: r.issues }, {}, r.message);
      return;
    }
    try {
      const r = await this.deps.client.negotiate({ kind: "negotiate", spec }, (p) =>
        this.progress(seq, "negotiation", p),
      );
      if (r.ok) done(r.result);
      else
        finish(
          { status: "failed", error: "The negotiation space is not valid.", issues: formatIssues(r.issues) },
          {},
          "The negotiation space is not valid.",
        );
    } catch (e) {
      if (e instanceof CancelledError) return;
      finish({ status: "failed", error: `The search failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  /**
   * Open point `index` of the last search as the Workbench's scenario (the base with the point's restructured
   * postures). The document is built here, on the page's thread (a pure function of the search's spec and the point,
   * a few milliseconds), so opening a point never waits for, or cancels, a run in the Explorer's worker.
   * @returns true when the Workbench has it
   */
  openNegotiationPoint(index: number): boolean {
    const { spec, result, presetId } = this.state.negotiation;
    const point = result?.points[index];
    if (!spec || !result || !point) return false;
    let r: PointDocument;
    try {
      r = pointDocumentFromSpec(spec, { framework: point.framework, caps: point.caps });
    } catch (e) {
      this.set({ openError: `Could not open this point: ${e instanceof Error ? e.message : String(e)}` });
      return false;
    }
    if (!r.ok) {
      this.set({ openError: `Could not open this point: ${r.message}` });
      return false;
    }
    const ok = this.deps.workbench.replaceScenario(
      r.scenario,
      presetId,
      openedMessage(result, index, r.rounded.length),
      "the point's scenario",
    );
    this.set({ openError: ok ? "" : `Could not open this point: ${this.deps.workbench.getState().status}` });
    return ok;
  }

  /** Run the sweep of the form around the Workbench's current scenario in the browser's worker. */
  async runSweep(): Promise<void> {
    const w = this.deps.workbench.getState();
    const options = leverOptions(w.input, w.baseline);
    const form = this.state.sweep.form;
    const problems = sweepFormProblems(form, options);
    if (problems.length > 0) {
      this.setSweepRun({ ...IDLE_RUN, status: "failed", error: "The sweep is not complete.", issues: problems });
      return;
    }
    this.cancel();
    const seq = ++this.seq;
    const spec = sweepSpecInput(form, options, w.input);
    const info: SweepRunInfo = {
      levers: form.levers.map((l) => options.find((o) => o.key === l.key)!),
      outputs: outputOptions(w.input),
      method: form.method,
    };
    this.setSweepRun(
      { ...IDLE_RUN, status: "running", total: sweepCells(form, options), phase: "cells", startedAt: this.now() },
      "Sweep started.",
    );
    const finish = (patch: Partial<RunState>, extra: Partial<SweepState> = {}, message = "") => {
      if (seq !== this.seq) return;
      this.set({
        sweep: { ...this.state.sweep, ...extra, run: { ...this.state.sweep.run, ...patch, finishedAt: this.now() } },
        message,
      });
    };
    try {
      const r = await this.deps.client.sweep({ kind: "sweep", spec }, (p) => this.progress(seq, "sweep", p));
      if (!r.ok) {
        finish(
          { status: "failed", error: "The sweep is not valid.", issues: formatIssues(r.issues) },
          {},
          "The sweep is not valid.",
        );
        return;
      }
      // The sweep chart marks the Workbench's own scenario, computed on the page (scenarioOutput), so the page needs
      // place tables too, loaded now (on demand). All of them: the page validates other scenarios against the same
      // registry without loading their tables first, and a partial registry would refuse their countries.
      await ensurePlaceTables(PLACE_TABLE_COUNTRIES);
      const table = unpackSweep(r.table);
      const view = this.state.sweep.view;
      finish(
        { status: "done", done: table.rows, total: table.rows },
        {
          baseDoc: w.input,
          info,
          table,
          presetId: w.presetId,
          revision: w.revision,
          view: {
            x: Math.min(view.x, info.levers.length - 1),
            y: info.outputs.some((o) => o.name === view.y) ? view.y : (info.outputs[0]?.name ?? ""),
            color: info.levers.length > 1 ? (view.color >= 0 && view.color < info.levers.length ? view.color : 1) : -1,
          },
        },
        `Sweep finished: ${table.rows} cells.`,
      );
    } catch (e) {
      if (e instanceof CancelledError) return;
      finish({ status: "failed", error: `The sweep failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  /** Open row `row` of the last sweep as the Workbench's scenario. Returns true when the Workbench has it. */
  openSweepCell(row: number): boolean {
    const { table, info, baseDoc, presetId } = this.state.sweep;
    if (!table || !info || !baseDoc || row < 0 || row >= table.rows) return false;
    const doc = sweepCellDocument(
      baseDoc,
      info.levers.map((l) => l.path),
      info.levers.map((_, k) => table.parameters[k]![row]!),
    );
    const ok = this.deps.workbench.replaceScenario(
      doc,
      presetId,
      openedCellMessage(table, info, row),
      "the cell's scenario",
    );
    this.set({ openError: ok ? "" : `Could not open this cell: ${this.deps.workbench.getState().status}` });
    return ok;
  }

  /** Stop following the Workbench and abandon any run. */
  dispose(): void {
    this.cancel();
    this.unsubscribe();
  }

  private progress(seq: number, mode: "negotiation" | "sweep", p: ExplorerProgress): void {
    if (seq !== this.seq) return;
    const cur = this.state[mode];
    if (cur.run.status !== "running") return;
    const run = { ...cur.run, done: p.done, total: p.total, phase: p.phase };
    if (mode === "negotiation") this.set({ negotiation: { ...this.state.negotiation, run } });
    else this.set({ sweep: { ...this.state.sweep, run } });
  }

  private setNegotiationRun(run: RunState, message = ""): void {
    this.set({ negotiation: { ...this.state.negotiation, run }, message });
  }

  private setSweepRun(run: RunState, message = ""): void {
    this.set({ sweep: { ...this.state.sweep, run }, message });
  }

  /** Rebuild the forms when the Workbench's scenario changes shape. */
  private followWorkbench(): void {
    const w = this.deps.workbench.getState();
    const shape = scenarioShape(w.input, w.presetId);
    if (shape === this.state.shape) return;
    const options = leverOptions(w.input, w.baseline);
    this.set({
      shape,
      negotiation: { ...this.state.negotiation, form: negotiationForm(w.input, w.presetId) },
      sweep: {
        ...this.state.sweep,
        form: defaultSweepForm(options),
        ...(this.state.sweep.table ? {} : { view: { x: 0, y: outputOptions(w.input)[0]?.name ?? "", color: -1 } }),
      },
    });
  }

  private set(patch: Partial<ExplorerState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
