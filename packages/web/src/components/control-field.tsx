/**
 * Renders one {@link Control}: a slider with a number field, a checkbox, or a radio group, each labelled, with a reset
 * button when the value differs from the preset. The provenance (source, preset value) shows as a tooltip on hover
 * and is also in visually hidden text the inputs name with `aria-describedby`, so keyboard and screen-reader users
 * get it too.
 */
import { memo, useState, type ChangeEvent } from "react";
import { samePlainData } from "@seceq/core";
import { coerceControlValue, type Control, type NumberControl } from "../model/controls.js";
import { formatForStep, formatPercent } from "../model/format.js";
import { CONFIDENCE_BADGES, CONFIDENCE_LABELS } from "../model/provenance.js";
import type { DocPath } from "../model/scenario-path.js";

/** Callbacks shared by every control. */
export interface ControlActions {
  edit: (path: DocPath, value: unknown) => void;
  reset: (path: DocPath) => void;
}

/** A confidence badge: how sure the default value is (published / derived / estimate / notional). */
export function ConfidenceBadge({ confidence }: { confidence: string | undefined }) {
  if (!confidence) return null;
  return (
    <span className={`conf conf-${confidence}`} title={CONFIDENCE_LABELS[confidence] ?? confidence}>
      {CONFIDENCE_BADGES[confidence] ?? confidence}
    </span>
  );
}

/** Id of a control's hidden description (its provenance). */
const descriptionId = (key: string) => `ctl-${key}-desc`;

/** The provenance of a control as visually hidden text, for `aria-describedby`. */
function Description({ c }: { c: Control }) {
  return (
    <span id={descriptionId(c.key)} className="sr-only">
      {c.title}
    </span>
  );
}

function ResetButton({ c, actions }: { c: Control; actions: ControlActions }) {
  if (!c.changed) return null;
  return (
    <button
      type="button"
      className="reset"
      onClick={() => actions.reset(c.path)}
      title={`Put ${c.label} back to the preset value`}
      aria-label={`Reset ${c.label} to the preset value`}
    >
      ↺
    </button>
  );
}

function NumberField({ c, actions }: { c: NumberControl; actions: ControlActions }) {
  const scale = c.percent ? 100 : 1;
  const shownStep = c.percent ? 1 : c.step;
  const shown = c.value * scale;
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (raw: number) => {
    const v = coerceControlValue(c, raw / scale);
    if (v !== undefined) actions.edit(c.path, c.percent ? Math.round(v * 10000) / 10000 : v);
  };
  const onSlider = (e: ChangeEvent<HTMLInputElement>) => commit(Number(e.target.value));
  const onNumber = (e: ChangeEvent<HTMLInputElement>) => {
    setDraft(e.target.value);
    if (e.target.value.trim() !== "" && Number.isFinite(Number(e.target.value))) commit(Number(e.target.value));
  };
  const id = `ctl-${c.key}`;
  const baselineText =
    c.baseline !== undefined ? (c.percent ? formatPercent(c.baseline) : formatForStep(c.baseline, c.step)) : undefined;
  return (
    <div className={`control number${c.changed ? " changed" : ""}`} title={c.title}>
      <label htmlFor={id}>
        {c.label}
        {c.changed && baselineText !== undefined ? <span className="was"> (preset {baselineText})</span> : null}{" "}
        <ConfidenceBadge confidence={c.confidence} />
      </label>
      <div className="row">
        <input
          id={id}
          type="range"
          min={c.min * scale}
          max={c.max * scale}
          step={shownStep}
          value={shown}
          onChange={onSlider}
          aria-describedby={`${id}-unit ${descriptionId(c.key)}`}
          data-key={c.key}
        />
        <input
          type="number"
          className="num"
          min={c.min * scale}
          max={c.limit * scale}
          step={shownStep}
          value={draft ?? formatForStep(shown, shownStep)}
          onChange={onNumber}
          onBlur={() => setDraft(null)}
          aria-label={`${c.label}, value${c.percent ? " in percent" : ""}`}
          aria-describedby={`${id}-unit ${descriptionId(c.key)}`}
          data-key={`${c.key}-num`}
        />
        <span className="unit" id={`${id}-unit`} title={c.unit}>
          {c.percent ? "%" : ""}
          <span className="sr-only">{c.percent ? "percent" : (c.unit ?? "")}</span>
        </span>
        <ResetButton c={c} actions={actions} />
      </div>
      <Description c={c} />
    </div>
  );
}

/** Props of {@link ControlField}. */
interface ControlFieldProps {
  c: Control;
  actions: ControlActions;
}

/**
 * True when two renders of a control would be the same: the same actions, and controls equal in value (editor view
 * models rebuild the controls of a party or of the assumptions on every edit; an unchanged one is not re-rendered).
 */
export function sameControlProps(a: ControlFieldProps, b: ControlFieldProps): boolean {
  return a.actions === b.actions && (a.c === b.c || samePlainData(a.c, b.c));
}

/** One control of any kind. */
export const ControlField = memo(function ControlField({ c, actions }: ControlFieldProps) {
  switch (c.kind) {
    case "number":
      return <NumberField c={c} actions={actions} />;
    case "toggle": {
      const id = `ctl-${c.key}`;
      return (
        <div className={`control toggle${c.changed ? " changed" : ""}`} title={c.title}>
          <input
            id={id}
            type="checkbox"
            checked={c.value}
            onChange={(e) => actions.edit(c.path, e.target.checked)}
            aria-describedby={descriptionId(c.key)}
            data-key={c.key}
          />
          <label htmlFor={id}>{c.label}</label>
          <ResetButton c={c} actions={actions} />
          <Description c={c} />
        </div>
      );
    }
    case "choice":
      return (
        <fieldset
          className={`control choice${c.changed ? " changed" : ""}`}
          title={c.title}
          aria-describedby={descriptionId(c.key)}
        >
          <legend>{c.label}</legend>
          <div className="segmented">
            {c.options.map((o) => {
              const id = `ctl-${c.key}-${o.value}`;
              return (
                <span key={o.value}>
                  <input
                    id={id}
                    type="radio"
                    name={`ctl-${c.key}`}
                    value={o.value}
                    checked={c.value === o.value}
                    onChange={() => actions.edit(c.path, o.value)}
                  />
                  <label htmlFor={id}>{o.label}</label>
                </span>
              );
            })}
            <ResetButton c={c} actions={actions} />
          </div>
          <Description c={c} />
        </fieldset>
      );
  }
}, sameControlProps);
