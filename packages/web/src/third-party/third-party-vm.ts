/**
 * View model of the "Third parties" section (methods §4, "Three-party coupling"): for every pair of a scenario with
 * three or more parties, how the parties outside it move its combined index (the report's `thirdParty` entries),
 * split into hold-back (forces each side keeps back against the others) and post-exchange vulnerability (the cost of
 * facing the others with what is left), with the hold-back shares and the costs added to each side from the
 * exchanges. For two parties it says why there is nothing to show.
 */
import type { ExchangeResult, Report, ThirdPartyEffect } from "@seceq/core";
import { formatDelta, formatIndex, formatPercent } from "../model/format.js";
import { partyNames, type TableVm } from "../results/results-vm.js";
import { listWords } from "../entanglement/entanglement-vm.js";

/** One side of a pair. */
export interface ThirdPartySideVm {
  party: string;
  name: string;
  /** Share of its forces held back from the pair, 0–1. */
  holdBack: number;
  /** Post-exchange vulnerability added to its cost of striking first (C1) and of being struck first (C2). */
  c1: number;
  c2: number;
}

/** One pair. */
export interface ThirdPartyPairVm {
  /** `a-b`. */
  key: string;
  /** "United States – Russia". */
  label: string;
  /** Names of the parties outside the pair. */
  thirdNames: string[];
  withoutThird: number;
  holdBackOnly: number;
  withThird: number;
  shift: number;
  holdBackPart: number;
  vulnerabilityPart: number;
  sides: [ThirdPartySideVm, ThirdPartySideVm];
  /** The headline: by how much the others move the index. */
  sentence: string;
  /** How the shift splits: hold-back, then post-exchange vulnerability. */
  details: string[];
  /** The engine's own sentence (party ids). */
  engineText: string;
}

/** The section's view model. */
export interface ThirdPartyVm {
  /** Three or more parties: the section has pairs to show. */
  applies: boolean;
  /** Why there is nothing to show (two parties), or an introduction. */
  note: string;
  pairs: ThirdPartyPairVm[];
  /** One row per pair: the index without, with hold-back only, with the others, and the parts of the shift. */
  pairTable: TableVm;
  /** One row per side of each pair: hold-back share and the costs added. */
  sideTable: TableVm;
  /** Identity of what the chart draws (labels and indices to 1/1000). */
  chartKey: string;
}

const signed = (x: number) => formatDelta(x);

function pairVm(t: ThirdPartyEffect, names: Record<string, string>): ThirdPartyPairVm {
  const A = names[t.a] ?? t.a;
  const B = names[t.b] ?? t.b;
  const thirdNames = t.thirdParties.map((id) => names[id] ?? id);
  const others = listWords(thirdNames);
  const side = (id: string): ThirdPartySideVm => ({
    party: id,
    name: names[id] ?? id,
    holdBack: t.holdBack[id] ?? 0,
    c1: t.vulnerability[id]?.c1 ?? 0,
    c2: t.vulnerability[id]?.c2 ?? 0,
  });
  const sides: [ThirdPartySideVm, ThirdPartySideVm] = [side(t.a), side(t.b)];
  const flat = Math.abs(t.shift) < 5e-4;
  const verb = flat ? "leaves" : t.shift < 0 ? "lowers" : "raises";
  const sentence = flat
    ? `${others} ${thirdNames.length === 1 ? "leaves" : "leave"} the ${A} – ${B} index where the two alone would have it (${formatIndex(t.withThird)}).`
    : `${others} ${thirdNames.length === 1 ? verb : verb.replace(/s$/, "")} the ${A} – ${B} index from ${formatIndex(t.withoutThird)} (the two alone) to ${formatIndex(t.withThird)} (${signed(t.shift)}).`;
  const [sa, sb] = sides;
  const details = [
    `Hold-back: ${sa.name} keeps ${formatPercent(sa.holdBack, 1)} and ${sb.name} ${formatPercent(sb.holdBack, 1)} of its forces back to deter ${others}, out of this pair's exchanges; that accounts for ${signed(t.holdBackPart)}.`,
    `Post-exchange vulnerability: after an exchange each side must still face ${others} with what it has left, which adds to its costs — ${sa.name} ${signed(sa.c1)} if it strikes first (C1) and ${signed(sa.c2)} if struck first (C2), ${sb.name} ${signed(sb.c1)} and ${signed(sb.c2)}; that accounts for ${signed(t.vulnerabilityPart)}.`,
  ];
  return {
    key: `${t.a}-${t.b}`,
    label: `${A} – ${B}`,
    thirdNames,
    withoutThird: t.withoutThird,
    holdBackOnly: t.holdBackOnly,
    withThird: t.withThird,
    shift: t.shift,
    holdBackPart: t.holdBackPart,
    vulnerabilityPart: t.vulnerabilityPart,
    sides,
    sentence,
    details,
    engineText: t.explanation,
  };
}

