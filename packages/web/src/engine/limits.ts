/**
 * Bounds of the workbench's engine inputs, inside the protocol's domains (`@seceq/core` `domains.ts`): the same seed
 * domain as the CLI and the API, and a lower Monte Carlo cap per slider move so the extras stay interactive.
 */
import { MAX_SAMPLES, MAX_SEED } from "@seceq/core";

/** Most Monte Carlo samples the workbench runs per change (the protocol allows up to `MAX_SAMPLES`). */
export const MAX_BROWSER_SAMPLES = Math.min(2000, MAX_SAMPLES);

export { MAX_SAMPLES, MAX_SEED };
