/**
 * View model of the Explorer's negotiation mode: the editable space (a form built from the preset's built-in
 * negotiation space, or a generated one for presets without), the spec it becomes, and the result as scatter points
 * (x = total warheads removed, y = combined first-strike stability), hover text and tables.
 */
import { nameIds } from "../model/path-names.js";
import {
  builtinNegotiationSpace,
  countForParty,
  Limit,
  STRATEGIC_CATEGORIES,
  validateScenario,
  type NegotiationPoint,
  type NegotiationResult,
  type NegotiationSampling,
  type NegotiationSpecInput,
  type ScenarioInput,
  getOwn,
} from "@seceq/core";
import { formatCount, formatIndex, formatPercent } from "../model/format.js";
import type { TableVm } from "../results/results-vm.js";

type DimensionInput = NegotiationSpecInput["dimensions"][number];

/** One dimension of the space as the form edits it. */
export interface DimensionForm {
  id: string;
  /** Name shown (the dimension's name, else its id). */
  name: string;
  /** Unit of the ceiling: warheads, launchers, interceptors, t, or warheads per launcher. */
  unit: string;
  /** Search this dimension (false leaves it out of the spec). */
  include: boolean;
  /** One ceiling for both parties (true), or a ceiling of each party's own. */
  symmetric: boolean;
  /** `[min, max]` of the ceiling when symmetric, units of the dimension. */
  range: [number, number];
  /** `[min, max]` per negotiating party when not symmetric. */
  perParty: Record<string, [number, number]>;
  /** Spacing of the values searched, units of the dimension (> 0). */
  step: number;
  /** The limit or per-launcher cap searched, as in the spec. */
  template: Pick<DimensionInput, "limit" | "warheadsPerLauncher">;
}

/** The negotiation space as the form edits it. */
export interface NegotiationForm {
  /** Where it came from: the preset's built-in space, or generated from the scenario's forces. */
  origin: "builtin" | "generated";
  id: string;
  name: string;
  description: string;
  /** The two negotiating parties (ids). */
  parties: [string, string];
  dimensions: DimensionForm[];
  sampling: NegotiationSampling;
  /** Points of the coarse design (1–100,000). */
  samples: number;
  /** Seed of the coarse design. */
  seed: number;
  /** Nelder–Mead refinement runs (0–32). */
  refineStarts: number;
  /** Objective evaluations per refinement run (≥ 1). */
  refineIterations: number;
  /** Zone tolerances, kept from the space. */
  tolerances: { parity: number; stability: number; retaliation: number };
}

/** Unit of a dimension's ceiling. */
export function dimensionUnit(d: Pick<DimensionInput, "limit" | "warheadsPerLauncher">): string {
  if (d.warheadsPerLauncher) return "warheads per launcher";
  switch (d.limit?.quantity) {
    case "warheads":
      return "warheads";
    case "launchers":
    case "deployed-launchers":
      return "launchers";
    case "interceptors":
      return "interceptors";
    case "throw-weight-t":
      return "t";
    case undefined:
      return "";
  }
}

function dimensionForm(d: DimensionInput, parties: [string, string]): DimensionForm {
  const range: [number, number] = d.range
    ? [d.range[0], d.range[1]]
    : [
        Math.min(...parties.map((p) => getOwn(d.perParty, p)?.[0] ?? 0)),
        Math.max(...parties.map((p) => getOwn(d.perParty, p)?.[1] ?? 0)),
      ];
  const perParty: Record<string, [number, number]> = {};
  for (const p of parties) {
    const r = getOwn(d.perParty, p) ?? range;
    perParty[p] = [r[0], r[1]];
  }
  return {
    id: d.id,
    name: d.name ?? d.id,
    unit: dimensionUnit(d),
    include: true,
    symmetric: d.perParty ? false : (d.symmetric ?? true),
    range,
    perParty,
    step: d.step ?? 1,
    template: {
      ...(d.limit ? { limit: structuredClone(d.limit) } : {}),
      ...(d.warheadsPerLauncher ? { warheadsPerLauncher: structuredClone(d.warheadsPerLauncher) } : {}),
    },
  };
}

