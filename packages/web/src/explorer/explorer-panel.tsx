/**
 * The Explorer tab: define a small negotiation space or sweep around the scenario in the Workbench, run it in the
 * Explorer's worker (or a negotiation on the server), see the result as an interactive scatter, and open any point
 * as the Workbench's scenario.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import type { WorkbenchState } from "../app/workbench-store.js";
import { RadioSegments } from "../components/radio-segments.js";
import type { ExplorerMode, ExplorerStore } from "./explorer-store.js";
import { NegotiationResults, NegotiationSpaceForm } from "./negotiation-panel.js";
import { SweepResults, SweepSpaceForm } from "./sweep-panel.js";
import { leverOptions } from "./sweep-vm.js";

/** Props of {@link ExplorerPanel}. */
export interface ExplorerPanelProps {
  explorer: ExplorerStore;
  workbench: WorkbenchState;
  /** Called after a point was opened as the Workbench's scenario (e.g. to show the Workbench). */
  onOpened: () => void;
}

const MODES: Array<{ value: ExplorerMode; label: string }> = [
  { value: "negotiate", label: "Negotiation" },
  { value: "sweep", label: "Sweep" },
];

/** The Explorer. */
export function ExplorerPanel({ explorer, workbench, onOpened }: ExplorerPanelProps) {
  const state = useSyncExternalStore(explorer.subscribe, explorer.getState);
  useEffect(() => void explorer.probeServer(), [explorer]);
  const options = useMemo(
    () => leverOptions(workbench.input, workbench.baseline),
    [workbench.input, workbench.baseline],
  );
  const openPoint = useCallback(
    (index: number) => {
      if (explorer.openNegotiationPoint(index)) onOpened();
    },
    [explorer, onOpened],
  );
  const openCell = useCallback(
    (row: number) => {
      if (explorer.openSweepCell(row)) onOpened();
    },
    [explorer, onOpened],
  );
  return (
    <div className="explorer" data-testid="explorer">
      <aside className="editor-col explorer-form" aria-label="Explorer settings">
        <RadioSegments
          name="explorer-mode"
          label="Explorer mode"
          className="mode-switch"
          options={MODES}
          value={state.mode}
          onChange={(m) => explorer.setMode(m)}
          testIds
        />
        {state.mode === "negotiate" ? (
          <NegotiationSpaceForm explorer={explorer} state={state} input={workbench.input} />
        ) : (
          <SweepSpaceForm explorer={explorer} state={state} options={options} />
        )}
      </aside>
      <section className="results-col" aria-label="Explorer results">
        {state.openError ? (
          <div className="errors" role="alert">
            {state.openError}
          </div>
        ) : null}
        {state.mode === "negotiate" ? (
          <NegotiationResults state={state} revision={workbench.revision} onOpen={openPoint} input={workbench.input} />
        ) : (
          <SweepResults
            explorer={explorer}
            state={state}
            input={workbench.input}
            revision={workbench.revision}
            onOpen={openCell}
          />
        )}
      </section>
    </div>
  );
}
