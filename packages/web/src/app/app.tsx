/**
 * The workbench shell: toolbar, tabs (Workbench, Compare, Explorer, About the model), and the URL kept in step with
 * the scenario so the address bar is always a share link.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { formatIssue, hasErrors } from "@seceq/core";
import { flushSync } from "react-dom";
import { currentColumnNote } from "../compare/compare-vm.js";
import type { ExplorerStore } from "../explorer/explorer-store.js";
import type { ControlActions } from "../components/control-field.js";
import { PostureEditor } from "../editor/posture-editor.js";
import { postureEditorVm } from "../editor/posture-editor-vm.js";
import { PopulationEditor } from "../population/population-editor.js";
import { ResultsPanel } from "../results/results-panel.js";
import { elementNameMap, freshBands, stabilityCards } from "../results/results-vm.js";
import { explainPairs } from "../results/explain-vm.js";
import { provenanceSummary } from "../model/provenance-summary.js";
import { decodeShareHash, encodeShareHash } from "../share/share-link.js";
import type { DocPath } from "../model/scenario-path.js";
import { Toolbar } from "./toolbar.js";
import { TourPanel } from "../tour/tour-panel.js";
import { TOUR_PRESET, TOUR_STEPS } from "../tour/tour-steps.js";
import { applyTourStep, tourStepFromQuery } from "../tour/tour-vm.js";

// Tabs other than the Workbench load their code when first opened, keeping it out of the first download.
const ComparePanel = lazy(async () => ({ default: (await import("../compare/compare-panel.js")).ComparePanel }));
const ExplorerPanel = lazy(async () => ({ default: (await import("../explorer/explorer-panel.js")).ExplorerPanel }));
const ScopePanel = lazy(async () => ({ default: (await import("../scope/scope-panel.js")).ScopePanel }));
/** What a tab shows while its code loads. */
const LOADING = <p className="muted">Loading…</p>;
import { sharePayload, type WorkbenchOptions, type WorkbenchStore } from "./workbench-store.js";

const TABS = [
  { id: "workbench", label: "Workbench" },
  { id: "compare", label: "Compare" },
  { id: "explorer", label: "Explorer" },
  { id: "about", label: "Sources, scope & glossary" },
] as const;
type TabId = (typeof TABS)[number]["id"];

/** The empty error list (one identity, so memoised views see no change). */
const NO_ERRORS: string[] = [];

/** Delay before the address bar is rewritten after an edit, ms. */
const URL_DEBOUNCE_MS = 400;