/** The limits the generated space searches, as the spec writes them (New START's central limits). */
const GENERATED_LIMITS: Readonly<Record<"warheads" | "launchers", NonNullable<DimensionInput["limit"]>>> = {
  warheads: {
    quantity: "warheads",
    rule: "new-start-warheads",
    selector: { categories: [...STRATEGIC_CATEGORIES] },
    citation: "New START-style central limit on deployed warheads; ceiling searched",
  },
  launchers: {
    quantity: "deployed-launchers",
    rule: "new-start-launchers",
    selector: { categories: [...STRATEGIC_CATEGORIES] },
    citation: "New START-style limit on deployed launchers; ceiling searched",
  },
};

/**
 * Deployed strategic warheads and launchers of each party as the generated space's limits count them: the treaty
 * engine's New START rules (a heavy bomber counts one warhead whatever it carries), so the ceilings searched start
 * from the counts the limits will check. Parties not in the scenario, or a scenario that is not valid, count 0.
 * @param input the scenario
 * @param parties party ids
 */
export function strategicCounts(
  input: ScenarioInput,
  parties: readonly string[],
): Array<{ warheads: number; launchers: number }> {
  const scenario = validateScenario(input).value;
  const limit = (id: keyof typeof GENERATED_LIMITS) => Limit.parse({ id, name: id, ...GENERATED_LIMITS[id] });
  const warheads = limit("warheads");
  const launchers = limit("launchers");
  return parties.map((id) => {
    const p = scenario?.parties.find((x) => x.id === id);
    return p
      ? { warheads: countForParty(p, warheads).total, launchers: countForParty(p, launchers).total }
      : { warheads: 0, launchers: 0 };
  });
}

const floorTo = (x: number, s: number) => Math.floor(x / s) * s;
const ceilTo = (x: number, s: number) => Math.ceil(x / s) * s;

/**
 * A space for scenarios whose preset has no built-in one: symmetric ceilings on deployed strategic warheads
 * (New START counting, steps of 25) and on deployed strategic launchers (steps of 10), each from half the larger
 * party's current count to that count (rounded out to the step), counted as the limits count them
 * ({@link strategicCounts}).
 */
export function generatedSpace(input: ScenarioInput, parties: [string, string]): NegotiationSpecInput {
  const totals = strategicCounts(input, parties);
  const w = Math.max(...totals.map((t) => t.warheads));
  const l = Math.max(...totals.map((t) => t.launchers));
  const dimensions: DimensionInput[] = [];
  if (w > 0)
    dimensions.push({
      id: "warheads",
      name: "deployed strategic warheads",
      limit: structuredClone(GENERATED_LIMITS.warheads),
      range: [floorTo(w / 2, 25), ceilTo(w, 25)],
      step: 25,
    });
  if (l > 0)
    dimensions.push({
      id: "launchers",
      name: "deployed ICBMs, SLBMs and heavy bombers",
      limit: structuredClone(GENERATED_LIMITS.launchers),
      range: [floorTo(l / 2, 10), ceilTo(l, 10)],
      step: 10,
    });
  return {
    id: "explorer-ceilings",
    name: "Ceilings on deployed strategic warheads and launchers",
    description:
      "Generated for this scenario: symmetric ceilings from half the larger side's current forces to its current forces.",
    base: { scenario: input },
    parties,
    dimensions,
    samples: 24,
    refine: { starts: 2, iterations: 16 },
    seed: 1,
  };
}

/**
 * The form for a scenario: the built-in space of its preset when there is one and it names parties of the scenario,
 * else a {@link generatedSpace} over the scenario's first two parties.
 * @param input the scenario in the workbench
 * @param presetId the preset it came from, or null
 */
