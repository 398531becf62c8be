/**
 * View model of the "Entanglement and warning" section: per exchange, the victim's warning share and launch-under-
 * attack probability before and after the striker's chosen strike, the C3 sites struck (conventional and nuclear
 * warheads, entangled flag) and a plain sentence saying what the strike does to the victim's warning (methods §3,
 * "C3, warning and entanglement"). Read from the core report and the scenario it was computed from (site names).
 */
import type { C3Kind, C3Strike, ExchangeResult, Report } from "@seceq/core";
import { formatCount, formatPercent } from "../model/format.js";
import { exchangeLabel, partyNames, type TableVm } from "../results/results-vm.js";
import { possessive } from "../results/explain-vm.js";

/** Changes of the launch-under-attack probability smaller than this (0–1) read as "no change". */
export const WARNING_FLAT = 0.005;

/** Plural nouns of each C3 kind, for sentences. */
export const C3_KIND_WORDS: Readonly<Record<C3Kind, string>> = {
  "early-warning": "early-warning radars",
  command: "command centres",
  "defense-radar": "missile-defence radars",
};

/** Short labels of each C3 kind, for tables. */
export const C3_KIND_LABELS: Readonly<Record<C3Kind, string>> = {
  "early-warning": "early warning",
  command: "command",
  "defense-radar": "missile-defence radar",
};

/** One C3 site class struck at the chosen strike. */
export interface C3StrikeVm {
  site: string;
  /** The site class's name in the scenario (its id when the scenario does not name it). */
  name: string;
  kind: C3Kind;
  sites: number;
  /** Expected sites destroyed. */
  destroyed: number;
  conventionalWarheads: number;
  nuclearWarheads: number;
  dualUse: boolean;
  entangled: boolean;
  /** Names of the striker's weapons allocated to the class. */
  weapons: string[];
}

/** One exchange's warning outcome. */
export interface WarningExchangeVm {
  /** `striker>victim`. */
  key: string;
  /** "United States strikes Russia first". */
  label: string;
  striker: string;
  victim: string;
  strikerName: string;
  victimName: string;
  /** Warning share surviving (0–1) before any strike and at the chosen strike. */
  shareBefore: number;
  shareAfter: number;
  /** Probability the victim's launch under attack succeeds (0 when it does not launch under attack), 0–1. */
  luaBefore: number;
  luaAfter: number;
  /** The victim launches under attack. */
  launchesUnderAttack: boolean;
  strikes: C3StrikeVm[];
  /** Any conventional warhead on a dual-use site. */
  entangled: boolean;
  /** What the strike does to the victim's warning, in one sentence. */
  sentence: string;
  /** Further sentences: warning lost before the strike, defence radars struck, entanglement. */
  details: string[];
}

/** The section's view model. */
export interface EntanglementVm {
  exchanges: WarningExchangeVm[];
  /** Any C3 site struck in any exchange. */
  anyStrikes: boolean;
  /** Any exchange whose victim launches under attack (the chart has something to show). */
  anyLua: boolean;
  /** One row per exchange: warning share and launch-under-attack probability before → after. */
  warningTable: TableVm;
  /** One row per C3 site class struck. */
  strikeTable: TableVm;
  /**
   * Identity of what the chart draws (labels and probabilities to 1/1000): the chart is redrawn only when it changes.
   */
  chartKey: string;
}

