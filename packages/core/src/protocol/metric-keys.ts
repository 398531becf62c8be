/**
 * Metric keys: the names of the numbers the engine reports in Monte Carlo bands (`Report.monteCarlo.bands`) and
 * sweep outputs (`CellResult.outputs`). Every producer and reader builds them here, so a band and a sweep column of
 * the same quantity carry the same name.
 *
 * Pairs are written in scenario party order, `a` before `b`:
 * - `stability.min`: lowest combined first-strike stability over all pairs (0–1);
 * - `stability.<a>-<b>.combined`: combined index fss_a × fss_b (0–1);
 * - `stability.<a>-<b>.fss.<p>`: first-strike stability C1/C2 of party p (0–1);
 * - `stability.<a>-<b>.c1.<p>`, `….c2.<p>`: Kent–Thaler cost to p of striking first / of being struck first;
 * - `exchange.<x>><y>.<field>`: outcome of x striking y first;
 * - `treaty.violations`, `treaty.<limit>.<party>.counted|limit|headroom`.
 */

/** Key of the lowest combined stability over all pairs. */
export const STABILITY_MIN_KEY = "stability.min";

/** Key of the treaty violation count. */
export const TREATY_VIOLATIONS_KEY = "treaty.violations";

/** Exchange fields reported in Monte Carlo bands (a subset of the sweep's exchange outputs). */
export const BAND_EXCHANGE_FIELDS = [
  "warheadsUsed",
  "victimWarheadsDestroyed",
  "damageToStriker",
  "damageToVictim",
] as const;

/** Prefix of a pair's stability keys, `stability.<a>-<b>`. */
export function pairKey(a: string, b: string): string {
  return `stability.${a}-${b}`;
}

/** Key of a pair's combined index. */
export function combinedKey(a: string, b: string): string {
  return `${pairKey(a, b)}.combined`;
}

/** Key of party `p`'s first-strike stability in pair (a, b). */
export function fssKey(a: string, b: string, p: string): string {
  return `${pairKey(a, b)}.fss.${p}`;
}

/** Key of party `p`'s Kent–Thaler cost of striking first (`c1`) or of being struck first (`c2`) in pair (a, b). */
export function costKey(a: string, b: string, which: "c1" | "c2", p: string): string {
  return `${pairKey(a, b)}.${which}.${p}`;
}

/** Key of a field of the exchange in which `striker` strikes `victim` first. */
export function exchangeKey(striker: string, victim: string, field: string): string {
  return `exchange.${striker}>${victim}.${field}`;
}

/** Key of a treaty row's `counted`, `limit` or `headroom`. */
export function treatyKey(limitId: string, party: string, field: "counted" | "limit" | "headroom"): string {
  return `treaty.${limitId}.${party}.${field}`;
}

/** A metric key taken apart. */
export type ParsedMetricKey =
  | { kind: "stability-min" }
  | { kind: "combined"; a: string; b: string }
  | { kind: "fss" | "c1" | "c2"; a: string; b: string; party: string }
  | { kind: "exchange"; striker: string; victim: string; field: string }
  | { kind: "treaty-violations" }
  | { kind: "treaty"; limit: string; party: string; field: "counted" | "limit" | "headroom" };

/**
 * Take a key apart given the party ids it may name (ids may contain `-` and `.`, so the pair is matched against
 * the known ids rather than split blindly).
 * @param key a metric key
 * @param partyIds ids of the scenario's parties
 * @returns the parts, or undefined for a key this module does not build
 */
export function parseMetricKey(key: string, partyIds: readonly string[]): ParsedMetricKey | undefined {
  if (key === STABILITY_MIN_KEY) return { kind: "stability-min" };
  if (key === TREATY_VIOLATIONS_KEY) return { kind: "treaty-violations" };
  for (const a of partyIds)
    for (const b of partyIds) {
      if (a === b) continue;
      if (key === combinedKey(a, b)) return { kind: "combined", a, b };
      for (const kind of ["fss", "c1", "c2"] as const)
        for (const p of [a, b]) if (key === `${pairKey(a, b)}.${kind}.${p}`) return { kind, a, b, party: p };
      const ex = `exchange.${a}>${b}.`;
      if (key.startsWith(ex) && key.length > ex.length)
        return { kind: "exchange", striker: a, victim: b, field: key.slice(ex.length) };
    }
  if (key.startsWith("treaty."))
    for (const p of partyIds)
      for (const field of ["counted", "limit", "headroom"] as const) {
        const tail = `.${p}.${field}`;
        if (key.endsWith(tail) && key.length > "treaty.".length + tail.length)
          return { kind: "treaty", limit: key.slice("treaty.".length, -tail.length), party: p, field };
      }
  return undefined;
}
