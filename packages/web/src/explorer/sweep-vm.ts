/**
 * View model of the Explorer's sweep mode: the levers of the current scenario that can be swept (the number
 * settings of the posture editor: force levels, loads, survivable shares, hold-back, interceptors, assumptions), the
 * form (1–3 levers with ranges, a sampling method), the sweep spec it becomes, and the results as a chart and a table.
 */
import {
  compileOutputs,
  outputCatalog,
  validateScenario,
  type Scenario,
  type ScenarioInput,
  type SweepSpecInput,
} from "@seceq/core";
import { postureEditorVm } from "../editor/posture-editor-vm.js";
import type { NumberControl } from "../model/controls.js";
import { formatCount, formatForStep, formatIndex, formatPercent } from "../model/format.js";
import type { DocPath } from "../model/scenario-path.js";
import type { SweepColumns } from "../engine/sweep-buffer.js";
import type { TableVm } from "../results/results-vm.js";

/** A setting of the scenario that can be swept. */
export interface LeverOption {
  /** Unique key (the editor control's key). */
  key: string;
  /** Full label, e.g. "United States · Minuteman III · Deployed launchers". */
  label: string;
  /** Short label for axes, e.g. "Minuteman III deployed launchers". */
  short: string;
  /** Group in the picker: a party's name, or "Assumptions". */
  group: string;
  /** Where the setting lives in the document (indices). */
  path: DocPath;
  /** The sweep-spec path (array items by id), e.g. `parties.us.forces.mm3-w87.launchers.deployed`. */
  sweepPath: string;
  /** Current value. */
  value: number;
  /** Lowest and highest values the setting accepts. */
  min: number;
  limit: number;
  /** The editor's slider maximum (a sensible top of a range). */
  max: number;
  step: number;
  /** Whole numbers only (counts). */
  integer: boolean;
  /** A share 0–1 shown as a percentage. */
  percent: boolean;
  unit: string;
}

/** One swept lever in the form. */
export interface SweptLever {
  key: string;
  min: number;
  max: number;
  /** Grid levels (grid sampling only), 2–101. */
  levels: number;
}

/** Sampling methods offered. */
export type SweepMethod = "grid" | "latin-hypercube" | "sobol";

/** The sweep as the form edits it. */
export interface SweepForm {
  levers: SweptLever[];
  method: SweepMethod;
  /** Cells for Latin hypercube and Sobol' sampling. */
  n: number;
  /** Seed of the Latin hypercube. */
  seed: number;
}

/** Most levers a sweep in the Explorer varies. */
export const MAX_LEVERS = 3;

/** Sweeps above this many cells get a warning (and a hint to use `seceq sweep`). */
export const LARGE_SWEEP_CELLS = 500;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** The sweep-spec path of a document path: array items named by their `id` (e.g. `parties.us.forces.mm3`). */
export function sweepPathOf(doc: unknown, path: DocPath): string {
  const parts: string[] = [];
  let cur: unknown = doc;
  for (const key of path) {
    if (typeof key === "number") {
      const item = Array.isArray(cur) ? (cur[key] as unknown) : undefined;
      parts.push(isRecord(item) && typeof item.id === "string" ? item.id : String(key));
      cur = item;
    } else {
      parts.push(key);
      cur = isRecord(cur) ? cur[key] : undefined;
    }
  }
  return parts.join(".");
}

function lever(doc: ScenarioInput, c: NumberControl, group: string, item: string): LeverOption {
  return {
    key: c.key,
    label: `${group} · ${item ? `${item} · ` : ""}${c.label}`,
    short: item ? `${item}: ${c.label.charAt(0).toLowerCase()}${c.label.slice(1)}` : c.label,
    group,
    path: c.path,
    sweepPath: sweepPathOf(doc, c.path),
    value: c.value,
    min: c.min,
    limit: c.limit,
    max: c.max,
    step: c.step,
    integer: c.step >= 1,
    percent: c.percent ?? false,
    unit: c.percent ? "%" : (c.unit ?? ""),
  };
}

