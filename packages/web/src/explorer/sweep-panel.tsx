/**
 * The Explorer's sweep mode: the form (1–3 levers of the scenario with ranges, the sampling method and its size) and
 * the results (an output against a lever, each cell openable in the Workbench, and the table with CSV export).
 */
import { useCallback, useMemo } from "react";
import { ENGINE_VERSION, type ScenarioInput } from "@seceq/core";
import { sweepChart } from "../charts/sweep-chart.js";
import { ActionTable } from "../components/action-table.js";
import { ChartFrame } from "../components/chart-frame.js";
import { NumField } from "../components/num-field.js";
import { RadioSegments } from "../components/radio-segments.js";
import { MAX_SEED } from "../engine/limits.js";
import { getAt } from "../model/scenario-path.js";
import type { ExplorerState, ExplorerStore } from "./explorer-store.js";
import { estimateText, SWEEP_MS_PER_CELL } from "./explorer-vm.js";
import { RunControls } from "./run-controls.js";
import {
  LARGE_SWEEP_CELLS,
  MAX_LEVERS,
  scenarioOutput,
  sweepCells,
  sweepChartVm,
  sweepFormProblems,
  sweepTable,
  sweptLever,
  TABLE_ROWS_SHOWN,
  type LeverOption,
  type SweepForm,
  type SweepMethod,
} from "./sweep-vm.js";

/** Props of the sweep form. */
export interface SweepFormProps {
  explorer: ExplorerStore;
  state: ExplorerState;
  options: LeverOption[];
}

const METHODS: Array<{ value: SweepMethod; label: string }> = [
  { value: "grid", label: "Grid" },
  { value: "latin-hypercube", label: "Latin hypercube" },
  { value: "sobol", label: "Sobol′" },
];

