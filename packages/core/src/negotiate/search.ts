/**
 * Negotiation search: explore a space of frameworks, score each (both parties restructure to comply, then the
 * engine computes stability, retaliation, reductions and parity), and report the zone of possible agreement and the
 * Pareto frontier of stability against reductions against parity, with "who gives what" for each point.
 *
 * Method:
 * 1. Score the status quo (the base scenario, element loads rounded to whole warheads; see `wholeWarheadLoads`).
 * 2. Coarse design over the unit cube, one coordinate per dimension (two for per-party dimensions): the loosest
 *    framework (every ceiling at its top) plus `samples` points, a seeded Latin hypercube (McKay, Beckman & Conover
 *    1979) or Sobol' points (Joe & Kuo 2008) with a seeded Cranley–Patterson shift (Cranley & Patterson 1976).
 *    Unit coordinates map to values on each dimension's step grid, every level taking an equal share of [0, 1).
 * 3. Local refinement: Nelder–Mead (Nelder & Mead 1965) runs in the unit cube from the best distinct coarse points,
 *    minimising the scalar objective below, each within `refine.iterations` evaluations. Run k weighs reductions by
 *    the spec's weight times 1, 1/4, 4, 1/16, 16, … so the runs spread along the frontier. Points outside the cube
 *    are clamped and pay their distance outside as a penalty, which keeps the simplex inside.
 * 4. Every distinct framework scored (frameworks are cached by their values) is tested for the zone and the frontier.
 *
 * Scalar objective (minimised): −(w_s·combined + w_r·removed/SQ − w_p·min(gap, 10)) + 10·shortfall, where removed/SQ
 * is total warheads removed over both parties' status-quo deployed warheads and shortfall sums, per side, the
 * stability below the zone's floor and the retaliation below its floor (as a share of the status quo), plus the parity
 * gap above its tolerance. A framework a party cannot comply with scores 1,000.
 *
 * Deterministic for a spec (and its seed): no clocks, no unseeded randomness, stable sorts.
 */
import type { Framework } from "../treaty/framework-schema.js";
import { latinHypercube } from "../sampling/latin-hypercube.js";
import { sobolPoints } from "../sampling/sobol.js";
import { nelderMead } from "../optimize/nelder-mead.js";
import { uniformRng } from "../random/rng.js";
import { buildFramework, describeValues, loosestValues, valuesAt, type NegotiatedCap } from "./build-framework.js";
import type { NegotiationCoordinate, NegotiationWeights, ResolvedNegotiationSpec } from "./negotiation-spec.js";
import { negotiationDominates, negotiationFrontier, type NegotiationObjectives } from "./pareto.js";
import { wholeWarheadLoads } from "./restructure.js";
import { scoreFramework, type PointScore } from "./score.js";
import { zopaCheck, type ZopaCheck } from "./zopa.js";
import { getOwn } from "../_shared/own-keys.js";

/** Version of the {@link NegotiationResult} layout. */
export const NEGOTIATION_RESULT_VERSION = 1;

/** Where a point came from. */
export type PointOrigin = "status-quo" | "loosest" | "sample" | "refine";

/** One scored point: the status quo or a framework of the space. */
export interface NegotiationPoint {
  /** Index in {@link NegotiationResult.points}. */
  index: number;
  origin: PointOrigin;
  /** Coordinate values by key (empty for the status quo), units of each dimension. */
  values: Record<string, number>;
  /** One-line label: "status quo", or the values. */
  label: string;
  /** The framework's treaty limits (absent for the status quo). */
  framework?: Framework;
  /** Per-launcher caps of the framework. */
  caps: NegotiatedCap[];
  score: PointScore;
  zopa: ZopaCheck;
  /** Scalar objective under the spec's weights (lower is better). */
  objective: number;
}

/** One local refinement run. */
export interface RefinementRun {
  /** Index of the coarse point it started from. */
  from: number;
  /** Index of the best point it reached. */
  best: number;
  /** Weight on reductions in this run's objective. */
  reductionsWeight: number;
  /** Objective evaluations (cached ones included). */
  evaluations: number;
  converged: boolean;
}

/** Result of {@link negotiate}: JSON-serialisable (infinite or NaN figures become null in JSON). */
export interface NegotiationResult {
  resultVersion: typeof NEGOTIATION_RESULT_VERSION;
  spec: {
    id: string;
    name?: string;
    preset?: string;
    scenario: { id: string; name: string; asOf: string };
    parties: [string, string];
    coordinates: NegotiationCoordinate[];
    tolerances: ResolvedNegotiationSpec["tolerances"];
    sampling: ResolvedNegotiationSpec["sampling"];
    samples: number;
    refine: ResolvedNegotiationSpec["refine"];
    weights: NegotiationWeights;
    seed: number;
  };
  /** Every distinct point scored; `points[0]` is the status quo. */
  points: NegotiationPoint[];
  /** Indices of the points in the zone of possible agreement, best objective first. */
  zopa: number[];
  /**
   * Indices of the Pareto frontier (combined stability ↑, total reductions ↑, parity gap ↓) over the feasible points,
   * highest stability first. The status quo (index 0) is always listed, as the reference; `statusQuoDominated` tells
   * whether some framework beats it on all three objectives.
   */
  frontier: number[];
  statusQuoDominated: boolean;
  refinements: RefinementRun[];
  /** Frameworks scored (distinct), how many a party could not comply with, and objective calls answered from cache. */
  evaluations: { scored: number; infeasible: number; cached: number };
}

