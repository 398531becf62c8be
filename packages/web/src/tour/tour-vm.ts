/**
 * View model of the guided tour: apply a step to a preset document, read the engine's verdict on the watched pair
 * against the direction the literature expects, and read the tour's place from the page's URL (`?tour` or `?tour=N`).
 */
import type { Report, ScenarioInput } from "@seceq/core";
import { formatDelta, formatIndex } from "../model/format.js";
import { setAt, type DocPath } from "../model/scenario-path.js";
import type { TourStep } from "./tour-steps.js";

/** Changes smaller than this (on the 0–1 index) count as no change. */
export const TOUR_FLAT = 5e-4;

/** A step applied to a document: the edited document and the edits whose party, element or layer was not found. */
export interface AppliedStep {
  doc: ScenarioInput;
  /** Paths of the edits, as applied (for the store's `edit`). */
  paths: Array<{ path: DocPath; value: unknown }>;
  missing: string[];
}

/**
 * Apply a step's edits to a document (found by ids, so the order of forces does not matter).
 * @param step the step
 * @param doc the preset document the step starts from
 */
export function applyTourStep(step: TourStep, doc: ScenarioInput): AppliedStep {
  let out = doc;
  const paths: AppliedStep["paths"] = [];
  const missing: string[] = [];
  for (const e of step.edits) {
    const pi = out.parties.findIndex((p) => p.id === e.party);
    if (pi < 0) {
      missing.push(e.party);
      continue;
    }
    const party = out.parties[pi]!;
    let prefix: DocPath = ["parties", pi];
    if (e.element !== undefined) {
      const fi = party.forces.findIndex((f) => f.id === e.element);
      if (fi < 0) {
        missing.push(`${e.party}/${e.element}`);
        continue;
      }
      prefix = [...prefix, "forces", fi];
    } else if (e.defence !== undefined) {
      const di = (party.defenses ?? []).findIndex((d) => d.id === e.defence);
      if (di < 0) {
        missing.push(`${e.party}/${e.defence}`);
        continue;
      }
      prefix = [...prefix, "defenses", di];
    }
    const path = [...prefix, ...e.field];
    out = setAt(out, path, e.value);
    paths.push({ path, value: e.value });
  }
  return { doc: out, paths, missing };
}

/** What the engine did, compared with what the literature expects. */
export interface TourVerdict {
  before: number;
  after: number;
  measured: "up" | "down" | "flat";
  agrees: boolean;
  text: string;
}

const WORDS = { up: "rises", down: "falls", flat: "does not change" } as const;

/**
 * The engine's verdict on a step: the watched pair's combined stability in the preset and after the step.
 * @param step the step
 * @param report the report after the step
 * @param baseline the preset's report
 * @returns null when either report lacks the pair
 */
export function tourVerdict(step: TourStep, report: Report, baseline: Report): TourVerdict | null {
  const [a, b] = step.pair.split("-");
  const find = (r: Report) => r.stability.pairs.find((p) => p.a === a && p.b === b);
  const p1 = find(baseline);
  const p2 = find(report);
  if (!p1 || !p2) return null;
  const d = p2.combined - p1.combined;
  const measured = Math.abs(d) < TOUR_FLAT ? "flat" : d > 0 ? "up" : "down";
  const agrees = measured === step.expected;
  const names = Object.fromEntries(report.parties.map((p) => [p.id, p.name]));
  const pair = `${names[a!] ?? a}–${names[b!] ?? b}`;
  return {
    before: p1.combined,
    after: p2.combined,
    measured,
    agrees,
    text:
      `Expected from the literature: ${pair} stability ${WORDS[step.expected]}. ` +
      `The engine: ${formatIndex(p1.combined)} → ${formatIndex(p2.combined)} (${formatDelta(d)}), it ${WORDS[measured]}` +
      (agrees ? ": the engine agrees." : ": the engine disagrees with the literature here."),
  };
}

/**
 * Read the tour's step from a URL query: `?tour` or `?tour=1` opens step 1, `?tour=N` step N (1-based; clamped to
 * the steps there are). Returns the 0-based index, or null when the query has no `tour`.
 * @param search `location.search`
 * @param steps number of steps
 */
export function tourStepFromQuery(search: string, steps: number): number | null {
  const q = new URLSearchParams(search);
  if (!q.has("tour")) return null;
  const n = Number(q.get("tour") || "1");
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(1, Math.round(n)), steps) - 1;
}
