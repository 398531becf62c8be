/**
 * View model of the results panel: stability figures with their reading, the draw-down series of an exchange, damage
 * bars, parity rows, arms-race sensitivity rows and Monte Carlo bands, all derived from a core {@link Report}.
 */
import {
  STABILITY_READING_THRESHOLDS,
  type DrawdownPoint,
  type ExchangeResult,
  type Report,
  type SensitivityEntry,
  type StabilityReading,
  nullRecord,
  nullRecordFrom,
} from "@seceq/core";
import { formatCount, formatDelta, formatIndex, formatPercent, formatSig } from "../model/format.js";

const { robust: ROBUST, fragile: FRAGILE } = STABILITY_READING_THRESHOLDS;

/** The note shown with every reading: whose convention it is (band limits from the engine). */
export const READING_NOTE = `Reading bands follow the public Crisis Stability Calculator's convention (≥ ${ROBUST} robust, < ${FRAGILE} fragile, moderate between); they are not Kent & Thaler's.`;

/** Words for a reading, with the engine's band limits. */
export function readingLabel(r: StabilityReading): string {
  switch (r) {
    case "robust":
      return `robust (≥ ${ROBUST})`;
    case "moderate":
      return `moderate (${FRAGILE}–${ROBUST})`;
    case "fragile":
      return `fragile (< ${FRAGILE})`;
  }
}

/** A Monte Carlo band of one metric, formatted. */
export interface BandText {
  p5: number;
  p50: number;
  p95: number;
  text: string;
}

/** One side of a pair. */
export interface SideFigure {
  party: string;
  name: string;
  /** First-strike stability C1/C2 (capped at 1). */
  fss: number;
  text: string;
  /** Cost of striking first. */
  c1: number;
  /** Cost of being struck first. */
  c2: number;
  explain: string;
  band?: BandText;
  /** Text under the figure: the band, or that it is being recomputed; absent when bands are off. */
  bandText?: string;
}

/** Stability of one pair, ready to display. */
export interface StabilityCard {
  key: string;
  label: string;
  combined: number;
  combinedText: string;
  reading: StabilityReading;
  readingText: string;
  sides: [SideFigure, SideFigure];
  band?: BandText;
  /** Text under the figure: the band, or that it is being recomputed; absent when bands are off. */
  bandText?: string;
}

/** Party id → display name (a record without a prototype: an unknown id reads as undefined, never a prototype member). */
export function partyNames(report: Pick<Report, "parties">): Record<string, string> {
  return nullRecordFrom(report.parties.map((p): [string, string] => [p.id, p.name]));
}

function bandOf(mc: Report["monteCarlo"] | null | undefined, key: string): BandText | undefined {
  const b = mc?.bands[key];
  if (!b) return undefined;
  return { p5: b.p5, p50: b.p50, p95: b.p95, text: `90 % band ${formatIndex(b.p5)}–${formatIndex(b.p95)}` };
}

/** Shown in place of a band while the bands of the figures shown are being computed. */
export const BAND_UPDATING = "90 % band updating…";

/** The Monte Carlo bands that belong to the figures shown, and whether newer ones are on their way. */
export interface FreshBands {
  /** Bands of the shown report's scenario, or null (off, not computed yet, or of another version). */
  monteCarlo: Report["monteCarlo"] | null;
  /** Bands are on but those of the shown figures are not there yet. */
  updating: boolean;
}

/**
 * Pick the bands to show with a report: only those the slow analyses computed for the same input revision as the
 * report (bands of an older scenario are never shown on newer figures).
 * @param extras the slow analyses: their bands, the revision they belong to, and whether a run is under way
 * @param reportRevision input revision of the report shown
 * @param samples Monte Carlo samples asked for (0 = bands off)
 */
export function freshBands(
  extras: { monteCarlo: Report["monteCarlo"] | null; reportRevision: number; pending: boolean },
  reportRevision: number,
  samples: number,
): FreshBands {
  const fresh = extras.reportRevision === reportRevision;
  const monteCarlo = fresh && samples > 0 ? extras.monteCarlo : null;
  return { monteCarlo, updating: samples > 0 && monteCarlo === null && (!fresh || extras.pending) };
}

/**
 * Stability cards of every pair, with Monte Carlo bands when given.
 * @param report the figures
 * @param monteCarlo bands of the same scenario, or null
 * @param bandsUpdating bands are on but not computed for these figures yet: the cards say so
 */
