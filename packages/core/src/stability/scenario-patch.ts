/**
 * Patches of a scenario for repeated evaluation, as shallow path copies: a new object only along the path to what
 * changed (scenario → parties list → party → forces list → element → launchers), every other object shared with the
 * base, so caches keyed by object identity (population targets, reach masks, damage tables, force states) still hit
 * for everything the patch leaves alone. The base is never modified.
 */
import type { ForceElement, Party, Scenario } from "../schema/scenario.js";

/**
 * A party with one force element replaced.
 * @param party the base party (not modified)
 * @param elementIndex index of the element in `party.forces`
 * @param element the new element
 */
export function withElement(party: Party, elementIndex: number, element: ForceElement): Party {
  const forces = party.forces.slice();
  forces[elementIndex] = element;
  return { ...party, forces };
}

/**
 * A party with one element's deployed launchers set (the arms-race sensitivity's patch).
 * @param party the base party (not modified)
 * @param elementIndex index of the element in `party.forces`
 * @param deployed deployed launchers, ≥ 0
 */
export function withDeployedLaunchers(party: Party, elementIndex: number, deployed: number): Party {
  const e = party.forces[elementIndex]!;
  return withElement(party, elementIndex, { ...e, launchers: { ...e.launchers, deployed } });
}

/**
 * A scenario with one party replaced.
 * @param scenario the base scenario (not modified)
 * @param partyIndex index of the party in `scenario.parties`
 * @param party the new party (same id)
 */
export function withParty(scenario: Scenario, partyIndex: number, party: Party): Scenario {
  const parties = scenario.parties.slice();
  parties[partyIndex] = party;
  return { ...scenario, parties };
}

/**
 * Whether two plain-data values are equal: the same object, or numbers, strings and booleans equal by `Object.is`,
 * arrays and objects equal item by item and key by key. For recognising that a rebuilt party (an upload step that adds
 * nothing) is the one evaluated before, so its results can be reused.
 */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  for (const k of kx) if (!Object.hasOwn(y, k) || !samePlainData(x[k], y[k])) return false;
  return true;
}
