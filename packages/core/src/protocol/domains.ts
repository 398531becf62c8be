/**
 * The one domain of the numbers every interface passes to the engine: Monte Carlo seeds and samples, time budgets
 * and crisis lengths. The HTTP API, the CLI options, the web editor and the sweep and negotiation specs all take
 * their bounds from here, so a seed accepted by one interface can be re-run by every other.
 */
import { z } from "zod";

/** Largest Monte Carlo seed: seeds are unsigned 32-bit integers, 0 … 2³² − 1. */
export const MAX_SEED = 4_294_967_295;

/** Default Monte Carlo seed. */
export const DEFAULT_SEED = 1;

/**
 * Largest Monte Carlo sample count any interface accepts (samples per evaluation, per sweep cell, per negotiation
 * search). A server may run fewer per request (its own limit, refused with 422), the browser workbench fewer per
 * slider move; the domain is the same everywhere.
 */
export const MAX_SAMPLES = 100_000;

/** Largest time budget, ms (one day). */
export const MAX_BUDGET_MS = 86_400_000;

/** Largest crisis length, days. */
export const MAX_CRISIS_DAYS = 365;

/** Default crisis length, days. */
export const DEFAULT_CRISIS_DAYS = 14;

/** A Monte Carlo seed: an integer 0 … {@link MAX_SEED}. */
export const Seed = z
  .number()
  .int("must be a whole number")
  .min(0, "must be at least 0")
  .max(MAX_SEED, `must be at most ${MAX_SEED}`)
  .describe(`Monte Carlo seed, an integer 0–${MAX_SEED} (default ${DEFAULT_SEED})`);

/** Monte Carlo samples: an integer 0 … {@link MAX_SAMPLES}; 0 means deterministic expected values only. */
export const Samples = z
  .number()
  .int("must be a whole number")
  .min(0, "must be at least 0")
  .max(MAX_SAMPLES, `must be at most ${MAX_SAMPLES}`)
  .describe(`Monte Carlo samples, 0–${MAX_SAMPLES} (default 0: deterministic expected values only)`);

/** A time budget, ms: an integer 1 … {@link MAX_BUDGET_MS}. */
export const BudgetMs = z
  .number()
  .int("must be a whole number of milliseconds")
  .min(1, "must be at least 1 ms")
  .max(MAX_BUDGET_MS, `must be at most ${MAX_BUDGET_MS} ms`)
  .describe("time budget, ms; work not done by then stops with an over-budget error");

/** Last day of a crisis timeline: an integer 0 … {@link MAX_CRISIS_DAYS}. */
export const CrisisDays = z
  .number()
  .int("must be a whole number of days")
  .min(0, "must be at least 0")
  .max(MAX_CRISIS_DAYS, `must be at most ${MAX_CRISIS_DAYS}`)
  .describe(`last crisis day, 0–${MAX_CRISIS_DAYS} (default ${DEFAULT_CRISIS_DAYS})`);

/** Bounds of an integer domain, for option parsers and form fields that cannot hold a zod schema. */
export interface IntegerBounds {
  /** Smallest value accepted. */
  min: number;
  /** Largest value accepted. */
  max: number;
}

/**
 * Read the integer bounds of a number schema built with `.min()` and `.max()` (e.g. {@link Seed}), so command-line
 * parsers and web form fields take them from the same definition.
 * @param schema a zod number schema with both bounds
 * @throws RangeError when the schema lacks a bound (a programming error)
 */
export function integerBounds(schema: z.ZodNumber): IntegerBounds {
  const min = schema.minValue;
  const max = schema.maxValue;
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max))
    throw new RangeError("integerBounds needs a number schema with finite min and max");
  return { min, max };
}
