/**
 * View model of the compare view: the preset baseline, a pinned "modified" scenario and the current one side by side
 * (stability, forces, exchange outcomes), and every setting that differs from the preset, path by path.
 */
import { validateScenario, type Report } from "@seceq/core";
import {
  deltaTone,
  formatCount,
  formatDelta,
  formatIndex,
  formatPercent,
  formatSig,
  type DeltaTone,
} from "../model/format.js";
import { humanPathLabel } from "../model/path-names.js";
import { diffDocuments, formatDiffValue, type DiffEntry } from "../model/scenario-path.js";
import { partyNames } from "../results/results-vm.js";

/** A column of the comparison (one scenario). */
export interface CompareColumn {
  key: "preset" | "pinned" | "current";
  title: string;
  report: Report | null;
  /** Set when `report` is not the column's scenario's own (e.g. "updating…"); shown next to the title. */
  stale?: string;
}

/** One metric across the columns. */
export interface CompareRow {
  key: string;
  label: string;
  /** Group heading the row belongs to. */
  group: string;
  /** Display value per column ("—" when that scenario is absent or failed). */
  values: string[];
  /** Raw values per column (null when absent). */
  raw: Array<number | null>;
  /** Change of the last column from the first, formatted; empty when either is absent. */
  delta: string;
  /** Whether the change is good or bad for the side concerned (stability up is good; damage to a side is bad). */
  tone: DeltaTone;
}

/** One difference from the preset, for display. */
export interface DiffRow {
  /** Human label: party, element and field names ("United States · Minuteman III · Deployed launchers"). */
  label: string;
  /** The path as written in scenario files (`parties[us].forces[mm3].launchers.deployed`), for reference. */
  path: string;
  before: string;
  after: string;
}

/** The compare view. */
export interface CompareVm {
  columns: Array<{ key: CompareColumn["key"]; title: string; stale?: string }>;
  /** Header of the change column (last column minus the first), or "" with a single column. */
  changeHeader: string;
  rows: CompareRow[];
  /** Settings where the current scenario differs from the preset. */
  currentDiff: DiffRow[];
  /** Settings where the pinned scenario differs from the preset (empty when nothing is pinned). */
  pinnedDiff: DiffRow[];
}

/** How the change header names each column. */
const SHORT: Readonly<Record<CompareColumn["key"], string>> = {
  preset: "preset",
  pinned: "pinned",
  current: "current",
};

/**
 * Why the current column's figures are not the current scenario's, or undefined when they are.
 * @param core the figures' input revision, and whether a newer run is under way
 * @param revision the current input revision
 */
export function currentColumnNote(
  core: { reportRevision: number; pending: boolean },
  revision: number,
): string | undefined {
  if (core.reportRevision === revision) return undefined;
  return core.pending ? "updating…" : "last valid version: the current settings have errors";
}

/** Fill schema defaults when the document is valid, so omitted-vs-default is not reported as a change. */
export function normalizeForDiff(doc: unknown): unknown {
  return validateScenario(doc).value ?? doc;
}

/** Every setting of `after` that differs from `before`, defaults filled in where both documents are valid. */
export function scenarioDiff(before: unknown, after: unknown): DiffEntry[] {
  return diffDocuments(normalizeForDiff(before), normalizeForDiff(after));
}

function diffRows(entries: DiffEntry[], before: unknown, after: unknown): DiffRow[] {
  const a = normalizeForDiff(after);
  const b = normalizeForDiff(before);
  return entries.map((d) => {
    // A removed item's path ends at its array; name it from the document it was in.
    const removed = d.after === undefined && d.before !== null && typeof d.before === "object";
    const name = (d.before as { name?: unknown } | undefined)?.name;
    const label = removed
      ? `${humanPathLabel(d.path, b)}: removed ${typeof name === "string" ? name : "item"}`
      : humanPathLabel(d.path, a);
    return { label, path: d.label, before: formatDiffValue(d.before), after: formatDiffValue(d.after) };
  });
}

interface MetricDef {
  key: string;
  group: string;
  label: string;
  get: (r: Report) => number | undefined;
  fmt: (x: number) => string;
  deltaFmt?: (x: number) => string;
  /** Which way is better for the side concerned. Default `none`. */
  better?: "higher" | "lower";
}

