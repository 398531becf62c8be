/**
 * Degenerate postures: pairs whose stability index is not a stability reading because one side cannot take part in
 * the exchange at all (no deployed nuclear warheads, no weapon that reaches the other side) or has no retaliation
 * left after the other's first strike. The index of such a pair can read "1.000 robust" (nothing to fear from
 * waiting when the other side cannot strike) or collapse towards 0, and says nothing about crisis behaviour; the
 * report warns instead of letting the number speak.
 */
import type { Issue } from "../_shared/issues.js";
import type { Scenario } from "../schema/scenario.js";
import type { ExchangeResult } from "../exchange/first-strike.js";
import { distanceKm } from "../exchange/force-state.js";
import type { PairStability } from "../stability/pair-stability.js";

/** Code of the warnings {@link degenerateWarnings} returns. */
export const DEGENERATE_POSTURE = "degenerate_posture";

/** Fewer arriving retaliatory warheads than this (expected value) count as no retaliation. */
export const NO_RETALIATION_WARHEADS = 0.5;

/**
 * Warn about every degenerate side of every pair. Each warning's path is `["stability", "pairs", k]` (k the pair's
 * index in `pairs`), so interfaces can show it beside the pair's figures.
 * @param scenario the scenario evaluated
 * @param pairs the pairs' stability
 * @param exchanges both ordered exchanges of every pair
 * @param deployedWarheads deployed nuclear warheads per party id
 */
export function degenerateWarnings(
  scenario: Scenario,
  pairs: readonly PairStability[],
  exchanges: readonly ExchangeResult[],
  deployedWarheads: Readonly<Record<string, number>>,
): Issue[] {
  const name = (id: string) => scenario.parties.find((p) => p.id === id)?.name ?? id;
  const out: Issue[] = [];
  pairs.forEach((p, k) => {
    const path = ["stability", "pairs", k];
    const warn = (message: string) => out.push({ code: DEGENERATE_POSTURE, severity: "warning", path, message });
    for (const [x, y] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      const X = name(x);
      const Y = name(y);
      const xStrikes = exchanges.find((e) => e.striker === x && e.victim === y);
      const yStrikes = exchanges.find((e) => e.striker === y && e.victim === x);
      if (!((deployedWarheads[x] ?? 0) > 0)) {
        warn(
          `${X} has no deployed nuclear warheads: it can neither strike ${Y} nor retaliate, so the ${X}–${Y} index ` +
            `(${X} ${p.a === x ? p.fssA.toFixed(3) : p.fssB.toFixed(3)}) is not a stability reading.`,
        );
        continue;
      }
      const reach = (yStrikes?.victimWarheadsBefore ?? 0) > 0 || (xStrikes?.strikerAvailable ?? 0) > 0;
      if (!reach) {
        const d = distanceKm(scenario, x, y);
        warn(
          `No nuclear weapon of ${X} reaches ${Y}${d !== undefined ? ` (${Math.round(d).toLocaleString("en-US")} km away)` : ""}: ` +
            `${X} can neither strike nor retaliate against ${Y}, so the ${X}–${Y} index is not a stability reading.`,
        );
        continue;
      }
      const arriving = yStrikes?.outcome.retaliationArriving ?? 0;
      if (arriving < NO_RETALIATION_WARHEADS)
        warn(
          `${X} has no survivable retaliation against ${Y}: after ${Y}'s first strike, ${arriving.toFixed(1)} ${X} ` +
            `warheads arrive on ${Y}. ${Y} can disarm ${X}; the index reflects only ${Y}'s own costs.`,
        );
    }
  });
  return out;
}
