/**
 * Sweep spec: which parameters of a base scenario (policy levers, technical assumptions) or of a treaty framework
 * (limits) to vary, over which ranges or levels, how to sample them (full grid, Latin hypercube, Sobol'), which
 * outputs to record, the seed, and optional Monte Carlo samples per cell.
 *
 * A spec is written in YAML or JSON and validated with every problem located at `file:line:col`. The base scenario
 * may be a preset id; presets live in `@seceq/data`, which the pure core does not import, so callers pass a preset
 * resolver ({@link resolveSweepSpec}). A resolved spec is self-contained plain data: it travels as JSON to worker
 * threads, browser workers and distributed workers, and `runCell(spec, index)` needs nothing else.
 */
import { z } from "zod";
import type { Issue } from "../_shared/issues.js";
import { Id, IsoDate, Scenario, Uncertainty, type Uncertainty as UncertaintyT } from "../schema/scenario.js";
import { Framework } from "../treaty/framework-schema.js";
import { DEFAULT_SEED, Samples, Seed } from "../protocol/domains.js";

/** Current sweep-spec format version. */
export const SWEEP_SPEC_VERSION = 1;

/** Largest number of cells a sweep may have (10 million). */
export const MAX_SWEEP_CELLS = 10_000_000;

const finite = z.number().refine(Number.isFinite, "must be a finite number");

/**
 * How a parameter's value is applied at its path.
 * - `set`: the value replaces the field.
 * - `multiply`: the field's base value is multiplied by the value (a scale factor; useful with `*` wildcards).
 */
export const ParamMode = z.enum(["set", "multiply"]);
export type ParamMode = z.infer<typeof ParamMode>;

/**
 * Spacing of a range.
 * - `linear`: evenly spaced levels / uniform sampling.
 * - `log`: evenly spaced in log(value); the range must be positive.
 */
export const ParamScale = z.enum(["linear", "log"]);
export type ParamScale = z.infer<typeof ParamScale>;

/** One swept parameter. Give either `range` (with `levels` for grids) or explicit `values`. */
export const SweepParameter = z
  .strictObject({
    /**
     * Dotted path into the scenario or the framework. Array items with an `id` are addressed by id, other arrays by
     * index; `*` matches every item. Examples: `parties.us.forces.mm3-w87.launchers.deployed`,
     * `assumptions.costWeight`, `parties.*.forces.*.reliability`, `framework.limits.deployed-warheads.max`.
     */
    path: z.string().min(1).max(300),
    /** Column name in results and CSV. Default: the path. */
    name: z
      .string()
      .regex(/^[A-Za-z0-9_.>*:-]{1,120}$/, "must be letters, digits and . _ - > * : (at most 120)")
      .optional(),
    /** `[min, max]`, inclusive. */
    range: z.tuple([finite, finite]).optional(),
    /** Grid levels across `range`, evenly spaced, both ends included. Default 5. Ignored by LHS and Sobol'. */
    levels: z.number().int().min(1).max(10_000).optional(),
    /** Explicit values (grid levels; LHS and Sobol' pick among them uniformly). */
    values: z.array(finite).min(1).max(10_000).optional(),
    scale: ParamScale.default("linear"),
    /**
     * Round sampled values to whole numbers. Default: inferred from the scenario schema (true for counts such as
     * launchers and interceptors).
     */
    integer: z.boolean().optional(),
    mode: ParamMode.default("set"),
  })
  .superRefine((p, ctx) => {
    if ((p.range === undefined) === (p.values === undefined))
      ctx.addIssue({ code: "custom", path: ["range"], message: "give either `range: [min, max]` or `values: [...]`" });
    if (p.range && p.range[0] > p.range[1])
      ctx.addIssue({ code: "custom", path: ["range"], message: `min ${p.range[0]} is above max ${p.range[1]}` });
    if (p.scale === "log" && p.range && p.range[0] <= 0)
      ctx.addIssue({ code: "custom", path: ["range"], message: "a log-scaled range must be positive" });
    if (p.levels !== undefined && p.values !== undefined)
      ctx.addIssue({ code: "custom", path: ["levels"], message: "`levels` applies to `range`, not to `values`" });
  });
export type SweepParameter = z.infer<typeof SweepParameter>;

/**
 * How cells are laid out in parameter space.
 * - `grid`: every combination of every parameter's levels (cells = product of level counts).
 * - `latin-hypercube`: `n` cells, each parameter's range cut into `n` strata hit once each (McKay et al. 1979).
 * - `sobol`: the first `n` points of the Sobol' sequence (Joe–Kuo direction numbers), at most 21 parameters.
 */
export const Sampling = z.discriminatedUnion("method", [
  z.strictObject({ method: z.literal("grid") }),
  z.strictObject({
    method: z.literal("latin-hypercube"),
    n: z.number().int().min(1).max(MAX_SWEEP_CELLS),
    /** Put each value at its stratum's centre rather than at a random point in it. Default false. */
    centered: z.boolean().default(false),
  }),
  z.strictObject({ method: z.literal("sobol"), n: z.number().int().min(1).max(MAX_SWEEP_CELLS) }),
]);
export type Sampling = z.infer<typeof Sampling>;

