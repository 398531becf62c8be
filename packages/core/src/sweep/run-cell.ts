/**
 * The one cell function every runner calls: `runCell(spec, index)` → parameters and outputs of cell `index`.
 *
 * Deterministic: a cell depends only on the resolved spec and its index. The sampling design is a pure function of
 * the spec (grid position, Sobol' point, or the Latin hypercube drawn from the spec seed), and the cell's Monte Carlo
 * stream is `uniformRng(streamSeed(spec.seed, index), sample)`. So results are bit-identical whichever runner,
 * thread, machine or retry computed them.
 */
import type { Scenario } from "../schema/scenario.js";
import type { Framework } from "../treaty/framework-schema.js";
import { monteCarloColumns } from "../evaluate/uncertainty.js";
import { band, type Band } from "../random/quantile.js";
import { streamSeed, uniformRng } from "../random/rng.js";
import { gridLevelIndices } from "../sampling/grid.js";
import { latinHypercube } from "../sampling/latin-hypercube.js";
import { sobolPoint } from "../sampling/sobol.js";
import { resolveParameterPath } from "./load-sweep-spec.js";
import { complyWithFramework, compileOutputs, type OutputFramework, type OutputPlan } from "./outputs.js";
import { cellCount, parameterLevels, type ResolvedParameter, type ResolvedSweepSpec } from "./sweep-spec.js";
import { setOwn } from "../_shared/own-keys.js";

/** Result of one cell. */
export interface CellResult {
  /** Cell index in [0, cellCount(spec)). */
  index: number;
  /** Parameter values by parameter name. */
  params: Record<string, number>;
  /** Output values (expected values, no sampling) by output name. */
  outputs: Record<string, number>;
  /** Monte Carlo 5/50/95 bands and mean by output name, when the spec asks for samples. */
  bands?: Record<string, CellBand>;
}

/** A cell's Monte Carlo band of one output. */
export interface CellBand extends Band {
  /**
   * Samples left out of the band because the output was not a number (NaN) in them, a count; absent when none.
   * The band covers the others (all NaN when every sample was dropped).
   */
  dropped?: number;
}

/** Band of one Monte Carlo column, counting the NaN samples {@link band} leaves out. */
export function cellBand(column: ArrayLike<number>): CellBand {
  const b: CellBand = band(column);
  let dropped = 0;
  for (let i = 0; i < column.length; i++) if (Number.isNaN(column[i])) dropped++;
  if (dropped > 0) b.dropped = dropped;
  return b;
}

/** Stream index of the Latin hypercube design (any constant distinct from the cell streams' derivation). */
const LHS_STREAM = 0x4c485301;

/** Everything derived once per spec. */
interface Compiled {
  n: number;
  plan: OutputPlan;
  /** Per parameter: index paths of its targets in the scenario or framework. */
  targets: { root: "scenario" | "framework"; at: (string | number)[] }[][];
  gridLevels?: number[][];
}

const compiledCache = new WeakMap<ResolvedSweepSpec, Compiled>();

/** Latin hypercube designs by (seed, n, d, centered); kept small (a design is n × d numbers). */
const lhsCache = new Map<string, number[][]>();
const LHS_CACHE_SIZE = 4;

function lhsDesign(seed: number, n: number, d: number, centered: boolean): number[][] {
  const key = `${seed}:${n}:${d}:${centered}`;
  let design = lhsCache.get(key);
  if (!design) {
    design = latinHypercube(n, d, uniformRng(seed, LHS_STREAM), { centered });
    if (lhsCache.size >= LHS_CACHE_SIZE) lhsCache.delete(lhsCache.keys().next().value!);
    lhsCache.set(key, design);
  }
  return design;
}

/**
 * Map a unit coordinate u ∈ [0, 1) to a parameter value: uniform over the range (or its logarithm), uniform over the
 * whole numbers of the range when `integer`, or uniform over the listed values.
 */
export function parameterFromUnit(p: ResolvedParameter, u: number): number {
  if (p.values) return p.values[Math.min(p.values.length - 1, Math.floor(u * p.values.length))]!;
  const [lo, hi] = p.range!;
  if (p.integer) {
    const a = Math.ceil(lo);
    const b = Math.floor(hi);
    return Math.min(b, a + Math.floor(u * (b - a + 1)));
  }
  return p.scale === "log" ? Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo))) : lo + u * (hi - lo);
}

function compile(spec: ResolvedSweepSpec): Compiled {
  const cached = compiledCache.get(spec);
  if (cached) return cached;
  const fw: OutputFramework | undefined = spec.framework;
  const plan = compileOutputs(spec.outputs, spec.base.scenario, fw);
  const targets = spec.parameters.map((p, i) => {
    const r = resolveParameterPath(p.path, spec.base.scenario, spec.framework?.framework, ["parameters", i, "path"]);
    if (r.issues.length > 0) throw new Error(r.issues.map((x) => x.message).join("; "));
    const root =
      p.path === "framework" || p.path.startsWith("framework.") ? ("framework" as const) : ("scenario" as const);
    return r.targets.map((t) => ({ root, at: t.at }));
  });
  const c: Compiled = {
    n: cellCount(spec),
    plan,
    targets,
    ...(spec.sampling.method === "grid" ? { gridLevels: spec.parameters.map(parameterLevels) } : {}),
  };
  compiledCache.set(spec, c);
  return c;
}

