/**
 * Refuse `__proto__` as a key anywhere in a document. Parsers keep it as an ordinary key (YAML and `JSON.parse` both
 * make it an own property), but zod drops it silently from records (`perParty`, `fieldSources`, …) and plain
 * assignment would take it as a prototype, so a document that uses it is refused with its location.
 */
import type { Issue, IssuePath } from "../_shared/issues.js";

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
  const walk = (v: unknown, path: IssuePath): void => {
    if (out.length >= limit || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i]));
      return;
    }
    for (const k of Object.keys(v)) {
      if (out.length >= limit) return;
      if (k === RESERVED_KEY)
        out.push({
          code: "reserved_key",
          path: [...path, k],
          message: `"${RESERVED_KEY}" is not allowed as a key (it names the object prototype in JavaScript)`,
        });
      else walk((v as Record<string, unknown>)[k], [...path, k]);
    }
  };
  walk(data, []);
  return out;
}
