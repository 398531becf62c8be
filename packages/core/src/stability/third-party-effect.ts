/**
 * How the third party moves a dyad's index (methods §4, "Three-party coupling"): for every pair of a scenario with
 * three or more parties, the pair's combined index with the other parties present, without them (the two-party
 * scenario), and with hold-back only (no post-exchange vulnerability term), so the shift splits into the part due to
 * forces withheld from the dyad and the part due to the cost of facing the third party with what is left.
 */
import type { Scenario } from "../schema/scenario.js";
import type { ExchangeResult } from "../exchange/first-strike.js";
import type { ForceState } from "../exchange/force-state.js";
import type { PairStability } from "./pair-stability.js";
import { PreparedScenario } from "./prepared-scenario.js";

/** Effect of the parties outside one pair on that pair's index. */
export interface ThirdPartyEffect {
  a: string;
  b: string;
  /** Parties outside the pair. */
  thirdParties: string[];
  /** Combined index with every party present (as reported). */
  withThird: number;
  /** Combined index of the two-party scenario. */
  withoutThird: number;
  /** Combined index with the derived hold-back but no post-exchange vulnerability term (its weight set to 0). */
  holdBackOnly: number;
  /** `withThird − withoutThird`. */
  shift: number;
  /** Part of the shift due to hold-back: `holdBackOnly − withoutThird`. */
  holdBackPart: number;
  /** Part due to post-exchange vulnerability: `withThird − holdBackOnly`. */
  vulnerabilityPart: number;
  /** Hold-back shares, by party id. */
  holdBack: Record<string, number>;
  /** Post-exchange vulnerability added to each side's cost of striking first (C1) and of being struck (C2). */
  vulnerability: Record<string, { c1: number; c2: number }>;
  /** One sentence saying by how much and why. */
  explanation: string;
}

/** The two extra readings the third-party effects need, one entry per pair of the scenario (in its pair order). */
export interface ThirdPartyReadings {
  /** The pairs with the derived hold-back but no post-exchange vulnerability term. */
  holdOnly: readonly PairStability[];
  /** Each pair's combined index as a two-party scenario. */
  withoutThird: readonly number[];
}

/**
 * Compute the two readings of {@link thirdPartyEffects} on a prepared scenario: the hold-back-only run, and each
 * pair's two-party index from the uncoupled exchanges (the same exchanges the coupled run used as third-party strikes,
 * so the dyads cost nothing more).
 * @param prepared the prepared scenario
 * @param states the parties' states, in scenario order
 */
export function thirdPartyReadings(prepared: PreparedScenario, states: readonly ForceState[]): ThirdPartyReadings {
  const n = prepared.scenario.parties.length;
  if (n < 3) return { holdOnly: [], withoutThird: [] };
  const holdOnly = prepared.stability(states, { noVulnerability: true, drawdown: false }).pairs;
  const withoutThird: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) withoutThird.push(prepared.dyad(i, j, states).combined);
  return { holdOnly, withoutThird };
}

/**
 * Compute the third-party effects of a scenario (empty with two parties).
 * @param scenario validated scenario
 * @param pairs the scenario's pair stabilities
 * @param exchanges the scenario's exchanges
 * @param readings the hold-back-only and two-party readings (default: computed here, see {@link thirdPartyReadings})
 */
export function thirdPartyEffects(
  scenario: Scenario,
  pairs: readonly PairStability[],
  exchanges: readonly ExchangeResult[],
  readings?: ThirdPartyReadings,
): ThirdPartyEffect[] {
  if (scenario.parties.length < 3) return [];
  const r =
    readings ??
    (() => {
      const prepared = new PreparedScenario(scenario);
      return thirdPartyReadings(prepared, prepared.baseStates());
    })();
  return pairs.map((p) => {
    const k = r.holdOnly.findIndex((x) => x.a === p.a && x.b === p.b);
    const withoutThird = r.withoutThird[k]!;
    const holdBackOnly = r.holdOnly[k]!.combined;
    const ab = exchanges.find((e) => e.striker === p.a && e.victim === p.b)!;
    const ba = exchanges.find((e) => e.striker === p.b && e.victim === p.a)!;
    const thirds = scenario.parties.filter((x) => x.id !== p.a && x.id !== p.b).map((x) => x.id);
    const shift = p.combined - withoutThird;
    const holdBackPart = holdBackOnly - withoutThird;
    const vulnerabilityPart = p.combined - holdBackOnly;
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
    const dir = shift < 0 ? "lowers" : "raises";
    const explanation =
      `${thirds.join(", ")} ${dir} the ${p.a}–${p.b} index from ${withoutThird.toFixed(3)} to ${p.combined.toFixed(3)} ` +
      `(${shift >= 0 ? "+" : ""}${shift.toFixed(3)}): hold-back against ${thirds.join(", ")} ` +
      `(${p.a} ${pct(ab.holdBack.striker)}, ${p.b} ${pct(ba.holdBack.striker)} of forces) accounts for ` +
      `${holdBackPart >= 0 ? "+" : ""}${holdBackPart.toFixed(3)}, post-exchange vulnerability for ` +
      `${vulnerabilityPart >= 0 ? "+" : ""}${vulnerabilityPart.toFixed(3)} (being struck first also costs a side ` +
      `its deterrent against ${thirds.join(", ")}: ${p.a} +${ba.thirdPartyCost.victim.toFixed(3)} on C2 against ` +
      `+${ab.thirdPartyCost.striker.toFixed(3)} on C1; ${p.b} +${ab.thirdPartyCost.victim.toFixed(3)} against ` +
      `+${ba.thirdPartyCost.striker.toFixed(3)}).`;
    return {
      a: p.a,
      b: p.b,
      thirdParties: thirds,
      withThird: p.combined,
      withoutThird,
      holdBackOnly,
      shift,
      holdBackPart,
      vulnerabilityPart,
      holdBack: { [p.a]: ab.holdBack.striker, [p.b]: ba.holdBack.striker },
      vulnerability: {
        [p.a]: { c1: ab.thirdPartyCost.striker, c2: ba.thirdPartyCost.victim },
        [p.b]: { c1: ba.thirdPartyCost.striker, c2: ab.thirdPartyCost.victim },
      },
      explanation,
    };
  });
}
