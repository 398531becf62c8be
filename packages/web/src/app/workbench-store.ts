/**
 * The workbench's state and its one writer: the edited scenario, the preset it came from, a pinned copy for
 * comparison, the workbench options, and the latest engine results. Views read it through `subscribe`/`getState`
 * (React's `useSyncExternalStore`) and change it only through the methods here.
 *
 * Every edit feeds two {@link CoalescingScheduler}s: one for the fast `core` job (the figures that follow a slider)
 * and one for the slower `extras` job (sensitivities, crisis timeline, Monte Carlo, treaty compliance), each on its
 * own worker, so a slow analysis never delays the core figures.
 */
import { RULE_PACK_IDS, type Issue, type Report, type ScenarioInput, type SensitivityEntry } from "@seceq/core";
import { unpackCrisis, type CrisisColumns } from "../engine/crisis-buffer.js";
import { CancelledError, type EngineClient } from "../engine/engine-client.js";
import type { ComplianceOutcome, CoreResult, ExtrasJob, ExtrasResult } from "../engine/engine-core.js";
import { MAX_BROWSER_SAMPLES, MAX_SEED } from "../engine/limits.js";
import { markRun } from "../engine/run-marks.js";
import { CoalescingScheduler } from "../engine/scheduler.js";
import { deepEqual, getAt, setAt, type DocPath } from "../model/scenario-path.js";
import { checkScenarioDocument } from "../share/checked-scenario.js";
import { SHARE_VERSION, type SharePayload } from "../share/share-link.js";

/** Summary of a preset for the picker. */
export interface PresetEntry {
  id: string;
  name: string;
  description: string;
  asOf: string;
}

/** Where presets come from (wraps @seceq/data; injectable for tests). */
export interface PresetSource {
  list(): PresetEntry[];
  /** A preset's document when it is at hand (loaded), else undefined. */
  get(id: string): ScenarioInput | undefined;
  /** Load a preset on demand (when `get` does not have it yet; `get` has it afterwards); undefined for an unknown id. */
  load?(id: string): Promise<ScenarioInput | undefined>;
  defaultId: string;
}

/** Workbench options that are not part of the scenario. */
export interface WorkbenchOptions {
  /** Monte Carlo samples for uncertainty bands; 0 = off. */
  samples: number;
  /** Monte Carlo seed. */
  seed: number;
  /** Last day of the crisis timeline. */
  crisisDays: number;
  /** Rule pack for the compliance table; "" = none. */
  frameworkId: string;
  /** Date to count treaty limits at, YYYY-MM-DD ("" = the scenario's asOf). */
  frameworkDate: string;
  /** Treat limits as binding whatever the date. */
  assumeBinding: boolean;
  /** Exchange shown in the draw-down chart (index into report.exchanges). */
  exchangeIndex: number;
}

/** Samples used for uncertainty bands (on by default: the reading follows the band). */
export const BAND_SAMPLES = 200;

/** Default options: uncertainty bands on, so the reading on the cards follows the 90 % band. */
export const DEFAULT_OPTIONS: WorkbenchOptions = {
  samples: BAND_SAMPLES,
  seed: 1,
  crisisDays: 14,
  frameworkId: "new-start",
  frameworkDate: "",
  assumeBinding: false,
  exchangeIndex: 0,
};

/** Highest exchange index a link may carry (the results panel clamps it to the exchanges there are). */
export const MAX_EXCHANGE_INDEX = 99;

/**
 * Keep only well-typed, in-range workbench options from untrusted input (a shared link): samples 0–2000, seed a
 * whole number 0–4,294,967,295 (the protocol's seed domain), crisis days 1–60, a known rule pack id (or "" for none), a YYYY-MM-DD date (or ""), "treat limits
 * as binding" a boolean, and the exchange index 0–{@link MAX_EXCHANGE_INDEX}.
 */