/** Progress of a search. */
export interface NegotiationProgress {
  phase: "status-quo" | "sample" | "refine";
  /** Steps done (objective evaluations, cached ones included). */
  done: number;
  /** Upper bound on the steps. */
  total: number;
}

/** Options of {@link negotiate}. */
export interface NegotiateOptions {
  /** Called after every step. */
  onProgress?: (p: NegotiationProgress) => void;
}

/** Weight factor on reductions for refinement run k: 1, 1/4, 4, 1/16, 16, … */
export function refinementFactor(k: number): number {
  if (k === 0) return 1;
  const e = Math.ceil(k / 2);
  return k % 2 === 1 ? 4 ** -e : 4 ** e;
}

/** Objective of a scored point (lower is better); see the module comment. */
export function scalarObjective(
  score: PointScore,
  statusQuo: PointScore,
  spec: Pick<ResolvedNegotiationSpec, "tolerances">,
  weights: NegotiationWeights,
): number {
  if (!score.feasible || Number.isNaN(score.combined)) return 1000;
  const t = spec.tolerances;
  const sqTotal = statusQuo.sides[0].deployedWarheads + statusQuo.sides[1].deployedWarheads;
  const gap = Math.min(score.parityGap, 10);
  const gain =
    weights.stability * score.combined +
    weights.reductions * (sqTotal > 0 ? score.totalWarheadsRemoved / sqTotal : 0) -
    weights.parity * gap;
  let shortfall = Math.max(0, gap - t.parity);
  score.sides.forEach((s, i) => {
    const sq = statusQuo.sides[i]!;
    shortfall += Math.max(0, sq.fss - t.stability - s.fss);
    if (sq.retaliation > 0)
      shortfall += Math.max(0, sq.retaliation * (1 - t.retaliation) - s.retaliation) / sq.retaliation;
  });
  return -gain + 10 * shortfall;
}

/** Objectives of a point for the frontier. */
export function pointObjectives(score: PointScore): NegotiationObjectives {
  return { stability: score.combined, reductions: score.totalWarheadsRemoved, parityGap: score.parityGap };
}

/** Unit-cube centre of the level each value sits on (the inverse of `valuesAt`). */
function unitCentre(coordinates: readonly NegotiationCoordinate[], values: readonly number[]): number[] {
  return coordinates.map((c, i) => {
    const v = values[i]!;
    const level =
      v >= c.max - 1e-9 ? c.levels - 1 : Math.max(0, Math.min(c.levels - 1, Math.round((v - c.min) / c.step)));
    return (level + 0.5) / c.levels;
  });
}

/** Coarse design: `n` points in [0, 1)^d. */
function coarseDesign(spec: ResolvedNegotiationSpec): number[][] {
  const d = spec.coordinates.length;
  if (spec.sampling === "sobol") {
    const u = uniformRng(spec.seed, 1);
    const shift = Array.from({ length: d }, () => u());
    return sobolPoints(spec.samples, d).map((p) => p.map((x, j) => (x + shift[j]!) % 1));
  }
  return latinHypercube(spec.samples, d, uniformRng(spec.seed));
}

/**
 * Search a negotiation space.
 * @param spec a resolved spec (see `loadNegotiationSpec`, `parseNegotiationSpec`)
 * @param options progress callback
 * @returns every point scored, the zone of possible agreement, and the Pareto frontier with the status quo marked
 */
