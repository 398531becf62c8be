/**
 * Built-in negotiation spaces, one per preset they suit. Each is a plain {@link NegotiationSpecInput}: print it,
 * edit it, and pass it back as a file.
 */
import type { NegotiationSpecInput } from "./negotiation-spec.js";
import { getOwn } from "../_shared/own-keys.js";

const STRATEGIC = ["icbm-silo", "icbm-mobile", "slbm", "bomber"] as const;

/**
 * `us-russia-2026`: a small symmetric space around New START's central limits, counted by its rules:
 * - `warheads`: deployed strategic warheads (New START counting: RVs on deployed ICBMs and SLBMs, one per deployed
 *   nuclear bomber), 800–1,550 in steps of 25;
 * - `launchers`: deployed ICBMs, SLBMs and heavy bombers, 400–700 in steps of 10;
 * - `icbm-mirv`: warheads per deployed ICBM, 1–4.
 * Parity tolerance 0.1 on deliverable warheads; 32 Latin-hypercube points and three refinement runs of 24
 * evaluations (seed 1).
 */
export const US_RUSSIA_2026_SPACE = {
  id: "us-russia-2026-ceilings",
  name: "US–Russia central limits after New START",
  description:
    "Symmetric ceilings on deployed strategic warheads and launchers (New START counting) and a cap on warheads per ICBM.",
  base: { preset: "us-russia-2026" },
  parties: ["us", "ru"],
  dimensions: [
    {
      id: "warheads",
      name: "deployed strategic warheads",
      limit: {
        quantity: "warheads",
        rule: "new-start-warheads",
        selector: { categories: [...STRATEGIC] },
        citation: "New START Art. II.1(b) limit, counted by its Art. III.2 rules; ceiling searched",
      },
      range: [800, 1550],
      step: 25,
    },
    {
      id: "launchers",
      name: "deployed ICBMs, SLBMs and heavy bombers",
      limit: {
        quantity: "deployed-launchers",
        rule: "new-start-launchers",
        selector: { categories: [...STRATEGIC] },
        citation: "New START Art. II.1(a) limit; ceiling searched",
      },
      range: [400, 700],
      step: 10,
    },
    {
      id: "icbm-mirv",
      name: "warheads per deployed ICBM",
      warheadsPerLauncher: { selector: { categories: ["icbm-silo", "icbm-mobile"] } },
      range: [1, 4],
      step: 1,
    },
  ],
  tolerances: { parity: 0.1, stability: 0.01, retaliation: 0.02 },
  sampling: "latin-hypercube",
  samples: 32,
  refine: { starts: 3, iterations: 24 },
  seed: 1,
} satisfies NegotiationSpecInput;

const SPACES: Readonly<Record<string, NegotiationSpecInput>> = {
  "us-russia-2026": US_RUSSIA_2026_SPACE,
};

/** Ids of the presets that have a built-in negotiation space. */
export const BUILTIN_NEGOTIATION_PRESETS: readonly string[] = Object.keys(SPACES);

/**
 * The built-in negotiation space of a preset (a fresh copy), or undefined when it has none.
 * @param presetId preset id, e.g. `us-russia-2026`
 */
export function builtinNegotiationSpace(presetId: string): NegotiationSpecInput | undefined {
  const s = getOwn(SPACES, presetId);
  return s ? structuredClone(s) : undefined;
}