export function sanitizeOptions(raw: Record<string, unknown>): Partial<WorkbenchOptions> {
  const out: Partial<WorkbenchOptions> = {};
  const int = (v: unknown, min: number, max: number) =>
    typeof v === "number" && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : undefined;
  const samples = int(raw.samples, 0, MAX_BROWSER_SAMPLES);
  if (samples !== undefined) out.samples = samples;
  const seed = int(raw.seed, 0, MAX_SEED);
  if (seed !== undefined) out.seed = seed;
  const days = int(raw.crisisDays, 1, 60);
  if (days !== undefined) out.crisisDays = days;
  if (
    typeof raw.frameworkId === "string" &&
    (raw.frameworkId === "" || (RULE_PACK_IDS as readonly string[]).includes(raw.frameworkId))
  )
    out.frameworkId = raw.frameworkId;
  if (typeof raw.frameworkDate === "string" && /^(\d{4}-\d{2}-\d{2})?$/.test(raw.frameworkDate))
    out.frameworkDate = raw.frameworkDate;
  if (typeof raw.assumeBinding === "boolean") out.assumeBinding = raw.assumeBinding;
  const exchange = int(raw.exchangeIndex, 0, MAX_EXCHANGE_INDEX);
  if (exchange !== undefined) out.exchangeIndex = exchange;
  return out;
}

/** The share payload of a state: the scenario as edited, its preset, and every workbench option. */
export function sharePayload(s: Pick<WorkbenchState, "presetId" | "input" | "options">): SharePayload {
  const o = s.options;
  return {
    v: SHARE_VERSION,
    preset: s.presetId,
    scenario: s.input,
    options: {
      samples: o.samples,
      seed: o.seed,
      crisisDays: o.crisisDays,
      frameworkId: o.frameworkId,
      frameworkDate: o.frameworkDate,
      assumeBinding: o.assumeBinding,
      exchangeIndex: o.exchangeIndex,
    },
  };
}

/** Latest core figures. */
export interface CoreState {
  /** Sequence number of the run that produced `report` (0 before the first). */
  runId: number;
  /** Input revision of the last run (its issues belong to it, whether or not it produced a report). */
  revision: number;
  /** Input revision `report` belongs to: set only by a run that produced one (0 before). */
  reportRevision: number;
  report: Report | null;
  /**
   * The scenario document `report` was computed from (null before the first report): views that read the document
   * beside the report (site names, force sites) take this one, so they change with the report, not on every edit.
   */
  scenario: ScenarioInput | null;
  /** Validation problems of the current document (errors stop evaluation). */
  issues: Issue[];
  elapsedMs: number;
  /** A newer run is under way or due. */
  pending: boolean;
  error: string | null;
}

/** Latest slow analyses. */
export interface ExtrasState {
  runId: number;
  /** Input revision of the last run. */
  revision: number;
  /** Input revision the analyses below belong to: set only by a run that produced them (0 before). */
  reportRevision: number;
  sensitivities: SensitivityEntry[];
  crisis: CrisisColumns | null;
  monteCarlo: Report["monteCarlo"] | null;
  compliance: ComplianceOutcome | null;
  elapsedMs: number;
  pending: boolean;
  error: string | null;
}

/** The whole state. */
export interface WorkbenchState {
  presets: PresetEntry[];
  /** Preset the current scenario came from (the compare baseline), or null. */
  presetId: string | null;
  /** The preset document, or null. */
  baseline: ScenarioInput | null;
  baselineReport: Report | null;
  /**
   * The preset's crisis timeline, kept from the slow analyses of a run whose scenario was the unchanged preset (for
   * the crisis chart's ghost), or null.
   */
  baselineCrisis: CrisisColumns | null;
  /** The pinned ("modified") scenario for comparison, or null. */
  pinned: ScenarioInput | null;
  pinnedReport: Report | null;
  /** The scenario being edited. */
  input: ScenarioInput;
  /** Increments on every change of `input`. */
  revision: number;
  options: WorkbenchOptions;
  core: CoreState;
  extras: ExtrasState;
  /** Last status message (announced to screen readers). */
  status: string;
}

/** Dependencies of the store. */
export interface StoreDeps {
  presets: PresetSource;
  core: EngineClient;
  extras: EngineClient;
  /**
   * Tick function of the schedulers. Default: a microtask for core runs (edits made in one task, e.g. a reset, share
   * one run, and the run starts before the browser renders) and `setTimeout(0)` for the slow analyses.
   */
  schedule?: (cb: () => void) => void;
  /**
   * Quiet time after the last scenario edit before the slow analyses start, ms (default {@link EXTRAS_SETTLE_MS}).
   * During a slider drag only the core figures are recomputed, so the slow worker does not compete for the CPU.
   */
  extrasSettleMs?: number;
}

