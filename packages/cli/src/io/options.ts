/**
 * Parse numeric command-line options strictly; bad values are user errors (exit 2).
 */
import type { z } from "zod";
import { integerBounds } from "@seceq/core";
import { UserError } from "../errors.js";

/** Parse an integer option within [min, max]. */
export function parseIntOption(name: string, text: string, min: number, max: number): number {
  const v = Number(text);
  if (!/^[-+]?\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v < min || v > max)
    throw new UserError(`${name} must be a whole number between ${min} and ${max}, got "${text}"`);
  return v;
}

/**
 * Parse a whole-number option in one of the protocol's domains (`Seed`, `Samples`, `CrisisDays`, … from
 * `@seceq/core`), so the CLI accepts exactly what the API and the web workbench accept.
 */
export function parseDomainOption(name: string, text: string, domain: z.ZodNumber): number {
  const { min, max } = integerBounds(domain);
  return parseIntOption(name, text, min, max);
}

/** Parse a finite number option within [min, max]. */
export function parseNumberOption(name: string, text: string, min = -Infinity, max = Infinity): number {
  const v = Number(text);
  if (text.trim() === "" || !Number.isFinite(v) || v < min || v > max)
    throw new UserError(`${name} must be a number${Number.isFinite(min) ? ` in [${min}, ${max}]` : ""}, got "${text}"`);
  return v;
}
