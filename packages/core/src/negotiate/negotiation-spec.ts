/**
 * Negotiation spec: the space of frameworks a negotiation search explores.
 *
 * A spec names a base scenario (a preset id or a scenario inline), the two negotiating parties, and the dimensions of
 * the space. Each dimension is either a treaty limit (a framework limit template whose ceiling is searched: warheads,
 * launchers, interceptors, conventional strike, non-strategic weapons…) or a cap on warheads per launcher (a MIRV cap,
 * which the treaty engine has no quantity for, applied as a download before the limits). A dimension is symmetric
 * (one ceiling for both parties, the default), or each party gets its own coordinate over a shared `range` or over
 * its own range in `perParty`. Tolerances decide the zone of possible agreement; `samples`, `refine` and `seed`
 * drive the search.
 *
 * Written in YAML or JSON and loaded with {@link loadNegotiationSpec}: every problem comes back at once, located at
 * `file:line:col`. Presets live in `@seceq/data`, which the pure core does not import, so callers pass a resolver.
 */
import { z } from "zod";
import type { Issue } from "../_shared/issues.js";
import { loadDocument, validateData, type LoadResult } from "../schema/load.js";
import { crossCheckScenario } from "../schema/cross-checks.js";
import { Id, Scenario } from "../schema/scenario.js";
import { closest } from "../schema/suggest.js";
import { CountingRuleName, Quantity, RULES_BY_QUANTITY, RuleParams, Selector } from "../treaty/framework-schema.js";
import { SOBOL_MAX_DIMENSIONS } from "../sampling/sobol.js";
import { DEFAULT_SEED, Samples, Seed } from "../protocol/domains.js";
import { getOwn, hasOwnKey } from "../_shared/own-keys.js";

/** Current negotiation-spec format version. */
export const NEGOTIATION_SPEC_VERSION = 1;

/** Most coordinates a negotiation space may have (the Sobol' sequence's dimension limit). */
export const MAX_NEGOTIATION_COORDINATES = SOBOL_MAX_DIMENSIONS;

const finite = z.number().refine(Number.isFinite, "must be a finite number");
const Range = z.tuple([finite.min(0, "must not be negative"), finite.min(0, "must not be negative")]);

/**
 * A framework limit whose ceiling the search sets: a {@link Limit} of the treaty engine without `id` and ceilings.
 * The limit's id is the dimension's id; its name and citation default from the dimension.
 */
export const LimitTemplate = z.strictObject({
  /** What the limit counts (warheads, launchers, deployed-launchers, interceptors, throw-weight-t). */
  quantity: Quantity,
  /** Counting rule (default: the quantity's first rule, e.g. `loaded` for warheads). */
  rule: CountingRuleName.optional(),
  /** Which elements (or defence layers) it counts; the negotiating parties are filled in. Default: everything. */
  selector: Selector.default({}),
  /** Name of the limit in reports. Default: the dimension's name, else its id. */
  name: z.string().min(1).optional(),
  /** Citation of the limit. Default: "negotiation space <spec id>, dimension <id>". */
  citation: z.string().min(1).optional(),
  params: RuleParams.optional(),
});
export type LimitTemplate = z.infer<typeof LimitTemplate>;

/**
 * A cap on warheads per deployed launcher (e.g. a MIRV cap on ICBMs). Elements matched by the selector carrying more
 * are downloaded to the cap before the limits are met; their upload capacity (`maxWarheadsPerLauncher`) is capped too.
 */
export const PerLauncherCap = z.strictObject({
  /** Elements capped (the selector's `parties` and `status` are not used). */
  selector: Selector.default({}),
});
export type PerLauncherCap = z.infer<typeof PerLauncherCap>;

/** One dimension of the space. Give `limit` or `warheadsPerLauncher`, and `range` or `perParty`. */
export const NegotiationDimension = z
  .strictObject({
    id: Id,
    /** Name in reports. Default: the id. */
    name: z.string().min(1).optional(),
    /** A treaty limit whose ceiling is searched (units of its quantity). */
    limit: LimitTemplate.optional(),
    /** Or a cap on warheads per deployed launcher (warheads per launcher). */
    warheadsPerLauncher: PerLauncherCap.optional(),
    /** `[min, max]` of the ceiling, inclusive, shared by both parties. */
    range: Range.optional(),
    /** Or one `[min, max]` per negotiating party (the dimension is then asymmetric). */
    perParty: z.record(Id, Range).optional(),
    /**
     * With `range`: one ceiling for both parties (true, default), or a coordinate of its own per party (false).
     * Ignored with `perParty`.
     */
    symmetric: z.boolean().default(true),
    /** Spacing of the values searched, from `min` (units of the dimension). Default 1. */
    step: z.number().positive("must be > 0").max(10_000_000).default(1),
  })
  .superRefine((d, ctx) => {
    if ((d.limit === undefined) === (d.warheadsPerLauncher === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["limit"],
        message: "give either `limit: {...}` or `warheadsPerLauncher: {...}`",
      });
    if ((d.range === undefined) === (d.perParty === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["range"],
        message: "give either `range: [min, max]` or `perParty: {party: [min, max]}`",
      });
    if (d.range && d.range[0] > d.range[1])
      ctx.addIssue({ code: "custom", path: ["range"], message: `min ${d.range[0]} is above max ${d.range[1]}` });
    for (const [p, r] of Object.entries(d.perParty ?? {}))
      if (r[0] > r[1])
        ctx.addIssue({ code: "custom", path: ["perParty", p], message: `min ${r[0]} is above max ${r[1]}` });
  });
