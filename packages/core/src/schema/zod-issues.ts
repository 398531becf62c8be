/**
 * Turn zod issues into our {@link Issue}s, with readable messages and "did you mean" hints for unknown keys.
 */
import type { z } from "zod";
import type { Issue } from "../_shared/issues.js";
import { MAX_ISSUES, moreIssues } from "./cap-issues.js";
import { closest } from "./suggest.js";

/** Minimal view of zod 4 schema internals, used to list the keys an object accepts at a path. */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  items?: z.ZodType[];
  in?: z.ZodType;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Find the object schemas a path can lead to (unions give several). */
function schemasAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let current: z.ZodType[] = [schema];
  const unwrap = (s: z.ZodType): z.ZodType[] => {
    const def = defOf(s);
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === "pipe" && def.in) return unwrap(def.in);
    if (def.options) return def.options.flatMap(unwrap);
    return [s];
  };
  current = current.flatMap(unwrap);
  for (const key of path) {
    const next: z.ZodType[] = [];
    for (const s of current) {
      const def = defOf(s);
      if (def.type === "object" && def.shape && typeof key === "string" && key in def.shape) next.push(def.shape[key]!);
      else if (def.type === "array" && def.element && typeof key === "number") next.push(def.element);
      else if (def.type === "tuple" && def.items && typeof key === "number" && def.items[key])
        next.push(def.items[key]);
      else if (def.type === "record" && def.valueType) next.push(def.valueType);
    }
    current = next.flatMap(unwrap);
  }
  return current;
}

/** List the values a discriminated union at `path` accepts for its discriminator `key`. */
export function discriminatorValues(schema: z.ZodType, path: readonly PropertyKey[], key: string): string[] {
  const values = new Set<string>();
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    const field = def.type === "object" && def.shape ? def.shape[key] : undefined;
    const lit = field ? (defOf(field) as { values?: unknown[] }).values : undefined;
    for (const v of lit ?? []) values.add(String(v));
  }
  return [...values];
}

/** List the keys accepted by the object schema(s) at a path. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    if (def.type === "object" && def.shape) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys];
}

function describeReceived(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "number" && Number.isNaN(input)) return "NaN";
  if (typeof input === "number" && !Number.isFinite(input)) return String(input);
  if (typeof input === "object") return "a mapping";
  if (typeof input === "string") return `the text "${input.length > 40 ? input.slice(0, 40) + "…" : input}"`;
  if (typeof input === "number" || typeof input === "boolean") return `${typeof input} ${input}`;
  return typeof input;
}

/**
 * Convert zod issues to {@link Issue}s. Unknown keys become one issue each, at the key itself, with a hint naming the
 * closest accepted key. At most `limit` issues are built (hints included); the rest are counted in one
 * `too_many_issues` issue, so the cost is O(limit) beyond zod's own list.
 * @param issues zod issues
 * @param schema the schema that produced them (for accepted keys and values)
 * @param limit most issues built, default {@link MAX_ISSUES}
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, limit = MAX_ISSUES): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  for (const zi of issues) {
    if (out.length >= limit) {
      omitted += zi.code === "unrecognized_keys" ? zi.keys.length : 1;
      continue;
    }
    const path = zi.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    if (zi.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, zi.path);
      for (const key of zi.keys) {
        if (out.length >= limit) {
          omitted++;
          continue;
        }
        const guess = closest(key, known);
        out.push({
          code: "unknown_field",
          path: [...path, key],
          message: `unknown field "${key}"`,
          ...(guess
            ? { hint: `did you mean "${guess}"?` }
            : known.length
              ? { hint: `allowed: ${known.join(", ")}` }
              : {}),
        });
      }
      continue;
    }
    let message = zi.message;
    const input = (zi as { input?: unknown }).input;
    if (zi.code === "invalid_type") {
      message =
        input === undefined
          ? `is required (${zi.expected})`
          : zi.expected === "int" && typeof input === "number" && Number.isFinite(input)
            ? `must be a whole number (a count), got ${input}`
            : `expected ${zi.expected}, got ${describeReceived(input)}`;
    } else if (zi.code === "invalid_value" && "values" in zi) {
      const values = zi.values.map(String);
      const guess = typeof input === "string" && !values.includes(input) ? closest(input, values) : undefined;
      out.push({
        code: "invalid_value",
        path,
        message: `${input === undefined ? "is required" : `got ${describeReceived(input)}`}; expected one of: ${values.join(", ")}`,
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
      continue;
    } else if (zi.code === "invalid_union" && "note" in zi && zi.note === "No matching discriminator") {
      const key = String((zi as { discriminator?: string }).discriminator ?? path[path.length - 1] ?? "type");
      const values = discriminatorValues(schema, zi.path.slice(0, -1), key);
      const given =
        input !== null && typeof input === "object" && !Array.isArray(input)
          ? (input as Record<string, unknown>)[key]
          : input;
      const guess = typeof given === "string" ? closest(given, values) : undefined;
      out.push({
        code: "invalid_value",
        path,
        message: `${given === undefined ? `"${key}" is required` : `unknown ${key}: ${describeReceived(given)}`}; expected one of: ${values.join(", ")}`,
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
      continue;
    }
    // Several checks can fail on one value (e.g. too big and not a safe integer): report the first only.
    const key = `${zi.code}\u0000${path.join("\u0000")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: zi.code, path, message });
  }
  if (omitted > 0) out.push(moreIssues(omitted));
  return out;
}