/** Default quiet time before the slow analyses run after an edit, ms. */
export const EXTRAS_SETTLE_MS = 300;

interface CoreRunInput {
  scenario: ScenarioInput;
  revision: number;
}

interface ExtrasRunInput {
  job: ExtrasJob;
  revision: number;
}

/** The workbench store. */
export class WorkbenchStore {
  private state: WorkbenchState;
  private readonly listeners = new Set<() => void>();
  private readonly deps: StoreDeps;
  private readonly coreScheduler: CoalescingScheduler<CoreRunInput, CoreResult>;
  private readonly extrasScheduler: CoalescingScheduler<ExtrasRunInput, ExtrasResult>;
  private extrasTimer: ReturnType<typeof setTimeout> | undefined;
  private settleWaiters: Array<() => void> = [];
  /** The slow analyses wait for the first core result (cold start: the core figures come first). */
  private extrasAfterFirstCore = false;
  /** The preset changed and its report (the compare baseline) is still to be asked for, with the next core run. */
  private baselineWanted = false;

  /**
   * Create the store with the default preset loaded, or `initial` when given (a shared link). An initial document
   * that fails validation is not used: the store starts from the default preset and says why in `status`.
   */
  constructor(
    deps: StoreDeps,
    initial?: { input: unknown; presetId: string | null; options?: Partial<WorkbenchOptions>; status?: string },
  ) {
    this.deps = deps;
    const presets = deps.presets.list();
    const checked = initial ? checkScenarioDocument(initial.input, "the shared scenario") : undefined;
    const use = checked?.ok ? initial : undefined;
    const presetId = use ? use.presetId : deps.presets.defaultId;
    const baseline = presetId ? (deps.presets.get(presetId) ?? null) : null;
    const input = checked?.ok ? checked.input : baseline;
    if (!input) throw new Error(`no scenario to start from: preset "${presetId ?? ""}" is unknown`);
    this.state = {
      presets,
      presetId: baseline ? presetId : null,
      baseline,
      baselineReport: null,
      baselineCrisis: null,
      pinned: null,
      pinnedReport: null,
      input,
      revision: 1,
      options: { ...DEFAULT_OPTIONS, ...(use?.options ?? {}) },
      core: {
        runId: 0,
        revision: 0,
        reportRevision: 0,
        report: null,
        scenario: null,
        issues: [],
        elapsedMs: 0,
        pending: true,
        error: null,
      },
      extras: {
        runId: 0,
        revision: 0,
        reportRevision: 0,
        sensitivities: [],
        crisis: null,
        monteCarlo: null,
        compliance: null,
        elapsedMs: 0,
        pending: true,
        error: null,
      },
      status: checked && !checked.ok ? `${checked.error}; showing the default preset.` : (use?.status ?? ""),
    };
    const schedule = deps.schedule ? { schedule: deps.schedule } : {};
    this.coreScheduler = new CoalescingScheduler<CoreRunInput, CoreResult>({
      // Edits arriving while a run is in flight only set run-needed, so a drag still costs one run at a time.
      schedule: deps.schedule ?? ((cb) => queueMicrotask(cb)),
      run: (i, runId) => {
        markRun("post", runId);
        const job = deps.core.core({ kind: "core", scenario: i.scenario });
        this.requestBaseline(i.scenario);
        return job;
      },
      onResult: ({ input: i, output, runId, stale }) => {
        if (output.timing) {
          markRun("worker-start", runId, output.timing.startedAt);
          markRun("worker-evaluated", runId, output.timing.evaluatedAt);
        }
        markRun("answer", runId);
        const core: CoreState = output.ok
          ? {
              runId,
              revision: i.revision,
              reportRevision: i.revision,
              report: output.report,
              scenario: i.scenario,
              issues: output.issues,
              elapsedMs: output.elapsedMs,
              pending: stale,
              error: null,
            }
          : {
              ...this.state.core,
              runId,
              revision: i.revision,
              issues: output.issues,
              elapsedMs: output.elapsedMs,
              pending: stale,
              error: null,
            };
        // A run of the unchanged preset is also the compare baseline's (see requestBaseline).
        const ofPreset =
          output.ok &&
          this.state.baselineReport === null &&
          this.state.baseline !== null &&
          deepEqual(i.scenario, this.state.baseline);
        this.set(ofPreset ? { core, baselineReport: output.report } : { core });
        this.startDeferredExtras();
      },
      onError: (e, i, runId) => {
        this.set({
          core: { ...this.state.core, runId, revision: i.revision, pending: this.coreScheduler.busy, error: String(e) },
        });
        this.startDeferredExtras();
      },
    });
    this.extrasScheduler = new CoalescingScheduler<ExtrasRunInput, ExtrasResult>({
      run: (i) => deps.extras.extras(i.job),
      onResult: ({ input: i, output, runId, stale }) => {
        if (!output.ok) {
          this.set({
            extras: {
              ...this.state.extras,
              runId,
              revision: i.revision,
              pending: stale,
              elapsedMs: output.elapsedMs,
              error: null,
            },
          });
          return;
        }
        const crisis = unpackCrisis(output.crisis);
        // A run of the unchanged preset also gives the preset's timeline, drawn as a ghost after edits.
        const ofPreset = this.state.baseline !== null && deepEqual(i.job.scenario, this.state.baseline);
        this.set({
          ...(ofPreset ? { baselineCrisis: crisis } : {}),
          extras: {
            runId,
            revision: i.revision,
            reportRevision: i.revision,
            sensitivities: output.sensitivities,
            crisis,
            monteCarlo: output.monteCarlo ?? null,
            compliance: output.compliance,
            elapsedMs: output.elapsedMs,
            pending: stale,
            error: null,
          },
        });
      },
      onError: (e, i, runId) => {
        // A cancelled run was abandoned for newer inputs; its successor is already scheduled.
        if (e instanceof CancelledError) return;
        this.set({
          extras: {
            ...this.state.extras,
            runId,
            revision: i.revision,
            pending: this.extrasScheduler.busy,
            error: String(e),
          },
        });
      },
      ...schedule,
    });
    this.requestRuns(true);
    this.evaluateBaseline();
  }

