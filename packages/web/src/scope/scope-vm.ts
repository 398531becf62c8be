/**
 * View model of the "Sources, scope and glossary" view: every citation the report used (grouped by confidence), what
 * the model covers and does not, and the terms the workbench uses.
 */
import type { Report, SourceEntry } from "@seceq/core";
import { CONFIDENCE_LABELS } from "../model/provenance.js";
import { FIELD_LABELS } from "../model/path-names.js";
import type { TableVm } from "../results/results-vm.js";

/** The sources table with per-confidence counts. */
export interface SourcesVm extends TableVm {
  /** Link of each row's source, when it has one. */
  urls: Array<string | undefined>;
  /** Count of cited items per confidence level, in a fixed order. */
  byConfidence: Array<{ confidence: string; label: string; count: number }>;
}

const PLURAL_LABELS: Readonly<Record<string, string>> = {
  published: "published figures",
  derived: "derived from published figures",
  estimate: "estimates",
  notional: "notional placeholders",
};

/**
 * Build the sources table: parties, items and fields by their names (never ids), the source with its link.
 * @param names party id → display name
 * @param itemNames `party/item` → display name of force elements and defence layers (ids shown when absent)
 */
export function sourcesVm(
  sources: readonly SourceEntry[],
  names: Record<string, string>,
  itemNames: Record<string, string> = {},
): SourcesVm {
  const columns = ["Party", "Item", "Field", "Source", "As of", "Confidence", "Note"];
  const item = (s: SourceEntry) =>
    s.item === "value"
      ? "Value (damage curve)"
      : s.item === "distance"
        ? "Distance between capitals"
        : (itemNames[`${s.party}/${s.item}`] ?? s.item);
  const party = (s: SourceEntry) =>
    s.item === "distance"
      ? s.party
          .split("-")
          .map((id) => names[id] ?? id)
          .join(" – ")
      : (names[s.party] ?? s.party);
  const field = (f: string | undefined) => (f === undefined ? undefined : (FIELD_LABELS[f] ?? f));
  const raw = sources.map((s) => [
    party(s),
    item(s),
    field(s.field) ?? "",
    s.source,
    s.asOf,
    s.confidence,
    s.note ?? "",
  ]);
  const rows = sources.map((s) => [
    party(s),
    item(s),
    field(s.field) ?? "(all fields)",
    s.source,
    // Non-breaking hyphens keep dates on one line in narrow columns.
    s.asOf.replace(/-/g, "\u2011"),
    CONFIDENCE_LABELS[s.confidence] ?? s.confidence,
    s.note ?? "",
  ]);
  const urls = sources.map((s) => s.url);
  const byConfidence = ["published", "derived", "estimate", "notional"].map((c) => ({
    confidence: c,
    label: PLURAL_LABELS[c]!,
    count: sources.filter((s) => s.confidence === c).length,
  }));
  return { columns, rows, raw, urls, byConfidence };
}

/** What the model covers. */
export const SCOPE_COVERS: readonly string[] = [
  "Counterforce first strike by either side of every pair: each warhead goes where it lowers the striker's own cost most — the other side's forces, or its command, early-warning and missile-defence sites — at most the set number of warheads per aim point, after the victim's defences covering forces.",
  "Retaliation by the victim's surviving warheads against the striker's value, and the striker's unused warheads against the victim's value, through each side's defences. Value is people (the presets): deaths from blast rings and from burns in the open over the density of each country's places, plus the collateral of counterforce bursts (blast and a week of fallout); or a notional damage curve.",
  "Reach from launch sites: an element strikes what lies within its range of its sites (great-circle distance), or, without sites, of the other party's capital.",
  "Warning and entanglement: conventional strikes on early-warning radars and command centres lower the victim's chance to launch under attack, strikes on defence radars blind the layers they guide, and ASAT and cyber attacks degrade warning before any strike.",
  "Kent–Thaler costs of striking first and of being struck first, each side's first-strike stability (C1/C2, capped at 1) and the combined index (their product).",
  "Alert posture (day-to-day or generated), launch under attack, and a day-by-day crisis in which forces are generated on each party's schedule.",
  "With three or more parties: forces each side holds back to deter the others (derived from what deterring them takes, or set by hand) and the cost of facing them after an exchange with what is left.",
  "Missile defences as layers with interceptor inventories, single-shot kill probability, tracking and a barrage or shoot-look-shoot doctrine.",
  "Parity indicators (deliverable warheads, EMT, CMP under Richelson's and Suh's conventions) per party and per pair with range reach.",
  "Arms-race sensitivities (how stability moves per added launcher), treaty counting under built-in rule packs, and Monte Carlo bands over uncertain parameters (seeded, repeatable).",
];

/** What the model does not cover (read results with these in mind). */
export const SCOPE_EXCLUDES: readonly string[] = [
  "Expected values only: the exchange uses average outcomes; Monte Carlo varies inputs, not the luck of individual shots.",
  "C3 (command, control and communications) enters only as warning and command sites that decide launch under attack and radars that guide defences: no attacks on leadership, and every surviving weapon not held back is assumed to be launched as planned.",
  "Deaths by blast, burns in the open and one week of fallout only: fallout only from counterforce surface bursts, along one prevailing wind; no fire unless a mass-fire zone is switched on; no injuries, evacuation or later deaths, no damage to industry; the deaths counted are therefore a floor.",
  "A party may value a notional damage curve instead of people: w80 (arriving warheads that destroy 80 % of value) stands in for Kent & Thaler's hand-drawn curve.",
  "No anti-submarine warfare, bomber attrition in flight, or time-dependent dispersal beyond the survivable shares you set.",
  "Two-sided exchanges: with more parties each pair's exchange is computed on its own, the others entering through hold-back and post-exchange vulnerability; no simultaneous three-way war.",
  "No political judgement: the index measures the cost calculus of striking first, not intentions, perceptions or escalation dynamics.",
  "The reading bands (robust / moderate / fragile) are the public Crisis Stability Calculator's convention, not Kent & Thaler's.",
];

