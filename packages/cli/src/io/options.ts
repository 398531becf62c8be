/**
 * Parse numeric command-line options strictly; bad values are user errors (exit 2).
 */
import { UserError } from "../errors.js";

/** Parse an integer option within [min, max]. */
export function parseIntOption(name: string, text: string, min: number, max: number): number {
  const v = Number(text);
  if (!/^[-+]?\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v < min || v > max)
    throw new UserError(`${name} must be a whole number between ${min} and ${max}, got "${text}"`);
  return v;
}

/** Parse a finite number option within [min, max]. */
export function parseNumberOption(name: string, text: string, min = -Infinity, max = Infinity): number {
  const v = Number(text);
  if (text.trim() === "" || !Number.isFinite(v) || v < min || v > max)
    throw new UserError(`${name} must be a number${Number.isFinite(min) ? ` in [${min}, ${max}]` : ""}, got "${text}"`);
  return v;
}
