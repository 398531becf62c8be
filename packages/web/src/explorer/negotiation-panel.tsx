/**
 * The Explorer's negotiation mode: the space form (dimensions with their ranges, symmetric or per party, and the
 * search settings) and the result (the frontier scatter and a table of points, each openable in the Workbench).
 */
import { useCallback, useMemo, useState } from "react";
import { ENGINE_VERSION, type ScenarioInput } from "@seceq/core";
import { frontierChart } from "../charts/frontier-chart.js";
import { ActionTable } from "../components/action-table.js";
import { ChartFrame } from "../components/chart-frame.js";
import { NumField } from "../components/num-field.js";
import { MAX_SAMPLES, MAX_SEED } from "../engine/limits.js";
import type { ExplorerState, ExplorerStore } from "./explorer-store.js";
import { estimateText, NEGOTIATION_MS_PER_STEP, serverAdvice } from "./explorer-vm.js";
import {
  negotiationFormProblems,
  negotiationSteps,
  pointTable,
  type DimensionForm,
  type NegotiationForm,
  type PointListing,
} from "./negotiation-vm.js";
import { RunControls } from "./run-controls.js";
import { getOwn } from "@seceq/core";

/** Props of the negotiation form and results. */
export interface NegotiationPanelProps {
  explorer: ExplorerStore;
  state: ExplorerState;
  input: ScenarioInput;
  /** Workbench revision now (to tell whether results are for an older version of the scenario). */
  revision: number;
  /** Open point `index` in the Workbench. */
  onOpen: (index: number) => void;
}

function DimensionFields({
  d,
  parties,
  onChange,
}: {
  d: DimensionForm;
  parties: [string, string];
  onChange: (d: DimensionForm) => void;
}) {
  const range = (r: [number, number], set: (r: [number, number]) => void, who: string, testSuffix: string) => (
    <div className="range-row">
      <span className="range-who">{who}</span>
      <NumField
        label={`${d.name}, lowest ceiling${who ? ` for ${who}` : ""}`}
        hideLabel
        value={r[0]}
        min={0}
        step={d.step}
        onChange={(v) => set([v, r[1]])}
        testId={`dim-min-${d.id}${testSuffix}`}
        disabled={!d.include}
      />
      <span aria-hidden="true">–</span>
      <NumField
        label={`${d.name}, highest ceiling${who ? ` for ${who}` : ""}`}
        hideLabel
        value={r[1]}
        min={0}
        step={d.step}
        onChange={(v) => set([r[0], v])}
        testId={`dim-max-${d.id}${testSuffix}`}
        disabled={!d.include}
      />
    </div>
  );
  return (
    <fieldset className={`dimension${d.include ? "" : " excluded"}`} data-testid={`dim-${d.id}`}>
      <legend>
        <label>
          <input
            type="checkbox"
            checked={d.include}
            onChange={(e) => onChange({ ...d, include: e.target.checked })}
            data-testid={`dim-include-${d.id}`}
          />{" "}
          {d.name}
        </label>{" "}
        <span className="muted">({d.unit})</span>
      </legend>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={d.symmetric}
          disabled={!d.include}
          onChange={(e) => onChange({ ...d, symmetric: e.target.checked })}
          data-testid={`dim-symmetric-${d.id}`}
        />{" "}
        Same ceiling for both parties
      </label>
      {d.symmetric
        ? range(d.range, (r) => onChange({ ...d, range: r }), "", "")
        : parties.map((p) =>
            range(
              getOwn(d.perParty, p) ?? d.range,
              (r) => onChange({ ...d, perParty: { ...d.perParty, [p]: r } }),
              p,
              `-${p}`,
            ),
          )}
      <NumField
        label="Step"
        value={d.step}
        min={0}
        onChange={(v) => onChange({ ...d, step: v })}
        unit={d.unit}
        testId={`dim-step-${d.id}`}
        disabled={!d.include}
      />
    </fieldset>
  );
}

