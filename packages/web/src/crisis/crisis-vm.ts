/**
 * View model of the crisis timeline: combined stability per day for each pair as each side generates its forces,
 * with the most dangerous day marked, and the same figures as a table (shown under the chart, for screen readers and
 * CSV).
 */
import type { CrisisColumns } from "../engine/crisis-buffer.js";
import { formatIndex, formatPercent } from "../model/format.js";
import type { TableVm } from "../results/results-vm.js";

/** One line of the crisis chart: a pair's combined index per day. */
export interface CrisisLine {
  label: string;
  /** Short label for the line's end (names up to 8 characters, else upper-case ids): "US–Russia". */
  short: string;
  day: Float64Array;
  combined: Float64Array;
}

/** The crisis chart, its caption, and its table (columns: day, share generated per party, combined per pair). */
export interface CrisisVm extends TableVm {
  lines: CrisisLine[];
  worstDay: number;
  worstCombined: number;
  /** Sentence for the caption and screen readers. */
  caption: string;
  raw: number[][];
}

/** Build the crisis view model; `names` maps party ids to display names. */
export function crisisVm(c: CrisisColumns, names: Record<string, string>): CrisisVm {
  const pairLabel = (a: string, b: string) => `${names[a] ?? a}–${names[b] ?? b}`;
  const short = (id: string) => {
    const n = names[id] ?? id;
    return n.length <= 8 ? n : id.toUpperCase();
  };
  const lines = c.pairs.map((p) => ({
    label: pairLabel(p.a, p.b),
    short: `${short(p.a)}–${short(p.b)}`,
    day: c.day,
    combined: p.combined,
  }));
  const parties = Object.keys(c.generated);
  const columns = [
    "Day",
    ...parties.map((p) => `${names[p] ?? p} generated`),
    ...c.pairs.map((p) => `${pairLabel(p.a, p.b)} combined`),
  ];
  const raw: number[][] = [];
  const rows: string[][] = [];
  for (let r = 0; r < c.day.length; r++) {
    const gen = parties.map((p) => c.generated[p]![r]!);
    const comb = c.pairs.map((p) => p.combined[r]!);
    raw.push([c.day[r]!, ...gen, ...comb]);
    rows.push([String(c.day[r]), ...gen.map((g) => formatPercent(g)), ...comb.map(formatIndex)]);
  }
  const first = c.minCombined[0];
  const flat = c.minCombined.every((x) => Math.abs(x - (first ?? x)) < 5e-4);
  const caption =
    c.day.length === 0
      ? "No crisis days computed."
      : flat
        ? `Stability stays at ${formatIndex(c.worstCombined)} through day ${c.day[c.day.length - 1]} (no generation schedule changes the balance).`
        : `Most dangerous day: ${c.worstDay} (combined stability ${formatIndex(c.worstCombined)}); day 0: ${formatIndex(first ?? NaN)}, day ${c.day[c.day.length - 1]}: ${formatIndex(c.minCombined[c.minCombined.length - 1] ?? NaN)}.`;
  return { lines, worstDay: c.worstDay, worstCombined: c.worstCombined, caption, columns, rows, raw };
}