  //// reading ////

  /** Current state (immutable; replaced on every change). */
  getState = (): WorkbenchState => this.state;

  /** Subscribe to changes; returns the unsubscribe function. */
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** Resolve when both schedulers are idle (tests, benchmarks). */
  async whenIdle(): Promise<void> {
    while (
      this.extrasTimer !== undefined ||
      this.extrasAfterFirstCore ||
      this.coreScheduler.busy ||
      this.extrasScheduler.busy
    ) {
      if (this.extrasTimer !== undefined) await new Promise<void>((r) => this.settleWaiters.push(r));
      await Promise.all([this.coreScheduler.whenIdle(), this.extrasScheduler.whenIdle()]);
    }
  }

  //// writing ////

  /** Set one setting of the scenario. */
  edit(path: DocPath, value: unknown): void {
    if (getAt(this.state.input, path) === value) return;
    this.setInput(setAt(this.state.input, path, value));
  }

  /**
   * Post the core run of the edits made so far now, rather than in a microtask: call at the end of an input handler,
   * so the engine starts before React re-renders the edited control (which it does synchronously, before any
   * microtask, for a controlled input).
   */
  startCoreRun(): void {
    this.coreScheduler.flush();
  }

  /** Put one setting back to the preset's value. */
  resetSetting(path: DocPath): void {
    if (!this.state.baseline) return;
    this.edit(path, getAt(this.state.baseline, path));
  }