/** Expected sites, readably: "6.0", "0.2", "0.03", "12". */
export function formatSites(x: number): string {
  if (!Number.isFinite(x)) return "—";
  if (x >= 10) return formatCount(x);
  if (x >= 0.095) return x.toFixed(1);
  if (x <= 0) return "0";
  return x.toPrecision(1);
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "early-warning radars (6.0 of 10 destroyed)". */
function struckWords(s: C3StrikeVm, first: boolean): string {
  return `${C3_KIND_WORDS[s.kind]} (${formatSites(s.destroyed)} of ${formatCount(s.sites)}${first ? " destroyed" : ""})`;
}

function warheadWords(conv: number, nuc: number): string {
  const parts: string[] = [];
  if (nuc > 0) parts.push(`${formatCount(nuc, 1)} nuclear`);
  if (conv > 0) parts.push(`${formatCount(conv, 1)} conventional`);
  return `${listWords(parts)} warhead${conv + nuc === 1 ? "" : "s"}`;
}

function exchangeVm(
  e: ExchangeResult,
  names: Record<string, string>,
  siteNames: Record<string, string>,
  elementNames: Record<string, string>,
): WarningExchangeVm {
  const X = names[e.striker] ?? e.striker;
  const Y = names[e.victim] ?? e.victim;
  const weaponsOf = new Map<string, string[]>();
  for (const a of e.allocation) {
    if (!a.targetKind || a.targetKind === "force" || !(a.warheads > 0)) continue;
    const list = weaponsOf.get(a.target) ?? [];
    const w = elementNames[`${e.striker}/${a.weapon}`] ?? a.weapon;
    if (!list.includes(w)) list.push(w);
    weaponsOf.set(a.target, list);
  }
  const strikes: C3StrikeVm[] = (e.c3Strikes ?? []).map((s: C3Strike) => ({
    site: s.site,
    name: siteNames[`${e.victim}/${s.site}`] ?? s.site,
    kind: s.kind,
    sites: s.sites,
    destroyed: s.destroyed,
    conventionalWarheads: s.conventionalWarheads,
    nuclearWarheads: s.nuclearWarheads,
    dualUse: s.dualUse,
    entangled: s.entangled,
    weapons: weaponsOf.get(s.site) ?? [],
  }));
  const w = e.warning;
  const lua = w.luaBefore > 0;
  const pct = (x: number) => formatPercent(x);
  // Warning and command sites (what launch under attack depends on), struck by conventional weapons (methods §3).
  // Most damaged first, so the sentence leads with what matters.
  const warningStrikes = strikes
    .filter((s) => s.kind !== "defense-radar" && s.conventionalWarheads > 0)
    .sort((p, q) => q.destroyed / q.sites - p.destroyed / p.sites);
  const drop = w.luaBefore - w.luaAfter;
  const struck = warningStrikes.map((s, i) => struckWords(s, i === 0));
  let sentence: string;
  if (!lua) {
    sentence =
      warningStrikes.length > 0
        ? `${Y} does not launch under attack, so when ${X} strikes first its conventional strikes on ${possessive(Y)} ${listWords(struck)} do not change ${possessive(Y)} retaliation.`
        : `${Y} does not launch under attack: when ${X} strikes first, warning plays no part in ${possessive(Y)} retaliation.`;
  } else if (drop >= WARNING_FLAT && warningStrikes.length > 0) {
    sentence = `If ${X} strikes first, its conventional strikes on ${possessive(Y)} ${listWords(struck)} cut ${possessive(Y)} chance to launch under attack from ${pct(w.luaBefore)} to ${pct(w.luaAfter)}.`;
  } else if (drop >= WARNING_FLAT) {
    sentence = `If ${X} strikes first, ${possessive(Y)} chance to launch under attack falls from ${pct(w.luaBefore)} to ${pct(w.luaAfter)}.`;
  } else if (warningStrikes.length > 0) {
    sentence = `If ${X} strikes first, its conventional strikes on ${possessive(Y)} ${listWords(struck)} barely touch ${possessive(Y)} warning: its chance to launch under attack stays at ${pct(w.luaAfter)}.`;
  } else {
    sentence = `If ${X} strikes first, it leaves ${possessive(Y)} early-warning radars and command centres alone: ${possessive(Y)} chance to launch under attack stays at ${pct(w.luaAfter)}.`;
  }
  const details: string[] = [];
  if (w.shareBefore < 1 - 1e-9)
    details.push(
      `Before any strike, attacks on ${possessive(Y)} warning satellites and networks (ASAT, cyber) leave it ${pct(w.shareBefore)} of its warning.`,
    );
  const radars = strikes.filter((s) => s.kind === "defense-radar" && s.conventionalWarheads + s.nuclearWarheads > 0);
  for (const r of radars)
    details.push(
      `${X} also strikes ${possessive(Y)} missile-defence radars (${formatSites(r.destroyed)} of ${formatCount(r.sites)} destroyed, with ${warheadWords(r.conventionalWarheads, r.nuclearWarheads)}), weakening the defence layers they guide.`,
    );
  const entangled = strikes.filter((s) => s.entangled);
  if (entangled.length > 0)
    details.push(
      `Entangled: these conventional warheads strike dual-use sites (${listWords(entangled.map((s) => C3_KIND_WORDS[s.kind]))}) that also serve ${possessive(Y)} nuclear forces.`,
    );
  return {
    key: `${e.striker}>${e.victim}`,
    label: exchangeLabel(e, names),
    striker: e.striker,
    victim: e.victim,
    strikerName: X,
    victimName: Y,
    shareBefore: w.shareBefore,
    shareAfter: w.shareAfter,
    luaBefore: w.luaBefore,
    luaAfter: w.luaAfter,
    launchesUnderAttack: lua,
    strikes,
    entangled: entangled.length > 0,
    sentence,
    details,
  };
}

/**
 * C3 site names keyed `party/site`, from a scenario document.
 * @param doc the scenario the report was computed from
 */
export function c3SiteNames(doc: {
  parties: ReadonlyArray<{
    id: string;
    c3?: { sites?: ReadonlyArray<{ id: string; name: string }> | undefined } | undefined;
  }>;
}): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const p of doc.parties) for (const s of p.c3?.sites ?? []) out[`${p.id}/${s.id}`] = s.name;
  return out;
}