export function negotiationForm(input: ScenarioInput, presetId: string | null): NegotiationForm {
  const ids = input.parties.map((p) => p.id);
  const builtin = presetId ? builtinNegotiationSpace(presetId) : undefined;
  const usable = builtin && (builtin.parties ?? [ids[0], ids[1]]).every((p) => p !== undefined && ids.includes(p));
  const fallback: [string, string] = [ids[0] ?? "", ids[1] ?? ""];
  const parties: [string, string] = usable && builtin.parties ? [builtin.parties[0], builtin.parties[1]] : fallback;
  const space = usable ? builtin : generatedSpace(input, parties);
  return {
    origin: usable ? "builtin" : "generated",
    id: space.id ?? "negotiation",
    name: space.name ?? space.id ?? "Negotiation space",
    description: space.description ?? "",
    parties,
    dimensions: space.dimensions.map((d) => dimensionForm(d, parties)),
    sampling: space.sampling ?? "latin-hypercube",
    samples: space.samples ?? 48,
    seed: space.seed ?? 1,
    refineStarts: space.refine?.starts ?? 3,
    refineIterations: space.refine?.iterations ?? 30,
    tolerances: {
      parity: space.tolerances?.parity ?? 0.1,
      stability: space.tolerances?.stability ?? 0.01,
      retaliation: space.tolerances?.retaliation ?? 0.02,
    },
  };
}

/** The spec a form describes, searching around `baseDoc` (inline, so the worker and the server need no preset). */
export function negotiationSpecInput(form: NegotiationForm, baseDoc: ScenarioInput): NegotiationSpecInput {
  return {
    id: form.id,
    name: form.name,
    base: { scenario: baseDoc },
    parties: form.parties,
    dimensions: form.dimensions
      .filter((d) => d.include)
      .map((d) => ({
        id: d.id,
        name: d.name,
        ...d.template,
        ...(d.symmetric
          ? { range: d.range, symmetric: true }
          : { perParty: Object.fromEntries(form.parties.map((p) => [p, getOwn(d.perParty, p) ?? d.range])) }),
        step: d.step,
      })),
    tolerances: form.tolerances,
    sampling: form.sampling,
    samples: form.samples,
    refine: { starts: form.refineStarts, iterations: form.refineIterations },
    seed: form.seed,
  };
}

/** Upper bound on the frameworks a form's search scores: status quo, loosest, samples, refinement budget. */
export function negotiationSteps(form: Pick<NegotiationForm, "samples" | "refineStarts" | "refineIterations">): number {
  return 2 + form.samples + form.refineStarts * form.refineIterations;
}

/** Problems that stop a form from running, for a person (the worker reports the rest as issues). */
export function negotiationFormProblems(form: NegotiationForm): string[] {
  const out: string[] = [];
  const dims = form.dimensions.filter((d) => d.include);
  if (dims.length === 0) out.push("Include at least one dimension.");
  if (form.parties[0] === form.parties[1]) out.push("Pick two different negotiating parties.");
  for (const d of dims) {
    const ranges = d.symmetric ? [d.range] : form.parties.map((p) => getOwn(d.perParty, p) ?? d.range);
    if (ranges.some(([a, b]) => !(Number.isFinite(a) && Number.isFinite(b) && a >= 0 && a <= b)))
      out.push(`${d.name}: the lowest ceiling must be between 0 and the highest.`);
    if (!(d.step > 0)) out.push(`${d.name}: the step must be above 0.`);
  }
  if (!(Number.isInteger(form.samples) && form.samples >= 1 && form.samples <= 100_000))
    out.push("Samples must be a whole number from 1 to 100,000.");
  if (!(Number.isInteger(form.refineStarts) && form.refineStarts >= 0 && form.refineStarts <= 32))
    out.push("Refinement runs must be a whole number from 0 to 32.");
  if (!(Number.isInteger(form.refineIterations) && form.refineIterations >= 1))
    out.push("Evaluations per refinement run must be a whole number of at least 1.");
  if (!(Number.isInteger(form.seed) && form.seed >= 0)) out.push("The seed must be a whole number of at least 0.");
  return out;
}

