/**
 * Argument checks shared by the physics, defence and parity formulas. Library functions given input that scenario
 * validation would have refused throw {@link InputError} (house rule in `_shared/issues.ts`), so every interface can
 * report the problem as data instead of returning NaN.
 */
import { InputError } from "../_shared/issues.js";

function fail(name: string, value: number, requirement: string): never {
  throw new InputError([
    { code: "out_of_range", path: [name], message: `${name} must be ${requirement} (got ${String(value)})` },
  ]);
}

/**
 * Require a finite number ≥ 0.
 * @param name parameter name used in the message, e.g. `yieldKt`
 * @param value the value to check
 * @returns the value
 * @throws InputError when the value is negative, NaN or infinite
 */
export function requireNonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) fail(name, value, "a finite number ≥ 0");
  return value;
}

/**
 * Require a finite number > 0.
 * @param name parameter name used in the message
 * @param value the value to check
 * @returns the value
 * @throws InputError when the value is ≤ 0, NaN or infinite
 */
export function requirePositive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) fail(name, value, "a finite number > 0");
  return value;
}

/**
 * Require a probability in [0, 1].
 * @param name parameter name used in the message
 * @param value the value to check
 * @returns the value
 * @throws InputError when the value is outside [0, 1] or NaN
 */
export function requireProbability(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) fail(name, value, "a probability in [0, 1]");
  return value;
}

/**
 * Require a number ≥ 0 that may be `Infinity` (e.g. an unlimited interceptor inventory).
 * @param name parameter name used in the message
 * @param value the value to check
 * @returns the value
 * @throws InputError when the value is negative or NaN
 */
export function requireNonNegativeOrInfinity(name: string, value: number): number {
  if (!(value >= 0)) fail(name, value, "a number ≥ 0");
  return value;
}