/** One glossary entry. */
export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** Terms used by the workbench, alphabetical. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: "Aim point",
    definition:
      "A place a warhead is aimed at; several launchers may share one (bombers on a base, submarines in port).",
  },
  { term: "C1 / C2", definition: "A side's Kent–Thaler cost if it strikes first (C1) and if it is struck first (C2)." },
  { term: "CEP", definition: "Circular error probable: the radius within which half the warheads land, in metres." },
  {
    term: "CMP",
    definition:
      "Counter-military potential: lethality K = Y^(2/3)/CEP² summed over warheads, a measure of ability to destroy hard targets (Richelson: CEP in nmi; Suh: CEP in km, Y^(4/5) below 0.2 Mt).",
  },
  {
    term: "Combined stability",
    definition:
      "The product of both sides' first-strike stability: 1 when neither gains by striking first, towards 0 when one can disarm the other cheaply.",
  },
  {
    term: "Cost (Kent–Thaler)",
    definition:
      "C = D_self^a + w·(1 − D_other^a), with exponent a (default 0.75) and weight w (default 0.3): damage suffered plus a penalty for the adversary's value left standing.",
  },
  {
    term: "Degenerate posture",
    definition:
      "A pair in which one side has no deployed nuclear warheads, none that reach the other, or no retaliation left after the other's first strike: its index is not a stability reading, and the workbench shows a warning instead.",
  },
  {
    term: "Draw-down",
    definition:
      "The striker's costs as its counterforce strike grows warhead by warhead; it stops at the size of lowest own cost.",
  },
  {
    term: "EMT",
    definition:
      "Equivalent megatonnage: yield in Mt raised to the 2/3 power (to the 1/2 power above 1 Mt), summed over warheads; a measure of area exposed to blast (Richelson 1980).",
  },
  {
    term: "Entanglement",
    definition:
      "A conventional strike on a site that also serves nuclear forces (an early-warning radar, a command centre, a defence radar): it degrades nuclear warning or defence without crossing the nuclear threshold (Acton 2018).",
  },
  {
    term: "First-strike stability",
    definition:
      "For one side, C1/C2 capped at 1: how much striking first costs compared with waiting and being struck.",
  },
  {
    term: "Fratricide",
    definition: "Loss of effectiveness of later warheads on the same aim point because of the earlier explosions.",
  },
  {
    term: "Generated posture",
    definition:
      "Forces brought to high alert in a crisis: more submarines at sea, bombers dispersed or airborne, so more survive.",
  },
  {
    term: "Hold-back",
    definition:
      "Share of forces kept in reserve against third parties and not used in the exchange; with three or more parties the engine derives it from what deterring the others takes (the lever sets a floor).",
  },
  {
    term: "Launch under attack (LUA)",
    definition:
      "Launching fixed, prompt missiles on warning before the attacking warheads arrive; saves the LUA fraction of them times the warning share that survives the strike.",
  },
  {
    term: "Lethal radius",
    definition: "Distance within which a warhead of given yield destroys a target of given hardness (psi).",
  },
  { term: "Parity", definition: "Rough equality of forces by a chosen indicator (warheads, EMT, CMP)." },
  {
    term: "Population value model",
    definition:
      "Value counted as people: the share of a country's population killed by blast (rings of overpressure with a fatality share each, over the density of its places: OTA 1979; Clark 1951), by burns of people in the open (air bursts), and by the fallout of counterforce surface bursts.",
  },
  {
    term: "Post-exchange vulnerability",
    definition:
      "With three or more parties, the cost of facing the others after an exchange with the forces left; added to a side's costs of striking first and of being struck first.",
  },
  {
    term: "Reading",
    definition:
      "Robust (≥ 0.75), moderate or fragile (< 0.45), after a public calculator's convention. With uncertainty bands a pair reads robust only when its whole 90 % band is robust; otherwise the workbench gives the share of samples in each reading, e.g. “robust in 73 % of samples”.",
  },
  {
    term: "SSKP",
    definition:
      "Single-shot kill probability of one warhead against one target, from yield, CEP, hardness and reliability.",
  },
  {
    term: "Survivable share",
    definition: "Share of deployed launchers that cannot be targeted in a given posture (at sea, dispersed, airborne).",
  },
  {
    term: "w80",
    definition:
      "Number of arriving warheads that destroys 80 % of a party's value in the notional damage curve D(w) = 1 − exp(−w·ln5/w80).",
  },
  {
    term: "Warning share",
    definition:
      "Share of a party's warning that survives: its early-warning and command sites left standing, less what ASAT and cyber attacks take; multiplies the LUA fraction.",
  },
];

/** Report fields that name the engine and scenario, for the provenance footer. */
export function provenanceFooter(report: Report): string {
  return `Engine ${report.engine.name} ${report.engine.version}, report format v${report.reportVersion}; scenario "${report.scenario.name}" (${report.scenario.id}) as of ${report.scenario.asOf}.`;
}
