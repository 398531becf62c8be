/**
 * Plain-language explanation of a pair's stability index, read from the report: one sentence of what the index means
 * and what drives it now, the reading that follows the uncertainty band, the change from the preset, degenerate-
 * posture warnings, and a "why this number" decomposition (which forces survive, what the striker gains).
 */
import {
  DEGENERATE_POSTURE,
  bandReading,
  type ExchangeResult,
  type PairStability,
  type Report,
  type StabilityReading,
} from "@seceq/core";
import { deltaTone, formatCount, formatDelta, formatIndex, formatPercent, type DeltaTone } from "../model/format.js";
import { readingLabel } from "./results-vm.js";

/** How a reading is shown: its words and the class that colours it. */
export interface ReadingVm {
  text: string;
  tone: StabilityReading | "mixed" | "degenerate" | "pending";
  /** True when the reading accounts for the Monte Carlo band. */
  fromBand: boolean;
}

/** The change of a figure from the preset. */
export interface BaselineVm {
  value: number;
  /** "preset 0.789". */
  text: string;
  /** Plain signed decimals, "+0.012". */
  delta: string;
  tone: DeltaTone;
}

/** One side's decomposition. */
export interface SideWhy {
  party: string;
  name: string;
  /** "If the United States strikes first (C1 = 0.838)". */
  strikeTitle: string;
  strike: string[];
  waitTitle: string;
  wait: string[];
  /** What striking first gains the side. */
  gain: string;
}

/** The explanation of one pair. */
export interface PairExplanation {
  key: string;
  sentence: string;
  reading: ReadingVm;
  /** Messages of the pair's degenerate-posture warnings (empty when none). */
  degenerate: string[];
  combinedBaseline?: BaselineVm;
  sideBaselines: Record<string, BaselineVm>;
  why: [SideWhy, SideWhy];
  /** The cost formula with the scenario's constants. */
  formula: string;
}

/** Inputs of {@link explainPairs} besides the report. */
export interface ExplainContext {
  /** Bands of the same scenario, or null. */
  monteCarlo?: Report["monteCarlo"] | null;
  /** Bands are on but not computed for these figures yet. */
  bandsUpdating?: boolean;
  /** The preset's report, for deltas. */
  baseline?: Report | null;
  /** Element display names keyed `party/element`. */
  elementNames?: Record<string, string>;
}

/** "Russia's", "United States'": the possessive of a name. */
export function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function gainWords(fss: number): string {
  if (fss >= 0.995) return "nothing";
  if (fss >= 0.75) return "little";
  if (fss >= 0.45) return "a noticeable advantage";
  return "a large advantage";
}

function baselineOf(value: number, base: number | undefined, neutral = false): BaselineVm | undefined {
  if (base === undefined || !Number.isFinite(base)) return undefined;
  const d = value - base;
  return {
    value: base,
    text: `preset ${formatIndex(base)}`,
    delta: formatDelta(d),
    tone: neutral ? "neutral" : deltaTone(d, "higher"),
  };
}

function sideWhy(
  report: Report,
  x: string,
  y: string,
  c1: number,
  c2: number,
  fss: number,
  names: Record<string, string>,
  elementNames: Record<string, string>,
): SideWhy {
  const X = names[x] ?? x;
  const Y = names[y] ?? y;
  const strikes: ExchangeResult | undefined = report.exchanges.find((e) => e.striker === x && e.victim === y);
  const struck: ExchangeResult | undefined = report.exchanges.find((e) => e.striker === y && e.victim === x);
  const strike: string[] = [];
  const wait: string[] = [];
  if (strikes) {
    const o = strikes.outcome;
    strike.push(
      `${X} spends ${formatCount(o.warheadsUsed)} warheads on counterforce and destroys ${formatCount(o.victimWarheadsDestroyed)} of ${possessive(Y)} ${formatCount(strikes.victimWarheadsBefore)} warheads that reach it.`,
    );
    const byTarget = new Map<string, number>();
    for (const a of strikes.allocation) byTarget.set(a.target, (byTarget.get(a.target) ?? 0) + a.kills);
    const hit = [...byTarget.entries()].filter(([, k]) => k >= 0.5).sort((p, q) => q[1] - p[1]);
    if (hit.length > 0)
      strike.push(
        `Destroyed: ${hit
          .slice(0, 4)
          .map(([t, k]) => `${elementNames[`${y}/${t}`] ?? t} ${formatCount(k)}`)
          .join(", ")}${hit.length > 4 ? ", …" : ""} warheads.`,
      );
    const ySurvivable = report.parties.find((p) => p.id === y)?.survivableWarheads ?? 0;
    strike.push(
      `${formatCount(o.victimWarheadsSurviving)} ${Y} warheads survive (${formatCount(ySurvivable)} of them were never targetable: at sea, mobile or dispersed); ` +
        `${formatCount(o.retaliationArriving)} arrive in retaliation and destroy ${formatPercent(o.damageToStriker)} of ${possessive(X)} value.`,
    );
    strike.push(
      `${possessive(X)} remaining weapons destroy ${formatPercent(o.damageToVictim)} of ${possessive(Y)} value.`,
    );
  }
  if (struck) {
    const o = struck.outcome;
    wait.push(
      `${Y} strikes first and destroys ${formatCount(o.victimWarheadsDestroyed)} of ${possessive(X)} ${formatCount(struck.victimWarheadsBefore)} warheads; ${possessive(X)} ${formatCount(o.victimWarheadsSurviving)} survivors retaliate (${formatCount(o.retaliationArriving)} arrive).`,
    );
    wait.push(
      `${X} loses ${formatPercent(o.damageToVictim)} of its value and destroys ${formatPercent(o.damageToStriker)} of ${possessive(Y)}.`,
    );
  }
  const dStrike = strikes?.outcome.damageToStriker;
  const dWait = struck?.outcome.damageToVictim;
  const saved =
    dStrike !== undefined && dWait !== undefined && dWait - dStrike >= 0.005
      ? ` It would lose ${Math.round(100 * (dWait - dStrike))} percentage points less of its own value than if it waited.`
      : "";
  const gain =
    c1 < c2 - 1e-9
      ? `Striking first lowers ${possessive(X)} cost from ${formatIndex(c2)} to ${formatIndex(c1)}: its index is C1/C2 = ${formatIndex(fss)}.${saved}`
      : `Striking first costs ${X} at least as much as waiting (C1 ${formatIndex(c1)} ≥ C2 ${formatIndex(c2)}): ${X} gains nothing, and its index is capped at 1.`;
  return {
    party: x,
    name: X,
    strikeTitle: `If ${X} strikes first (its C1 = ${formatIndex(c1)})`,
    strike,
    waitTitle: `If ${X} waits and ${Y} strikes first (its C2 = ${formatIndex(c2)})`,
    wait,
    gain,
  };
}

