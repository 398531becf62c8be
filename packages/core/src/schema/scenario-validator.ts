/**
 * Validation of a stream of scenario documents in which each document is a path copy of the one before: an edit
 * copies the objects on the path to what it changed and keeps every other object (the workbench's documents are
 * built this way, and its worker rebuilds them so from patches). A slider step then changes one number of one force
 * element, and validating the whole document again (about 2.5 ms for the default preset, most of it in the schema
 * parse) is most of the work the step needs before the engine runs.
 *
 * {@link ScenarioValidator} finds what changed by object identity ({@link docPatches}) and, when every change is a scalar inside a part
 * with a schema of its own (a force element, a defence layer, a party's value targets, the assumptions) of a valid
 * previous document, parses only those parts, puts them into a path copy of the previous result, and runs the
 * whole-document cross-checks on it. Anything else (a change elsewhere, a new key, a part added or removed, an object
 * value, a part that fails its schema, an invalid previous document) falls back to {@link validateScenario}. The result equals `validateScenario`'s for the
 * same document (the differential test `scenario-validator.test.ts` holds it to deep equality), and its unchanged
 * parts are the previous result's objects (so the engine's identity-keyed caches hit for them).
 *
 * Contract: a document passed once must not be modified afterwards (its objects are compared by identity).
 */
import type { Issue } from "../_shared/issues.js";
import { capIssues } from "./cap-issues.js";
import { crossCheckScenario } from "./cross-checks.js";
import type { LoadResult } from "./load.js";
import { Assumptions, DefenseLayer, ForceElement, ValueTargets, type Scenario } from "./scenario.js";
import { validateScenario } from "./validate-scenario.js";
import { docPatches } from "../_shared/doc-patches.js";

/** More changed scalars than this and the whole document is validated. */
export const MAX_INCREMENTAL_CHANGES = 64;

/** A part of the document with a schema of its own that holds changes: its path and schema. */
interface Unit {
  path: readonly (string | number)[];
  schema: { safeParse(x: unknown): { success: true; data: unknown } | { success: false } };
}

type Plain = Record<string | number, unknown>;

function isScalar(x: unknown): boolean {
  return x === null || (typeof x !== "object" && typeof x !== "function");
}

/** Whether `path` names an own key (or index) of both documents holding a scalar in each: a scalar replaced. */
function scalarInBoth(a: unknown, b: unknown, path: readonly (string | number)[]): boolean {
  let x = a;
  let y = b;
  for (const k of path) {
    if (typeof x !== "object" || x === null || typeof y !== "object" || y === null) return false;
    if (!Object.hasOwn(x, k) || !Object.hasOwn(y, k)) return false;
    x = (x as Plain)[k];
    y = (y as Plain)[k];
  }
  return isScalar(x) && isScalar(y);
}

/** The part a changed path lies inside, or undefined when it lies elsewhere. */
function unitOf(path: readonly (string | number)[]): Unit | undefined {
  const [root, party, key, index] = path;
  if (root === "assumptions" && path.length >= 2) return { path: ["assumptions"], schema: Assumptions };
  if (root !== "parties" || typeof party !== "number") return undefined;
  if (key === "value" && path.length >= 4) return { path: ["parties", party, "value"], schema: ValueTargets };
  if (typeof index !== "number" || path.length < 5) return undefined;
  if (key === "forces") return { path: ["parties", party, key, index], schema: ForceElement };
  if (key === "defenses") return { path: ["parties", party, key, index], schema: DefenseLayer };
  return undefined;
}

/** `root` with `value` at `path`, copying the containers on the path (once each: `copied` holds the copies). */
function putAt(root: unknown, path: readonly (string | number)[], value: unknown, copied: Set<unknown>): unknown {
  if (path.length === 0) return value;
  const own = (x: unknown): Record<string | number, unknown> => {
    if (copied.has(x)) return x as Record<string | number, unknown>;
    const c = Array.isArray(x) ? x.slice() : { ...(x as Plain) };
    copied.add(c);
    return c as Record<string | number, unknown>;
  };
  const out = own(root);
  let at = out;
  for (let i = 0; i < path.length - 1; i++) at = at[path[i]!] = own(at[path[i]!]);
  at[path[path.length - 1]!] = value;
  return out;
}

/** Validates a stream of path-copied scenario documents, re-parsing only the parts an edit changed. */
export class ScenarioValidator {
  #input: unknown;
  #result: LoadResult<Scenario> | undefined;
  /**
   * Documents answered with the previous result (the same document, or one equal to it), validated in part (only their
   * changed parts parsed) and in whole, for tests and benchmarks.
   */
  readonly stats = { same: 0, partial: 0, whole: 0 };

  /**
   * Validate a scenario document; equal to {@link validateScenario} of it.
   * @param input the document (plain data), not to be modified afterwards
   */
  validate(input: unknown): LoadResult<Scenario> {
    const result = this.#partial(input) ?? this.#whole(input);
    this.#input = input;
    this.#result = result;
    return result;
  }

  #whole(input: unknown): LoadResult<Scenario> {
    this.stats.whole++;
    return validateScenario(input);
  }

  #partial(input: unknown): LoadResult<Scenario> | undefined {
    const previous = this.#result;
    if (!previous) return undefined;
    const changes = input === this.#input ? [] : docPatches(this.#input, input, MAX_INCREMENTAL_CHANGES);
    if (!changes) return undefined;
    // An equal document (the same one, or a copy sent whole) has the same result.
    if (changes.length === 0) {
      this.stats.same++;
      return previous;
    }
    const before = previous.value;
    if (!before || previous.issues.some((i) => (i.severity ?? "error") === "error")) return undefined;
    const units = new Map<string, Unit>();
    for (const { path } of changes) {
      // Only a scalar replaced by a scalar: a key added or removed, an array resized or a value changing type goes whole.
      if (!scalarInBoth(this.#input, input, path)) return undefined;
      const u = unitOf(path);
      if (!u) return undefined;
      units.set(u.path.join("/"), u);
    }
    let value: unknown = before;
    const copied = new Set<unknown>();
    for (const u of units.values()) {
      const raw = u.path.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], input);
      const parsed = u.schema.safeParse(raw);
      if (!parsed.success) return undefined;
      value = putAt(value, u.path, parsed.data, copied);
    }
    this.stats.partial++;
    const scenario = value as Scenario;
    const issues: Issue[] = capIssues(crossCheckScenario(scenario));
    return issues.some((i) => (i.severity ?? "error") === "error") ? { issues } : { value: scenario, issues };
  }
}
