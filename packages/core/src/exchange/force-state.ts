/**
 * A party's forces as seen at one moment of a crisis: per element, how many warheads are survivable (not targetable)
 * and how many sit at targetable aim points of a given hardness.
 */
import { armedLaunchers, type Category, type ForceElement, type Party, type Scenario } from "../schema/scenario.js";

/** Categories whose fixed launchers can be launched under attack (prompt ballistic missiles). */
export const LUA_CATEGORIES: ReadonlySet<Category> = new Set(["icbm-silo", "icbm-mobile", "ground-ballistic"]);

/** One element's state at a given generation level. */
export interface ElementState {
  /** The element itself. */
  element: ForceElement;
  /** Index of the element in its party's `forces`. */
  index: number;
  /** Deployed launchers carrying the element's warheads (converted launchers excluded). */
  launchers: number;
  /** Warheads on deployed launchers (nuclear or conventional). */
  warheads: number;
  /** Share of deployed launchers not targetable at this generation level, 0–1. */
  survivableShare: number;
  /** Warheads on survivable launchers. */
  survivableWarheads: number;
  /** Warheads on targetable (fixed) launchers. */
  fixedWarheads: number;
  /** Targetable aim points (fixed launchers / launchers per aim point; may be fractional). */
  aimPoints: number;
  /** Warheads destroyed with one aim point. */
  warheadsPerAimPoint: number;
}

/** A party's forces at one generation level. */
export interface ForceState {
  party: Party;
  /** Share of the day-to-day → generated change completed, 0–1. */
  generated: number;
  elements: ElementState[];
}

/**
 * Interpolate a party's generation schedule (share generated) at a crisis day. Before the first point the first
 * share holds; after the last, the last; linear between points.
 * @param schedule points (day, generated), days increasing
 * @param day crisis day, ≥ 0
 */
export function generationAt(schedule: ReadonlyArray<{ day: number; generated: number }>, day: number): number {
  if (schedule.length === 0) return 0;
  const first = schedule[0]!;
  if (day <= first.day) return first.generated;
  for (let i = 1; i < schedule.length; i++) {
    const a = schedule[i - 1]!;
    const b = schedule[i]!;
    if (day <= b.day) return a.generated + ((day - a.day) / (b.day - a.day)) * (b.generated - a.generated);
  }
  return schedule[schedule.length - 1]!.generated;
}

/**
 * Compute a party's force state.
 * @param party the party
 * @param generated share generated, 0 (day-to-day) to 1 (fully generated); defaults from the party's posture
 */
export function forceState(party: Party, generated: number = party.posture === "generated" ? 1 : 0): ForceState {
  const elements = party.forces.map((element, index): ElementState => {
    const sf = element.basing.survivableFraction;
    const survivableShare = sf.dayToDay + generated * (sf.generated - sf.dayToDay);
    const launchers = armedLaunchers(element);
    const warheads = launchers * element.warheadsPerLauncher;
    const fixedLaunchers = launchers * (1 - survivableShare);
    return {
      element,
      index,
      launchers,
      warheads,
      survivableShare,
      survivableWarheads: warheads * survivableShare,
      fixedWarheads: warheads * (1 - survivableShare),
      aimPoints: fixedLaunchers / element.basing.launchersPerAimPoint,
      warheadsPerAimPoint: element.warheadsPerLauncher * element.basing.launchersPerAimPoint,
    };
  });
  return { party, generated, elements };
}

/** Distance between two parties' capitals from the scenario, km, or undefined when not given. */
export function distanceKm(scenario: Scenario, a: string, b: string): number | undefined {
  const d = scenario.distancesKm.find(
    (x) => (x.between[0] === a && x.between[1] === b) || (x.between[0] === b && x.between[1] === a),
  );
  return d?.km;
}