/**
 * Build the section's view model.
 * @param report the core report
 * @param siteNames C3 site names keyed `party/site` ({@link c3SiteNames}); ids shown when absent
 * @param elementNames force element names keyed `party/element`; ids shown when absent
 */
export function entanglementVm(
  report: Pick<Report, "parties" | "exchanges">,
  siteNames: Record<string, string> = {},
  elementNames: Record<string, string> = {},
): EntanglementVm {
  const names = partyNames(report);
  const exchanges = report.exchanges.filter((e) => e.warning).map((e) => exchangeVm(e, names, siteNames, elementNames));
  const warningTable: TableVm = {
    columns: [
      "Exchange",
      "Warning before",
      "Warning after",
      "Launch under attack before",
      "Launch under attack after",
      "C3 site classes struck",
      "Entangled",
    ],
    raw: exchanges.map((x) => [
      x.label,
      x.shareBefore,
      x.shareAfter,
      x.luaBefore,
      x.luaAfter,
      x.strikes.length,
      x.entangled,
    ]),
    rows: exchanges.map((x) => [
      x.label,
      formatPercent(x.shareBefore),
      formatPercent(x.shareAfter),
      x.launchesUnderAttack ? formatPercent(x.luaBefore) : "— (no LUA)",
      x.launchesUnderAttack ? formatPercent(x.luaAfter) : "— (no LUA)",
      String(x.strikes.length),
      x.entangled ? "yes" : "no",
    ]),
  };
  const strikeRows = exchanges.flatMap((x) => x.strikes.map((s) => ({ x, s })));
  const strikeTable: TableVm = {
    columns: [
      "Exchange",
      "Site class",
      "Kind",
      "Sites",
      "Expected destroyed",
      "Conventional warheads",
      "Nuclear warheads",
      "Dual use",
      "Entangled",
      "Weapons",
    ],
    raw: strikeRows.map(({ x, s }) => [
      x.label,
      s.name,
      s.kind,
      s.sites,
      s.destroyed,
      s.conventionalWarheads,
      s.nuclearWarheads,
      s.dualUse,
      s.entangled,
      s.weapons.join("; "),
    ]),
    rows: strikeRows.map(({ x, s }) => [
      x.label,
      s.name,
      C3_KIND_LABELS[s.kind],
      formatCount(s.sites),
      formatSites(s.destroyed),
      formatCount(s.conventionalWarheads, 1),
      formatCount(s.nuclearWarheads, 1),
      s.dualUse ? "yes" : "no",
      s.entangled ? "yes" : "no",
      s.weapons.join(", ") || "—",
    ]),
  };
  const chartKey = exchanges
    .map((x) => `${x.label}|${x.luaBefore.toFixed(3)}|${x.luaAfter.toFixed(3)}|${x.shareAfter.toFixed(3)}`)
    .join(";");
  return {
    exchanges,
    anyStrikes: strikeRows.length > 0,
    anyLua: exchanges.some((x) => x.launchesUnderAttack),
    warningTable,
    strikeTable,
    chartKey,
  };
}