function readingOf(p: PairStability, ctx: ExplainContext, degenerate: boolean): ReadingVm {
  if (degenerate) return { text: "not a stability reading (degenerate posture)", tone: "degenerate", fromBand: false };
  const key = `stability.${p.a}-${p.b}.combined`;
  const band = ctx.monteCarlo?.bands[key];
  const shares = ctx.monteCarlo?.readings?.[key];
  if (band && shares) {
    const r = bandReading(band.p5, band.p95, shares);
    return { text: r.text, tone: r.reading === "mixed" ? "mixed" : r.reading, fromBand: true };
  }
  if (ctx.bandsUpdating)
    return {
      text: `${readingLabel(p.reading)} at the expected value; band updating…`,
      tone: "pending",
      fromBand: false,
    };
  return { text: readingLabel(p.reading), tone: p.reading, fromBand: false };
}

/**
 * Explain every pair of a report.
 * @param report the figures
 * @param ctx bands, the preset's report and element names
 */
export function explainPairs(report: Report, ctx: ExplainContext = {}): PairExplanation[] {
  const names = Object.fromEntries(report.parties.map((p) => [p.id, p.name]));
  const elementNames = ctx.elementNames ?? {};
  const a = report.assumptions;
  return report.stability.pairs.map((p, k) => {
    const degenerate = report.warnings
      .filter((w) => w.code === DEGENERATE_POSTURE && w.path[0] === "stability" && w.path[2] === k)
      .map((w) => w.message);
    // The side that gains most by striking first drives the index.
    const xIsA = p.fssA <= p.fssB;
    const [x, y] = xIsA ? [p.a, p.b] : [p.b, p.a];
    const [c1, c2, fss] = xIsA ? [p.c1A, p.c2A, p.fssA] : [p.c1B, p.c2B, p.fssB];
    const X = names[x] ?? x;
    const Y = names[y] ?? y;
    const e = report.exchanges.find((ex) => ex.striker === x && ex.victim === y);
    const meaning = `Combined stability ${formatIndex(p.combined)} on a scale where 1 means neither side gains by striking first and 0 that one can disarm the other cheaply.`;
    const driver = e
      ? ` ${possessive(Y)} retaliation after a ${X} first strike would still destroy ${formatPercent(e.outcome.damageToStriker)} of ${possessive(X)} value, so ${X} gains ${gainWords(fss)} by striking first (cost of striking first C1 ${formatIndex(c1)} against C2 ${formatIndex(c2)} for waiting to be struck).`
      : "";
    const sentence =
      degenerate.length > 0
        ? `${meaning} Here the number is not a stability reading: ${degenerate[0]}`
        : `${meaning}${driver}`;
    const bp = ctx.baseline?.stability.pairs.find((q) => q.a === p.a && q.b === p.b);
    // A degenerate pair's index is not a reading: its change from the preset is neither good nor bad.
    const neutral = degenerate.length > 0;
    const combinedBaseline = baselineOf(p.combined, bp?.combined, neutral);
    const sideBaselines: Record<string, BaselineVm> = {};
    const ba = baselineOf(p.fssA, bp?.fssA, neutral);
    const bb = baselineOf(p.fssB, bp?.fssB, neutral);
    if (ba) sideBaselines[p.a] = ba;
    if (bb) sideBaselines[p.b] = bb;
    return {
      key: `${p.a}-${p.b}`,
      sentence,
      reading: readingOf(p, ctx, degenerate.length > 0),
      degenerate,
      ...(combinedBaseline ? { combinedBaseline } : {}),
      sideBaselines,
      why: [
        sideWhy(report, p.a, p.b, p.c1A, p.c2A, p.fssA, names, elementNames),
        sideWhy(report, p.b, p.a, p.c1B, p.c2B, p.fssB, names, elementNames),
      ],
      formula: `Cost C = D_self^${a.costExponent} + ${a.costWeight} × (1 − D_other^${a.costExponent}), D = share of value destroyed; each side's index is C1/C2 capped at 1, and the combined index is their product.`,
    };
  });
}