  /**
   * Replace the whole scenario (import, load, shared link, a point opened from the Explorer). A document that fails
   * core's validation is refused: the current scenario stays and `status` says why.
   * @param doc the new scenario document
   * @param presetId the preset it derives from (the compare baseline), or null
   * @param status message announced when the scenario is replaced
   * @param what how a refusal names the document, e.g. "the saved scenario"
   * @returns true when the scenario was replaced
   */
  replaceScenario(doc: unknown, presetId: string | null, status: string, what = "the scenario"): boolean {
    const checked = checkScenarioDocument(doc, what);
    if (!checked.ok) {
      this.set({ status: `${checked.error}; kept the current scenario.` });
      return false;
    }
    const input = checked.input;
    const samePreset = presetId === this.state.presetId;
    // The same preset keeps its document (and so its baseline run, which may still be under way).
    const baseline = samePreset ? this.state.baseline : presetId ? (this.deps.presets.get(presetId) ?? null) : null;
    this.set({
      presetId: baseline ? presetId : null,
      baseline,
      ...(samePreset ? {} : { baselineReport: null, baselineCrisis: null, pinned: null, pinnedReport: null }),
      status,
    });
    this.setInput(input);
    if (!samePreset) this.evaluateBaseline();
    return true;
  }

  /**
   * Open a shared link's payload: its scenario (refused when invalid, see {@link replaceScenario}) and its options,
   * sanitized, over the defaults (an option the link leaves out goes back to its default, not to the current value).
   * @returns true when the scenario was replaced
   */
  openShared(payload: Pick<SharePayload, "scenario" | "preset" | "options">): boolean {
    if (!this.replaceScenario(payload.scenario, payload.preset, "Opened a shared scenario.", "the link's scenario"))
      return false;
    this.setOptions({ ...DEFAULT_OPTIONS, ...sanitizeOptions(payload.options ?? {}) });
    return true;
  }

  /**
   * Start again from a preset (loaded first when the source loads presets on demand).
   * @returns resolves true once the preset is the scenario, false when it is unknown or could not be loaded
   */
  loadPreset(id: string): Promise<boolean> {
    const doc = this.deps.presets.get(id);
    if (!doc && this.deps.presets.load) {
      return this.deps.presets.load(id).then(
        (loaded) => {
          if (loaded) return this.replaceScenario(loaded, id, `Loaded preset ${loaded.name}.`);
          this.unknownPreset(id);
          return false;
        },
        () => {
          this.set({ status: `Could not load preset "${id}"; kept the current scenario.` });
          return false;
        },
      );
    }
    if (!doc) {
      this.unknownPreset(id);
      return Promise.resolve(false);
    }
    return Promise.resolve(this.replaceScenario(doc, id, `Loaded preset ${doc.name}.`));
  }

  private unknownPreset(id: string): void {
    this.set({ status: `Unknown preset "${id}".` });
  }

  /** Put every setting back to the preset. */
  resetAll(): void {
    if (!this.state.baseline) return;
    this.set({ status: "All settings back to the preset." });
    this.setInput(structuredClone(this.state.baseline));
  }

  /** Change workbench options (re-runs the slow analyses when they depend on them). */
  setOptions(patch: Partial<WorkbenchOptions>): void {
    const options = { ...this.state.options, ...patch };
    this.set({ options });
    const extrasKeys: Array<keyof WorkbenchOptions> = [
      "samples",
      "seed",
      "crisisDays",
      "frameworkId",
      "frameworkDate",
      "assumeBinding",
    ];
    if (extrasKeys.some((k) => k in patch)) this.requestRuns(false);
  }

  /** Pin the current scenario as the "modified" column of the comparison. */
  pin(): void {
    const pinned = structuredClone(this.state.input);
    this.set({
      pinned,
      pinnedReport: this.state.core.reportRevision === this.state.revision ? this.state.core.report : null,
      status: "Pinned the current scenario for comparison.",
    });
    if (this.state.pinnedReport === null)
      void this.deps.core.core({ kind: "core", scenario: pinned }).then((r) => {
        if (r.ok && this.state.pinned === pinned) this.set({ pinnedReport: r.report });
      });
  }

  /** Drop the pinned scenario. */
  unpin(): void {
    this.set({ pinned: null, pinnedReport: null, status: "Unpinned." });
  }

  /** Show a status message (announced to screen readers). */
  announce(status: string): void {
    this.set({ status });
  }