function LeverPicker({
  value,
  options,
  onChange,
  index,
}: {
  value: string;
  options: LeverOption[];
  onChange: (key: string) => void;
  index: number;
}) {
  const groups = [...new Set(options.map((o) => o.group))];
  return (
    <select
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-label={`Lever ${index + 1}`}
      data-testid={`lever-${index}`}
      className="lever-select"
    >
      {groups.map((g) => (
        <optgroup key={g} label={g}>
          {options
            .filter((o) => o.group === g)
            .map((o) => (
              <option key={o.key} value={o.key}>
                {o.label.slice(g.length + 3)}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The sweep form (for the side column). */
export function SweepSpaceForm({ explorer, state, options }: SweepFormProps) {
  const form = state.sweep.form;
  const set = (patch: Partial<SweepForm>) => explorer.setSweepForm({ ...form, ...patch });
  const setLever = (i: number, patch: Partial<SweepForm["levers"][number]>) =>
    set({ levers: form.levers.map((l, k) => (k === i ? { ...l, ...patch } : l)) });
  const cells = sweepCells(form, options);
  const problems = sweepFormProblems(form, options);
  const unused = options.find((o) => !form.levers.some((l) => l.key === o.key));
  return (
    <div className="explorer-form-body" data-testid="sweep-form">
      <p className="note">
        Varies up to three settings of the scenario in the Workbench and records every pair&apos;s stability for each
        cell.
      </p>
      {form.levers.map((l, i) => {
        const o = options.find((x) => x.key === l.key);
        const scale = o?.percent ? 100 : 1;
        const unit = o?.percent ? "%" : (o?.unit ?? "");
        return (
          <fieldset key={i} className="dimension" data-testid={`lever-fields-${i}`}>
            <legend>Lever {i + 1}</legend>
            <LeverPicker
              value={l.key}
              options={options}
              index={i}
              onChange={(key) => {
                const next = options.find((x) => x.key === key);
                if (next) setLever(i, { ...sweptLever(next, form.levers.length === 1), levels: l.levels });
              }}
            />
            <div className="range-row">
              <span className="range-who">from</span>
              <NumField
                label={`Lever ${i + 1}, lowest value`}
                hideLabel
                value={l.min}
                scale={scale}
                onChange={(v) => setLever(i, { min: v })}
                testId={`lever-min-${i}`}
              />
              <span aria-hidden="true">to</span>
              <NumField
                label={`Lever ${i + 1}, highest value`}
                hideLabel
                value={l.max}
                scale={scale}
                onChange={(v) => setLever(i, { max: v })}
                testId={`lever-max-${i}`}
                unit={unit}
              />
            </div>
            <div className="field-row">
              {form.method === "grid" ? (
                <NumField
                  label="Levels"
                  value={l.levels}
                  min={2}
                  max={101}
                  step={1}
                  onChange={(v) => setLever(i, { levels: v })}
                  testId={`lever-levels-${i}`}
                />
              ) : null}
              {form.levers.length > 1 ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => set({ levers: form.levers.filter((_, k) => k !== i) })}
                >
                  Remove
                </button>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      {form.levers.length < MAX_LEVERS && unused ? (
        <button
          type="button"
          onClick={() => set({ levers: [...form.levers, sweptLever(unused, false)] })}
          data-testid="add-lever"
        >
          Add a lever
        </button>
      ) : null}
      <fieldset className="dimension">
        <legend>Sampling</legend>
        <RadioSegments
          name="sweep-method"
          label="Sampling method"
          options={METHODS}
          value={form.method}
          onChange={(m) => set({ method: m })}
        />
        {form.method !== "grid" ? (
          <div className="field-grid">
            <NumField label="Cells" value={form.n} min={1} step={1} onChange={(v) => set({ n: v })} testId="sweep-n" />
            {form.method === "latin-hypercube" ? (
              <NumField
                label="Seed"
                value={form.seed}
                min={0}
                max={MAX_SEED}
                step={1}
                onChange={(v) => set({ seed: v })}
              />
            ) : null}
          </div>
        ) : null}
      </fieldset>
      <p className="note" data-testid="sweep-size">
        {cells.toLocaleString("en-US")} cells ({estimateText(cells, SWEEP_MS_PER_CELL)} in the browser).
        {cells > LARGE_SWEEP_CELLS
          ? " A large sweep: it runs in a background worker and can be cancelled; for much larger ones use `seceq sweep`."
          : ""}
      </p>
      <RunControls
        run={state.sweep.run}
        noun={{ verb: "Computed", many: "cells" }}
        runLabel="Run sweep"
        runTestId="run-sweep"
        onRun={() => void explorer.runSweep()}
        onCancel={() => explorer.cancel()}
        problems={problems}
      />
    </div>
  );
}

/** Props of the sweep results. */
export interface SweepResultsProps {
  explorer: ExplorerStore;
  state: ExplorerState;
  /** The Workbench's scenario and revision (to ring the current scenario when the sweep is of it). */
  input: ScenarioInput;
  revision: number;
  onOpen: (row: number) => void;
}

/** The sweep results (for the main column). */
export function SweepResults({ explorer, state, input, revision, onOpen }: SweepResultsProps) {
  const { table, info, view, run } = state.sweep;
  const fresh = state.sweep.revision === revision;
  const current = useMemo(() => {
    if (!info || !fresh) return undefined;
    const lever = info.levers[Math.min(view.x, info.levers.length - 1)];
    const x = lever ? getAt(input, lever.path) : undefined;
    return typeof x === "number" ? { x, y: scenarioOutput(input, view.y) } : undefined;
  }, [info, fresh, view, input]);
  const vm = useMemo(
    () => (table && info ? sweepChartVm(table, info, view, current) : null),
    [table, info, view, current],
  );
  const tvm = useMemo(() => (table && info ? sweepTable(table, info) : null), [table, info]);
  const draw = useCallback(
    (width: number) => (vm ? sweepChart(vm, width, onOpen) : document.createElement("div")),
    [vm, onOpen],
  );
  if (!table || !info || !vm || !tvm)
    return (
      <figure className="chart placeholder" data-testid="sweep-placeholder">
        {run.status === "running"
          ? "Sweeping… the chart appears when the sweep ends."
          : "Run the sweep to see an output against the levers."}
      </figure>
    );
  return (
    <>
      {!fresh ? (
        <p className="note stale-note">
          These results are for the scenario as it was when the sweep ran; a cell opened from them starts from that
          version.
        </p>
      ) : null}
      <div className="options-bar" role="group" aria-label="Sweep chart axes">
        <label>
          Across{" "}
          <select
            value={view.x}
            onChange={(e) => explorer.setSweepView({ x: Number(e.target.value) })}
            data-testid="sweep-x"
          >
            {info.levers.map((l, k) => (
              <option key={l.key} value={k}>
                {l.short}
              </option>
            ))}
          </select>
        </label>
        <label>
          Show{" "}
          <select value={view.y} onChange={(e) => explorer.setSweepView({ y: e.target.value })} data-testid="sweep-y">
            {info.outputs.map((o) => (
              <option key={o.name} value={o.name}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        {info.levers.length > 1 ? (
          <label>
            Colour by{" "}
            <select value={view.color} onChange={(e) => explorer.setSweepView({ color: Number(e.target.value) })}>
              <option value={-1}>nothing</option>
              {info.levers.map((l, k) =>
                k === view.x ? null : (
                  <option key={l.key} value={k}>
                    {l.short}
                  </option>
                ),
              )}
            </select>
          </label>
        ) : null}
      </div>
      <ChartFrame
        id="sweep-chart"
        title={`${vm.yLabel} across the sweep`}
        draw={draw}
        exportName="sweep"
        exportTitle={[
          `${vm.yLabel} across the sweep`,
          `${String(input.name)} (${String(input.id)}, as of ${String(input.asOf)}) · exported ${new Date().toISOString().slice(0, 10)} · seceq engine ${ENGINE_VERSION}`,
        ]}
        caption={`${vm.caption} Hover a point for its values; click it to open that cell in the Workbench.`}
        pending={run.status === "running"}
      />
      <ActionTable
        id="sweep-table"
        caption="Sweep results"
        table={tvm}
        exportName="sweep-results"
        onOpen={onOpen}
        openLabel={(i) => `Open sweep cell ${tvm.rows[i]![0]} in the Workbench`}
        note={
          table.rows > TABLE_ROWS_SHOWN
            ? `The first ${TABLE_ROWS_SHOWN} of ${table.rows.toLocaleString("en-US")} cells are listed; the CSV has them all.`
            : undefined
        }
      />
    </>
  );
}
