/**
 * Sweep identity: a content hash of the resolved spec and the engine version, so that running the same spec again
 * resumes the same sweep (in the store and in the job queue), and a changed spec or engine starts a new one.
 */
import { createHash } from "node:crypto";
import { ENGINE_VERSION, nullRecord, type ResolvedSweepSpec } from "@seceq/core";

/** Serialise plain data with object keys sorted (so key order never changes the hash). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    // Null prototype: a `__proto__` key (a parameter name may be one) stays data and counts in the hash.
    const out = nullRecord<unknown>();
    for (const k of Object.keys(v).sort()) out[k] = (v as Record<string, unknown>)[k];
    return out;
  });
}

/**
 * Id of a sweep: `<spec id>-<16 hex digits>` (or just the digits when the spec has no id), the digits being the start
 * of SHA-256 over the canonical JSON of the engine version and the resolved spec.
 * @param spec resolved sweep spec
 */
export function sweepIdOf(spec: ResolvedSweepSpec): string {
  const hash = createHash("sha256")
    .update(canonical({ engine: ENGINE_VERSION, spec }), "utf8")
    .digest("hex")
    .slice(0, 16);
  return spec.id !== undefined ? `${spec.id}-${hash}` : hash;
}