export function stabilityCards(
  report: Report,
  monteCarlo?: Report["monteCarlo"] | null,
  bandsUpdating = false,
): StabilityCard[] {
  const names = partyNames(report);
  return report.stability.pairs.map((p) => {
    const pk = `${p.a}-${p.b}`;
    const side = (party: string, fss: number, c1: number, c2: number): SideFigure => {
      const band = bandOf(monteCarlo, `stability.${pk}.fss.${party}`);
      return {
        party,
        name: names[party] ?? party,
        fss,
        text: formatIndex(fss),
        c1,
        c2,
        explain: `${names[party] ?? party}: cost of striking first ${formatIndex(c1)} ÷ cost of being struck first ${formatIndex(c2)} (capped at 1)`,
        ...(band ? { band, bandText: band.text } : bandsUpdating ? { bandText: BAND_UPDATING } : {}),
      };
    };
    const band = bandOf(monteCarlo, `stability.${pk}.combined`);
    return {
      key: pk,
      label: `${names[p.a] ?? p.a} – ${names[p.b] ?? p.b}`,
      combined: p.combined,
      combinedText: formatIndex(p.combined),
      reading: p.reading,
      readingText: readingLabel(p.reading),
      sides: [side(p.a, p.fssA, p.c1A, p.c2A), side(p.b, p.fssB, p.c1B, p.c2B)],
      ...(band ? { band, bandText: band.text } : bandsUpdating ? { bandText: BAND_UPDATING } : {}),
    };
  });
}

/** Label of an exchange: "Blue strikes Red first". */
export function exchangeLabel(e: Pick<ExchangeResult, "striker" | "victim">, names: Record<string, string>): string {
  return `${names[e.striker] ?? e.striker} strikes ${names[e.victim] ?? e.victim} first`;
}

/** The draw-down of one exchange as columns, with the chosen point. */
export interface DrawdownSeries {
  title: string;
  striker: string;
  victim: string;
  warheadsUsed: Float64Array;
  costToStriker: Float64Array;
  costToVictim: Float64Array;
  damageToStriker: Float64Array;
  damageToVictim: Float64Array;
  chosen: DrawdownPoint;
  chosenIndex: number;
  /** Sentence describing the chosen strike. */
  caption: string;
}

/** Build the draw-down series of an exchange (cost to each side vs counterforce warheads used). */
export function drawdownSeries(e: ExchangeResult, names: Record<string, string>): DrawdownSeries {
  const n = e.drawdown.length;
  const col = (f: (p: DrawdownPoint) => number) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = f(e.drawdown[i]!);
    return out;
  };
  const s = names[e.striker] ?? e.striker;
  const v = names[e.victim] ?? e.victim;
  const o = e.outcome;
  return {
    title: exchangeLabel(e, names),
    striker: s,
    victim: v,
    warheadsUsed: col((p) => p.warheadsUsed),
    costToStriker: col((p) => p.costToStriker),
    costToVictim: col((p) => p.costToVictim),
    damageToStriker: col((p) => p.damageToStriker),
    damageToVictim: col((p) => p.damageToVictim),
    chosen: o,
    chosenIndex: e.chosen,
    caption:
      `${s} stops at ${formatCount(o.warheadsUsed)} counterforce warheads (its lowest cost, ${formatIndex(o.costToStriker)}), ` +
      `destroying ${formatCount(o.victimWarheadsDestroyed)} of ${formatCount(e.victimWarheadsBefore)} ${v} warheads; ` +
      `${formatCount(o.retaliationArriving)} retaliating warheads arrive.`,
  };
}

/**
 * What the draw-down chart draws, at its resolution: the title and caption, the chosen point as labelled, warheads to
 * whole warheads and costs to 1/1000 (under a pixel on a 0.3-wide axis 300 px tall). Equal keys draw the same chart,
 * so a run that moves the curves by less than that does not redraw it.
 */
export function drawdownKey(s: DrawdownSeries): string {
  const parts: string[] = [s.title, s.caption, formatCount(s.chosen.warheadsUsed), formatIndex(s.chosen.costToStriker)];
  for (let i = 0; i < s.warheadsUsed.length; i++)
    parts.push(`${Math.round(s.warheadsUsed[i]!)}:${s.costToStriker[i]!.toFixed(3)}:${s.costToVictim[i]!.toFixed(3)}`);
  return parts.join("|");
}

/** One bar of the damage chart. */
export interface DamageBar {
  exchange: string;
  side: "striker" | "victim";
  party: string;
  damage: number;
  label: string;
}

