/**
 * The versioned report `evaluate()` returns: the contract between the engine and every interface (CLI table, JSON,
 * HTTP API, web charts). Field names carry units where they have them.
 */
import type { Issue } from "../_shared/issues.js";
import type { Assumptions, Citation, Posture } from "../schema/scenario.js";
import type { ExchangeResult } from "../exchange/first-strike.js";
import type { PairStability } from "../stability/pair-stability.js";
import type { ThirdPartyEffect } from "../stability/third-party-effect.js";
import type { Band } from "../random/quantile.js";
import type { ReadingShares } from "../stability/band-reading.js";
import type { ElementParity } from "../parity/parity.js";

/** Version of the report format; bumped on breaking changes. */
export const REPORT_VERSION = 1;

/** Version of the engine that produced a report. */
export const ENGINE_VERSION = "0.1.0";

/** Parity indicators of one party or one side of a dyad. */
export interface ParityFigures {
  /** Warheads on deployed nuclear launchers (that reach, for a dyad). */
  deliverableWarheads: number;
  /** Equivalent megatonnage, Mt-equivalent. */
  emt: number;
  /** Counter-military potential (lethality K summed). */
  cmp: number;
  /** One row per nuclear element, in input order: its own warheads, EMT and CMP. */
  byElement: ElementParity[];
}

/** One party's forces and parity. */
export interface PartySummary {
  id: string;
  name: string;
  posture: Posture;
  /** Deployed nuclear launchers (all categories). */
  deployedLaunchers: number;
  /** Warheads on deployed nuclear launchers. */
  deployedWarheads: number;
  /** Of those, warheads on launchers not targetable in the party's posture. */
  survivableWarheads: number;
  /** Conventional long-range strike weapons loaded on deployed launchers. */
  conventionalWeapons: number;
  /** Missile-defence interceptors in inventory. */
  interceptors: number;
  /** Monadic parity under Richelson's (CEP in nmi) and Suh's (CEP in km, Y^(4/5) below 0.2 Mt) conventions. */
  parity: { richelson: ParityFigures; suh: ParityFigures };
}

/** Parity of a pair with range reach ([suh-2022]). */
export interface DyadParity {
  a: string;
  b: string;
  /** Distance between capitals used for reach, km (null: all systems counted). */
  distanceKm: number | null;
  aAgainstB: { deliverableWarheads: number; emt: number; cmpSuh: number; cmpRichelson: number };
  bAgainstA: { deliverableWarheads: number; emt: number; cmpSuh: number; cmpRichelson: number };
  /** a's deliverable warheads over b's (1 = parity). */
  warheadRatio: number;
  /** a's EMT over b's. */
  emtRatio: number;
}

/** Arms-race sensitivity of one element of one party, against one counterpart (our operational definitions [U], after [intriligator-1964]). */
export interface SensitivityEntry {
  party: string;
  element: string;
  counterpart: string;
  /** Launchers added for the finite difference (1 % of deployed, at least 1). */
  deltaLaunchers: number;
  /** Change of the party's own first-strike stability per added launcher. */
  dFssSelfPerLauncher: number;
  /** Change of the counterpart's first-strike stability per added launcher. */
  dFssOtherPerLauncher: number;
  /** Change of the combined index per added launcher. */
  dCombinedPerLauncher: number;
  dFssSelfPerWarhead: number;
  dFssOtherPerWarhead: number;
  dCombinedPerWarhead: number;
  /**
   * Extra attacking warheads the counterpart needs per added launcher to keep its counterforce kill fraction
   * (shots per aim point in its chosen strike × targetable share / launchers per aim point); null when the element
   * is fully survivable (no number of warheads suffices).
   */
  marginalExchangeRatio: number | null;
  /** Survivable share of the element in the party's posture. */
  survivableShare: number;
  /** True when adding this element does not lower the counterpart's stability (no incentive to respond). */
  armsRaceStable: boolean;
}

/** One citation used by the report. */
export interface SourceEntry extends Citation {
  party: string;
  /** Element, defence layer id, `value` or `distance`. */
  item: string;
  /** Field cited, when the citation covers one field only. */
  field?: string;
}

/** The report. */
export interface Report {
  reportVersion: typeof REPORT_VERSION;
  engine: { name: "seceq"; version: string };
  scenario: { id: string; name: string; asOf: string };
  assumptions: Assumptions;
  parties: PartySummary[];
  dyads: DyadParity[];
  /** Both ordered exchanges of every pair. */
  exchanges: ExchangeResult[];
  stability: {
    pairs: PairStability[];
    /** Lowest combined index over all pairs. */
    minCombined: number;
  };
  sensitivities: SensitivityEntry[];
  /** How the parties outside each pair move its index (three or more parties; empty otherwise). */
  thirdParty: ThirdPartyEffect[];
  /**
   * Degenerate-posture warnings (code `degenerate_posture`, path `["stability", "pairs", k]`: a side with no deployed
   * nuclear warheads, none that reach the other side, or no retaliation left after the other's first strike), then
   * model-validity and data warnings.
   */
  warnings: Issue[];
  sources: SourceEntry[];
  /** Present when samples were requested: 5/50/95 bands keyed by metric name. */
  monteCarlo?: {
    samples: number;
    seed: number;
    uncertainty: "scenario" | "default";
    bands: Record<string, Band>;
    /**
     * Share of samples in each reading (robust / moderate / fragile) for every stability metric, keyed like `bands`
     * (`stability.a-b.combined`, `stability.a-b.fss.a`); read with `bandReading`.
     */
    readings: Record<string, ReadingShares>;
  };
}