//// results ////

/** One point of the scatter. */
export interface ScatterPoint {
  /** Index in the result's points. */
  index: number;
  /** Total warheads removed by both parties (x). */
  x: number;
  /** Combined first-strike stability, 0–1 (y). */
  y: number;
  inZopa: boolean;
  frontier: boolean;
  statusQuo: boolean;
  /** Short label: "status quo" or the coordinate values. */
  label: string;
  /** Hover text: framework, figures, zone, who gives what (lines separated by "\n"). */
  tip: string;
  /** Accessible name of the dot. */
  aria: string;
}

/** The result as the view shows it. */
export interface NegotiationVm {
  parties: [string, string];
  /** Feasible points (infeasible ones have no figures to plot). */
  points: ScatterPoint[];
  statusQuo: ScatterPoint;
  /** One-paragraph summary under the chart. */
  caption: string;
  scored: number;
  infeasible: number;
  zopaCount: number;
  frontierCount: number;
}

/** Longest "who gives what" line in hover text, characters (the tables have the whole line). */
export const GIVES_TIP_CHARS = 150;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A number from a result (null when it crossed JSON as a non-finite value). */
const val = (x: number | null | undefined): number => (typeof x === "number" ? x : Number.NaN);

function signed(x: number): string {
  if (!Number.isFinite(x)) return "—";
  const s = formatIndex(Math.abs(x));
  return x > 0.0005 ? `+${s}` : x < -0.0005 ? `−${s}` : `±${s}`;
}

/** Parity gap as a percentage (the larger side's excess), or "—". */
export function formatGap(gap: number): string {
  return Number.isFinite(gap) ? formatPercent(gap, 1) : gap === Infinity ? "∞" : "—";
}

function pointTip(p: NegotiationPoint, sq: NegotiationPoint, parties: [string, string]): string {
  const s = p.score;
  const head = p.origin === "status-quo" ? "Status quo (the base scenario, loads as whole warheads)" : p.label;
  const lines = [
    head,
    `Stability ${formatIndex(val(s.combined))} (${signed(val(s.combined) - val(sq.score.combined))} vs status quo) · ${parties[0]} ${formatIndex(val(s.sides[0].fss))}, ${parties[1]} ${formatIndex(val(s.sides[1].fss))}`,
    `Warheads removed ${formatCount(val(s.totalWarheadsRemoved))} · parity gap ${formatGap(val(s.parityGap))}`,
    p.zopa.inZopa ? "In the zone of possible agreement" : `Outside the zone: ${p.zopa.reasons.join("; ")}`,
    ...(p.origin === "status-quo" ? [] : s.sides.map((x) => clip(x.gives, GIVES_TIP_CHARS))),
    "Click to open it in the Workbench",
  ];
  return lines.join("\n");
}

/**
 * Scatter points, summary and counts of a search result.
 * @param result what the search (browser worker or server) returned
 */