/** Two-party note: nothing outside the pair, and any hold-back the user set by hand. */
function twoPartyNote(exchanges: readonly ExchangeResult[], names: Record<string, string>): string {
  const held = new Map<string, number>();
  for (const e of exchanges) if (e.holdBack && e.holdBack.striker > 0) held.set(e.striker, e.holdBack.striker);
  const base =
    "This scenario has two parties: no one outside the pair, so no forces are held back against a third party and no post-exchange vulnerability is added to either side's costs. Load a preset with three parties (e.g. the United States, Russia and China) to see how they move each pair's index.";
  if (held.size === 0) return base;
  const list = [...held].map(([id, h]) => `${names[id] ?? id} ${formatPercent(h, 1)}`);
  return `${base} Forces are still held back by hand (the “Held back against third parties” lever): ${listWords(list)} of forces stay out of the exchange.`;
}

/**
 * Build the section's view model.
 * @param report the core report (its `thirdParty` entries are empty for two parties)
 */
export function thirdPartyVm(report: Pick<Report, "parties" | "exchanges" | "thirdParty">): ThirdPartyVm {
  const names = partyNames(report);
  const entries = report.thirdParty ?? [];
  const applies = report.parties.length >= 3 && entries.length > 0;
  const pairs = applies ? entries.map((t) => pairVm(t, names)) : [];
  const pairTable: TableVm = {
    columns: [
      "Pair",
      "Outside the pair",
      "Index, the two alone",
      "With hold-back only",
      "With the others",
      "Shift",
      "From hold-back",
      "From vulnerability",
    ],
    raw: pairs.map((p) => [
      p.label,
      p.thirdNames.join("; "),
      p.withoutThird,
      p.holdBackOnly,
      p.withThird,
      p.shift,
      p.holdBackPart,
      p.vulnerabilityPart,
    ]),
    rows: pairs.map((p) => [
      p.label,
      p.thirdNames.join(", "),
      formatIndex(p.withoutThird),
      formatIndex(p.holdBackOnly),
      formatIndex(p.withThird),
      signed(p.shift),
      signed(p.holdBackPart),
      signed(p.vulnerabilityPart),
    ]),
  };
  const sideRows = pairs.flatMap((p) => p.sides.map((s) => ({ p, s })));
  const sideTable: TableVm = {
    columns: ["Pair", "Party", "Held back", "Added to C1 (strikes first)", "Added to C2 (struck first)"],
    raw: sideRows.map(({ p, s }) => [p.label, s.name, s.holdBack, s.c1, s.c2]),
    rows: sideRows.map(({ p, s }) => [p.label, s.name, formatPercent(s.holdBack, 1), signed(s.c1), signed(s.c2)]),
  };
  return {
    applies,
    note: applies
      ? "Each pair's index with the other parties present, against the two alone: the shift splits into the part due to forces each side holds back to deter the others and the part due to the cost of facing them after the exchange (methods §4)."
      : twoPartyNote(report.exchanges, names),
    pairs,
    pairTable,
    sideTable,
    chartKey: pairs
      .map((p) => `${p.label}|${p.withoutThird.toFixed(3)}|${p.holdBackOnly.toFixed(3)}|${p.withThird.toFixed(3)}`)
      .join(";"),
  };
}
