/**
 * "No limits": the world after New START expired on 5 Feb 2026, with no follow-on agreement ([new-start-2010]).
 */
import { FRAMEWORK_SCHEMA_VERSION, type Framework } from "../framework-schema.js";

/** The no-limits rule pack, as a framework (valid and in canonical form: `rule-packs/index.test.ts`). */
export const NONE: Framework = {
  schemaVersion: FRAMEWORK_SCHEMA_VERSION,
  id: "none",
  name: "No limits (after 5 Feb 2026)",
  description:
    "No numerical limits on US or Russian strategic forces: New START expired on 5 Feb 2026 and no source reports a " +
    "new agreement. Use it as the baseline against which user frameworks are compared.",
  citation: "[new-start-2010] (New START expiry; US decision of 5–6 Feb 2026 not to extend)",
  inForce: { from: "2026-02-05" },
  events: [
    {
      date: "2026-02-05",
      kind: "expiry",
      description: "New START expired",
      citation: "New START Art. XIV, as extended",
    },
    {
      date: "2026-02-06",
      kind: "statement",
      party: "us",
      description:
        "the US declined to extend the limits and proposed a new, 'modernized' treaty, possibly including China",
      citation: "geo.tv, Kyiv Independent, 5–6 Feb 2026 [new-start-2010]",
    },
  ],
  limits: [],
};
