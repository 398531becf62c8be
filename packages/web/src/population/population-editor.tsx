/**
 * Population assumptions in the editor: the effects assumptions of the parties on the population value model, one
 * block for all of them (when they share their assumptions) or one per party. Each edit writes the party's whole
 * `effects` object through the store, so the figures are recomputed as a slider moves (the store coalesces runs).
 */
import { memo, useMemo, useState } from "react";
import type { ScenarioInput } from "@seceq/core";
import { ControlField, type ControlActions } from "../components/control-field.js";
import type { DocPath } from "../model/scenario-path.js";
import {
  baselineEffectsValue,
  effectsPath,
  nextEffects,
  populationEditorVm,
  populationParties,
} from "./population-editor-vm.js";

/** What the section needs from the store. */
export interface PopulationStore {
  getState(): { input: ScenarioInput; baseline: ScenarioInput | null };
  edit(path: DocPath, value: unknown): void;
}

type EffectsOf = Parameters<typeof nextEffects>[0];

function effectsAt(doc: ScenarioInput | null, index: number, id?: string): EffectsOf {
  const p = id === undefined ? doc?.parties[index] : doc?.parties.find((x) => x.id === id);
  return (p?.value as { effects?: EffectsOf } | undefined)?.effects;
}

/**
 * Actions of the section's controls: an edit at `parties[i].value.effects.…` writes the new `effects` of party i, or
 * of every population party when one block edits them all; a reset puts the preset's value back the same way.
 * @param store the workbench store
 * @param all one block edits every population party
 */
export function populationActions(store: PopulationStore, all: boolean): ControlActions {
  const apply = (path: DocPath, valueFor: (baseEffects: EffectsOf, rel: Array<string | number>) => unknown) => {
    const at = effectsPath(path);
    if (!at) return;
    const { input, baseline } = store.getState();
    const targets = all ? populationParties(input).map((p) => p.index) : [at.party];
    for (const i of targets) {
      const id = input.parties[i]?.id;
      if (id === undefined) continue;
      const base = effectsAt(baseline, i, id);
      const hasBaseline = baseline?.parties.some((x) => x.id === id) ?? false;
      const next = nextEffects(effectsAt(input, i), base, at.rel, valueFor(base, at.rel), hasBaseline);
      store.edit(["parties", i, "value", "effects"], next);
    }
  };
  return {
    edit: (path, value) => apply(path, () => value),
    reset: (path) => apply(path, (base, rel) => baselineEffectsValue(base, rel)),
  };
}

/** Render the section (nothing when no party is on the population model). */
export const PopulationEditor = memo(function PopulationEditor({
  store,
  input,
  baseline,
}: {
  store: PopulationStore;
  input: ScenarioInput;
  baseline: ScenarioInput | null;
}) {
  const [perParty, setPerParty] = useState(false);
  const vm = useMemo(() => populationEditorVm(input, baseline, perParty), [input, baseline, perParty]);
  const all = vm.blocks.length === 1 && vm.blocks[0]!.parties.length > 1;
  const actions = useMemo(() => populationActions(store, all), [store, all]);
  if (vm.parties.length === 0) return null;
  return (
    <details className="assumptions population" data-testid="population-editor">
      <summary>
        <h2 className="section-title inline">Population assumptions</h2>{" "}
        {vm.changedCount > 0 ? (
          <span className="badge" data-testid="population-changed-count">
            {vm.changedCount} changed
          </span>
        ) : null}
      </summary>
      <p className="note">
        How the population value model turns warheads on cities into prompt deaths (methods §7): blast rings with the
        share killed inside each, the burst height, an optional mass-fire zone, and how densely people live around each
        place. Not modelled: fallout, injuries, sheltering. Hover a setting for its source.
      </p>
      {vm.parties.length > 1 ? (
        <label className="control toggle">
          <input
            type="checkbox"
            checked={perParty || !vm.uniform}
            disabled={!vm.uniform}
            onChange={(e) => setPerParty(e.target.checked)}
            data-testid="population-per-party"
          />{" "}
          Set per party{vm.uniform ? "" : " (the parties' assumptions differ)"}
        </label>
      ) : null}
      {vm.blocks.map((b) => (
        <div key={b.key} className={`item${b.changed ? " changed" : ""}`} data-testid={b.key}>
          <div className="item-head">
            <span className="item-name">{b.title}</span>
          </div>
          {b.controls.map((c) => (
            <ControlField key={c.key} c={c} actions={actions} />
          ))}
        </div>
      ))}
    </details>
  );
});
