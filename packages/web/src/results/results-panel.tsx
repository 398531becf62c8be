/**
 * The results: stability figures, draw-down and damage charts, crisis timeline, treaty compliance, parity,
 * sensitivities and uncertainty bands. Marks its root with `data-run-id` (and a performance mark) once the charts of
 * a core run are in the DOM, which the benchmark and the browser tests wait for.
 */
import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef } from "react";
import { RULE_PACK_IDS, RULE_PACKS, type Report, type ScenarioInput } from "@seceq/core";
import { bandChart, type BandPoint } from "../charts/band-chart.js";
import { crisisChart } from "../charts/crisis-chart.js";
import { damageChart } from "../charts/damage-chart.js";
import { drawdownChart } from "../charts/drawdown-chart.js";
import { ChartFrame } from "../components/chart-frame.js";
import { exportTitle } from "../charts/chart-export.js";
import { DataTable } from "../components/data-table.js";
import { crisisVm } from "../crisis/crisis-vm.js";
import { complianceVm } from "../treaty/compliance-vm.js";
import { MapPanel } from "../map/map-panel.js";
import { EntanglementPanel } from "../entanglement/entanglement-panel.js";
import { ThirdPartyPanel } from "../third-party/third-party-panel.js";
import type { ExtrasState, WorkbenchOptions } from "../app/workbench-store.js";
import type { CrisisColumns } from "../engine/crisis-buffer.js";
import { BAND_SAMPLES } from "../app/workbench-store.js";
import {
  READING_NOTE,
  bandTable,
  damageBars,
  freshBands,
  drawdownKey,
  drawdownSeries,
  dyadParityTable,
  partyNames,
  partyParityTable,
  sensitivityTable,
  stabilityBandRows,
  stabilityCards,
  warningLines,
  type StabilityCard,
} from "./results-vm.js";
import { explainPairs, type BaselineVm, type PairExplanation } from "./explain-vm.js";
import { formatIndex } from "../model/format.js";
import { useKeyed } from "./use-keyed.js";
import { markRun } from "../engine/run-marks.js";

function Delta({ b, testId }: { b: BaselineVm | undefined; testId?: string }) {
  if (!b) return null;
  return (
    <span className="baseline" data-testid={testId}>
      {b.text} · <span className={`delta ${b.tone}`}>{b.delta === "0.000" ? "no change" : b.delta}</span>
    </span>
  );
}