  /** Build the extras job for the current input and options. */
  extrasJob(): ExtrasJob {
    const o = this.state.options;
    const asOf = typeof this.state.input.asOf === "string" ? this.state.input.asOf : "";
    return {
      kind: "extras",
      scenario: this.state.input,
      crisisDays: o.crisisDays,
      samples: o.samples,
      seed: o.seed,
      ...(o.frameworkId
        ? { compliance: { frameworkId: o.frameworkId, date: o.frameworkDate || asOf, assumeBinding: o.assumeBinding } }
        : {}),
    };
  }

  /** Stop the schedulers. */
  dispose(): void {
    if (this.extrasTimer !== undefined) clearTimeout(this.extrasTimer);
    this.extrasTimer = undefined;
    this.flushSettle();
    this.coreScheduler.dispose();
    this.extrasScheduler.dispose();
  }

  private setInput(input: ScenarioInput): void {
    // Queue the core run (a microtask) before telling the views: its job is posted before React re-renders the
    // editor for this edit, so the engine computes while the page draws the slider.
    this.state = { ...this.state, input, revision: this.state.revision + 1 };
    this.requestRuns(true);
    this.notify();
  }

  /** Schedule runs: the core one now (for scenario edits), the slow one after the edits settle. */
  private requestRuns(scenarioChanged: boolean): void {
    const revision = this.state.revision;
    if (scenarioChanged) {
      // A slow analysis of an older scenario would only compete with the core run for the CPU: abandon it.
      this.deps.extras.cancel();
      this.coreScheduler.update({ scenario: this.state.input, revision });
      if (!this.state.core.pending) this.set({ core: { ...this.state.core, pending: true } });
    }
    if (!this.state.extras.pending) this.set({ extras: { ...this.state.extras, pending: true } });
    const settle = this.deps.extrasSettleMs ?? EXTRAS_SETTLE_MS;
    if (this.extrasTimer !== undefined) clearTimeout(this.extrasTimer);
    this.extrasTimer = undefined;
    // Before the first core result (the page has just opened), the slow analyses start when it arrives: on a
    // two-core machine the page, the core worker and the extras worker would otherwise share the CPU on the way to
    // the first figure.
    if (this.state.core.runId === 0 && this.coreScheduler.busy) {
      this.extrasAfterFirstCore = true;
      return;
    }
    if (!scenarioChanged || settle <= 0 || this.state.core.runId === 0) {
      this.extrasScheduler.update({ job: this.extrasJob(), revision });
      this.flushSettle();
      return;
    }
    this.extrasTimer = setTimeout(() => {
      this.extrasTimer = undefined;
      this.extrasScheduler.update({ job: this.extrasJob(), revision: this.state.revision });
      this.flushSettle();
    }, settle);
  }

  /** Start the slow analyses held back for the first core result (see {@link requestRuns}). */
  private startDeferredExtras(): void {
    if (!this.extrasAfterFirstCore) return;
    this.extrasAfterFirstCore = false;
    this.extrasScheduler.update({ job: this.extrasJob(), revision: this.state.revision });
    this.flushSettle();
  }

  private flushSettle(): void {
    const w = this.settleWaiters;
    this.settleWaiters = [];
    for (const f of w) f();
  }

  /** Ask for the compare baseline's report (the preset's) with the next core run: see {@link requestBaseline}. */
  private evaluateBaseline(): void {
    if (this.state.baseline) this.baselineWanted = true;
  }

  /**
   * With a core run just posted, when the baseline's report is wanted: a run of the preset unchanged (start-up, a
   * preset loaded) gives it, so the engine evaluates the preset once; otherwise the baseline runs on its own after it.
   * @param posted the scenario of the core run posted
   */
  private requestBaseline(posted: ScenarioInput): void {
    if (!this.baselineWanted) return;
    this.baselineWanted = false;
    const baseline = this.state.baseline;
    if (!baseline || deepEqual(posted, baseline)) return;
    void this.deps.core.core({ kind: "core", scenario: baseline }).then(
      (r) => {
        if (r.ok && this.state.baseline === baseline) this.set({ baselineReport: r.report });
      },
      () => undefined,
    );
  }

  private set(patch: Partial<WorkbenchState>): void {
    this.state = { ...this.state, ...patch };
    this.notify();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