/** Damage to striker and victim at the chosen strike of every exchange. */
export function damageBars(report: Report): DamageBar[] {
  const names = partyNames(report);
  return report.exchanges.flatMap((e) => {
    const ex = exchangeLabel(e, names);
    return [
      {
        exchange: ex,
        side: "striker" as const,
        party: names[e.striker] ?? e.striker,
        damage: e.outcome.damageToStriker,
        label: formatPercent(e.outcome.damageToStriker),
      },
      {
        exchange: ex,
        side: "victim" as const,
        party: names[e.victim] ?? e.victim,
        damage: e.outcome.damageToVictim,
        label: formatPercent(e.outcome.damageToVictim),
      },
    ];
  });
}

/** A simple table: headers and rows of display strings, plus the raw values for CSV export. */
export interface TableVm {
  columns: string[];
  rows: string[][];
  raw: Array<Array<string | number | boolean | null>>;
}

/** Parity per party: launchers, warheads, survivable warheads, EMT and CMP (both conventions). */
export function partyParityTable(report: Report): TableVm {
  const columns = [
    "Party",
    "Posture",
    "Deployed launchers",
    "Deployed warheads",
    "Survivable warheads",
    "EMT (Mt)",
    "CMP (Suh)",
    "CMP (Richelson)",
    "Interceptors",
  ];
  const raw = report.parties.map((p) => [
    p.name,
    p.posture,
    p.deployedLaunchers,
    p.deployedWarheads,
    p.survivableWarheads,
    p.parity.suh.emt,
    p.parity.suh.cmp,
    p.parity.richelson.cmp,
    p.interceptors,
  ]);
  const rows = report.parties.map((p) => [
    p.name,
    p.posture === "generated" ? "generated" : "day-to-day",
    formatCount(p.deployedLaunchers),
    formatCount(p.deployedWarheads),
    formatCount(p.survivableWarheads),
    formatSig(p.parity.suh.emt),
    formatSig(p.parity.suh.cmp),
    formatSig(p.parity.richelson.cmp),
    formatCount(p.interceptors),
  ]);
  return { columns, rows, raw };
}

/** Parity of each dyad (what each side can deliver on the other, with range reach) and the ratios. */
export function dyadParityTable(report: Report): TableVm {
  const names = partyNames(report);
  const columns = [
    "Dyad",
    "Warheads a→b",
    "Warheads b→a",
    "Warhead ratio",
    "EMT a→b",
    "EMT b→a",
    "EMT ratio",
    "CMP a→b (Suh)",
    "CMP b→a (Suh)",
  ];
  const raw = report.dyads.map((d) => [
    `${names[d.a] ?? d.a}–${names[d.b] ?? d.b}`,
    d.aAgainstB.deliverableWarheads,
    d.bAgainstA.deliverableWarheads,
    d.warheadRatio,
    d.aAgainstB.emt,
    d.bAgainstA.emt,
    d.emtRatio,
    d.aAgainstB.cmpSuh,
    d.bAgainstA.cmpSuh,
  ]);
  const rows = raw.map((r) =>
    r.map((x, i) => (i === 0 ? String(x) : i === 1 || i === 2 ? formatCount(x as number) : formatSig(x as number))),
  );
  return { columns, rows, raw };
}

/**
 * Arms-race sensitivities: per element, how stability moves when a launcher is added (columns are per launcher).
 * @param elementNames display names keyed `party/element` (ids shown when absent)
 */
export function sensitivityTable(
  entries: readonly SensitivityEntry[],
  names: Record<string, string>,
  elementNames: Record<string, string> = {},
): TableVm {
  const columns = [
    "Party",
    "Element",
    "Against",
    "Δ own stability",
    "Δ other's stability",
    "Δ combined",
    "Marginal exchange ratio",
    "Survivable",
    "Arms-race stable",
  ];
  const el = (e: SensitivityEntry) => elementNames[`${e.party}/${e.element}`] ?? e.element;
  const raw = entries.map((e) => [
    names[e.party] ?? e.party,
    el(e),
    names[e.counterpart] ?? e.counterpart,
    e.dFssSelfPerLauncher,
    e.dFssOtherPerLauncher,
    e.dCombinedPerLauncher,
    e.marginalExchangeRatio,
    e.survivableShare,
    e.armsRaceStable,
  ]);
  const rows = entries.map((e) => [
    names[e.party] ?? e.party,
    el(e),
    names[e.counterpart] ?? e.counterpart,
    formatDelta(e.dFssSelfPerLauncher),
    formatDelta(e.dFssOtherPerLauncher),
    formatDelta(e.dCombinedPerLauncher),
    e.marginalExchangeRatio === null ? "— (survivable)" : formatSig(e.marginalExchangeRatio),
    formatPercent(e.survivableShare),
    e.armsRaceStable ? "yes" : "no",
  ]);
  return { columns, rows, raw };
}

