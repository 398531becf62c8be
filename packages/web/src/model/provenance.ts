/**
 * Provenance text for every default number: the citation of the element, layer or value base, or a field's own
 * citation from `fieldSources`, and the documented origin of each technical assumption's default.
 */
import { DEFAULT_ASSUMPTIONS, type Citation } from "@seceq/core";

/** Loose citation as found in a scenario document (validated or not). */
export type CitationLike = Partial<Citation> | undefined;

/** Labels of the confidence levels. */
export const CONFIDENCE_LABELS: Readonly<Record<string, string>> = {
  published: "published figure",
  derived: "derived from published figures",
  estimate: "estimate",
  notional: "notional placeholder",
};

/** One line describing a citation: `source (asOf, confidence)` plus its note and url when present. */
export function citationText(c: CitationLike): string {
  if (!c || !c.source) return "No source given";
  const conf = c.confidence ? (CONFIDENCE_LABELS[c.confidence] ?? c.confidence) : "confidence not stated";
  const parts = [`${c.source} (${c.asOf ?? "undated"}, ${conf})`];
  if (c.note) parts.push(c.note);
  if (c.url) parts.push(c.url);
  return parts.join(" — ");
}

/**
 * Find the citation of one field of an element: `fieldSources` keyed by the dotted path relative to the element
 * (`launchers.deployed`), by its first segment (`launchers`), by its last (`deployed`), else the element's `source`.
 * Returns the citation and whether it is field-specific.
 */
export function fieldCitation(
  element: { source?: CitationLike; fieldSources?: Record<string, CitationLike> | undefined },
  relPath: ReadonlyArray<string | number>,
): { citation: CitationLike; specific: boolean } {
  const keys = relPath.filter((k): k is string => typeof k === "string");
  const fs = element.fieldSources ?? {};
  const candidates = [
    keys.join("."),
    keys[0],
    keys[keys.length - 1],
    ...keys.slice(1).map((_, i) => keys.slice(0, i + 2).join(".")),
  ];
  for (const k of candidates) if (k !== undefined && fs[k]) return { citation: fs[k], specific: true };
  return { citation: element.source, specific: false };
}

/**
 * How sure each technical assumption's default is: the Kent–Thaler constants and availability shares come from RAND
 * R-3765 through a public calculator's code (secondary: estimate until checked), the aim-point cap from Richelson
 * (1980), the rest are the engine's own placeholders.
 */
export const ASSUMPTION_CONFIDENCE: Readonly<Record<string, string>> = {
  costExponent: "estimate",
  costWeight: "estimate",
  strikerSurvivableUse: "estimate",
  luaFraction: "estimate",
  maxWarheadsPerAimPoint: "published",
  fratricideFactor: "notional",
  minEfficiency: "notional",
};

/** Short words of the confidence badges. */
export const CONFIDENCE_BADGES: Readonly<Record<string, string>> = {
  published: "published",
  derived: "derived",
  estimate: "estimate",
  notional: "notional",
};

/**
 * Where each technical assumption's default comes from (schema docs and docs/references.md; [S] = secondary source). Keys are
 * the fields of `assumptions`; {@link assumptionProvenance} covers fields added to the schema later.
 */
export const ASSUMPTION_PROVENANCE: Readonly<Record<string, string>> = {
  lethalRadiusModel:
    "Default brown-1976. cube-root-2.62 is the classic rule, good for hard targets and poor below ~100 psi; the engine warns outside each model's range.",
  costExponent:
    "Default 0.75: Kent & Thaler, RAND R-3765 (1989) App. C p. 61, as quoted by a public calculator's code [S]; verify against R-3765.",
  costWeight:
    "Default 0.3: Kent & Thaler, RAND R-3765 (1989) App. C p. 61, as quoted by a public calculator's code [S]; verify against R-3765.",
  strikerSurvivableUse: "Default 0.9: R-3765 p. 34, via a public calculator's code [S].",
  luaFraction: "Default 0.9: R-3765 p. 35 n. 4, via a public calculator's code [S].",
  maxWarheadsPerAimPoint: "Default 2: Richelson (1980) p. 788.",
  fratricideFactor: "Default 0: a placeholder; no published value was found [unconfirmed].",
  minEfficiency: "Default 0.01: the engine's cut-off for counterforce options that kill almost nothing.",
  softTargetModel:
    "Default overpressure (an airblast overpressure-versus-range fit) for targets softer than the soft-target threshold, where the cube-root rules are poor.",
  softTargetBelowPsi:
    "Default 100 psi: below it the soft-target model applies (validity range of the cube-root rules, [brown-1976], [jimjkelly-nd]).",
  counterforceFlights:
    "Default ballistic and hypersonic only: bombers and cruise missiles arrive hours later, after fixed forces have launched or dispersed (Richelson 1980 separates prompt from slow hard-target kill).",
};

/** Provenance text of an assumption, with the default value when the key is not documented here. */
export function assumptionProvenance(key: string): string {
  const known = ASSUMPTION_PROVENANCE[key];
  if (known) return known;
  const d = (DEFAULT_ASSUMPTIONS as Readonly<Record<string, unknown>>)[key];
  return d === undefined ? "Engine assumption." : `Default ${JSON.stringify(d)} (engine default).`;
}