export type NegotiationDimension = z.infer<typeof NegotiationDimension>;

/** Tolerances of the zone of possible agreement. */
export const NegotiationTolerances = z.strictObject({
  /**
   * Largest parity gap accepted: max(r, 1/r) − 1 with r the ratio of the two parties' deliverable (deployed, in
   * reach) warheads. Default 0.1 (the larger side has at most 10 % more).
   */
  parity: z.number().min(0).max(100).default(0.1),
  /** How far each side's first-strike stability may fall below the status quo's, index points. Default 0.01. */
  stability: z.number().min(0).max(1).default(0.01),
  /** How far each side's retaliatory capacity may fall below the status quo's, as a share of it. Default 0.02. */
  retaliation: z.number().min(0).max(1).default(0.02),
});
export type NegotiationTolerances = z.infer<typeof NegotiationTolerances>;

/** Weights of the scalar objective the local refinement minimises (see `search.ts`). */
export const NegotiationWeights = z.strictObject({
  /** On the combined first-strike stability index (0–1). Default 1. */
  stability: z.number().min(0).max(1000).default(1),
  /** On total warheads removed as a share of both parties' status-quo deployed warheads. Default 0.5. */
  reductions: z.number().min(0).max(1000).default(0.5),
  /** On the parity gap. Default 0.5. */
  parity: z.number().min(0).max(1000).default(0.5),
});
export type NegotiationWeights = z.infer<typeof NegotiationWeights>;

/**
 * Coarse design of the search.
 * - `latin-hypercube`: each coordinate's range cut into `samples` strata hit once each, seeded (McKay et al. 1979).
 * - `sobol`: the first `samples` Sobol' points, shifted modulo 1 by a seeded random vector (Cranley–Patterson).
 */
export const NegotiationSampling = z.enum(["latin-hypercube", "sobol"]);
export type NegotiationSampling = z.infer<typeof NegotiationSampling>;

/** A negotiation spec as validated (before the base scenario is resolved). */
export const NegotiationSpec = z
  .strictObject({
    negotiationVersion: z.literal(NEGOTIATION_SPEC_VERSION).default(NEGOTIATION_SPEC_VERSION),
    id: Id.default("negotiation"),
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    /** The scenario both parties start from: a preset id, or a whole scenario inline. */
    base: z.strictObject({ preset: z.string().min(1).optional(), scenario: Scenario.optional() }),
    /** The two negotiating parties. Default: the base scenario's first two parties. */
    parties: z.tuple([Id, Id]).optional(),
    dimensions: z
      .array(NegotiationDimension)
      .min(1, "a negotiation space needs at least one dimension")
      .max(MAX_NEGOTIATION_COORDINATES),
    tolerances: NegotiationTolerances.default(() => NegotiationTolerances.parse({})),
    sampling: NegotiationSampling.default("latin-hypercube"),
    /** Points of the coarse design (the loosest framework of the space is always added). Default 48. */
    samples: Samples.min(1, "must be at least 1").default(48),
    /** Local refinement: Nelder–Mead runs from the best coarse points, each with an evaluation budget. */
    refine: z
      .strictObject({
        /** Refinement runs, each from a different coarse point. Default 3; 0 turns refinement off. */
        starts: z.number().int().min(0).max(32).default(3),
        /** Objective evaluations per run (repeated frameworks are answered from a cache). Default 30. */
        iterations: z.number().int().min(1).max(100_000).default(30),
      })
      .default({ starts: 3, iterations: 30 }),
    weights: NegotiationWeights.default(() => NegotiationWeights.parse({})),
    /** Seed of the coarse design. Default 1. */
    seed: Seed.default(DEFAULT_SEED),
  })
  .superRefine((s, ctx) => {
    if ((s.base.preset === undefined) === (s.base.scenario === undefined))
      ctx.addIssue({ code: "custom", path: ["base"], message: "give either `preset: <id>` or `scenario: {...}`" });
    if (s.parties && s.parties[0] === s.parties[1])
      ctx.addIssue({ code: "custom", path: ["parties", 1], message: "the two negotiating parties must differ" });
  });