/** The negotiation space form (for the side column). */
export function NegotiationSpaceForm({
  explorer,
  state,
  input,
}: Pick<NegotiationPanelProps, "explorer" | "state" | "input">) {
  const form = state.negotiation.form;
  const set = (patch: Partial<NegotiationForm>) => explorer.setNegotiationForm({ ...form, ...patch });
  const setDim = (i: number, d: DimensionForm) => set({ dimensions: form.dimensions.map((x, k) => (k === i ? d : x)) });
  const steps = negotiationSteps(form);
  const advice = serverAdvice(steps, state.server);
  const problems = negotiationFormProblems(form);
  const name = (id: string) => input.parties.find((p) => p.id === id)?.name ?? id;
  const partyPicker = (k: 0 | 1) => (
    <select
      value={form.parties[k]}
      aria-label={`Negotiating party ${k + 1}`}
      onChange={(e) => {
        const parties: [string, string] = [...form.parties];
        parties[k] = e.target.value;
        set({ parties });
      }}
    >
      {input.parties.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
  return (
    <div className="explorer-form-body" data-testid="negotiation-form">
      <p className="note">
        Searches frameworks of limits around the scenario in the Workbench: each party restructures to comply, then the
        engine scores stability, reductions and parity.{" "}
        {form.origin === "builtin"
          ? `Space: “${form.name}”, built in for this preset.`
          : `Space: “${form.name}”, generated for this scenario (no built-in space for it).`}
      </p>
      <div className="field-row">
        <span className="num-label">Negotiating parties</span>
        {input.parties.length > 2 ? (
          <>
            {partyPicker(0)} ↔ {partyPicker(1)}
          </>
        ) : (
          <span>
            {name(form.parties[0])} ↔ {name(form.parties[1])}
          </span>
        )}
      </div>
      {form.dimensions.map((d, i) => (
        <DimensionFields key={d.id} d={d} parties={form.parties} onChange={(x) => setDim(i, x)} />
      ))}
      <fieldset className="dimension">
        <legend>Search</legend>
        <label className="num-field">
          <span className="num-label">Sampling</span>
          <select
            value={form.sampling}
            onChange={(e) => set({ sampling: e.target.value === "sobol" ? "sobol" : "latin-hypercube" })}
            data-testid="neg-sampling"
          >
            <option value="latin-hypercube">Latin hypercube</option>
            <option value="sobol">Sobol′ points</option>
          </select>
        </label>
        <div className="field-grid">
          <NumField
            label="Samples"
            value={form.samples}
            min={1}
            max={MAX_SAMPLES}
            step={1}
            onChange={(v) => set({ samples: v })}
            testId="neg-samples"
          />
          <NumField
            label="Seed"
            value={form.seed}
            min={0}
            max={MAX_SEED}
            step={1}
            onChange={(v) => set({ seed: v })}
            testId="neg-seed"
          />
          <NumField
            label="Refinement runs"
            value={form.refineStarts}
            min={0}
            max={32}
            step={1}
            onChange={(v) => set({ refineStarts: v })}
            testId="neg-refine-starts"
          />
          <NumField
            label="Evaluations per run"
            value={form.refineIterations}
            min={1}
            step={1}
            onChange={(v) => set({ refineIterations: v })}
            testId="neg-refine-iterations"
          />
        </div>
      </fieldset>
      <p className="note" data-testid="neg-size">
        Up to {steps.toLocaleString("en-US")} frameworks to score ({estimateText(steps, NEGOTIATION_MS_PER_STEP)} in the
        browser).{advice.note ? ` ${advice.note}` : ""}
      </p>
      <RunControls
        run={state.negotiation.run}
        noun={{ verb: "Scored", many: "frameworks" }}
        runLabel="Run search"
        runTestId="run-negotiation"
        onRun={() => void explorer.runNegotiation("browser")}
        onCancel={() => explorer.cancel()}
        problems={problems}
        extra={
          advice.offer ? (
            <button
              type="button"
              onClick={() => void explorer.runNegotiation("server")}
              disabled={problems.length > 0 || state.negotiation.run.status === "running"}
              data-testid="run-negotiation-server"
              className={advice.large ? "primary" : undefined}
            >
              Run on server
            </button>
          ) : null
        }
      />
      <button type="button" className="link-button" onClick={() => explorer.resetNegotiationForm()}>
        Reset the space
      </button>
    </div>
  );
}

/** The negotiation results (for the main column). */
export function NegotiationResults({
  state,
  revision,
  onOpen,
  input,
}: Omit<NegotiationPanelProps, "explorer" | "input"> & { input?: ScenarioInput }) {
  const { vm, result, run } = state.negotiation;
  const [listing, setListing] = useState<PointListing>("frontier");
  const draw = useCallback(
    (width: number) => (vm ? frontierChart(vm, width, onOpen) : document.createElement("div")),
    [vm, onOpen],
  );
  const names = useMemo(() => Object.fromEntries((input?.parties ?? []).map((p) => [p.id, p.name])), [input]);
  const table = useMemo(() => (result ? pointTable(result, listing, names) : null), [result, listing, names]);
  if (!vm || !result || !table)
    return (
      <figure className="chart placeholder" data-testid="frontier-placeholder">
        {run.status === "running"
          ? "Searching… the frontier appears when the search ends."
          : "Run the search to see the frameworks it scores, the zone of possible agreement and the Pareto frontier."}
      </figure>
    );
  const stale = state.negotiation.revision !== revision;
  return (
    <>
      {stale ? (
        <p className="note stale-note">
          These results are for the scenario as it was when the search ran; a point opened from them starts from that
          version.
        </p>
      ) : null}
      <ChartFrame
        id="frontier-chart"
        title="Frameworks: combined stability against reductions"
        draw={draw}
        exportName={`negotiation-${result.spec.id}`}
        exportTitle={[
          "Frameworks: combined stability against reductions",
          `${result.spec.scenario.name} (${result.spec.scenario.id}, as of ${result.spec.scenario.asOf}) · search ${result.spec.id} · exported ${new Date().toISOString().slice(0, 10)} · seceq engine ${ENGINE_VERSION}`,
        ]}
        caption={`${vm.caption} Hover a point for its framework and who gives what; click it to open it in the Workbench.`}
        pending={run.status === "running"}
      />
      <ActionTable
        id="points-table"
        className="points-table"
        caption={
          listing === "frontier"
            ? "Pareto frontier"
            : listing === "zopa"
              ? "Zone of possible agreement"
              : "Every framework scored"
        }
        table={table}
        exportName={`negotiation-${result.spec.id}-${listing}`}
        onOpen={(i) => onOpen(table.points[i]!)}
        openLabel={(i) => `Open ${table.rows[i]![0]} in the Workbench`}
        controls={
          <label className="inline-select">
            <span className="sr-only">Points listed</span>
            <select
              value={listing}
              onChange={(e) => setListing(e.target.value as PointListing)}
              aria-label="Points listed"
            >
              <option value="frontier">Frontier ({result.frontier.length})</option>
              <option value="zopa">In the zone ({result.zopa.length})</option>
              <option value="all">All ({vm.points.length})</option>
            </select>
          </label>
        }
      />
    </>
  );
}