/** The app. */
export function App({ store, explorer }: { store: WorkbenchStore; explorer: ExplorerStore }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [tab, setTab] = useState<TabId>("workbench");
  // The guided tour: its step (null when closed) and the input revision its change produced (0 before).
  const [tourStep, setTourStep] = useState<number | null>(() =>
    typeof location !== "undefined" ? tourStepFromQuery(location.search, TOUR_STEPS.length) : null,
  );
  const [tourRevision, setTourRevision] = useState(0);
  const goTour = useCallback((step: number | null) => {
    setTourStep(step);
    setTourRevision(0);
    if (typeof history !== "undefined")
      history.replaceState(null, "", `${location.pathname}${step === null ? "" : `?tour=${step + 1}`}${location.hash}`);
  }, []);
  const doTourStep = useCallback(() => {
    if (tourStep === null) return;
    const step = TOUR_STEPS[tourStep]!;
    const presetId = step.preset ?? TOUR_PRESET;
    const doc = store.getState().presets.some((p) => p.id === presetId) ? presetId : null;
    if (!doc) return;
    // The preset may load on demand: apply the step's edits to it once it is the scenario, not to the one before.
    void store.loadPreset(presetId).then((loaded) => {
      if (!loaded) return;
      const applied = applyTourStep(step, store.getState().input);
      store.replaceScenario(applied.doc, presetId, `Tour step ${tourStep + 1}: ${step.title}.`);
      setTourRevision(store.getState().revision);
    });
  }, [store, tourStep]);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const lastHash = useRef<string>(typeof location !== "undefined" ? location.hash : "");

  const actions: ControlActions = useMemo(
    () => ({
      // One edit per input event: its core run is posted at once, before React re-renders the editor.
      edit: (path: DocPath, value: unknown) => {
        store.edit(path, value);
        store.startCoreRun();
      },
      reset: (path: DocPath) => store.resetSetting(path),
    }),
    [store],
  );
  const setOptions = useCallback((patch: Partial<WorkbenchOptions>) => store.setOptions(patch), [store]);
  const coreBusy = useCallback(() => store.getState().core.pending, [store]);
  const showWorkbench = useCallback(() => {
    setTab("workbench");
    tabRefs.current[0]?.focus();
  }, []);
  const editorVm = useMemo(() => postureEditorVm(state.input, state.baseline), [state.input, state.baseline]);
  const elementNamesKey = state.input.parties
    .map((p) => p.forces.map((f) => `${p.id}/${f.id}\u0000${f.name}`).join("\u0001"))
    .join("\u0002");
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const elementNames = useMemo(() => elementNameMap(state.input), [elementNamesKey]);
  const cards = useMemo(() => (state.core.report ? stabilityCards(state.core.report) : []), [state.core.report]);
  // Of the scenario the figures were computed from, so the banner changes with the figures it qualifies (once per
  // run), not with every slider step before them.
  const { report: coreReport, scenario: reportScenario } = state.core;
  const provenanceText = useMemo(
    () => (coreReport && reportScenario ? provenanceSummary(reportScenario, coreReport).text : undefined),
    [reportScenario, coreReport],
  );
  const summaryBands = useMemo(
    () => freshBands(state.extras, state.core.reportRevision, state.options.samples),
    [state.extras, state.core.reportRevision, state.options.samples],
  );
  const summary = useMemo(
    () =>
      state.core.report
        ? explainPairs(state.core.report, {
            monteCarlo: summaryBands.monteCarlo,
            bandsUpdating: summaryBands.updating,
            baseline: state.baselineReport,
          })
        : [],
    [state.core.report, summaryBands, state.baselineReport],
  );

  // Keep the address bar a share link of the current scenario (after the first change).
  useEffect(() => {
    if (state.revision <= 1) return;
    const t = setTimeout(() => {
      void encodeShareHash(sharePayload(store.getState())).then((hash) => {
        lastHash.current = hash;
        history.replaceState(null, "", hash);
      });
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [state.input, state.options, state.revision, store]);

  // A pasted or navigated link replaces the scenario.
  useEffect(() => {
    const onHash = () => {
      if (location.hash === lastHash.current) return;
      lastHash.current = location.hash;
      void decodeShareHash(location.hash).then((d) => {
        // A refused link keeps the current scenario and says why (the store announces it).
        if (d?.ok) store.openShared(d.payload);
        else if (d && !d.ok) store.announce(`${d.error}; kept the current scenario.`);
      });
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [store]);

  // The skip link moves focus without touching the URL (a plain #main link would replace the share hash), showing
  // the Workbench first when another tab is open.
  const skipToResults = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    flushSync(() => setTab("workbench"));
    document.getElementById("main")?.focus();
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = TABS.length;
    const next =
      e.key === "ArrowRight"
        ? (i + 1) % n
        : e.key === "ArrowLeft"
          ? (i + n - 1) % n
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(TABS[next]!.id);
    tabRefs.current[next]?.focus();
  };

  // Memoised, with the scenario the report belongs to (below), so the results panel re-renders when the engine
  // answers, not on every edit.
  const showErrors = hasErrors(state.core.issues) && state.core.revision === state.revision;
  const errors = useMemo(
    () =>
      showErrors ? state.core.issues.filter((i) => (i.severity ?? "error") === "error").map(formatIssue) : NO_ERRORS,
    [showErrors, state.core.issues],
  );
  const presetName = state.presets.find((p) => p.id === state.presetId)?.name ?? null;
  const asOf = typeof state.input.asOf === "string" ? state.input.asOf : "";

  return (
    <div className="app">
      <a className="skip" href="#main" onClick={skipToResults}>
        Skip to results
      </a>
      <header className="top">
        <div className="brand">
          <h1>Security Equation</h1>
          <span className="muted">
            {typeof state.input.name === "string" ? state.input.name : ""} · as of {asOf}
          </span>
        </div>
        <Toolbar store={store} state={state} />
      </header>
      <div className="status" role="status" aria-live="polite" data-testid="status">
        {state.status}
      </div>
      <nav className="tabs" role="tablist" aria-label="Views">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={t.id === "workbench" || tab === t.id ? `panel-${t.id}` : undefined}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => onTabKey(e, i)}
            data-testid={`tab-${t.id}`}
          >
            {t.label}
          </button>
        ))}
        {tourStep === null ? (
          <button
            type="button"
            className="tour-start"
            onClick={() => {
              setTab("workbench");
              goTour(0);
            }}
            data-testid="tour-start"
          >
            Guided tour
          </button>
        ) : null}
        <span className="run-info muted" aria-hidden="true">
          engine {state.core.elapsedMs.toFixed(0)} ms{state.extras.pending ? " · analyses updating…" : ""}
        </span>
      </nav>
      {tourStep !== null && tab === "workbench" ? (
        <TourPanel
          step={tourStep}
          done={tourRevision > 0 && state.core.reportRevision >= tourRevision && state.core.report !== null}
          report={state.core.report}
          baselineReport={state.baselineReport}
          onDo={doTourStep}
          onGo={(n) => goTour(Math.min(Math.max(0, n), TOUR_STEPS.length - 1))}
          onExit={() => goTour(null)}
        />
      ) : null}
      <div
        role="tabpanel"
        id="panel-workbench"
        aria-labelledby="tab-workbench"
        hidden={tab !== "workbench"}
        className="workbench"
      >
        <aside className="editor-col" aria-label="Scenario settings" id="levers">
          <div className="mini-summary" aria-hidden="true" data-testid="mini-summary">
            {cards.map((c, i) => {
              const ex = summary[i];
              return (
                <span key={c.key}>
                  {c.label}: <strong>{c.combinedText}</strong>{" "}
                  {ex?.combinedBaseline && ex.combinedBaseline.delta !== "0.000" ? (
                    <span className={`delta ${ex.combinedBaseline.tone}`}>{ex.combinedBaseline.delta} </span>
                  ) : null}
                  <span className={`reading-tag ${ex?.reading.tone ?? c.reading}`}>
                    {ex?.reading.text ?? c.reading}
                  </span>
                </span>
              );
            })}
            <a
              className="jump"
              href="#main"
              onClick={(e) => {
                e.preventDefault();
                document.getElementById("main")?.scrollIntoView();
              }}
            >
              results ↑
            </a>
          </div>
          <PostureEditor vm={editorVm} actions={actions} />
          <PopulationEditor store={store} input={state.input} baseline={state.baseline} />
        </aside>
        <main id="main" className="results-col" tabIndex={-1} aria-busy={state.core.pending}>
          <a
            className="jump-levers"
            href="#levers"
            onClick={(e) => {
              e.preventDefault();
              document.getElementById("levers")?.scrollIntoView();
            }}
          >
            Change the levers ↓
          </a>
          <ResultsPanel
            report={state.core.report}
            reportRevision={state.core.reportRevision}
            runId={state.core.runId}
            coreError={state.core.error}
            extras={state.extras}
            options={state.options}
            setOptions={setOptions}
            errors={errors}
            asOf={asOf}
            elementNames={elementNames}
            baselineReport={state.baselineReport}
            baselineCrisis={state.baselineCrisis}
            {...(provenanceText ? { provenanceText } : {})}
            scenario={state.core.scenario}
            isBusy={coreBusy}
          />
        </main>
      </div>
      {tab === "compare" ? (
        <div role="tabpanel" id="panel-compare" aria-labelledby="tab-compare" className="panel">
          <Suspense fallback={LOADING}>
            <ComparePanel
              presetName={presetName}
              baseline={state.baseline}
              baselineReport={state.baselineReport}
              pinned={state.pinned}
              pinnedReport={state.pinnedReport}
              input={state.input}
              report={state.core.report}
              reportNote={currentColumnNote(state.core, state.revision)}
              onPin={() => store.pin()}
              onUnpin={() => store.unpin()}
            />
          </Suspense>
        </div>
      ) : null}
      {tab === "explorer" ? (
        <div role="tabpanel" id="panel-explorer" aria-labelledby="tab-explorer" className="panel explorer-panel">
          <Suspense fallback={LOADING}>
            <ExplorerPanel explorer={explorer} workbench={state} onOpened={showWorkbench} />
          </Suspense>
        </div>
      ) : null}
      {tab === "about" ? (
        <div role="tabpanel" id="panel-about" aria-labelledby="tab-about" className="panel">
          <Suspense fallback={LOADING}>
            <ScopePanel report={state.core.report} input={state.input} />
          </Suspense>
        </div>
      ) : null}
      <footer className="foot muted">
        Security Equation — open workbench for strategic-stability analysis. The engine runs in your browser; nothing is
        sent anywhere unless you save to a server.
      </footer>
    </div>
  );
}
