/**
 * Control descriptors: what the editor views render. A view model builds them from the scenario document; the view
 * draws a slider + number field, a toggle or a choice, and writes the new value back at `path`.
 */
import type { DocPath } from "./scenario-path.js";

interface ControlBase {
  /** Unique, DOM-safe key (used for element ids and test selectors). */
  key: string;
  /** Where the value lives in the scenario document. */
  path: DocPath;
  /** Visible label. */
  label: string;
  /** Provenance and help shown on hover/focus. */
  title: string;
  /** True when the value differs from the preset's. */
  changed: boolean;
  /** How sure the default is (`published` / `derived` / `estimate` / `notional`), shown as a badge; absent for levers. */
  confidence?: string;
}

/** A number edited with a slider and a number field. */
export interface NumberControl extends ControlBase {
  kind: "number";
  value: number;
  /** The preset's value, when there is a preset. */
  baseline?: number;
  /** Lowest value. */
  min: number;
  /** Slider maximum (grows to include the value). */
  max: number;
  /** Largest value the number field accepts (the schema's limit). */
  limit: number;
  step: number;
  /** Unit shown after the field (e.g. "launchers", "%"). */
  unit?: string;
  /** Shown and typed as a percentage (value 0–1 → 0–100 %). */
  percent?: boolean;
}

/** An on/off setting. */
export interface ToggleControl extends ControlBase {
  kind: "toggle";
  value: boolean;
  baseline?: boolean;
}

/** One of a few named options. */
export interface ChoiceControl extends ControlBase {
  kind: "choice";
  value: string;
  baseline?: string;
  options: Array<{ value: string; label: string }>;
}

/** Any control. */
export type Control = NumberControl | ToggleControl | ChoiceControl;

/** Make a DOM-safe key from path parts. */
export function controlKey(parts: ReadonlyArray<string | number>): string {
  return parts
    .map(String)
    .join("-")
    .replace(/[^A-Za-z0-9_-]/g, "_");
}

/**
 * A "nice" slider maximum at least `x`: 1, 2, 2.5 or 5 times a power of ten (10, 20, 25, 50, 100, …), so ranges read
 * as round numbers. Non-positive input gives `floor`.
 */
export function niceCeil(x: number, floor = 1): number {
  if (!(x > floor)) return floor;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x - 1e-9) return m * p;
  return 10 * p;
}

/** Clamp a typed number into `[min, limit]` and snap integers; NaN returns undefined (reject the edit). */
export function coerceControlValue(c: Pick<NumberControl, "min" | "limit" | "step">, raw: number): number | undefined {
  if (!Number.isFinite(raw)) return undefined;
  const v = Math.min(c.limit, Math.max(c.min, raw));
  return c.step >= 1 ? Math.round(v) : v;
}
