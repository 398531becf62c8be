/**
 * Load and resolve sweep specs: parse YAML/JSON with located issues, resolve the base preset and the framework,
 * check every parameter path, range and output name against the resolved scenario, and decide each parameter's
 * name and rounding. The result is a self-contained {@link ResolvedSweepSpec}.
 */
import type { Issue } from "../_shared/issues.js";
import { hasErrors } from "../_shared/issues.js";
import { loadDocument, type LoadResult } from "../schema/load.js";
import { crossCheckScenario } from "../schema/cross-checks.js";
import { Scenario } from "../schema/scenario.js";
import { closest } from "../schema/suggest.js";
import { validateScenario } from "../schema/validate-scenario.js";
import { knownKeysAt } from "../schema/zod-issues.js";
import { DEFAULT_UNCERTAINTY } from "../evaluate/uncertainty.js";
import { Framework } from "../treaty/framework-schema.js";
import { crossCheckFramework, validateFramework } from "../treaty/load-framework.js";
import { getRulePack, RULE_PACK_IDS } from "../treaty/rule-packs/index.js";
import { SOBOL_MAX_DIMENSIONS } from "../sampling/sobol.js";
import { applyToTargets, resolvePath, type ParamTarget } from "./apply-params.js";
import { checkOutputs } from "./outputs.js";
import {
  cellCount,
  MAX_SWEEP_CELLS,
  SweepSpec,
  type ResolvedParameter,
  type ResolvedSweepSpec,
  type SweepParameter,
} from "./sweep-spec.js";

/** Look up a preset scenario by id (e.g. `getPreset` from `@seceq/data`, returning undefined when unknown). */
export type PresetResolver = (id: string) => Scenario | undefined;

/** Options of {@link resolveSweepSpec} and {@link loadSweepSpec}. */
export interface ResolveSweepOptions {
  /** Resolves `base.preset`. Without it, only inline scenarios are accepted. */
  resolvePreset?: PresetResolver;
  /** Known preset ids, for "did you mean" hints. */
  presetIds?: readonly string[];
}

const prefix = (issues: readonly Issue[], at: (string | number)[]): Issue[] =>
  issues.map((i) => ({ ...i, path: [...at, ...i.path] }));

/** Which document a parameter path addresses. */
function rootOf(path: string): "framework" | "scenario" {
  return path === "framework" || path.startsWith("framework.") ? "framework" : "scenario";
}

/** Resolve a parameter's path on the document it addresses. */
export function resolveParameterPath(
  path: string,
  scenario: unknown,
  framework: unknown,
  issuePath: (string | number)[],
): { targets: ParamTarget[]; issues: Issue[] } {
  if (rootOf(path) === "framework") {
    if (framework === undefined)
      return {
        targets: [],
        issues: [
          {
            code: "unknown_path",
            path: issuePath,
            message: "a framework path needs `framework: {id: ...}` in the spec",
          },
        ],
      };
    return resolvePath(framework, path.slice("framework.".length), {
      issuePath,
      knownKeys: (at) => knownKeysAt(Framework, at),
    });
  }
  return resolvePath(scenario, path, { issuePath, knownKeys: (at) => knownKeysAt(Scenario, at) });
}

/** The values a parameter spans: its range ends or its lowest and highest listed value. */
function extremes(p: SweepParameter): [number, number] {
  if (p.range) return p.range;
  const v = p.values!;
  return [Math.min(...v), Math.max(...v)];
}

/** Errors (not warnings) from validating a document with one parameter applied. */
function errorsWith(p: SweepParameter, value: number, scenario: Scenario, framework: Framework | undefined): Issue[] {
  const s = structuredClone(scenario);
  const f = framework ? structuredClone(framework) : undefined;
  const r = resolveParameterPath(p.path, s, f, []);
  if (r.issues.length > 0) return r.issues;
  applyToTargets(r.targets, value, p.mode);
  const result = rootOf(p.path) === "framework" ? validateFramework(f) : validateScenario(s);
  return result.issues.filter((i) => (i.severity ?? "error") === "error");
}

/**
 * Decide whether the schema wants whole numbers at a parameter's path: a half-integer inside the range is refused
 * while the range's own ends are accepted.
 */
function wantsInteger(p: SweepParameter, scenario: Scenario, framework: Framework | undefined): boolean {
  if (!p.range || p.range[0] === p.range[1] || p.mode === "multiply") return false;
  const [lo, hi] = p.range;
  const mid = Math.floor((lo + hi) / 2) + 0.5;
  const probe = mid <= hi ? mid : lo + 0.5;
  if (probe > hi) return false;
  return errorsWith(p, probe, scenario, framework).length > 0;
}

/**
 * Resolve a validated spec: base scenario, framework, parameter names and rounding, uncertainty; check paths, ranges
 * and outputs. Every problem is returned at once, with paths into the spec.
 * @param spec a spec that passed the {@link SweepSpec} schema
 * @param options preset resolver and known preset ids
 */