export function negotiationVm(result: NegotiationResult): NegotiationVm {
  const parties = result.spec.parties;
  const sq = result.points[0]!;
  const frontier = new Set(result.frontier);
  const points: ScatterPoint[] = result.points
    .filter((p) => p.score.feasible && Number.isFinite(val(p.score.combined)))
    .map((p) => ({
      index: p.index,
      x: val(p.score.totalWarheadsRemoved),
      y: val(p.score.combined),
      inZopa: p.zopa.inZopa,
      frontier: frontier.has(p.index),
      statusQuo: p.index === 0,
      label: p.label,
      tip: pointTip(p, sq, parties),
      aria: `${p.index === 0 ? "status quo" : frontier.has(p.index) ? "frontier point" : "point"} ${p.index}: ${p.label}, stability ${formatIndex(val(p.score.combined))}, ${formatCount(val(p.score.totalWarheadsRemoved))} warheads removed`,
    }));
  const statusQuo = points.find((p) => p.statusQuo)!;
  const infeasible = result.evaluations.infeasible;
  const zopaCount = result.zopa.length;
  const frontierCount = result.frontier.filter((i) => i !== 0).length;
  const caption =
    `${formatCount(result.evaluations.scored)} frameworks scored` +
    (infeasible > 0 ? ` (${formatCount(infeasible)} that a party cannot meet by reductions are not shown)` : "") +
    `; ${formatCount(zopaCount)} in the zone of possible agreement (both sides at least as stable and as able to retaliate as today, within the tolerances, and parity gap at most ${formatPercent(result.spec.tolerances.parity)}); ` +
    `${formatCount(frontierCount)} on the Pareto frontier of stability ↑, reductions ↑ and parity gap ↓ (ringed; the parity gap is the third axis, so some ringed points look dominated here). ` +
    (result.statusQuoDominated
      ? "Some framework beats the status quo on all three."
      : "No framework beats the status quo on all three.");
  return {
    parties,
    points,
    statusQuo,
    caption,
    scored: result.evaluations.scored,
    infeasible,
    zopaCount,
    frontierCount,
  };
}

/** Which points a table lists. */
export type PointListing = "frontier" | "zopa" | "all";

/** A table of points, with the point index of each row (for "open" buttons). */
export interface PointTableVm extends TableVm {
  points: number[];
}

/**
 * A table of points: the frontier (highest stability first, status quo included), the zone (best objective first),
 * or every feasible point (in search order). `names` maps party and element ids to display names (ids shown when
 * absent), in the column heads and in "who gives what".
 */
export function pointTable(
  result: NegotiationResult,
  which: PointListing,
  names: Record<string, string> = {},
): PointTableVm {
  const [a, b] = result.spec.parties.map((id) => names[id] ?? id);
  const order =
    which === "frontier"
      ? result.frontier
      : which === "zopa"
        ? result.zopa
        : result.points.filter((p) => p.score.feasible).map((p) => p.index);
  const columns = [
    "Framework",
    "Stability",
    `Stability of ${a}`,
    `Stability of ${b}`,
    "Warheads removed",
    "Parity gap",
    "In zone",
    "Who gives what",
  ];
  const rows: string[][] = [];
  const raw: TableVm["raw"] = [];
  for (const i of order) {
    const p = result.points[i]!;
    const s = p.score;
    const gives = p.origin === "status-quo" ? "—" : nameIds(s.sides.map((x) => x.gives).join(" · "), names);
    rows.push([
      p.label,
      formatIndex(val(s.combined)),
      formatIndex(val(s.sides[0].fss)),
      formatIndex(val(s.sides[1].fss)),
      formatCount(val(s.totalWarheadsRemoved)),
      formatGap(val(s.parityGap)),
      p.zopa.inZopa ? "yes" : "no",
      gives,
    ]);
    raw.push([
      p.label,
      val(s.combined),
      val(s.sides[0].fss),
      val(s.sides[1].fss),
      val(s.totalWarheadsRemoved),
      val(s.parityGap),
      p.zopa.inZopa,
      gives,
    ]);
  }
  return { columns, rows, raw, points: [...order] };
}

/** Status line after a point is opened in the Workbench. */
export function openedMessage(result: NegotiationResult, index: number, rounded: number): string {
  const p = result.points[index]!;
  const what = p.origin === "status-quo" ? "the status quo" : `framework “${p.label}”`;
  const round =
    rounded > 0
      ? ` Average loads of ${rounded} element${rounded === 1 ? "" : "s"} are rounded to whole warheads, as the search scores them.`
      : "";
  return `Opened ${what} from the Explorer: stability ${formatIndex(val(p.score.combined))}, ${formatCount(val(p.score.totalWarheadsRemoved))} warheads removed.${round}`;
}
