/**
 * Set a value at a dotted path in a scenario or framework: `parties.us.forces.mm3-w87.launchers.deployed`.
 *
 * Path grammar: segments separated by `.`. In a list whose items carry an `id`, a segment selects the item by id; in
 * other lists, by index (`distancesKm.0.km`). `*` selects every item of a list or every value of a mapping. The last
 * segment names a numeric field; it may be absent from the document only when the schema defines it (an optional
 * field). Unknown segments are reported as issues with the closest known name.
 */
import type { Issue, IssuePath } from "../_shared/issues.js";
import { closest } from "../schema/suggest.js";
import type { ParamMode } from "./sweep-spec.js";

/** One numeric field a path designates: the object holding it and its key. */
export interface ParamTarget {
  container: Record<string, unknown>;
  key: string;
  /** Path with list indices (for messages). */
  at: (string | number)[];
}

/** Options of {@link resolvePath}. */
export interface ResolvePathOptions {
  /** Keys the schema allows at a path (list indices included), used to accept absent optional fields and to hint. */
  knownKeys?: (at: readonly (string | number)[]) => string[];
  /** Where issues point (e.g. `["parameters", 2, "path"]`). Default `["path"]`. */
  issuePath?: IssuePath;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

function describe(x: unknown): string {
  if (Array.isArray(x)) return "a list";
  if (isObject(x)) return "a mapping";
  return typeof x === "string" ? `the text "${x}"` : `${typeof x} ${String(x)}`;
}

/**
 * Resolve a dotted path to the numeric fields it designates.
 * @param doc the document (a scenario or framework as plain data)
 * @param path dotted path, e.g. `parties.us.forces.*.reliability`
 * @returns the targets, or issues when the path does not lead to numbers
 */
export function resolvePath(
  doc: unknown,
  path: string,
  options: ResolvePathOptions = {},
): { targets: ParamTarget[]; issues: Issue[] } {
  const where = options.issuePath ?? ["path"];
  const fail = (message: string, hint?: string): { targets: ParamTarget[]; issues: Issue[] } => ({
    targets: [],
    issues: [{ code: "unknown_path", path: where, message, ...(hint ? { hint } : {}) }],
  });
  const segments = path.split(".");
  if (segments.some((s) => s === "")) return fail(`path "${path}" has an empty segment`);
  let nodes: { node: unknown; at: (string | number)[] }[] = [{ node: doc, at: [] }];
  for (let si = 0; si < segments.length - 1; si++) {
    const seg = segments[si]!;
    const shown = segments.slice(0, si).join(".") || "(root)";
    const next: typeof nodes = [];
    for (const { node, at } of nodes) {
      if (Array.isArray(node)) {
        const withIds = node.every((it) => isObject(it) && typeof it.id === "string");
        if (seg === "*") node.forEach((it, i) => next.push({ node: it, at: [...at, i] }));
        else if (withIds) {
          const i = node.findIndex((it) => (it as { id: string }).id === seg);
          if (i < 0) {
            const ids = node.map((it) => (it as { id: string }).id);
            const guess = closest(seg, ids);
            return fail(
              `no item with id "${seg}" under ${shown}; known: ${ids.join(", ") || "(none)"}`,
              guess ? `did you mean "${segments.slice(0, si).concat(guess).join(".")}"?` : undefined,
            );
          }
          next.push({ node: node[i], at: [...at, i] });
        } else if (/^\d+$/.test(seg) && Number(seg) < node.length)
          next.push({ node: node[Number(seg)], at: [...at, Number(seg)] });
        else return fail(`"${seg}" is not an index of ${shown} (a list of ${node.length})`);
      } else if (isObject(node)) {
        if (seg === "*") for (const [k, v] of Object.entries(node)) next.push({ node: v, at: [...at, k] });
        else if (Object.hasOwn(node, seg)) next.push({ node: node[seg], at: [...at, seg] });
        else {
          const keys = [...new Set([...Object.keys(node), ...(options.knownKeys?.(at) ?? [])])];
          const guess = closest(seg, keys);
          const inSchema = options.knownKeys?.(at).includes(seg);
          return fail(
            inSchema
              ? `${shown} has no "${seg}" in this document (it is optional and absent here)`
              : `unknown field "${seg}" under ${shown}`,
            guess && !inSchema ? `did you mean "${segments.slice(0, si).concat(guess).join(".")}"?` : undefined,
          );
        }
      } else return fail(`${shown} is ${describe(node)}; cannot look up "${seg}" in it`);
    }
    nodes = next;
  }
  const key = segments[segments.length - 1]!;
  if (key === "*") return fail("the last segment must name a field, not `*`");
  const targets: ParamTarget[] = [];
  for (const { node, at } of nodes) {
    const shown = at.length ? segments.slice(0, -1).join(".") : "(root)";
    if (!isObject(node)) return fail(`${shown} is ${describe(node)}, not a mapping with field "${key}"`);
    const value = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof value === "number") targets.push({ container: node, key, at: [...at, key] });
    else if (value === undefined) {
      const known = options.knownKeys?.(at) ?? [];
      if (known.includes(key)) targets.push({ container: node, key, at: [...at, key] });
      else {
        const guess = closest(key, [...new Set([...Object.keys(node), ...known])]);
        return fail(
          `unknown field "${key}" under ${shown}`,
          guess ? `did you mean "${segments.slice(0, -1).concat(guess).join(".")}"?` : undefined,
        );
      }
    } else return fail(`${path} is ${describe(value)}, not a number`);
  }
  if (targets.length === 0) return fail(`path "${path}" matches nothing`);
  return { targets, issues: [] };
}

/**
 * Apply a value to resolved targets.
 * @param targets from {@link resolvePath}
 * @param value the parameter value
 * @param mode `set` replaces; `multiply` scales the current value (an absent field counts as 0)
 */
export function applyToTargets(targets: readonly ParamTarget[], value: number, mode: ParamMode): void {
  for (const t of targets) {
    const current = t.container[t.key];
    t.container[t.key] = mode === "set" ? value : (typeof current === "number" ? current : 0) * value;
  }
}

/**
 * Set a value at a path of a document in place; throws when the path does not resolve.
 * @param doc document to modify
 * @param path dotted path
 * @param value value to apply
 * @param mode `set` (default) or `multiply`
 */
export function applyParam(
  doc: unknown,
  path: string,
  value: number,
  mode: ParamMode = "set",
  options: ResolvePathOptions = {},
): void {
  const r = resolvePath(doc, path, options);
  if (r.issues.length > 0) throw new Error(r.issues.map((i) => i.message + (i.hint ? ` (${i.hint})` : "")).join("; "));
  applyToTargets(r.targets, value, mode);
}