/** A validated negotiation spec with defaults filled in. */
export type NegotiationSpec = z.infer<typeof NegotiationSpec>;
/** A negotiation spec as written in a file. */
export type NegotiationSpecInput = z.input<typeof NegotiationSpec>;

/** One coordinate of the search space: a dimension, for both parties (symmetric) or for one. */
export interface NegotiationCoordinate {
  /** Name in results: the dimension id, or `<dimension id>.<party>` for a per-party coordinate. */
  key: string;
  /** Index of the dimension in the spec. */
  dimension: number;
  /** The party this coordinate sets, or undefined when it sets both. */
  party?: string;
  /** Lowest value, units of the dimension. */
  min: number;
  /** Highest value. */
  max: number;
  /** Spacing of values from `min`. */
  step: number;
  /** Number of values: floor((max − min) / step) + 1, plus 1 when `max` is off the step grid (it is kept). */
  levels: number;
}

/** A spec with its base scenario resolved and its coordinates laid out. Plain, JSON-serialisable data. */
export interface ResolvedNegotiationSpec extends Omit<NegotiationSpec, "base" | "parties"> {
  base: { scenario: Scenario; preset?: string };
  parties: [string, string];
  coordinates: NegotiationCoordinate[];
}

/** Options of {@link loadNegotiationSpec} and {@link resolveNegotiationSpec}. */
export interface ResolveNegotiationOptions {
  /** File name used in issues. */
  file?: string;
  /** Resolves `base.preset` (e.g. `getPreset` from `@seceq/data`, undefined when unknown). */
  resolvePreset?: (id: string) => Scenario | undefined;
  /** Known preset ids, for "did you mean" hints. */
  presetIds?: readonly string[];
}

/** Values of a coordinate: `min`, `min + step`, …, and `max` itself when it is off the grid. */
export function coordinateLevels(min: number, max: number, step: number): number {
  const n = Math.floor((max - min) / step + 1e-9) + 1;
  return min + (n - 1) * step < max - 1e-9 ? n + 1 : n;
}

/** The value of level `k` (0-based) of a coordinate, units of its dimension. */
export function coordinateValue(c: Pick<NegotiationCoordinate, "min" | "max" | "step" | "levels">, k: number): number {
  const level = Math.max(0, Math.min(c.levels - 1, Math.floor(k)));
  return Math.min(c.max, Math.round((c.min + level * c.step) * 1e9) / 1e9);
}

function layOut(spec: NegotiationSpec, parties: [string, string]): NegotiationCoordinate[] {
  const out: NegotiationCoordinate[] = [];
  spec.dimensions.forEach((d, i) => {
    const mk = (key: string, r: readonly [number, number], party?: string): NegotiationCoordinate => ({
      key,
      dimension: i,
      ...(party !== undefined ? { party } : {}),
      min: r[0],
      max: r[1],
      step: d.step,
      levels: coordinateLevels(r[0], r[1], d.step),
    });
    if (d.perParty) for (const p of parties) out.push(mk(`${d.id}.${p}`, getOwn(d.perParty, p) ?? [0, 0], p));
    else if (d.symmetric) out.push(mk(d.id, d.range!));
    else for (const p of parties) out.push(mk(`${d.id}.${p}`, d.range!, p));
  });
  return out;
}

/**
 * Resolve a validated spec: look up the base preset, pick the parties, check references, and lay out coordinates.
 * Issue paths point into the spec.
 */
