/**
 * A one-of-several choice shown as joined buttons: native radio inputs (keyboard and screen-reader behaviour of a
 * radio group) with their labels styled as segments.
 */

/** Props of {@link RadioSegments}. */
export interface RadioSegmentsProps<T extends string> {
  /** Group name; each input's id is `${name}-${value}`. */
  name: string;
  /** Accessible name of the group. */
  label: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  /** Extra class of the group (after `segmented`). */
  className?: string;
  /** Give each input its id as test id. */
  testIds?: boolean;
}

/** A radio group styled as segments. */
export function RadioSegments<T extends string>({
  name,
  label,
  options,
  value,
  onChange,
  className,
  testIds,
}: RadioSegmentsProps<T>) {
  return (
    <div className={`segmented${className ? ` ${className}` : ""}`} role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <span key={o.value}>
          <input
            id={`${name}-${o.value}`}
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            data-testid={testIds ? `${name}-${o.value}` : undefined}
          />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </span>
      ))}
    </div>
  );
}
