/**
 * Content hashes of JSON documents: SHA-256 over a canonical serialisation (object keys sorted, no whitespace), so
 * the same scenario written with keys in another order, or re-parsed from YAML, hashes the same.
 */
import { createHash } from "node:crypto";
import { nullRecord } from "@seceq/core";

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

/**
 * Hash a JSON document: lower-case hex SHA-256 (64 characters) of {@link canonicalJson}.
 * @param value plain data
 */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}
