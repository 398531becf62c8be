/**
 * Canonical JSON: one serialisation of plain data whatever the order its object keys were written in, the input of
 * content hashes (saved scenarios in the store, sweep ids in the runners).
 */
import { nullRecord } from "./own-keys.js";

/**
 * Serialise plain JSON data canonically: object keys in code-point order, no whitespace, `undefined` members
 * dropped (as `JSON.stringify` does). Throws on values JSON cannot carry (BigInt, cycles).
 * @param value plain data (objects, arrays, strings, finite numbers, booleans, null)
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    // Null prototype: a `__proto__` key is kept as data, not taken as the prototype (and dropped from the hash).
    const sorted = nullRecord<unknown>();
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