/** Every lever of a scenario, grouped by party then assumptions, in editor order. */
export function leverOptions(input: ScenarioInput, baseline: ScenarioInput | null): LeverOption[] {
  const vm = postureEditorVm(input, baseline);
  const out: LeverOption[] = [];
  for (const p of vm.parties) {
    for (const leg of p.legs)
      for (const it of leg.items) for (const c of it.controls) out.push(lever(input, c, p.name, it.name));
    out.push(lever(input, p.holdBack, p.name, ""));
  }
  for (const c of vm.assumptions.global) if (c.kind === "number") out.push(lever(input, c, "Assumptions", ""));
  for (const d of vm.assumptions.damage) for (const c of d.controls) out.push(lever(input, c, "Assumptions", d.name));
  return out;
}

const roundTo = (x: number, step: number) => Math.round(Math.round(x / step) * step * 1e9) / 1e9;

/**
 * A default range for a lever: shares over their whole 0–1 range; other settings from half to one and a half times
 * the current value (0 to the slider maximum when the value is 0), within what the setting accepts.
 */
export function defaultRange(l: LeverOption): [number, number] {
  if (l.percent || (l.min === 0 && l.limit === 1)) return [l.min, l.max];
  if (l.value === 0) return [l.min, l.max];
  const step = l.integer ? 1 : l.step;
  const lo = Math.max(l.min, roundTo(l.value * 0.5, step));
  const hi = Math.min(l.limit, roundTo(l.value * 1.5, step));
  return lo < hi ? [lo, hi] : [l.min, l.max];
}

/** A lever in the form with its default range and 5 grid levels (11 when it is the only lever). */
export function sweptLever(l: LeverOption, alone: boolean): SweptLever {
  const [min, max] = defaultRange(l);
  return { key: l.key, min, max, levels: alone ? 11 : 5 };
}

/** The default form: the first lever (the first party's first force level), a grid. */
export function defaultSweepForm(options: readonly LeverOption[]): SweepForm {
  const first = options[0];
  return { levers: first ? [sweptLever(first, true)] : [], method: "grid", n: 64, seed: 1 };
}

/** Grid levels of a lever as the engine lays them out (whole numbers deduplicated for counts). */
function gridLevels(l: SweptLever, o: LeverOption | undefined): number {
  if (!o?.integer) return l.levels;
  const span = Math.floor(l.max) - Math.ceil(l.min) + 1;
  return Math.max(1, Math.min(l.levels, span));
}

/** Cells a form runs: the product of grid levels, or `n`. */
export function sweepCells(form: SweepForm, options: readonly LeverOption[]): number {
  if (form.method !== "grid") return form.n;
  return form.levers.reduce(
    (t, l) =>
      t *
      gridLevels(
        l,
        options.find((o) => o.key === l.key),
      ),
    1,
  );
}

/** An output the sweep records. */
export interface OutputOption {
  /** Output name in the sweep spec, e.g. `stability.us-ru.combined`. */
  name: string;
  /** Label, e.g. "Combined stability, us–ru". */
  label: string;
}

/** Labels of the stability outputs of a scenario, keyed by the engine's output name. */
function stabilityLabels(s: Scenario): Map<string, string> {
  const labels = new Map<string, string>([["stability.min", "Lowest combined stability of any pair"]]);
  const ps = s.parties;
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++) {
      const [a, b] = [ps[i]!, ps[j]!];
      const pre = `stability.${a.id}-${b.id}`;
      labels.set(`${pre}.combined`, `Combined stability, ${a.name}–${b.name}`);
      labels.set(`${pre}.fss.${a.id}`, `First-strike stability of ${a.name} (vs ${b.name})`);
      labels.set(`${pre}.fss.${b.id}`, `First-strike stability of ${b.name} (vs ${a.name})`);
    }
  return labels;
}

/**
 * The outputs recorded, from the engine's output catalog (`outputCatalog`): for each pair, the combined index and
 * each side's first-strike stability, in the engine's order; with more than two parties, the lowest combined index
 * first. None for a scenario that is not valid (a sweep of it would not run).
 */
export function outputOptions(input: ScenarioInput): OutputOption[] {
  const s = validateScenario(input).value;
  if (!s) return [];
  const labels = stabilityLabels(s);
  return outputCatalog(s)
    .filter((name) => labels.has(name) && (name !== "stability.min" || s.parties.length > 2))
    .map((name) => ({ name, label: labels.get(name)! }));
}

/**
 * The value of a sweep output for a scenario, computed by the engine's own output plan (`compileOutputs`), e.g. to
 * mark the Workbench's scenario on a sweep chart. NaN when the scenario is not valid or the output unknown.
 * @param input the scenario
 * @param name output name (see {@link outputOptions})
 */
