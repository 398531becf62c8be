/**
 * Upload potential and breakout (methods §7): how many warheads each side could add to its launchers from storage,
 * how fast, and how long it would take to exceed a framework's warhead ceiling. The project's own
 * operationalisation [U]; upload times are the named estimates of `assumptions.upload`.
 *
 * Per element: the upload capacity is `min(stored, deployed · (max − loaded))` warheads onto deployed launchers,
 * plus `min(stored − that, nonDeployed · max)` on reserve (non-deployed) launchers brought into service; stored
 * warheads are `treaty.storedWarheads`, `max` is `maxWarheadsPerLauncher` (default: the loaded number, no upload).
 * Uploads proceed linearly, every element in parallel, over `upload.days[category]` (loads on deployed launchers)
 * and `upload.reserveLauncherDays` (reserve launchers). Numeric policy: counts are expected values (fractional
 * launchers and loads during an upload); an element with nothing stored has no upload potential.
 */
import type { Assumptions, ForceElement, Party, Scenario } from "../schema/scenario.js";
import type { UploadAssumptions } from "../schema/upload.js";
import type { Framework, Limit } from "./framework-schema.js";
import { ceilingFor, ruleOf } from "./framework-schema.js";
import { countForParty } from "./counting-rules.js";
import { partiesFor } from "./compliance.js";
import { scenarioStability } from "../stability/pair-stability.js";

/** Upload capacity of one element. */
export interface ElementUpload {
  element: string;
  /** Warheads that fit on deployed launchers from storage. */
  onDeployed: number;
  /** Warheads on reserve launchers brought into service. */
  onReserve: number;
  /** Reserve launchers brought into service. */
  reserveLaunchers: number;
  /** Days to load `onDeployed`. */
  days: number;
  /** Days to bring the reserve launchers into service. */
  reserveDays: number;
}

/** Days to upload an element, by its category. */
function uploadDays(e: ForceElement, u: UploadAssumptions): number {
  const c = e.category;
  return c === "icbm-silo" || c === "icbm-mobile" || c === "slbm" || c === "bomber" ? u.days[c] : u.days.other;
}

/**
 * Compute an element's upload capacity.
 * @param e force element
 * @param u upload assumptions
 */
export function elementUpload(e: ForceElement, u: UploadAssumptions): ElementUpload {
  const stored = e.nuclear ? (e.treaty?.storedWarheads ?? 0) : 0;
  const max = Math.max(e.maxWarheadsPerLauncher ?? e.warheadsPerLauncher, e.warheadsPerLauncher);
  const armed = Math.max(0, e.launchers.deployed - (e.treaty?.convertedNonNuclear ?? 0));
  const onDeployed = Math.min(stored, armed * (max - e.warheadsPerLauncher));
  const reserveLaunchers = max > 0 ? Math.min(e.launchers.nonDeployed, (stored - onDeployed) / max) : 0;
  return {
    element: e.id,
    onDeployed,
    onReserve: reserveLaunchers * max,
    reserveLaunchers,
    days: uploadDays(e, u),
    reserveDays: u.reserveLauncherDays,
  };
}

/**
 * The party after uploading for `day` days (0: as is; beyond every element's upload time: fully uploaded). Loads
 * and deployed launchers may be fractional during an upload.
 * @param party the party
 * @param day days since the upload began, ≥ 0
 * @param u upload assumptions
 */
export function uploadedParty(party: Party, day: number, u: UploadAssumptions): Party {
  const t = Math.max(0, day);
  return {
    ...party,
    forces: party.forces.map((e) => {
      const up = elementUpload(e, u);
      if (up.onDeployed <= 0 && up.reserveLaunchers <= 0) return e;
      const f = Math.min(1, t / up.days);
      const g = Math.min(1, t / up.reserveDays);
      const armed = Math.max(0, e.launchers.deployed - (e.treaty?.convertedNonNuclear ?? 0));
      const max = Math.max(e.maxWarheadsPerLauncher ?? e.warheadsPerLauncher, e.warheadsPerLauncher);
      const added = up.reserveLaunchers * g;
      const warheads = armed * e.warheadsPerLauncher + up.onDeployed * f + added * max;
      const deployed = e.launchers.deployed + added;
      const armedAfter = armed + added;
      return {
        ...e,
        launchers: { ...e.launchers, deployed, nonDeployed: e.launchers.nonDeployed - added },
        warheadsPerLauncher: armedAfter > 0 ? warheads / armedAfter : e.warheadsPerLauncher,
        treaty: {
          ...e.treaty,
          storedWarheads: Math.max(0, (e.treaty?.storedWarheads ?? 0) - up.onDeployed * f - added * max),
        },
      };
    }),
  };
}

/** Days until every element of the party has finished uploading (0 when it has no upload potential). */
export function fullUploadDays(party: Party, u: UploadAssumptions): number {
  let d = 0;
  for (const e of party.forces) {
    const up = elementUpload(e, u);
    if (up.onDeployed > 0) d = Math.max(d, up.days);
    if (up.reserveLaunchers > 0) d = Math.max(d, up.reserveDays);
  }
  return d;
}