export function resolveNegotiationSpec(
  spec: NegotiationSpec,
  options: ResolveNegotiationOptions = {},
): LoadResult<ResolvedNegotiationSpec> {
  const issues: Issue[] = [];
  let scenario: Scenario | undefined = spec.base.scenario;
  if (spec.base.scenario)
    issues.push(
      ...crossCheckScenario(spec.base.scenario).map((i) => ({ ...i, path: ["base", "scenario", ...i.path] })),
    );
  if (spec.base.preset !== undefined) {
    scenario = options.resolvePreset?.(spec.base.preset);
    if (!scenario) {
      const known = options.presetIds ?? [];
      const guess = closest(spec.base.preset, known);
      issues.push({
        code: "unknown_reference",
        path: ["base", "preset"],
        message: options.resolvePreset
          ? `unknown preset "${spec.base.preset}"${known.length ? `; known: ${known.join(", ")}` : ""}`
          : "presets cannot be resolved here; give the scenario inline",
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
    }
  }
  const ids = new Map<string, number>();
  spec.dimensions.forEach((d, i) => {
    if (ids.has(d.id))
      issues.push({
        code: "duplicate_id",
        path: ["dimensions", i, "id"],
        message: `duplicate dimension id "${d.id}" (first used at index ${ids.get(d.id)})`,
      });
    else ids.set(d.id, i);
  });
  if (!scenario) return { issues };
  const known = scenario.parties.map((p) => p.id);
  let parties: [string, string] | undefined;
  if (spec.parties) {
    spec.parties.forEach((p, k) => {
      if (!known.includes(p)) {
        const guess = closest(p, known);
        issues.push({
          code: "unknown_reference",
          path: ["parties", k],
          message: `unknown party "${p}"; the base scenario has ${known.join(", ")}`,
          ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
        });
      }
    });
    parties = spec.parties;
  } else parties = [known[0]!, known[1]!];

  // With an unknown negotiating party, per-party ranges would only repeat that error.
  const partiesKnown = parties.every((p) => known.includes(p));
  spec.dimensions.forEach((d, i) => {
    if (d.perParty && partiesKnown) {
      for (const p of Object.keys(d.perParty))
        if (!parties.includes(p))
          issues.push({
            code: "unknown_reference",
            path: ["dimensions", i, "perParty", p],
            message: `"${p}" is not a negotiating party (${parties.join(", ")})`,
          });
      for (const p of parties)
        if (!hasOwnKey(d.perParty, p))
          issues.push({
            code: "missing_field",
            path: ["dimensions", i, "perParty"],
            message: `give a range for party "${p}"`,
          });
    }
    if (d.limit?.rule !== undefined && !RULES_BY_QUANTITY[d.limit.quantity].includes(d.limit.rule))
      issues.push({
        code: "invalid_rule",
        path: ["dimensions", i, "limit", "rule"],
        message: `counting rule "${d.limit.rule}" does not count ${d.limit.quantity}; use one of: ${RULES_BY_QUANTITY[d.limit.quantity].join(", ")}`,
      });
    if (d.warheadsPerLauncher) {
      const top = Math.max(...(d.range ?? []), ...Object.values(d.perParty ?? {}).flat());
      if (top > 100)
        issues.push({
          code: "too_big",
          path: ["dimensions", i, d.range ? "range" : "perParty"],
          message: `a cap on warheads per launcher above 100 (${top}) is not a cap`,
        });
    }
    if (d.limit?.selector.parties)
      issues.push({
        code: "ignored_field",
        severity: "warning",
        path: ["dimensions", i, "limit", "selector", "parties"],
        message: "limits apply to the negotiating parties; selector.parties is replaced by them",
      });
  });
  const coordinates = layOut(spec, parties);
  if (coordinates.length > MAX_NEGOTIATION_COORDINATES)
    issues.push({
      code: "too_many",
      path: ["dimensions"],
      message: `${coordinates.length} coordinates (per-party dimensions count twice); at most ${MAX_NEGOTIATION_COORDINATES}`,
    });
  if (issues.some((i) => (i.severity ?? "error") === "error")) return { issues };
  const { base, parties: _p, ...rest } = spec;
  return {
    value: {
      ...rest,
      base: { scenario, ...(base.preset !== undefined ? { preset: base.preset } : {}) },
      parties,
      coordinates,
    },
    issues,
  };
}

/**
 * Load a negotiation spec from YAML or JSON text and resolve it. Every issue (schema, references, unknown preset)
 * comes back at once, located at `file:line:col`.
 * @param text YAML or JSON text
 * @param options file name, preset resolver and known preset ids
 */
export function loadNegotiationSpec(
  text: string,
  options: ResolveNegotiationOptions = {},
): LoadResult<ResolvedNegotiationSpec> {
  let resolved: ResolvedNegotiationSpec | undefined;
  const result = loadDocument(text, NegotiationSpec, {
    ...(options.file !== undefined ? { file: options.file } : {}),
    crossCheck: (spec) => {
      const r = resolveNegotiationSpec(spec, options);
      resolved = r.value;
      return r.issues;
    },
  });
  if (!result.value || !resolved) return { issues: result.issues };
  return { value: resolved, issues: result.issues };
}

/**
 * Validate plain data (a built-in space, an HTTP body) as a spec and resolve it; issue paths point into the data.
 * @param data the spec as plain data
 * @param options preset resolver and known preset ids
 */
export function parseNegotiationSpec(
  data: unknown,
  options: ResolveNegotiationOptions = {},
): LoadResult<ResolvedNegotiationSpec> {
  let resolved: ResolvedNegotiationSpec | undefined;
  const result = validateData(NegotiationSpec, data, (spec) => {
    const r = resolveNegotiationSpec(spec, options);
    resolved = r.value;
    return r.issues;
  });
  if (!result.value || !resolved) return { issues: result.issues };
  return { value: resolved, issues: result.issues };
}
