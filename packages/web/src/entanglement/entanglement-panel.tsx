/**
 * The "Entanglement and warning" section of the results: per exchange, a sentence on what the chosen strike does to
 * the victim's warning and launch under attack, a chart of the launch-under-attack probability before → after, and
 * tables of the warning figures and of the C3 sites struck. Redraws its chart only when the figures it draws change.
 */
import { memo, useMemo } from "react";
import type { Report, ScenarioInput } from "@seceq/core";
import { warningChart, type WarningPoint } from "../charts/warning-chart.js";
import { exportTitle } from "../charts/chart-export.js";
import { ChartFrame } from "../components/chart-frame.js";
import { DataTable } from "../components/data-table.js";
import { tableKey, useKeyed } from "../results/use-keyed.js";
import { c3SiteNames, entanglementVm } from "./entanglement-vm.js";

/** Props of {@link EntanglementPanel}. */
export interface EntanglementPanelProps {
  report: Report;
  /** The scenario the report was computed from (C3 site names). */
  scenario: ScenarioInput;
  /** Force element names keyed `party/element`. */
  elementNames: Record<string, string>;
}

/** Render the section. */
export const EntanglementPanel = memo(function EntanglementPanel({
  report,
  scenario,
  elementNames,
}: EntanglementPanelProps) {
  const namesKey = scenario.parties
    .map((p) => (p.c3?.sites ?? []).map((s) => `${p.id}/${s.id}\u0000${s.name}`).join("\u0001"))
    .join("\u0002");
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const siteNames = useMemo(() => c3SiteNames(scenario), [namesKey]);
  const vm = useMemo(() => entanglementVm(report, siteNames, elementNames), [report, siteNames, elementNames]);
  const points = useKeyed(
    vm.exchanges.map((x): WarningPoint => ({
      label: x.label,
      before: x.luaBefore,
      after: x.luaAfter,
      lua: x.launchesUnderAttack,
    })),
    vm.chartKey,
  );
  const draw = useMemo(() => (w: number) => warningChart(points, w), [points]);
  const warningTable = useKeyed(vm.warningTable, tableKey(vm.warningTable));
  const strikeTable = useKeyed(vm.strikeTable, tableKey(vm.strikeTable));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="section-block" aria-labelledby="entanglement-h" data-testid="entanglement">
      <h2 id="entanglement-h" className="section-title">
        Entanglement and warning
      </h2>
      <p className="note">
        What each side&apos;s chosen first strike does to the other&apos;s command, early-warning and missile-defence
        sites. Only conventional weapons strike warning radars and command centres early enough to stop a launch under
        attack (a nuclear warhead on them is itself warning); a conventional strike on a site that also serves nuclear
        forces is <em>entangled</em>: it degrades nuclear warning without crossing the nuclear threshold.
      </p>
      <ul className="sentences" data-testid="warning-sentences">
        {vm.exchanges.map((x) => (
          <li key={x.key} data-testid={`warning-${x.striker}-${x.victim}`}>
            {x.sentence}
            {x.details.length > 0 ? <span className="muted"> {x.details.join(" ")}</span> : null}
          </li>
        ))}
      </ul>
      {vm.anyLua ? (
        <ChartFrame
          id="warning-chart"
          title="Chance to launch under attack, before → after the first strike"
          draw={draw}
          exportName="warning"
          exportTitle={exportTitle("Chance to launch under attack before and after the first strike", report, today)}
          caption="Open dot: the victim's chance to launch its fixed missiles under attack before the striker's chosen strike (the LUA fraction times its warning share); filled dot: after it."
        />
      ) : null}
      <DataTable
        id="warning-table"
        caption="Warning and launch under attack by exchange"
        table={warningTable}
        exportName="warning"
        note="Warning: the share of the victim's warning that survives (early-warning and command sites, ASAT and cyber). Launch under attack: the probability that it succeeds (0 when the victim does not launch under attack)."
      />
      {vm.anyStrikes ? (
        <DataTable
          id="c3-table"
          caption="C3 sites struck at the chosen strike"
          table={strikeTable}
          exportName="c3-strikes"
          note="Expected sites destroyed and the warheads spent on them, per exchange. Entangled: conventional warheads on a dual-use site."
        />
      ) : (
        <p className="note" data-testid="c3-none">
          No command, early-warning or missile-defence site is struck in any exchange (none are listed, or no strike on
          them pays off).
        </p>
      )}
    </section>
  );
});