function Card({ card, ex }: { card: StabilityCard; ex: PairExplanation | undefined }) {
  const tone = ex?.reading.tone ?? card.reading;
  return (
    <section
      className={`card reading-${tone === "mixed" || tone === "pending" || tone === "degenerate" ? (tone === "degenerate" ? "fragile" : "moderate") : tone}`}
      aria-labelledby={`card-${card.key}`}
      data-testid={`card-${card.key}`}
    >
      <h3 id={`card-${card.key}`}>{card.label}</h3>
      {ex && ex.degenerate.length > 0 ? (
        <div className="degenerate" role="alert" data-testid={`degenerate-${card.key}`}>
          <strong>⚠ Degenerate posture:</strong>
          <ul>
            {ex.degenerate.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="big-row">
        <div className="big">
          <span className="big-label">Combined stability</span>
          <output className="big-number" data-testid={`combined-${card.key}`} aria-live="polite">
            {card.combinedText}
          </output>
          <span className={`reading-tag ${tone}`} title={READING_NOTE} data-testid={`reading-${card.key}`}>
            {ex?.reading.text ?? card.readingText}
            <sup aria-hidden="true">*</sup>
          </span>
          {card.bandText ? <span className="band-text">{card.bandText}</span> : null}
          <Delta b={ex?.combinedBaseline} testId={`delta-${card.key}`} />
        </div>
        {card.sides.map((s) => (
          <div className="side" key={s.party} title={s.explain}>
            <span className="big-label">{s.name}</span>
            <output className="mid-number" data-testid={`fss-${card.key}-${s.party}`}>
              {s.text}
            </output>
            <span className="small">
              <abbr title="cost to this side if it strikes first">C1</abbr> {s.c1.toFixed(3)} if it strikes first
            </span>
            <span className="small">
              <abbr title="cost to this side if the other strikes first">C2</abbr> {s.c2.toFixed(3)} if struck first
            </span>
            {s.bandText ? <span className="band-text">{s.bandText}</span> : null}
            <Delta b={ex?.sideBaselines[s.party]} />
          </div>
        ))}
      </div>
      {ex ? (
        <>
          <p className="explain" data-testid={`explain-${card.key}`}>
            {ex.sentence}
          </p>
          <details className="why" data-testid={`why-${card.key}`}>
            <summary>Why this number?</summary>
            <p className="note">{ex.formula}</p>
            <div className="why-cols">
              {ex.why.map((w) => (
                <div key={w.party}>
                  <h4>{w.strikeTitle}</h4>
                  <ul>
                    {w.strike.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                  <h4>{w.waitTitle}</h4>
                  <ul>
                    {w.wait.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                  <p className="gain">{w.gain}</p>
                </div>
              ))}
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}

/** Props of {@link ResultsPanel}. */
export interface ResultsPanelProps {
  report: Report | null;
  /** Input revision `report` belongs to (bands are shown only when the slow analyses are of the same one). */
  reportRevision: number;
  runId: number;
  coreError: string | null;
  extras: ExtrasState;
  options: WorkbenchOptions;
  setOptions: (patch: Partial<WorkbenchOptions>) => void;
  /** Validation errors that stop evaluation, formatted. */
  errors: string[];
  asOf: string;
  /** Element display names keyed `party/element`. */
  elementNames: Record<string, string>;
  /** The preset's report (for deltas on the cards), or null. */
  baselineReport?: Report | null;
  /** How much of the headline rests on notional inputs (a banner under the cards). */
  provenanceText?: string;
  /** The preset's crisis timeline (a ghost on the crisis chart), or null. */
  baselineCrisis?: CrisisColumns | null;
  /**
   * The scenario `report` was computed from (the strike map reads its force sites, the entanglement section its C3
   * site names); no map without it.
   */
  scenario?: ScenarioInput | null;
  /** True while a newer core run is under way (a stable function: the strike map waits for the newer result). */
  isBusy?: () => boolean;
}

function ResultsPanelImpl({
  report: numberReport,
  reportRevision,
  runId: numberRunId,
  coreError,
  extras,
  options,
  setOptions,
  errors,
  asOf,
  elementNames,
  baselineReport,
  provenanceText,
  baselineCrisis,
  scenario: numberScenario,
  isBusy,
}: ResultsPanelProps) {
  const root = useRef<HTMLDivElement>(null);
  // Number first: the cards render from the newest report at once; the charts, map and tables from a deferred copy,
  // which React renders afterwards in the background (a newer report arriving meanwhile replaces that render, so a
  // drag redraws the charts only as often as there is time for). The cards are never older than the charts.
  const report = useDeferredValue(numberReport);
  const runId = useDeferredValue(numberRunId);
  const scenario = useDeferredValue(numberScenario);
  // Keyed on the names themselves, so tables that only need names are not rebuilt on every run.
  const namesKey = report ? report.parties.map((p) => `${p.id}\u0000${p.name}`).join("\u0001") : "";
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const names = useMemo(() => (report ? partyNames(report) : partyNames({ parties: [] })), [namesKey]);
  const bands = useMemo(
    () => freshBands(extras, reportRevision, options.samples),
    [extras, reportRevision, options.samples],
  );
  const monteCarlo = bands.monteCarlo;
  const cards = useMemo(
    () => (numberReport ? stabilityCards(numberReport, monteCarlo, bands.updating) : []),
    [numberReport, monteCarlo, bands.updating],
  );
  const explanations = useMemo(
    () =>
      numberReport
        ? explainPairs(numberReport, {
            monteCarlo,
            bandsUpdating: bands.updating,
            baseline: baselineReport ?? null,
            elementNames,
          })
        : [],
    [numberReport, monteCarlo, bands.updating, baselineReport, elementNames],
  );
  const exIndex = report ? Math.min(options.exchangeIndex, report.exchanges.length - 1) : 0;
  const series = useMemo(() => {
    const e = report?.exchanges[exIndex];
    return e && e.drawdown.length > 0 ? drawdownSeries(e, names) : null;
  }, [report, exIndex, names]);
  const ghostSeries = useMemo(() => {
    const e = report?.exchanges[exIndex];
    const g = e && baselineReport?.exchanges.find((x) => x.striker === e.striker && x.victim === e.victim);
    return g && g.drawdown.length > 0 ? drawdownSeries(g, names) : null;
  }, [report, exIndex, baselineReport, names]);
  // Redraw the draw-down only when it would look different (see drawdownKey); the caption follows every run.
  const drawnSeries = useKeyed(series, series ? drawdownKey(series) : "");
  const drawDrawdown = useMemo(
    () => (drawnSeries ? (w: number) => drawdownChart(drawnSeries, w, undefined, ghostSeries) : null),
    [drawnSeries, ghostSeries],
  );
  const bars = useMemo(() => (report ? damageBars(report) : []), [report]);
  const ghostBars = useMemo(() => (baselineReport ? damageBars(baselineReport) : null), [baselineReport]);
  // Redraw the bars only when they would move by at least 1/1000 of the axis (about half a pixel at 500 px).
  const barsKey = bars.map((b) => `${b.exchange}|${b.party}|${b.damage.toFixed(3)}`).join(";");
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const drawDamage = useMemo(() => (w: number) => damageChart(bars, w, undefined, ghostBars), [barsKey, ghostBars]);
  const crisis = useMemo(() => (extras.crisis ? crisisVm(extras.crisis, names) : null), [extras.crisis, names]);
  const ghostCrisis = useMemo(
    () => (baselineCrisis && baselineCrisis !== extras.crisis ? crisisVm(baselineCrisis, names) : null),
    [baselineCrisis, extras.crisis, names],
  );
  const drawCrisis = useMemo(
    () => (crisis ? (w: number) => crisisChart(crisis, w, undefined, ghostCrisis) : null),
    [crisis, ghostCrisis],
  );
  const bandRows = useMemo((): BandPoint[] => {
    if (!report || !monteCarlo) return [];
    const det: Record<string, number> = {};
    for (const p of report.stability.pairs) {
      det[`stability.${p.a}-${p.b}.combined`] = p.combined;
      det[`stability.${p.a}-${p.b}.fss.${p.a}`] = p.fssA;
      det[`stability.${p.a}-${p.b}.fss.${p.b}`] = p.fssB;
    }
    const base: Record<string, number> = {};
    for (const p of baselineReport?.stability.pairs ?? []) {
      base[`stability.${p.a}-${p.b}.combined`] = p.combined;
      base[`stability.${p.a}-${p.b}.fss.${p.a}`] = p.fssA;
      base[`stability.${p.a}-${p.b}.fss.${p.b}`] = p.fssB;
    }
    return stabilityBandRows(monteCarlo, report).map((r) => ({
      ...r,
      deterministic: det[r.metric] ?? null,
      baseline: base[r.metric] ?? null,
    }));
  }, [report, monteCarlo, baselineReport]);
  // Redraw the bands only when they would look different: marks moved by at least 1/1000 of the axis, or a label.
  const drawnBandRows = useKeyed(bandRows, bandRowsKey(bandRows));
  const drawBands = useMemo(
    () => (drawnBandRows.length ? (w: number) => bandChart(drawnBandRows, w) : null),
    [drawnBandRows],
  );
  const compliance = useMemo(
    () => (extras.compliance?.ok ? complianceVm(extras.compliance.report, names) : null),
    [extras.compliance, names],
  );

  const parityTables = useMemo(
    () => (report ? { party: partyParityTable(report), dyad: dyadParityTable(report) } : null),
    [report],
  );
  const sensTable = useMemo(
    () => sensitivityTable(extras.sensitivities, names, elementNames),
    [extras.sensitivities, names, elementNames],
  );
  const mcTable = useMemo(() => (monteCarlo ? bandTable(monteCarlo, names) : null), [monteCarlo, names]);

  useLayoutEffect(() => {
    // The cards (children) have committed: this run's headline figures are in the DOM.
    if (root.current && numberRunId > 0) {
      root.current.dataset.numberRun = String(numberRunId);
      markRun("number", numberRunId);
    }
  }, [numberRunId, numberReport]);

  useLayoutEffect(() => {
    // Children's layout effects (the charts) have run: the figures and charts of this run are in the DOM.
    if (root.current && runId > 0) {
      root.current.dataset.runId = String(runId);
      markRun("charts", runId);
    }
  }, [runId, report]);

  return (
    <div className="results" ref={root} data-testid="results">
      {errors.length > 0 ? (
        <div className="errors" role="alert" data-testid="errors">
          <strong>The scenario has problems; the figures below are for the last valid version.</strong>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {coreError ? (
        <div className="errors" role="alert">
          Engine error: {coreError}
        </div>
      ) : null}
      <div className="cards">
        {cards.map((c, i) => (
          <Card key={c.key} card={c} ex={explanations[i]} />
        ))}
      </div>
      <p className="note reading-note">
        <sup>*</sup> {READING_NOTE}
      </p>
      {provenanceText ? (
        <p className="provenance-banner" data-testid="provenance-banner">
          {provenanceText} Badges on each lever say how sure its default is; every source is listed under “Sources,
          scope &amp; glossary”.
        </p>
      ) : null}

      <ResultsBody
        report={report}
        scenario={scenario}
        exIndex={exIndex}
        names={names}
        series={series}
        drawDrawdown={drawDrawdown}
        drawDamage={drawDamage}
        crisis={crisis}
        drawCrisis={drawCrisis}
        drawBands={drawBands}
        monteCarlo={monteCarlo}
        compliance={compliance}
        parityTables={parityTables}
        sensTable={sensTable}
        mcTable={mcTable}
        extras={extras}
        options={options}
        setOptions={setOptions}
        asOf={asOf}
        elementNames={elementNames}
        isBusy={isBusy}
      />
    </div>
  );
}

/** Props of {@link ResultsBody}: the deferred report and the view models built from it (stable between its runs). */
interface ResultsBodyProps {
  report: Report | null;
  scenario: ScenarioInput | null | undefined;
  exIndex: number;
  names: ReturnType<typeof partyNames>;
  series: ReturnType<typeof drawdownSeries> | null;
  drawDrawdown: ((w: number) => Element) | null;
  drawDamage: (w: number) => Element;
  crisis: ReturnType<typeof crisisVm> | null;
  drawCrisis: ((w: number) => Element) | null;
  drawBands: ((w: number) => Element) | null;
  monteCarlo: Report["monteCarlo"] | null | undefined;
  compliance: ReturnType<typeof complianceVm> | null;
  parityTables: { party: ReturnType<typeof partyParityTable>; dyad: ReturnType<typeof dyadParityTable> } | null;
  sensTable: ReturnType<typeof sensitivityTable>;
  mcTable: ReturnType<typeof bandTable> | null;
  extras: ExtrasState;
  options: WorkbenchOptions;
  setOptions: (patch: Partial<WorkbenchOptions>) => void;
  asOf: string;
  elementNames: Record<string, string>;
  isBusy: (() => boolean) | undefined;
}

/**
 * Everything under the cards: charts, map, options, tables and warnings. Memoized on view models of the deferred
 * report, so the urgent render that puts a new run's figures on the cards skips it entirely.
 */
const ResultsBody = memo(function ResultsBody({
  report,
  scenario,
  exIndex,
  names,
  series,
  drawDrawdown,
  drawDamage,
  crisis,
  drawCrisis,
  drawBands,
  monteCarlo,
  compliance,
  parityTables,
  sensTable,
  mcTable,
  extras,
  options,
  setOptions,
  asOf,
  elementNames,
  isBusy,
}: ResultsBodyProps) {
  const extrasStale = extras.pending;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <div className="grid-2">
        {drawDrawdown && series && report ? (
          <ChartFrame
            id="drawdown-chart"
            morph
            exportTitle={report ? exportTitle(`Draw-down: ${series.title}`, report, today) : undefined}
            title="Draw-down: cost vs counterforce warheads"
            draw={drawDrawdown}
            exportName={`drawdown-${report.exchanges[exIndex]?.striker ?? "x"}-${report.exchanges[exIndex]?.victim ?? "y"}`}
            caption={series.caption}
            controls={
              <label className="inline-select">
                <span className="sr-only">Exchange shown</span>
                <select
                  value={exIndex}
                  onChange={(e) => setOptions({ exchangeIndex: Number(e.target.value) })}
                  aria-label="Exchange shown in the draw-down chart"
                >
                  {report.exchanges.map((e, i) => (
                    <option key={`${e.striker}-${e.victim}`} value={i}>
                      {names[e.striker] ?? e.striker} strikes {names[e.victim] ?? e.victim}
                    </option>
                  ))}
                </select>
              </label>
            }
          />
        ) : null}
        {report ? (
          <ChartFrame
            id="damage-chart"
            morph
            exportTitle={report ? exportTitle("Damage to value at the chosen strike", report, today) : undefined}
            title="Damage to value at the chosen strike"
            draw={drawDamage}
            exportName="damage"
            caption="Share of each side's value destroyed when the striker stops at its lowest-cost strike and the victim retaliates with its survivors."
          />
        ) : null}
      </div>

      {report && scenario ? (
        <MapPanel
          report={report}
          scenario={scenario}
          exchangeIndex={exIndex}
          setExchangeIndex={(i) => setOptions({ exchangeIndex: i })}
          {...(isBusy ? { isBusy } : {})}
        />
      ) : null}

      {report && scenario ? (
        <EntanglementPanel report={report} scenario={scenario} elementNames={elementNames} />
      ) : null}
      {report ? <ThirdPartyPanel report={report} /> : null}

      <div className="options-bar" role="group" aria-label="Analysis options">
        <label>
          <input
            type="checkbox"
            checked={options.samples > 0}
            onChange={(e) => setOptions({ samples: e.target.checked ? BAND_SAMPLES : 0 })}
            data-testid="samples-toggle"
          />{" "}
          Uncertainty bands ({BAND_SAMPLES} Monte Carlo samples, seed {options.seed})
        </label>
        <label>
          Crisis days{" "}
          <input
            type="number"
            min={1}
            max={60}
            value={options.crisisDays}
            onChange={(e) =>
              Number.isFinite(Number(e.target.value)) &&
              Number(e.target.value) >= 1 &&
              setOptions({ crisisDays: Math.min(60, Math.round(Number(e.target.value))) })
            }
            className="num short"
          />
        </label>
        <label>
          Rule pack{" "}
          <select
            value={options.frameworkId}
            onChange={(e) => setOptions({ frameworkId: e.target.value })}
            data-testid="framework-select"
          >
            <option value="">(no treaty check)</option>
            {RULE_PACK_IDS.map((id) => (
              <option key={id} value={id}>
                {RULE_PACKS[id].name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date{" "}
          <input
            type="date"
            value={options.frameworkDate || asOf}
            onChange={(e) => setOptions({ frameworkDate: e.target.value })}
            data-testid="framework-date"
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.assumeBinding}
            onChange={(e) => setOptions({ assumeBinding: e.target.checked })}
          />{" "}
          Treat limits as binding
        </label>
        {extrasStale ? (
          <span className="spinner" aria-live="polite">
            updating analyses…
          </span>
        ) : null}
      </div>

      <div className="grid-2">
        {drawCrisis && crisis ? (
          <ChartFrame
            id="crisis-chart"
            morph
            exportTitle={report ? exportTitle("Crisis timeline", report, today) : undefined}
            title="Crisis timeline"
            draw={drawCrisis}
            exportName="crisis-timeline"
            caption={crisis.caption}
            pending={extrasStale}
          />
        ) : (
          <figure className="chart placeholder">Computing the crisis timeline…</figure>
        )}
        {drawBands ? (
          <ChartFrame
            id="band-chart"
            morph
            exportTitle={report ? exportTitle("Uncertainty bands", report, today) : undefined}
            title="Uncertainty bands"
            draw={drawBands}
            exportName="uncertainty-bands"
            pending={extrasStale}
            caption={`5th–95th percentile over ${monteCarlo?.samples ?? 0} samples of ${monteCarlo?.uncertainty === "scenario" ? "the scenario's" : "the default"} uncertain parameters (seed ${monteCarlo?.seed ?? 0}).`}
          />
        ) : options.frameworkId && compliance ? null : (
          <figure className="chart placeholder">
            {options.samples > 0
              ? "Sampling…"
              : "Switch on uncertainty bands to see the spread of stability over uncertain parameters."}
          </figure>
        )}
      </div>

      {crisis && crisis.rows.length > 0 ? (
        <DataTable
          id="crisis-table"
          caption="Crisis timeline by day"
          table={crisis}
          exportName="crisis-timeline"
          note="The data of the crisis chart: each side's share of forces generated and each pair's combined first-strike stability, day by day."
          pending={extrasStale}
        />
      ) : null}
      {options.frameworkId ? (
        compliance ? (
          <DataTable
            id="compliance-table"
            caption={`Treaty compliance: ${compliance.title}`}
            table={compliance}
            exportName={`compliance-${options.frameworkId}`}
            rowClass={(i) => `status-${compliance.statuses[i] ?? ""}`}
            rowTitle={(i) => compliance.titles[i]}
            note={
              <>
                {compliance.summary} {compliance.warnings.length ? `Warnings: ${compliance.warnings.join("; ")}` : ""}
              </>
            }
            pending={extrasStale}
          />
        ) : extras.compliance && !extras.compliance.ok ? (
          <p className="note">Treaty check unavailable: {extras.compliance.message}</p>
        ) : null
      ) : null}

      {report ? (
        <>
          <DataTable
            id="parity-table"
            caption="Parity by party"
            table={parityTables!.party}
            exportName="parity-parties"
            note="EMT and CMP under Suh's convention (CEP in km); Richelson's CMP uses CEP in nmi."
          />
          <DataTable
            id="dyad-table"
            caption="Parity by pair (with range reach)"
            table={parityTables!.dyad}
            exportName="parity-dyads"
          />
        </>
      ) : null}
      {extras.sensitivities.length > 0 ? (
        <DataTable
          id="sensitivity-table"
          caption="Arms-race sensitivities"
          table={sensTable}
          exportName="sensitivities"
          pending={extrasStale}
          note="Change of first-strike stability per launcher added (finite difference over 1 % of deployed launchers). Marginal exchange ratio: attacking warheads the other side needs per added launcher to keep its kill fraction. An element is arms-race stable when adding it does not lower the other side's stability."
        />
      ) : null}
      {mcTable ? (
        <DataTable
          id="band-table"
          caption="Monte Carlo bands (all metrics)"
          table={mcTable}
          exportName="monte-carlo-bands"
          pending={extrasStale}
        />
      ) : null}
      {report && report.warnings.length > 0 ? (
        <section className="warnings" aria-labelledby="warnings-h">
          <h3 id="warnings-h">Model warnings</h3>
          <ul>
            {warningLines(report).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {report ? null : <p className="note">Evaluating…</p>}
    </>
  );
});

/**
 * Render the results. Memoized: an edit re-renders the editor at once, and the results only when the engine answers
 * (whether a run is pending is shown by `aria-busy` on the enclosing region, set by the app).
 */
export const ResultsPanel = memo(ResultsPanelImpl);

/** What the band chart shows of its rows: labels, the figures printed and the marks' positions to 1/1000 of the axis. */
function bandRowsKey(rows: readonly BandPoint[]): string {
  const at = (x: number | null | undefined) => (x == null ? "" : x.toFixed(3));
  return rows
    .map((r) =>
      [
        r.label,
        formatIndex(r.p5),
        formatIndex(r.p50),
        formatIndex(r.p95),
        at(r.p5),
        at(r.p50),
        at(r.p95),
        at(r.deterministic),
        at(r.baseline),
      ].join("\u0001"),
    )
    .join("\u0002");
}