export function negotiate(spec: ResolvedNegotiationSpec, options: NegotiateOptions = {}): NegotiationResult {
  const base = wholeWarheadLoads(spec.base.scenario);
  const parties = spec.parties;
  const coords = spec.coordinates;
  const total = 1 + 1 + spec.samples + spec.refine.starts * spec.refine.iterations;
  let done = 0;
  // Nelder–Mead checks its budget once per iteration, so a run may take a few evaluations more: clamp.
  const tick = (phase: NegotiationProgress["phase"]) =>
    options.onProgress?.({ phase, done: Math.min(++done, total - 1), total });

  const sqScore = scoreFramework(base, parties, undefined);
  const points: NegotiationPoint[] = [];
  const sqZopa = zopaCheck(sqScore, sqScore, spec.tolerances);
  points.push({
    index: 0,
    origin: "status-quo",
    values: {},
    label: "status quo",
    caps: [],
    score: sqScore,
    zopa: sqZopa,
    objective: scalarObjective(sqScore, sqScore, spec, spec.weights),
  });
  tick("status-quo");

  const cache = new Map<string, number>();
  let cached = 0;
  /** Score the framework at these values (once per distinct framework); returns the point's index. */
  const evaluate = (values: number[], origin: PointOrigin): number => {
    const key = values.join(",");
    const hit = cache.get(key);
    if (hit !== undefined) {
      cached++;
      return hit;
    }
    const nf = buildFramework(spec, values);
    const score = scoreFramework(base, parties, nf);
    const index = points.length;
    points.push({
      index,
      origin,
      values: nf.values,
      label: describeValues(spec, values),
      framework: nf.framework,
      caps: nf.caps,
      score,
      zopa: zopaCheck(score, sqScore, spec.tolerances),
      objective: scalarObjective(score, sqScore, spec, spec.weights),
    });
    cache.set(key, index);
    return index;
  };

  const coarse: number[] = [];
  coarse.push(evaluate(loosestValues(spec), "loosest"));
  tick("sample");
  for (const u of coarseDesign(spec)) {
    coarse.push(evaluate(valuesAt(spec, u), "sample"));
    tick("sample");
  }

  const refinements: RefinementRun[] = [];
  const used = new Set<number>();
  const minLevelWidth = Math.min(...coords.map((c) => 1 / c.levels));
  for (let k = 0; k < spec.refine.starts; k++) {
    const weights = { ...spec.weights, reductions: spec.weights.reductions * refinementFactor(k) };
    const objectiveOf = (i: number) => scalarObjective(points[i]!.score, sqScore, spec, weights);
    const candidates = [...new Set(coarse)].filter((i) => points[i]!.score.feasible && !used.has(i));
    if (candidates.length === 0) break;
    candidates.sort((a, b) => objectiveOf(a) - objectiveOf(b) || a - b);
    const from = candidates[0]!;
    used.add(from);
    const start = unitCentre(
      coords,
      coords.map((c) => getOwn(points[from]!.values, c.key)!),
    );
    let best = from;
    const f = (u: number[]): number => {
      const outside = u.reduce((t, x) => t + Math.max(0, x - 1, -x), 0);
      const i = evaluate(valuesAt(spec, u), "refine");
      tick("refine");
      if (objectiveOf(i) < objectiveOf(best) - 1e-12) best = i;
      return objectiveOf(i) + outside;
    };
    const run = nelderMead(f, start, {
      initialStep: start.map((x, j) => (x > 0.5 ? -1 : 1) * Math.max(0.2, 1.5 / coords[j]!.levels)),
      xTolerance: 0.5 * minLevelWidth,
      fTolerance: 1e-9,
      maxEvaluations: spec.refine.iterations,
      maxIterations: 100 * spec.refine.iterations,
    });
    refinements.push({
      from,
      best,
      reductionsWeight: weights.reductions,
      evaluations: run.evaluations,
      converged: run.converged,
    });
  }
  // Refinement runs stop at their budget; report the budget as done.
  options.onProgress?.({ phase: "refine", done: total, total });

  const objectives = points.map((p) =>
    p.score.feasible ? pointObjectives(p.score) : { stability: NaN, reductions: NaN, parityGap: NaN },
  );
  const pareto = negotiationFrontier(objectives);
  const statusQuoDominated = objectives.some((o, i) => i !== 0 && negotiationDominates(o, objectives[0]!));
  const frontier = [...new Set([0, ...pareto])].sort((a, b) => {
    const x = objectives[a]!;
    const y = objectives[b]!;
    return y.stability - x.stability || y.reductions - x.reductions || x.parityGap - y.parityGap || a - b;
  });
  const zopa = points
    .filter((p) => p.index !== 0 && p.zopa.inZopa)
    .sort((a, b) => a.objective - b.objective || a.index - b.index)
    .map((p) => p.index);

  return {
    resultVersion: NEGOTIATION_RESULT_VERSION,
    spec: {
      id: spec.id,
      ...(spec.name !== undefined ? { name: spec.name } : {}),
      ...(spec.base.preset !== undefined ? { preset: spec.base.preset } : {}),
      scenario: { id: base.id, name: base.name, asOf: base.asOf },
      parties,
      coordinates: coords,
      tolerances: spec.tolerances,
      sampling: spec.sampling,
      samples: spec.samples,
      refine: spec.refine,
      weights: spec.weights,
      seed: spec.seed,
    },
    points,
    zopa,
    frontier,
    statusQuoDominated,
    refinements,
    evaluations: {
      scored: points.length - 1,
      infeasible: points.filter((p) => !p.score.feasible).length,
      cached,
    },
  };
}
