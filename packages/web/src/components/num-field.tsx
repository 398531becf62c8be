/**
 * A labelled number field that keeps what is being typed (an empty or half-typed value is not written back) and
 * reports each valid number. Values can be shown scaled (a share 0–1 typed as a percentage).
 */
import { useState } from "react";

/** Props of {@link NumField}. */
export interface NumFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** Lowest and highest values, and the step, in the shown (scaled) units. */
  min?: number;
  max?: number;
  step?: number;
  /** Shown value = value × scale (100 for percentages). Default 1. */
  scale?: number;
  /** Unit shown after the field. */
  unit?: string;
  testId?: string;
  disabled?: boolean;
  /** Hide the label visually (it stays the field's accessible name). */
  hideLabel?: boolean;
}

const shown = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : "");

/** A number field. */
export function NumField({
  label,
  value,
  onChange,
  min,
  max,
  step,
  scale = 1,
  unit,
  testId,
  disabled,
  hideLabel,
}: NumFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="num-field">
      <span className={hideLabel ? "sr-only" : "num-label"}>{label}</span>
      <input
        type="number"
        className="num"
        value={draft ?? shown(value * scale)}
        {...(min !== undefined ? { min } : {})}
        {...(max !== undefined ? { max } : {})}
        {...(step !== undefined ? { step } : {})}
        disabled={disabled}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== "" && Number.isFinite(n)) onChange(n / scale);
        }}
        onBlur={() => setDraft(null)}
        data-testid={testId}
      />
      {unit ? <span className="unit">{unit}</span> : null}
    </label>
  );
}