/**
 * Parameter values of cell `index`, in parameter order.
 * @param spec resolved sweep spec
 * @param index cell index in [0, cellCount(spec))
 */
export function cellParameters(spec: ResolvedSweepSpec, index: number): number[] {
  const c = compile(spec);
  if (!Number.isInteger(index) || index < 0 || index >= c.n)
    throw new RangeError(`cell index ${index} is outside [0, ${c.n})`);
  const s = spec.sampling;
  switch (s.method) {
    case "grid": {
      const levels = c.gridLevels!;
      const idx = gridLevelIndices(
        levels.map((l) => l.length),
        index,
      );
      return idx.map((i, k) => levels[k]![i]!);
    }
    case "latin-hypercube": {
      const row = lhsDesign(spec.seed, s.n, spec.parameters.length, s.centered)[index]!;
      return spec.parameters.map((p, k) => parameterFromUnit(p, row[k]!));
    }
    case "sobol": {
      const u = sobolPoint(index, spec.parameters.length);
      return spec.parameters.map((p, k) => parameterFromUnit(p, u[k]!));
    }
  }
}

/**
 * Copy a document along the given paths only (copy-on-write): every list and mapping on the way to a target is
 * shallow-copied once, everything else is shared with the original. Cheaper than a deep clone per cell; safe because
 * the engine never modifies its input.
 */
function copyAlong<T>(doc: T, paths: readonly (readonly (string | number)[])[]): T {
  const shallow = (x: unknown): unknown => (Array.isArray(x) ? x.slice() : { ...(x as object) });
  const root = shallow(doc) as Record<string | number, unknown>;
  const fresh = new Set<unknown>([root]);
  for (const at of paths) {
    let node = root;
    for (let i = 0; i < at.length - 1; i++) {
      let child = node[at[i]!];
      if (!fresh.has(child)) {
        child = shallow(child);
        fresh.add(child);
        node[at[i]!] = child;
      }
      node = child as Record<string | number, unknown>;
    }
  }
  return root as T;
}

function setAt(doc: unknown, at: readonly (string | number)[], value: number, mode: "set" | "multiply"): void {
  let node = doc as Record<string | number, unknown>;
  for (let i = 0; i < at.length - 1; i++) node = node[at[i]!] as Record<string | number, unknown>;
  const key = at[at.length - 1]!;
  const current = node[key];
  node[key] = mode === "set" ? value : (typeof current === "number" ? current : 0) * value;
}

/**
 * The scenario (and framework) of cell `index`: the base with the cell's parameters applied and, when the spec's
 * framework says `comply`, every bound party brought into compliance. The base is never modified; the result shares
 * the parts no parameter touches with it.
 */
export function cellScenario(
  spec: ResolvedSweepSpec,
  index: number,
): { scenario: Scenario; framework?: OutputFramework; values: number[] } {
  const c = compile(spec);
  const values = cellParameters(spec, index);
  const paths = (root: "scenario" | "framework") =>
    c.targets
      .flat()
      .filter((t) => t.root === root)
      .map((t) => t.at);
  let scenario = copyAlong(spec.base.scenario, paths("scenario"));
  const framework: Framework | undefined = spec.framework
    ? copyAlong(spec.framework.framework, paths("framework"))
    : undefined;
  spec.parameters.forEach((p, k) => {
    for (const t of c.targets[k]!) setAt(t.root === "scenario" ? scenario : framework, t.at, values[k]!, p.mode);
  });
  const fw: OutputFramework | undefined = spec.framework && framework ? { ...spec.framework, framework } : undefined;
  if (fw?.comply) scenario = complyWithFramework(scenario, fw);
  return { scenario, values, ...(fw ? { framework: fw } : {}) };
}

/**
 * Compute cell `index` of a sweep: its parameters, its outputs and, with `samples` > 0, Monte Carlo bands.
 * @param spec resolved sweep spec (plain data; the same object may be reused across calls for speed)
 * @param index cell index in [0, cellCount(spec))
 */
export function runCell(spec: ResolvedSweepSpec, index: number): CellResult {
  const c = compile(spec);
  const { scenario, framework, values } = cellScenario(spec, index);
  const params: Record<string, number> = {};
  spec.parameters.forEach((p, k) => setOwn(params, p.name, values[k]!));
  const vals = c.plan.compute(scenario, framework);
  const outputs: Record<string, number> = {};
  spec.outputs.forEach((name, k) => setOwn(outputs, name, vals[k]!));
  const result: CellResult = { index, params, outputs };
  if (spec.samples > 0) {
    // The cell's ensemble is `evaluate --samples N --seed <cellSeed>` on the cell's scenario.
    const cellSeed = streamSeed(spec.seed, index);
    const columns = monteCarloColumns(scenario, spec.uncertainty, cellSeed, spec.samples, (s) =>
      c.plan.compute(s, framework),
    );
    const bands: Record<string, CellBand> = {};
    spec.outputs.forEach((name, k) => setOwn(bands, name, cellBand(columns[k]!)));
    result.bands = bands;
  }
  return result;
}

/**
 * Compute several cells in order: the transport-agnostic piece every runner (thread pool, browser Web Worker,
 * distributed worker) wraps.
 * @param spec resolved sweep spec
 * @param indices cell indices
 */
export function runChunk(spec: ResolvedSweepSpec, indices: Iterable<number>): CellResult[] {
  const out: CellResult[] = [];
  for (const i of indices) out.push(runCell(spec, i));
  return out;
}
