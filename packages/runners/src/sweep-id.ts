/**
 * Sweep identity: a content hash of the resolved spec and the engine version, so that running the same spec again
 * resumes the same sweep (in the store and in the job queue), and a changed spec or engine starts a new one.
 */
import { createHash } from "node:crypto";
import { canonicalJson, ENGINE_VERSION, type ResolvedSweepSpec } from "@seceq/core";

/**
 * Id of a sweep: `<spec id>-<16 hex digits>` (or just the digits when the spec has no id), the digits being the start
 * of SHA-256 over the canonical JSON of the engine version and the resolved spec.
 * @param spec resolved sweep spec
 */
export function sweepIdOf(spec: ResolvedSweepSpec): string {
  const hash = createHash("sha256")
    .update(canonicalJson({ engine: ENGINE_VERSION, spec }), "utf8")
    .digest("hex")
    .slice(0, 16);
  return spec.id !== undefined ? `${spec.id}-${hash}` : hash;
}
