/**
 * Content hashes of JSON documents: SHA-256 over a canonical serialisation (object keys sorted, no whitespace), so
 * the same scenario written with keys in another order, or re-parsed from YAML, hashes the same.
 */
import { createHash } from "node:crypto";
import { canonicalJson } from "@seceq/core";

/** The canonical serialisation hashed here (core's; re-exported for the store's callers). */
export { canonicalJson };

/**
 * Hash a JSON document: lower-case hex SHA-256 (64 characters) of {@link canonicalJson}.
 * @param value plain data
 */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}