/** Breakout of one party from one warhead limit. */
export interface Breakout {
  party: string;
  limit: string;
  /** The party's ceiling under the limit. */
  ceiling: number;
  /** Counted warheads today. */
  countNow: number;
  /** Counted warheads after a full upload. */
  countUploaded: number;
  /** Upload potential: warheads that storage and launchers allow to add (physical, before counting rules). */
  potential: number;
  /** Days to a full upload. */
  fullUploadDays: number;
  /** Count at which the party is judged to have broken out: `ceiling · (1 + breakoutMargin)`. */
  threshold: number;
  /**
   * Days until the count exceeds the threshold (0 when it already does); `null` when even a full upload stays at or
   * below it.
   */
  breakoutDays: number | null;
}

/**
 * Compute the breakout time of a party from a warhead limit: the first day its counted warheads (by the limit's own
 * counting rule) exceed `ceiling · (1 + breakoutMargin)` as it uploads. Bisection to 0.1 day on the count, which is
 * non-decreasing in time.
 * @param party the party
 * @param limit a limit on `warheads`
 * @param ceiling the party's ceiling under it
 * @param u upload assumptions
 */
export function breakoutFrom(party: Party, limit: Limit, ceiling: number, u: UploadAssumptions): Breakout {
  const count = (day: number) => countForParty(uploadedParty(party, day, u), limit).total;
  const full = fullUploadDays(party, u);
  const countNow = count(0);
  const countUploaded = count(full);
  const threshold = ceiling * (1 + u.breakoutMargin);
  let breakoutDays: number | null = null;
  if (countNow > threshold) breakoutDays = 0;
  else if (countUploaded > threshold) {
    let lo = 0;
    let hi = full;
    while (hi - lo > 0.1) {
      const mid = (lo + hi) / 2;
      if (count(mid) > threshold) hi = mid;
      else lo = mid;
    }
    breakoutDays = Math.round(hi * 10) / 10;
  }
  const potential = party.forces.reduce((t, e) => {
    const up = elementUpload(e, u);
    return t + up.onDeployed + up.onReserve;
  }, 0);
  return {
    party: party.id,
    limit: limit.id,
    ceiling,
    countNow,
    countUploaded,
    potential,
    fullUploadDays: full,
    threshold,
    breakoutDays,
  };
}

/**
 * Breakout of every party from every warhead limit of a framework that counts only deployed warheads (the limits
 * an upload can break; a `stockpile` limit counts stored warheads too, which uploading does not change).
 * @param scenario validated scenario
 * @param framework the framework
 */
export function frameworkBreakout(scenario: Scenario, framework: Framework): Breakout[] {
  const out: Breakout[] = [];
  const u = scenario.assumptions.upload;
  for (const limit of framework.limits) {
    if (limit.quantity !== "warheads" || ruleOf(limit) === "stockpile") continue;
    const applies = new Set(
      partiesFor(
        framework,
        limit,
        scenario.parties.map((p) => p.id),
      ),
    );
    for (const party of scenario.parties) {
      if (!applies.has(party.id)) continue;
      const ceiling = ceilingFor(limit, party.id);
      if (ceiling === undefined) continue;
      out.push(breakoutFrom(party, limit, ceiling, u));
    }
  }
  return out;
}

/**
 * The scenario with the given parties fully uploaded (stability after upload).
 * @param scenario validated scenario
 * @param parties ids of the parties that upload (default: all)
 */
export function uploadedScenario(scenario: Scenario, parties?: readonly string[]): Scenario {
  const u: Assumptions["upload"] = scenario.assumptions.upload;
  return {
    ...scenario,
    parties: scenario.parties.map((p) =>
      !parties || parties.includes(p.id) ? uploadedParty(p, fullUploadDays(p, u), u) : p,
    ),
  };
}

/** Combined stability of one pair before and after uploads. */
export interface UploadStability {
  a: string;
  b: string;
  /** Combined index today. */
  before: number;
  /** Combined index after each party alone completes its upload, by party id. */
  afterOne: Record<string, number>;
  /** Combined index after every party completes its upload. */
  afterAll: number;
}

/**
 * Stability after upload: each pair's combined index today, after each party alone uploads fully, and after all do.
 * @param scenario validated scenario
 */
export function uploadStability(scenario: Scenario): UploadStability[] {
  const before = scenarioStability(scenario, {}, undefined, { drawdown: false }).pairs;
  const all = scenarioStability(uploadedScenario(scenario), {}, undefined, { drawdown: false }).pairs;
  const one = new Map(
    scenario.parties.map((p) => [
      p.id,
      scenarioStability(uploadedScenario(scenario, [p.id]), {}, undefined, { drawdown: false }).pairs,
    ]),
  );
  return before.map((bp, i) => ({
    a: bp.a,
    b: bp.b,
    before: bp.combined,
    afterOne: Object.fromEntries(
      [bp.a, bp.b].map((id) => [id, one.get(id)!.find((x) => x.a === bp.a && x.b === bp.b)!.combined]),
    ),
    afterAll: all[i]!.combined,
  }));
}