/** One Monte Carlo band row (for the band chart and table). */
export interface BandRow {
  metric: string;
  label: string;
  p5: number;
  p50: number;
  p95: number;
  mean: number;
}

/** Stability bands (combined and per side) of every pair of the report, from a Monte Carlo run. */
export function stabilityBandRows(mc: NonNullable<Report["monteCarlo"]>, report: Report): BandRow[] {
  const names = partyNames(report);
  const out: BandRow[] = [];
  // One pair: short labels (names); several: party ids, so the labels fit beside a chart.
  const single = report.stability.pairs.length === 1;
  for (const p of report.stability.pairs) {
    const pk = `${p.a}-${p.b}`;
    const prefix = single ? "" : `${p.a}–${p.b}: `;
    const name = (id: string) => (single ? (names[id] ?? id) : id);
    const add = (metric: string, label: string) => {
      const b = mc.bands[metric];
      if (b) out.push({ metric, label, p5: b.p5, p50: b.p50, p95: b.p95, mean: b.mean });
    };
    add(`stability.${pk}.combined`, `${prefix}combined`);
    add(`stability.${pk}.fss.${p.a}`, `${prefix}${name(p.a)}`);
    add(`stability.${pk}.fss.${p.b}`, `${prefix}${name(p.b)}`);
  }
  return out;
}

const METRIC_WORDS: Readonly<Record<string, string>> = {
  warheadsUsed: "counterforce warheads used",
  victimWarheadsDestroyed: "victim warheads destroyed",
  damageToStriker: "damage to the striker (share of value)",
  damageToVictim: "damage to the victim (share of value)",
};

/**
 * Human label of a Monte Carlo metric key: `stability.us-ru.combined` → "Combined stability, United States – Russia",
 * `stability.us-ru.fss.us` → "First-strike stability of United States (vs Russia)", `exchange.us>ru.damageToVictim` →
 * "United States strikes Russia first: damage to the victim (share of value)". Unknown keys are returned as they are.
 */
export function metricLabel(key: string, names: Record<string, string>): string {
  const n = (id: string) => names[id] ?? id;
  const st = /^stability\.([a-z0-9-]+?)-([a-z][a-z0-9-]*)\.(combined|fss\.(.+))$/.exec(key);
  if (st) {
    const [, a, b, what, side] = st;
    if (what === "combined") return `Combined stability, ${n(a!)} – ${n(b!)}`;
    const other = side === a ? b! : a!;
    return `First-strike stability of ${n(side!)} (vs ${n(other)})`;
  }
  const ex = /^exchange\.([a-z0-9-]+)>([a-z0-9-]+)\.(\w+)$/.exec(key);
  if (ex) return `${n(ex[1]!)} strikes ${n(ex[2]!)} first: ${METRIC_WORDS[ex[3]!] ?? ex[3]}`;
  return key;
}

/** Table of every Monte Carlo band (stability and exchange metrics), metrics by their human labels. */
export function bandTable(mc: NonNullable<Report["monteCarlo"]>, names: Record<string, string> = {}): TableVm {
  const columns = ["Metric", "5th percentile", "Median", "95th percentile", "Mean"];
  const entries = Object.entries(mc.bands);
  const raw = entries.map(([k, b]) => [metricLabel(k, names), b.p5, b.p50, b.p95, b.mean]);
  const rows = entries.map(([k, b]) => [
    metricLabel(k, names),
    formatSig(b.p5),
    formatSig(b.p50),
    formatSig(b.p95),
    formatSig(b.mean),
  ]);
  return { columns, rows, raw };
}

/** Warnings of the report as display lines, deduplicated. */
export function warningLines(report: Report): string[] {
  return [...new Set(report.warnings.map((w) => w.message))];
}

/** Element display names keyed `party/element`, from a scenario document. */
export function elementNameMap(doc: {
  parties: ReadonlyArray<{ id: string; forces: ReadonlyArray<{ id: string; name: string }> }>;
}): Record<string, string> {
  const out = nullRecord<string>();
  for (const p of doc.parties) for (const f of p.forces) out[`${p.id}/${f.id}`] = f.name;
  return out;
}
