/**
 * Number formatting shared by the views. Fixed locale (`en-US`) so tests, screenshots and shared links read the same
 * everywhere.
 */

/** Decimals shown for stability indices (the CLI shows the same three). */
export const INDEX_DECIMALS = 3;

/** Format a stability index (0–1) with {@link INDEX_DECIMALS} decimals; non-finite values as "—". */
export function formatIndex(x: number): string {
  return Number.isFinite(x) ? x.toFixed(INDEX_DECIMALS) : "—";
}

const COUNT_FORMATS = new Map<number, Intl.NumberFormat>();

/** Format a count with thousands separators, rounded to `decimals` (default 0). */
export function formatCount(x: number, decimals = 0): string {
  if (!Number.isFinite(x)) return x === Infinity ? "∞" : "—";
  // Intl formatters are costly to create: keep one per precision (this runs for every row on every slider step).
  let f = COUNT_FORMATS.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    COUNT_FORMATS.set(decimals, f);
  }
  return f.format(x);
}

/** Format a share 0–1 as a percentage with `decimals` (default 0). */
export function formatPercent(x: number, decimals = 0): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(decimals)} %` : "—";
}

/** Format a number with about 3 significant digits (1.23, 12.3, 1,234), for derived quantities. */
export function formatSig(x: number): string {
  if (!Number.isFinite(x)) return x === Infinity ? "∞" : "—";
  const a = Math.abs(x);
  if (a === 0) return "0";
  if (a >= 1000) return formatCount(x);
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  if (a >= 0.001) return x.toPrecision(3);
  return x.toExponential(2);
}

/**
 * Format a modelled count of people (fatalities, persons) to three significant digits, as the model's precision
 * warrants: millions in words from one million up ("69.4 million"), else with thousands separators ("946,000"). Data
 * counts (a place's population, a national total) keep {@link formatCount}.
 */
export function formatEstimate(x: number): string {
  if (!Number.isFinite(x)) return x === Infinity ? "∞" : "—";
  const a = Math.abs(x);
  if (a >= 1e6) return `${Number((x / 1e6).toPrecision(3))} million`;
  return a >= 1 ? formatCount(Number(x.toPrecision(3))) : formatCount(x);
}

/** Format a signed small change (derivatives): sign always shown, 3 significant digits, e.g. "+1.23e-4". */
export function formatSigned(x: number): string {
  if (!Number.isFinite(x)) return "—";
  if (x === 0) return "0";
  const s = Math.abs(x) >= 0.01 ? x.toFixed(3) : x.toExponential(2);
  return x > 0 ? `+${s}` : s;
}

/** Format a value for a control with the step's decimals (0.01 → 2 decimals; 1 → none). */
export function formatForStep(x: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return Number.isFinite(x) ? x.toFixed(decimals) : "";
}

/**
 * Format a change in plain decimals with its sign ("+0.012", "−0.00618", "0.000"): at least `decimals` (default 3)
 * decimals, more for small changes so that about three significant digits show (at most 8), never an exponent.
 */
export function formatDelta(x: number, decimals = 3): string {
  if (!Number.isFinite(x)) return "—";
  const a = Math.abs(x);
  const d = a > 0 && a < 10 ** -decimals ? Math.min(8, Math.ceil(-Math.log10(a)) + 2) : decimals;
  const s = a.toFixed(d);
  if (Number(s) === 0) return (0).toFixed(decimals);
  return `${x > 0 ? "+" : "−"}${s}`;
}

/** Whether a change is good or bad for the side concerned. */
export type DeltaTone = "good" | "bad" | "neutral";

/**
 * Tone of a change: `higher` means more is better for the side concerned (stability), `lower` that less is better
 * (damage to it), `none` that neither is (force counts). Changes smaller than `epsilon` are neutral.
 */
export function deltaTone(delta: number, better: "higher" | "lower" | "none", epsilon = 5e-4): DeltaTone {
  if (better === "none" || !Number.isFinite(delta) || Math.abs(delta) < epsilon) return "neutral";
  return delta > 0 === (better === "higher") ? "good" : "bad";
}