function metricDefs(reports: Report[]): MetricDef[] {
  const ref = reports[0];
  if (!ref) return [];
  const names = partyNames(ref);
  const defs: MetricDef[] = [];
  const pairOf = (r: Report, a: string, b: string) => r.stability.pairs.find((p) => p.a === a && p.b === b);
  for (const p of ref.stability.pairs) {
    const g = `Stability: ${names[p.a] ?? p.a} – ${names[p.b] ?? p.b}`;
    defs.push(
      {
        key: `combined-${p.a}-${p.b}`,
        group: g,
        label: "Combined first-strike stability",
        get: (r) => pairOf(r, p.a, p.b)?.combined,
        fmt: formatIndex,
        deltaFmt: formatDelta,
        better: "higher",
      },
      {
        key: `fss-${p.a}`,
        group: g,
        label: `${names[p.a] ?? p.a} first-strike stability`,
        get: (r) => pairOf(r, p.a, p.b)?.fssA,
        fmt: formatIndex,
        deltaFmt: formatDelta,
        better: "higher",
      },
      {
        key: `fss-${p.b}`,
        group: g,
        label: `${names[p.b] ?? p.b} first-strike stability`,
        get: (r) => pairOf(r, p.a, p.b)?.fssB,
        fmt: formatIndex,
        deltaFmt: formatDelta,
        better: "higher",
      },
    );
  }
  for (const party of ref.parties) {
    const g = `Forces: ${party.name}`;
    const of = (r: Report) => r.parties.find((x) => x.id === party.id);
    defs.push(
      {
        key: `wh-${party.id}`,
        group: g,
        label: "Deployed warheads",
        get: (r) => of(r)?.deployedWarheads,
        fmt: (x) => formatCount(x),
        deltaFmt: (x) => (x > 0 ? "+" : "") + formatCount(x),
      },
      {
        key: `sw-${party.id}`,
        group: g,
        label: "Survivable warheads",
        get: (r) => of(r)?.survivableWarheads,
        fmt: (x) => formatCount(x),
        deltaFmt: (x) => (x > 0 ? "+" : "") + formatCount(x),
      },
      {
        key: `emt-${party.id}`,
        group: g,
        label: "EMT (Mt)",
        get: (r) => of(r)?.parity.suh.emt,
        fmt: formatSig,
        deltaFmt: (x) => (x > 0 ? "+" : "") + formatSig(x),
      },
    );
  }
  for (const e of ref.exchanges) {
    const g = `${names[e.striker] ?? e.striker} strikes ${names[e.victim] ?? e.victim} first`;
    const of = (r: Report) => r.exchanges.find((x) => x.striker === e.striker && x.victim === e.victim)?.outcome;
    defs.push(
      {
        key: `used-${e.striker}-${e.victim}`,
        group: g,
        label: "Counterforce warheads used",
        get: (r) => of(r)?.warheadsUsed,
        fmt: (x) => formatCount(x),
        deltaFmt: (x) => (x > 0 ? "+" : "") + formatCount(x),
      },
      {
        key: `ds-${e.striker}-${e.victim}`,
        group: g,
        label: `Damage to ${names[e.striker] ?? e.striker}`,
        get: (r) => of(r)?.damageToStriker,
        fmt: (x) => formatPercent(x, 1),
        better: "lower",
      },
      {
        key: `dv-${e.striker}-${e.victim}`,
        group: g,
        label: `Damage to ${names[e.victim] ?? e.victim}`,
        get: (r) => of(r)?.damageToVictim,
        fmt: (x) => formatPercent(x, 1),
        better: "lower",
      },
    );
  }
  return defs;
}

/**
 * Build the compare view.
 * @param columns the scenarios to compare (preset, pinned, current; absent ones omitted by the caller)
 * @param docs the scenario documents of `preset`, `pinned` and `current` (for the diffs)
 */
export function compareVm(
  columns: CompareColumn[],
  docs: { preset: unknown; pinned: unknown; current: unknown },
): CompareVm {
  const reports = columns.map((c) => c.report).filter((r): r is Report => r !== null);
  const rows: CompareRow[] = metricDefs(reports).map((d) => {
    const raw = columns.map((c) => (c.report ? (d.get(c.report) ?? null) : null));
    const first = raw[0];
    const last = raw[raw.length - 1];
    const delta =
      raw.length > 1 && first !== null && first !== undefined && last !== null && last !== undefined
        ? (d.deltaFmt ?? ((x: number) => `${x > 0 ? "+" : ""}${formatPercent(x, 1)}`))(last - first)
        : "";
    const tone =
      delta !== "" && first !== null && first !== undefined && last !== null && last !== undefined
        ? deltaTone(last - first, d.better ?? "none")
        : "neutral";
    return {
      key: d.key,
      label: d.label,
      group: d.group,
      values: raw.map((x) => (x === null ? "—" : d.fmt(x))),
      raw,
      delta,
      tone,
    };
  });
  const hasPreset = docs.preset !== null && docs.preset !== undefined;
  return {
    columns: columns.map((c) => ({ key: c.key, title: c.title, ...(c.stale ? { stale: c.stale } : {}) })),
    changeHeader:
      columns.length > 1 ? `Change (${SHORT[columns[columns.length - 1]!.key]} − ${SHORT[columns[0]!.key]})` : "",
    rows,
    currentDiff: hasPreset ? diffRows(scenarioDiff(docs.preset, docs.current), docs.preset, docs.current) : [],
    pinnedDiff:
      hasPreset && docs.pinned ? diffRows(scenarioDiff(docs.preset, docs.pinned), docs.preset, docs.pinned) : [],
  };
}
