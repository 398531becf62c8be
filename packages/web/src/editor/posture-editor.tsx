/**
 * The posture editor: each party's levers by leg, then the technical assumptions in their own group.
 */
import { memo } from "react";
import { ConfidenceBadge, ControlField, type ControlActions } from "../components/control-field.js";
import { formatCount } from "../model/format.js";
import type { ItemEditor, PartyEditor, PostureEditorVm } from "./posture-editor-vm.js";

const Item = memo(function Item({ item, actions }: { item: ItemEditor; actions: ControlActions }) {
  return (
    <div className={`item${item.changed ? " changed" : ""}`} data-testid={`item-${item.key}`}>
      <div className="item-head" title={`Source: ${item.source}`}>
        <span className="item-name">{item.name}</span> <span className="item-kind">{item.kind}</span>{" "}
        <ConfidenceBadge confidence={item.confidence} />
        <span className="sr-only">. Source: {item.source}</span>
      </div>
      <div className="item-summary">{item.summary}</div>
      {item.controls.map((c) => (
        <ControlField key={c.key} c={c} actions={actions} />
      ))}
    </div>
  );
});

function Party({ p, actions }: { p: PartyEditor; actions: ControlActions }) {
  const headingId = `party-${p.id}-heading`;
  return (
    <section className="party" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {p.name} <span className="muted">· {formatCount(p.deployedWarheads)} deployed warheads</span>
      </h3>
      <div className="party-levers">
        <ControlField c={p.posture} actions={actions} />
        <ControlField c={p.launchUnderAttack} actions={actions} />
        <ControlField c={p.holdBack} actions={actions} />
      </div>
      {p.legs.map((leg) => (
        <details key={leg.leg} className="leg" open={leg.leg !== "non-strategic" && leg.leg !== "conventional"}>
          <summary>
            {leg.label} <span className="muted">({leg.items.length})</span>
            {leg.items.some((i) => i.changed) ? (
              <>
                <span className="dot" aria-hidden="true" />
                <span className="sr-only">, changed from preset</span>
              </>
            ) : null}
          </summary>
          {leg.items.map((it) => (
            <Item key={it.key} item={it} actions={actions} />
          ))}
        </details>
      ))}
    </section>
  );
}

/** Render the editor (skipped when neither the view model nor the actions changed, e.g. on a new result). */
export const PostureEditor = memo(function PostureEditor({
  vm,
  actions,
}: {
  vm: PostureEditorVm;
  actions: ControlActions;
}) {
  return (
    <div className="editor">
      <h2 className="section-title">
        Policy levers{" "}
        {vm.changedCount > 0 ? (
          <span className="badge" data-testid="changed-count">
            {vm.changedCount} changed
          </span>
        ) : null}
      </h2>
      {vm.parties.map((p) => (
        <Party key={p.id} p={p} actions={actions} />
      ))}
      <details className="assumptions" data-testid="assumptions">
        <summary>
          <h2 className="section-title inline">Technical assumptions</h2>
        </summary>
        <p className="note">
          Modelling constants, kept apart from the policy levers above. Hover a setting for where its default comes
          from.
        </p>
        {vm.assumptions.global.map((c) => (
          <ControlField key={c.key} c={c} actions={actions} />
        ))}
        {/* Parties on the population model have no curve here (their assumptions are under "Population assumptions"). */}
        {vm.assumptions.damage.some((d) => d.controls.length > 0) ? <h3>Damage curves (notional)</h3> : null}
        {vm.assumptions.damage
          .filter((d) => d.controls.length > 0)
          .map((d) => (
            <div key={d.party} className="item">
              <div className="item-head">
                <span className="item-name">{d.name}</span>
              </div>
              {d.controls.map((c) => (
                <ControlField key={c.key} c={c} actions={actions} />
              ))}
            </div>
          ))}
      </details>
    </div>
  );
});
