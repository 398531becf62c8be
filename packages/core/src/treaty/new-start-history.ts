/**
 * The New START aggregate data-exchange series against the treaty's limits: each side's headroom per date, with the
 * limits binding only from 5 Feb 2018 (before that: headroom shown, status not-in-force).
 */
import { fitRichardson } from "../stability/richardson.js";
import {
  bindingDate,
  frameworkState,
  type FrameworkState,
  type LimitStatus,
  type NotInForceReason,
} from "./compliance.js";
import type { Framework } from "./framework-schema.js";
import { NEW_START } from "./rule-packs/new-start.js";

/** One published aggregate of one side at one date (the shape of `NEW_START_AGGREGATES` in @seceq/data). */
export interface NewStartExchangeRow {
  /** Date of the data exchange, YYYY-MM-DD. */
  date: string;
  /** Party id (`us`, `ru`). */
  party: string;
  /** Deployed ICBMs, SLBMs and heavy bombers. */
  deployedLaunchers?: number;
  /** Warheads counted under New START. */
  warheads?: number;
  /** Deployed and non-deployed launchers. */
  totalLaunchers?: number;
  source?: string;
  confidence?: string;
  note?: string;
}

/** The three New START aggregates by name. */
export interface NewStartTriple<T> {
  deployedLaunchers: T;
  warheads: T;
  totalLaunchers: T;
}

/** One row of the history: the published figures, the limits, the headroom and the status at that date. */
export interface NewStartHistoryRow {
  date: string;
  party: string;
  /** Published figures (absent where not published). */
  values: Partial<NewStartTriple<number>>;
  /** The limits (700 / 1,550 / 800). */
  limits: NewStartTriple<number>;
  /** `limit − value` for each published figure; negative means above the limit. */
  headroom: Partial<NewStartTriple<number>>;
  /** The treaty's state at the date. */
  state: FrameworkState;
  /** `not-in-force` before the limits bound (or after expiry); else violation when any figure exceeds its limit. */
  status: LimitStatus;
  reason?: NotInForceReason;
  /** Aggregates above their limit (whether binding or not). */
  above: (keyof NewStartTriple<number>)[];
  source?: string;
  confidence?: string;
  note?: string;
}

const LIMIT_IDS: NewStartTriple<string> = {
  deployedLaunchers: "deployed-launchers",
  warheads: "warheads",
  totalLaunchers: "launchers",
};

const KEYS = ["deployedLaunchers", "warheads", "totalLaunchers"] as const;

/**
 * Put a New START data-exchange series against the treaty's limits.
 * @param series published aggregates (any order); rows are returned sorted by date, keeping input order within a date
 * @param framework the New START rule pack (default {@link NEW_START}); its limits `deployed-launchers`, `warheads`,
 *   `launchers` give the ceilings
 */
export function newStartHistory(
  series: readonly NewStartExchangeRow[],
  framework: Framework = NEW_START,
): NewStartHistoryRow[] {
  const limitOf = (key: keyof NewStartTriple<number>) => {
    const l = framework.limits.find((x) => x.id === LIMIT_IDS[key]);
    if (!l || l.max === undefined) throw new Error(`framework "${framework.id}" has no limit "${LIMIT_IDS[key]}"`);
    return l;
  };
  const limits = {
    deployedLaunchers: limitOf("deployedLaunchers"),
    warheads: limitOf("warheads"),
    totalLaunchers: limitOf("totalLaunchers"),
  };
  const ceilings: NewStartTriple<number> = {
    deployedLaunchers: limits.deployedLaunchers.max!,
    warheads: limits.warheads.max!,
    totalLaunchers: limits.totalLaunchers.max!,
  };
  const binding = bindingDate(framework, limits.warheads);
  const ordered = series
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.date.localeCompare(b.row.date) || a.i - b.i);
  return ordered.map(({ row }) => {
    const values: Partial<NewStartTriple<number>> = {};
    const headroom: Partial<NewStartTriple<number>> = {};
    const above: (keyof NewStartTriple<number>)[] = [];
    for (const k of KEYS) {
      const v = row[k];
      if (v === undefined) continue;
      values[k] = v;
      headroom[k] = ceilings[k] - v;
      if (v > ceilings[k]) above.push(k);
    }
    const state = frameworkState(framework, row.date);
    let status: LimitStatus;
    let reason: NotInForceReason | undefined;
    if (state !== "in-force") {
      status = "not-in-force";
      reason = state;
    } else if (binding !== undefined && row.date < binding) {
      status = "not-in-force";
      reason = "not-yet-binding";
    } else status = above.length > 0 ? "violation" : "compliant";
    return {
      date: row.date,
      party: row.party,
      values,
      limits: ceilings,
      headroom,
      state,
      status,
      ...(reason ? { reason } : {}),
      above,
      ...(row.source !== undefined ? { source: row.source } : {}),
      ...(row.confidence !== undefined ? { confidence: row.confidence } : {}),
      ...(row.note !== undefined ? { note: row.note } : {}),
    };
  });
}

/**
 * Fit a Richardson arms-race model ([richardson-1960]; our operational definition) to the counted warheads of the two sides in the
 * series: dates where both published a warhead figure, time in years. Returns undefined with fewer than 4 such dates.
 * The fit describes the treaty period only (both sides were held to 1,550), so read its coefficients as a description
 * of mutual adjustment under a cap, not as unconstrained reaction coefficients.
 * @param rows history rows from {@link newStartHistory}
 * @param x party id for x (default `us`)
 * @param y party id for y (default `ru`)
 */
export function newStartRichardsonFit(
  rows: readonly NewStartHistoryRow[],
  x = "us",
  y = "ru",
): (ReturnType<typeof fitRichardson> & { dates: string[] }) | undefined {
  const byDate = new Map<string, { x?: number; y?: number }>();
  for (const r of rows) {
    const w = r.values.warheads;
    if (w === undefined || (r.party !== x && r.party !== y)) continue;
    const e = byDate.get(r.date) ?? {};
    if (r.party === x) e.x = w;
    else e.y = w;
    byDate.set(r.date, e);
  }
  const dates = [...byDate.entries()]
    .filter(([, v]) => v.x !== undefined && v.y !== undefined)
    .map(([d]) => d)
    .sort();
  const years = (d: string) => Date.parse(`${d}T00:00:00Z`) / (365.2425 * 86_400_000) + 1970;
  const fit = fitRichardson(
    dates.map(years),
    dates.map((d) => byDate.get(d)!.x!),
    dates.map((d) => byDate.get(d)!.y!),
  );
  return fit ? { ...fit, dates } : undefined;
}