export function resolveSweepSpec(spec: SweepSpec, options: ResolveSweepOptions = {}): LoadResult<ResolvedSweepSpec> {
  const issues: Issue[] = [];

  // Base scenario.
  let scenario: Scenario | undefined;
  if (spec.base.scenario) {
    const cross = prefix(crossCheckScenario(spec.base.scenario), ["base", "scenario"]);
    issues.push(...cross);
    if (!hasErrors(cross)) scenario = spec.base.scenario;
  } else if (spec.base.preset !== undefined) {
    const id = spec.base.preset;
    scenario = options.resolvePreset?.(id);
    if (!scenario) {
      const known = options.presetIds ?? [];
      const guess = closest(id, known);
      issues.push({
        code: "unknown_preset",
        path: ["base", "preset"],
        message: options.resolvePreset
          ? `unknown preset "${id}"; known: ${known.join(", ") || "(none)"}`
          : "presets are not available here; give the scenario inline (`base: {scenario: ...}`)",
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
    }
  }

  // Framework.
  let framework: Framework | undefined;
  if (spec.framework?.id !== undefined) {
    framework = getRulePack(spec.framework.id);
    if (!framework) {
      const guess = closest(spec.framework.id, RULE_PACK_IDS);
      issues.push({
        code: "unknown_framework",
        path: ["framework", "id"],
        message: `unknown rule pack "${spec.framework.id}"; known: ${RULE_PACK_IDS.join(", ")} (or write it under \`inline\`)`,
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
    }
  } else if (spec.framework?.inline) {
    const cross = prefix(crossCheckFramework(spec.framework.inline), ["framework", "inline"]);
    issues.push(...cross);
    if (!hasErrors(cross)) framework = spec.framework.inline;
  }
  if (!scenario || (spec.framework && !framework)) return { issues };

  // Parameters.
  const parameters: ResolvedParameter[] = [];
  const names = new Map<string, number>();
  spec.parameters.forEach((p, i) => {
    const at = ["parameters", i];
    const r = resolveParameterPath(p.path, structuredClone(scenario), framework && structuredClone(framework), [
      ...at,
      "path",
    ]);
    if (r.issues.length > 0) {
      issues.push(...r.issues);
      return;
    }
    if (p.mode === "multiply" && r.targets.some((t) => typeof t.container[t.key] !== "number"))
      issues.push({
        code: "invalid_sweep",
        path: [...at, "mode"],
        message: `multiply needs a value at ${p.path}; it is absent`,
      });
    const name = p.name ?? p.path;
    const first = names.get(name);
    if (first !== undefined)
      issues.push({
        code: "duplicate_name",
        path: [...at, p.name !== undefined ? "name" : "path"],
        message: `parameter name "${name}" is already used by parameters[${first}]; give one a \`name\``,
      });
    names.set(name, i);
    const integer = p.integer ?? wantsInteger(p, scenario, framework);
    let [lo, hi] = extremes(p);
    if (integer && p.range) {
      [lo, hi] = [Math.ceil(lo), Math.floor(hi)];
      if (lo > hi)
        issues.push({
          code: "invalid_range",
          path: [...at, "range"],
          message: `whole-number parameter: [${p.range[0]}, ${p.range[1]}] holds no whole number`,
        });
    }
    if (lo <= hi)
      for (const v of new Set([lo, hi])) {
        const errs = errorsWith(p, v, scenario, framework);
        if (errs.length > 0)
          issues.push({
            code: "invalid_range",
            path: [...at, p.range ? "range" : "values"],
            message: `${p.mode === "multiply" ? "factor" : "value"} ${v} at ${p.path} makes the ${rootOf(p.path)} invalid: ${errs[0]!.message}`,
          });
      }
    const { name: _n, integer: _i, ...rest } = p;
    parameters.push({ ...rest, name, integer });
  });

  // Outputs.
  const fw = framework
    ? { framework, comply: spec.framework!.comply, ...(spec.framework!.date ? { date: spec.framework!.date } : {}) }
    : undefined;
  issues.push(...checkOutputs(spec.outputs, scenario, fw));

  // Sampling.
  if (spec.sampling.method === "sobol" && spec.parameters.length > SOBOL_MAX_DIMENSIONS)
    issues.push({
      code: "invalid_sweep",
      path: ["sampling", "method"],
      message: `Sobol' sampling supports at most ${SOBOL_MAX_DIMENSIONS} parameters; this sweep has ${spec.parameters.length}`,
    });
  if (hasErrors(issues)) return { issues };
  const n = cellCount({ parameters, sampling: spec.sampling });
  if (n > MAX_SWEEP_CELLS)
    issues.push({
      code: "too_many_cells",
      path: ["parameters"],
      message: `the grid has ${n.toLocaleString("en-US")} cells; the limit is ${MAX_SWEEP_CELLS.toLocaleString("en-US")} (use fewer levels or sampling: latin-hypercube)`,
    });
  if (hasErrors(issues)) return { issues };

  const resolved: ResolvedSweepSpec = {
    sweepVersion: spec.sweepVersion,
    ...(spec.id !== undefined ? { id: spec.id } : {}),
    ...(spec.name !== undefined ? { name: spec.name } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    base: { scenario, ...(spec.base.preset !== undefined ? { preset: spec.base.preset } : {}) },
    ...(fw ? { framework: fw } : {}),
    parameters,
    sampling: spec.sampling,
    seed: spec.seed,
    outputs: spec.outputs,
    samples: spec.samples,
    uncertainty:
      spec.uncertainty ?? (scenario.uncertainty.length > 0 ? scenario.uncertainty : [...DEFAULT_UNCERTAINTY]),
  };
  return { value: resolved, issues };
}

/** Options of {@link loadSweepSpec}. */
export interface LoadSweepOptions extends ResolveSweepOptions {
  /** File name used in issues. */
  file?: string;
}

/**
 * Load a sweep spec from YAML or JSON text and resolve it; every issue carries `file:line:col`.
 * @param text the spec text
 * @param options file name, preset resolver and known preset ids
 */
export function loadSweepSpec(text: string, options: LoadSweepOptions = {}): LoadResult<ResolvedSweepSpec> {
  let resolved: ResolvedSweepSpec | undefined;
  const r = loadDocument(text, SweepSpec, {
    ...(options.file !== undefined ? { file: options.file } : {}),
    crossCheck: (spec) => {
      const res = resolveSweepSpec(spec, options);
      resolved = res.value;
      return res.issues;
    },
  });
  return r.value && resolved ? { value: resolved, issues: r.issues } : { issues: r.issues };
}