export function scenarioOutput(input: ScenarioInput, name: string): number {
  const s = validateScenario(input).value;
  if (!s || !outputCatalog(s).includes(name)) return Number.NaN;
  return compileOutputs([name], s).compute(s)[0] ?? Number.NaN;
}

/** Problems that stop a form from running, for a person. */
export function sweepFormProblems(form: SweepForm, options: readonly LeverOption[]): string[] {
  const out: string[] = [];
  if (form.levers.length === 0) out.push("Pick at least one lever.");
  const keys = new Set<string>();
  for (const l of form.levers) {
    const o = options.find((x) => x.key === l.key);
    if (!o) {
      out.push("A lever is not in this scenario any more; pick it again.");
      continue;
    }
    if (keys.has(l.key)) out.push(`${o.label} is picked twice.`);
    keys.add(l.key);
    if (!(Number.isFinite(l.min) && Number.isFinite(l.max) && l.min <= l.max))
      out.push(`${o.label}: the lowest value must not be above the highest.`);
    else if (l.min < o.min || l.max > o.limit)
      out.push(
        `${o.label}: values must stay within ${formatForStep(o.min, o.step)}–${formatForStep(o.limit, o.step)}.`,
      );
    if (form.method === "grid" && !(Number.isInteger(l.levels) && l.levels >= 2 && l.levels <= 101))
      out.push(`${o.label}: grid levels must be a whole number from 2 to 101.`);
  }
  if (form.method !== "grid" && !(Number.isInteger(form.n) && form.n >= 1 && form.n <= 20_000))
    out.push("Cells must be a whole number from 1 to 20,000.");
  if (!(Number.isInteger(form.seed) && form.seed >= 0)) out.push("The seed must be a whole number of at least 0.");
  return out;
}

/** The sweep spec a form describes, around `baseDoc` (inline), recording every output of {@link outputOptions}. */
export function sweepSpecInput(
  form: SweepForm,
  options: readonly LeverOption[],
  baseDoc: ScenarioInput,
): SweepSpecInput {
  const sampling =
    form.method === "grid"
      ? { method: "grid" as const }
      : form.method === "sobol"
        ? { method: "sobol" as const, n: form.n }
        : { method: "latin-hypercube" as const, n: form.n };
  return {
    id: "explorer-sweep",
    base: { scenario: baseDoc },
    parameters: form.levers.map((l) => {
      const o = options.find((x) => x.key === l.key)!;
      return {
        path: o.sweepPath,
        range: [l.min, l.max] as [number, number],
        ...(form.method === "grid" ? { levels: l.levels } : {}),
        integer: o.integer,
      };
    }),
    sampling,
    seed: form.seed,
    outputs: outputOptions(baseDoc).map((o) => o.name),
  };
}

//// results ////

/** How the results are drawn: which lever on x, which output on y, which lever colours the points. */
export interface SweepView {
  /** Index of the lever on x. */
  x: number;
  /** Output name on y. */
  y: string;
  /** Index of the lever that colours the points, or -1 for none. */
  color: number;
}

/** One point of the sweep chart. */
export interface SweepPoint {
  /** Row of the results table. */
  row: number;
  /** Cell index. */
  cell: number;
  x: number;
  y: number;
  /** Value of the colouring lever (NaN without one). */
  c: number;
  tip: string;
  aria: string;
}

/** The chart of a sweep. */
export interface SweepChartVm {
  points: SweepPoint[];
  /** Draw lines through the points (grid sampling): one per value of the colouring lever. */
  lines: boolean;
  xLabel: string;
  yLabel: string;
  /** Legend title of the colour, or "" without colour. */
  colorLabel: string;
  /** The current scenario, for reference (when its lever and output values are known). */
  current?: { x: number; y: number };
  caption: string;
}

/** Format a lever value: shares as percentages, counts whole, other values with up to 3 decimals. */
export function formatLever(o: Pick<LeverOption, "percent" | "integer">, v: number): string {
  if (o.percent) return formatPercent(v, Math.abs(v * 100 - Math.round(v * 100)) < 1e-9 ? 0 : 1);
  return formatCount(v, o.integer ? 0 : 3);
}

