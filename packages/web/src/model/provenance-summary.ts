/**
 * How much of the headline rests on notional inputs: which parties' value models (damage curves) are notional, the
 * share of deployed warheads on elements with at least one notional figure, and the count of notional citations.
 */
import type { Report } from "@seceq/core";

/** Loose scenario document (validated or not). */
interface DocLike {
  parties: ReadonlyArray<{
    id: string;
    name: string;
    forces: ReadonlyArray<{
      nuclear?: boolean | undefined;
      launchers: { deployed?: number | undefined };
      warheadsPerLauncher?: number | undefined;
      source?: { confidence?: string | undefined } | undefined;
      fieldSources?: Record<string, { confidence?: string | undefined } | undefined> | undefined;
    }>;
    value?: { source?: { confidence?: string | undefined } | undefined } | undefined;
  }>;
}

/** The summary. */
export interface ProvenanceSummary {
  /** Names of parties whose value model is cited as notional. */
  notionalValue: string[];
  /** Share of deployed nuclear warheads on elements with a notional citation (element or field), 0–1. */
  notionalWarheadShare: number;
  notionalCitations: number;
  citations: number;
  /** One paragraph for the banner. */
  text: string;
}

const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : 0);

/**
 * Summarise the notional inputs behind a report.
 * @param doc the scenario document evaluated
 * @param report its report (for the citation counts)
 */
export function provenanceSummary(doc: DocLike, report: Pick<Report, "sources">): ProvenanceSummary {
  const notionalValue = doc.parties.filter((p) => p.value?.source?.confidence === "notional").map((p) => p.name);
  let all = 0;
  let notional = 0;
  for (const p of doc.parties)
    for (const f of p.forces) {
      if (f.nuclear === false) continue;
      const w = num(f.launchers.deployed) * num(f.warheadsPerLauncher);
      all += w;
      const fieldNotional = Object.values(f.fieldSources ?? {}).some((c) => c?.confidence === "notional");
      if (f.source?.confidence === "notional" || fieldNotional) notional += w;
    }
  const share = all > 0 ? notional / all : 0;
  const citations = report.sources.length;
  const notionalCitations = report.sources.filter((s) => s.confidence === "notional").length;
  const parts: string[] = [];
  if (notionalValue.length > 0)
    parts.push(
      `the damage ${notionalValue.length === 1 ? "curve" : "curves"} of ${notionalValue.join(" and ")} (which turn arriving warheads into damage, and so set every cost) ${notionalValue.length === 1 ? "is a notional placeholder" : "are notional placeholders"}`,
    );
  if (notional > 0)
    parts.push(`${Math.round(100 * share)} % of deployed warheads are on forces with at least one notional figure`);
  parts.push(`${notionalCitations} of ${citations} cited numbers are notional`);
  const text =
    notionalValue.length === 0 && notional === 0 && notionalCitations === 0
      ? "None of the numbers behind these figures is notional."
      : `How much of the headline rests on notional inputs: ${parts.join("; ")}. Treat the figures as illustrations of the method until those inputs are sourced.`;
  return { notionalValue, notionalWarheadShare: share, notionalCitations, citations, text };
}
