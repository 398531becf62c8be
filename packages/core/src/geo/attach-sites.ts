/**
 * Attach force sites, kept in a separate table keyed by party id and element id, to a scenario document. Every
 * problem is returned at once, located at `sites.<party>.<element>[i]`: a party or element the scenario does not
 * have, coordinates out of range, shares that do not sum to 1.
 */
import type { Issue } from "../_shared/issues.js";
import type { ScenarioInput } from "../schema/scenario.js";
import { SITE_SHARE_TOLERANCE } from "../schema/value-model.js";
import type { Site } from "./types.js";

/** Sites keyed by party id, then element id (defence-layer ids are accepted and skipped: layers have no basing). */
export type SiteTable = Readonly<Record<string, Readonly<Record<string, readonly Site[]>>>>;

/**
 * Return a copy of the scenario document with `basing.sites` set on every element the table lists.
 * @param input scenario document (not modified)
 * @param sites sites by party and element
 * @param options `skipUnknownElements`: skip (instead of refusing) elements the party lacks, for a site table shared
 *   by several scenarios; unknown parties are always refused
 * @returns the document and the issues (the document is returned only when there are no errors)
 */
export function attachSites(
  input: ScenarioInput,
  sites: SiteTable,
  options: { skipUnknownElements?: boolean } = {},
): { value?: ScenarioInput; issues: Issue[] } {
  const issues: Issue[] = [];
  const out = structuredClone(input);
  for (const [partyId, elements] of Object.entries(sites)) {
    const party = out.parties.find((p) => p.id === partyId);
    if (!party) {
      issues.push({
        code: "unknown_reference",
        path: ["sites", partyId],
        message: `sites for party "${partyId}", which the scenario does not have (${out.parties.map((p) => p.id).join(", ")})`,
      });
      continue;
    }
    for (const [elementId, list] of Object.entries(elements)) {
      const at = ["sites", partyId, elementId];
      const element = party.forces.find((f) => f.id === elementId);
      if (!element) {
        if (options.skipUnknownElements || (party.defenses ?? []).some((d) => d.id === elementId)) continue;
        issues.push({
          code: "unknown_reference",
          path: at,
          message: `sites for element "${elementId}", which party "${partyId}" does not have`,
        });
        continue;
      }
      list.forEach((s, i) => {
        if (!(s.latDeg >= -90 && s.latDeg <= 90))
          issues.push({
            code: "invalid_data",
            path: [...at, i, "latDeg"],
            message: `latitude ${s.latDeg} is outside [−90, 90]`,
          });
        if (!(s.lonDeg >= -180 && s.lonDeg <= 180))
          issues.push({
            code: "invalid_data",
            path: [...at, i, "lonDeg"],
            message: `longitude ${s.lonDeg} is outside [−180, 180]`,
          });
        if (!(s.share >= 0 && s.share <= 1))
          issues.push({
            code: "invalid_data",
            path: [...at, i, "share"],
            message: `share ${s.share} is outside [0, 1]`,
          });
      });
      const sum = list.reduce((t, s) => t + s.share, 0);
      if (list.length === 0 || Math.abs(sum - 1) > SITE_SHARE_TOLERANCE)
        issues.push({
          code: "inconsistent",
          path: at,
          message: `site shares sum to ${sum.toPrecision(6)}; they must sum to 1`,
        });
      element.basing.sites = list.map((s) => structuredClone(s));
    }
  }
  return issues.length > 0 ? { issues } : { value: out, issues };
}
