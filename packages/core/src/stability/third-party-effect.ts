/**
 * How the third party moves a dyad's index (methods §4, "Three-party coupling"): for every pair of a scenario with
 * three or more parties, the pair's combined index with the other parties present, without them (the two-party
 * scenario), and with hold-back only (no post-exchange vulnerability term), so the shift splits into the part due to
 * forces withheld from the dyad and the part due to the cost of facing the third party with what is left.
 */
import type { Scenario } from "../schema/scenario.js";
import type { ExchangeResult } from "../exchange/first-strike.js";
import { scenarioStability, type PairStability } from "./pair-stability.js";

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

/**
 * Compute the third-party effects of a scenario (empty with two parties).
 * @param scenario validated scenario
 * @param pairs the scenario's pair stabilities
 * @param exchanges the scenario's exchanges
 */
export function thirdPartyEffects(
  scenario: Scenario,
  pairs: readonly PairStability[],
  exchanges: readonly ExchangeResult[],
): ThirdPartyEffect[] {
  if (scenario.parties.length < 3) return [];
  const noVulnerability: Scenario = {
    ...scenario,
    assumptions: { ...scenario.assumptions, thirdParty: { ...scenario.assumptions.thirdParty, weight: 0 } },
  };
  const holdOnly = scenarioStability(noVulnerability).pairs;
  return pairs.map((p) => {
    const dyad: Scenario = {
      ...scenario,
      parties: scenario.parties.filter((x) => x.id === p.a || x.id === p.b),
      distancesKm: scenario.distancesKm.filter((d) => d.between.every((id) => id === p.a || id === p.b)),
    };
    const withoutThird = scenarioStability(dyad).pairs[0]!.combined;
    const holdBackOnly = holdOnly.find((x) => x.a === p.a && x.b === p.b)!.combined;
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
