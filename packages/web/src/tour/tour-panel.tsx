/**
 * The guided tour's panel: the current step (what to do, what the literature expects and why), a button that makes
 * the change on the preset, and, once the engine has answered, whether it agrees. Playable from a URL (`?tour=N`).
 */
import { useMemo } from "react";
import type { Report } from "@seceq/core";
import { TOUR_STEPS } from "./tour-steps.js";
import { tourVerdict } from "./tour-vm.js";

/** Props of {@link TourPanel}. */
export interface TourPanelProps {
  /** 0-based step index. */
  step: number;
  /** True once the step's change is made and the engine has answered for it. */
  done: boolean;
  report: Report | null;
  baselineReport: Report | null;
  onDo: () => void;
  onGo: (step: number) => void;
  onExit: () => void;
}

/** Render the tour panel. */
export function TourPanel({ step, done, report, baselineReport, onDo, onGo, onExit }: TourPanelProps) {
  const s = TOUR_STEPS[step]!;
  const verdict = useMemo(
    () => (done && report && baselineReport ? tourVerdict(s, report, baselineReport) : null),
    [done, report, baselineReport, s],
  );
  const last = step === TOUR_STEPS.length - 1;
  return (
    <section className="tour" aria-labelledby="tour-h" data-testid="tour">
      <div className="tour-head">
        <h2 id="tour-h">
          Guided tour · step {step + 1} of {TOUR_STEPS.length}: {s.title}
        </h2>
        <button type="button" onClick={onExit} aria-label="Close the guided tour">
          ✕
        </button>
      </div>
      <p>
        <strong>Do:</strong> {s.action}{" "}
        <strong>Expect: combined stability {s.expected === "down" ? "falls ↓" : "rises ↑"}.</strong>
      </p>
      <p className="tour-why">{s.explanation}</p>
      {verdict ? (
        <p className={`tour-verdict ${verdict.agrees ? "agrees" : "disagrees"}`} data-testid="tour-verdict">
          {verdict.text}
          {verdict.agrees ? null : <span className="tour-caveat"> Why: {s.caveat}</span>}
        </p>
      ) : null}
      <div className="tour-actions">
        <button type="button" onClick={() => onGo(step - 1)} disabled={step === 0}>
          ← Back
        </button>
        <button type="button" className="primary" onClick={onDo} data-testid="tour-do">
          {done ? "Make the change again" : "Make the change"}
        </button>
        {last ? (
          <button type="button" onClick={onExit} data-testid="tour-finish">
            Finish the tour
          </button>
        ) : (
          <button type="button" onClick={() => onGo(step + 1)} data-testid="tour-next">
            Next step →
          </button>
        )}
        <span className="muted">Each step starts again from the preset; the card shows the change from it.</span>
      </div>
    </section>
  );
}
