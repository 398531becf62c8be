/**
 * First-strike stability of every pair of parties: both ordered exchanges, each side's C1/C2 and the combined index.
 */
import type { Scenario } from "../schema/scenario.js";
import type { ExchangeResult } from "../exchange/first-strike.js";
import type { StabilityReading } from "./kent-thaler.js";
import type { PlaceLookup } from "../geo/place-registry.js";
import { PreparedScenario } from "./prepared-scenario.js";

/** Stability of one unordered pair {a, b}. */
export interface PairStability {
  a: string;
  b: string;
  /** Cost to a of striking first (from the exchange a → b). */
  c1A: number;
  /** Cost to a of being struck first (from the exchange b → a). */
  c2A: number;
  c1B: number;
  c2B: number;
  /** a's first-strike stability C1/C2, capped at 1. */
  fssA: number;
  fssB: number;
  /** Product fssA·fssB: 1 when neither gains by striking first, towards 0 when one can disarm the other cheaply. */
  combined: number;
  /** Reading of the combined index (public calculator's banding [S]). */
  reading: StabilityReading;
}

/** Both exchanges and the stability of each pair, for a set of force states. */
export interface StabilityResult {
  exchanges: ExchangeResult[];
  pairs: PairStability[];
}

/**
 * Compute every ordered exchange and every pair's stability (once each: a third party's uncoupled first strike on a
 * side is computed once per ordered pair and shared by every dyad that needs it; see {@link PreparedScenario}).
 * @param scenario validated scenario
 * @param generated share generated per party id (0–1); absent parties use their posture
 * @param places place tables for population value models (default: the registry `@seceq/data` fills)
 * @param options `drawdown: false` leaves each exchange's draw-down curve out (default: kept)
 * @throws InputError when a population-model party's country has no place table
 */
export function scenarioStability(
  scenario: Scenario,
  generated: Readonly<Record<string, number>> = {},
  places?: PlaceLookup,
  options: { drawdown?: boolean } = {},
): StabilityResult {
  const prepared = new PreparedScenario(scenario, places);
  return prepared.stability(prepared.baseStates(generated), { drawdown: options.drawdown !== false });
}