/** The framework a sweep counts against, and whether each cell first brings every party into compliance. */
export const SweepFramework = z.strictObject({
  /** A built-in rule pack id (`new-start`, `start1`, `sort`, `inf`, `none`). */
  id: z.string().min(1).optional(),
  /** Or a whole framework written inline (the framework file format). */
  inline: Framework.optional(),
  /**
   * Before computing outputs, reduce each bound party's forces to comply (the path-to-compliance integer program,
   * keeping the most survivable warheads). Default true.
   */
  comply: z.boolean().default(true),
  /** Count only limits binding at this date. Default: every limit, as if binding. */
  date: IsoDate.optional(),
});
export type SweepFramework = z.infer<typeof SweepFramework>;

/** A sweep spec as validated (before the base scenario and framework are resolved). */
export const SweepSpec = z
  .strictObject({
    sweepVersion: z.literal(SWEEP_SPEC_VERSION).default(SWEEP_SPEC_VERSION),
    id: Id.optional(),
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    /** The scenario every cell starts from: a preset id, or a whole scenario inline. */
    base: z.strictObject({ preset: z.string().min(1).optional(), scenario: Scenario.optional() }),
    framework: SweepFramework.optional(),
    parameters: z.array(SweepParameter).min(1, "a sweep needs at least one parameter").max(64),
    sampling: Sampling.default({ method: "grid" }),
    /** Seed of the sampling design and of every cell's Monte Carlo stream. Default 1. */
    seed: Seed.default(DEFAULT_SEED),
    /**
     * Outputs recorded per cell, e.g. `stability.us-ru.combined`, `stability.us-ru.fss.us`,
     * `exchange.us>ru.damageToVictim`, `treaty.violations`. Unknown names are reported with the closest known one.
     */
    outputs: z.array(z.string().min(1).max(200)).min(1, "name at least one output").max(500),
    /** Monte Carlo samples per cell (0: expected values only). Default 0. */
    samples: Samples.default(0),
    /** Uncertain assumptions for Monte Carlo (default: the scenario's own list, else the notional defaults). */
    uncertainty: z.array(Uncertainty).optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.base.preset === undefined) === (s.base.scenario === undefined))
      ctx.addIssue({ code: "custom", path: ["base"], message: "give either `preset: <id>` or `scenario: {...}`" });
    if (s.framework && (s.framework.id === undefined) === (s.framework.inline === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["framework"],
        message: "give either `id: <rule pack>` or `inline: {...}`",
      });
  });
/** A validated sweep spec with defaults filled in. */
export type SweepSpec = z.infer<typeof SweepSpec>;
/** A sweep spec as written in a file. */
export type SweepSpecInput = z.input<typeof SweepSpec>;

/** A parameter after resolution: name and integer rounding decided. */
export type ResolvedParameter = Omit<SweepParameter, "name" | "integer"> & { name: string; integer: boolean };

/**
 * A self-contained sweep: the spec with its base scenario and framework resolved to data and every parameter's
 * name and rounding decided. Plain JSON-serialisable data.
 */
export interface ResolvedSweepSpec {
  sweepVersion: typeof SWEEP_SPEC_VERSION;
  id?: string;
  name?: string;
  description?: string;
  /** The base scenario, and the preset id it came from, if any. */
  base: { scenario: Scenario; preset?: string };
  framework?: { framework: Framework; comply: boolean; date?: string };
  parameters: ResolvedParameter[];
  sampling: Sampling;
  seed: number;
  outputs: string[];
  samples: number;
  /** Uncertain assumptions used when `samples` > 0 (resolved: the spec's, the scenario's or the defaults). */
  uncertainty: UncertaintyT[];
}

/** Grid levels of a `range` parameter when `levels` is not given. */
export const DEFAULT_LEVELS = 5;

/**
 * Grid levels of a parameter: its `values` as listed, or `levels` points evenly spaced across its range (in
 * log(value) when `scale: log`; both ends exact). Integer parameters are rounded and repeated levels dropped.
 */
export function parameterLevels(p: ResolvedParameter): number[] {
  if (p.values) return p.values.slice();
  const [lo, hi] = p.range!;
  const count = p.levels ?? DEFAULT_LEVELS;
  const raw: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = count === 1 ? 0 : i / (count - 1);
    raw.push(
      i === 0
        ? lo
        : i === count - 1
          ? hi
          : p.scale === "log"
            ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo)))
            : lo + t * (hi - lo),
    );
  }
  return p.integer ? [...new Set(raw.map((x) => Math.round(x)))] : raw;
}

/** Number of cells of a sweep: the product of the parameters' grid level counts, or `sampling.n`. */
export function cellCount(spec: Pick<ResolvedSweepSpec, "parameters" | "sampling">): number {
  if (spec.sampling.method !== "grid") return spec.sampling.n;
  let n = 1;
  for (const p of spec.parameters) n *= parameterLevels(p).length;
  return n;
}

/** Issue helper for cross-checks. */
export function sweepIssue(path: (string | number)[], message: string, code = "invalid_sweep", hint?: string): Issue {
  return { code, path, message, ...(hint ? { hint } : {}) };
}
