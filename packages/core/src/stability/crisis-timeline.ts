/**
 * Stability through a crisis: each party generates its forces on its own schedule, so survivable shares change day
 * by day, and with them first-strike stability (Kent & Thaler R-3765: generating forces early renders them
 * non-targetable). The result shows the windows of danger.
 */
import type { Party, Scenario } from "../schema/scenario.js";
import { generationAt } from "../exchange/force-state.js";
import type { PairStability } from "./pair-stability.js";
import { PreparedScenario } from "./prepared-scenario.js";
import { samePlainData } from "./scenario-patch.js";
import { uploadedParty } from "../treaty/breakout.js";

/** A party that uploads stored warheads during the crisis (methods §7). */
export interface CrisisUpload {
  /** Party id. */
  party: string;
  /** Crisis day the upload begins. Default 0. */
  startDay?: number;
}
import { getOwn, setOwn } from "../_shared/own-keys.js";

/** Stability on one crisis day. */
export interface CrisisDay {
  day: number;
  /** Share generated per party id, 0–1. */
  generated: Record<string, number>;
  pairs: PairStability[];
  /** Lowest combined index over the pairs that day. */
  minCombined: number;
}

/** The crisis timeline and its most dangerous day. */
export interface CrisisTimeline {
  days: CrisisDay[];
  /** Day with the lowest combined stability. */
  worstDay: number;
  worstCombined: number;
}

/**
 * Compute stability for each day 0..`days` of a crisis. A party without a schedule stays at its posture. Parties
 * listed in `uploads` load stored warheads from their start day on, at the rates of `assumptions.upload`.
 *
 * The scenario is prepared once ({@link PreparedScenario}): a day patches only each party's generated share (and, when
 * it uploads, its loads), and exchanges whose parties are in the same state as on an earlier day are reused, so days
 * after every schedule has ended cost nothing.
 * @param scenario validated scenario
 * @param days last day, default 14
 * @param uploads parties that upload during the crisis (default none)
 */
export function crisisTimeline(scenario: Scenario, days = 14, uploads: readonly CrisisUpload[] = []): CrisisTimeline {
  const prepared = new PreparedScenario(scenario);
  // Each uploading party as evaluated the day before: an upload step that changes nothing keeps that object, so its
  // force states and exchanges are reused.
  const previous: (Party | undefined)[] = scenario.parties.map(() => undefined);
  const out: CrisisDay[] = [];
  for (let day = 0; day <= days; day++) {
    const generated: Record<string, number> = {};
    for (const p of scenario.parties)
      setOwn(generated, p.id, p.generation ? generationAt(p.generation, day) : p.posture === "generated" ? 1 : 0);
    const states = scenario.parties.map((p, i) => {
      const up = uploads.find((x) => x.party === p.id);
      let party = p;
      if (up) {
        party = uploadedParty(p, day - (up.startDay ?? 0), scenario.assumptions.upload);
        const before = previous[i];
        if (before && samePlainData(before, party)) party = before;
        previous[i] = party;
      }
      return prepared.state(i, party, getOwn(generated, p.id) ?? 0);
    });
    // Fresh pair objects per day: a reused day's pairs are equal to, not the same objects as, the day before.
    const pairs = prepared.stability(states, { drawdown: false }).pairs.map((x) => ({ ...x }));
    out.push({ day, generated, pairs, minCombined: Math.min(...pairs.map((p) => p.combined)) });
  }
  let worst = out[0]!;
  for (const d of out) if (d.minCombined < worst.minCombined - 1e-12) worst = d;
  return { days: out, worstDay: worst.day, worstCombined: worst.minCombined };
}
