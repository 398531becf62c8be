/**
 * Refuse `__proto__` as a key anywhere in a document. Parsers keep it as an ordinary key (YAML and `JSON.parse` both
 * make it an own property), but zod drops it silently from records (`perParty`, `fieldSources`, …) and plain
 * assignment would take it as a prototype, so a document that uses it is refused with its location.
 */
import type { Issue } from "../_shared/issues.js";

/** The key refused in every document. */
export const RESERVED_KEY = "__proto__";

/**
 * Find every `__proto__` key in plain data (own properties only), outermost first.
 * @param data parsed document (plain objects and arrays)
 * @param limit stop after this many issues (default 50)
 * @returns one `reserved_key` issue per occurrence, at the key's path
 */
export function findReservedKeys(data: unknown, limit = 50): Issue[] {
  const out: Issue[] = [];
  // One path stack, copied only for a hit: a document holds thousands of keys, none of them reserved as a rule.
  const path: (string | number)[] = [];
  const walk = (v: unknown): void => {
    if (out.length >= limit || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x === null || typeof x !== "object") continue;
        path.push(i);
        walk(x);
        path.pop();
      }
      return;
    }
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      if (out.length >= limit) return;
      const k = keys[i]!;
      if (k === RESERVED_KEY)
        out.push({
          code: "reserved_key",
          path: [...path, k],
          message: `"${RESERVED_KEY}" is not allowed as a key (it names the object prototype in JavaScript)`,
        });
      else {
        const x = (v as Record<string, unknown>)[k];
        if (x === null || typeof x !== "object") continue;
        path.push(k);
        walk(x);
        path.pop();
      }
    }
  };
  walk(data);
  return out;
}