/** The levers of a finished run (its form's levers, resolved against the lever options of its base). */
export interface SweepRunInfo {
  levers: LeverOption[];
  outputs: OutputOption[];
  method: SweepMethod;
}

/**
 * The chart of a sweep's results.
 * @param table the results
 * @param run the run's levers and outputs
 * @param view axes and colour
 * @param current values of the current scenario on the chosen lever and output, if known
 */
export function sweepChartVm(
  table: SweepColumns,
  run: SweepRunInfo,
  view: SweepView,
  current?: { x: number; y: number },
): SweepChartVm {
  const xi = Math.min(Math.max(0, view.x), run.levers.length - 1);
  const yi = Math.max(0, table.outputNames.indexOf(view.y));
  const ci = view.color >= 0 && view.color < run.levers.length && view.color !== xi ? view.color : -1;
  const xl = run.levers[xi]!;
  const yo = run.outputs.find((o) => o.name === table.outputNames[yi]) ?? { name: view.y, label: view.y };
  const points: SweepPoint[] = [];
  for (let r = 0; r < table.rows; r++) {
    const y = table.outputs[yi]![r]!;
    if (!Number.isFinite(y)) continue;
    const values = run.levers.map((l, k) => `${l.short} ${formatLever(l, table.parameters[k]![r]!)}`);
    const x = table.parameters[xi]![r]!;
    points.push({
      row: r,
      cell: table.cell[r]!,
      x,
      y,
      c: ci >= 0 ? table.parameters[ci]![r]! : Number.NaN,
      tip: [
        `Cell ${table.cell[r]!}`,
        ...values,
        `${yo.label}: ${formatIndex(y)}`,
        "Click to open it in the Workbench",
      ].join("\n"),
      aria: `cell ${table.cell[r]!}: ${values.join(", ")}, ${yo.label} ${formatIndex(y)}`,
    });
  }
  const skipped = table.rows - points.length;
  const caption =
    `${formatCount(table.rows)} cells (${run.method === "grid" ? "grid" : run.method === "sobol" ? "Sobol' points" : "Latin hypercube"}); ` +
    `${yo.label} against ${xl.short}${ci >= 0 ? `, coloured by ${run.levers[ci]!.short}` : ""}.` +
    (skipped > 0 ? ` ${formatCount(skipped)} cells without a value are not shown.` : "") +
    (current ? " The ring marks the scenario in the Workbench." : "");
  return {
    points,
    lines: run.method === "grid",
    xLabel: `${xl.short}${xl.unit && !xl.percent && !xl.short.includes(xl.unit) ? ` (${xl.unit})` : ""}`,
    yLabel: yo.label,
    colorLabel: ci >= 0 ? run.levers[ci]!.short : "",
    ...(current && Number.isFinite(current.x) && Number.isFinite(current.y) ? { current } : {}),
    caption,
  };
}

/** Most rows the page lists (the CSV has them all). */
export const TABLE_ROWS_SHOWN = 200;

/** The results table: cell, each lever, each output (raw values in full precision for CSV). */
export function sweepTable(table: SweepColumns, run: SweepRunInfo): TableVm {
  const columns = [
    "Cell",
    ...run.levers.map((l) => l.label),
    ...table.outputNames.map((n) => run.outputs.find((o) => o.name === n)?.label ?? n),
  ];
  const rows: string[][] = [];
  const raw: TableVm["raw"] = [];
  for (let r = 0; r < table.rows; r++) {
    const ps = run.levers.map((_, k) => table.parameters[k]![r]!);
    const os = table.outputs.map((c) => c[r]!);
    raw.push([table.cell[r]!, ...ps, ...os]);
    if (r < TABLE_ROWS_SHOWN)
      rows.push([
        String(table.cell[r]!),
        ...ps.map((v, k) => formatLever(run.levers[k]!, v)),
        ...os.map((v) => formatIndex(v)),
      ]);
  }
  return { columns, rows, raw };
}

/** Status line after a sweep cell is opened in the Workbench. */
export function openedCellMessage(table: SweepColumns, run: SweepRunInfo, row: number): string {
  const values = run.levers.map((l, k) => `${l.short} ${formatLever(l, table.parameters[k]![row]!)}`);
  return `Opened sweep cell ${table.cell[row]!} from the Explorer: ${values.join(", ")}.`;
}
