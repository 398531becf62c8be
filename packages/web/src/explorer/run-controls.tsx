/**
 * Run, cancel and progress of an Explorer run: the problems that keep the form from running, the buttons, a progress
 * bar (indeterminate on the server) and the progress line, announced to screen readers. While a run is in flight the
 * elapsed time ticks every half second.
 */
import { useEffect, useState, type ReactNode } from "react";
import { progressVm, type RunState, type StepNoun } from "./explorer-vm.js";

/** Props of {@link RunControls}. */
export interface RunControlsProps {
  run: RunState;
  noun: StepNoun;
  runLabel: string;
  runTestId: string;
  onRun: () => void;
  onCancel: () => void;
  /** Problems of the form, listed above the buttons (as an alert); while there are any, the run is disabled. */
  problems?: readonly string[];
  /** More buttons (e.g. "Run on server"). */
  extra?: ReactNode;
}

/** Run and cancel buttons with the progress of the run. */
export function RunControls({
  run,
  noun,
  runLabel,
  runTestId,
  onRun,
  onCancel,
  problems = [],
  extra,
}: RunControlsProps) {
  const running = run.status === "running";
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(t);
  }, [running]);
  const p = progressVm(run, noun, Math.max(now, run.startedAt));
  return (
    <>
      {problems.length > 0 ? (
        <ul className="form-problems" role="alert">
          {problems.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <div className="run-controls">
        <div className="run-buttons">
          <button
            type="button"
            className="primary"
            onClick={onRun}
            disabled={problems.length > 0 || running}
            data-testid={runTestId}
          >
            {runLabel}
          </button>
          {extra}
          <button type="button" onClick={onCancel} disabled={!running} data-testid="cancel-run">
            Cancel
          </button>
        </div>
        {/* The live region stays mounted (empty while idle), so the first announcement of a run is not lost. */}
        <div className={`run-progress${run.status === "idle" ? " idle" : ""}`}>
          {running ? (
            p.fraction === null ? (
              <progress aria-label="Progress" />
            ) : (
              <progress aria-label="Progress" value={p.fraction} max={1} />
            )
          ) : null}
          <span role="status" aria-live="polite" data-testid="explorer-progress" className={`run-${run.status}`}>
            {p.text}
          </span>
          {run.issues.length > 0 ? (
            <ul className="form-problems" data-testid="run-issues">
              {run.issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </>
  );
}
