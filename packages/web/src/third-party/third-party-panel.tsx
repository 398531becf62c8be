/**
 * The "Third parties" section of the results: with three or more parties, how the others move each pair's index
 * (hold-back and post-exchange vulnerability), in sentences, a chart and two tables; with two, why there is nothing
 * to show. Redraws its chart only when the indices it draws change.
 */
import { memo, useMemo } from "react";
import type { Report } from "@seceq/core";
import { thirdPartyChart, type ThirdPartyPoint } from "../charts/third-party-chart.js";
import { exportTitle } from "../charts/chart-export.js";
import { ChartFrame } from "../components/chart-frame.js";
import { DataTable } from "../components/data-table.js";
import { tableKey, useKeyed } from "../results/use-keyed.js";
import { thirdPartyVm } from "./third-party-vm.js";

/** Render the section. */
export const ThirdPartyPanel = memo(function ThirdPartyPanel({ report }: { report: Report }) {
  const vm = useMemo(() => thirdPartyVm(report), [report]);
  const points = useKeyed(
    vm.pairs.map((p): ThirdPartyPoint => ({
      label: p.label,
      withoutThird: p.withoutThird,
      holdBackOnly: p.holdBackOnly,
      withThird: p.withThird,
    })),
    vm.chartKey,
  );
  const draw = useMemo(() => (w: number) => thirdPartyChart(points, w), [points]);
  const pairTable = useKeyed(vm.pairTable, tableKey(vm.pairTable));
  const sideTable = useKeyed(vm.sideTable, tableKey(vm.sideTable));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="section-block" aria-labelledby="third-party-h" data-testid="third-party">
      <h2 id="third-party-h" className="section-title">
        Third parties
      </h2>
      <p className="note" data-testid="third-party-note">
        {vm.note}
      </p>
      {vm.applies ? (
        <>
          <ul className="sentences" data-testid="third-party-sentences">
            {vm.pairs.map((p) => (
              <li key={p.key} data-testid={`third-party-${p.key}`}>
                <strong>{p.sentence}</strong> {p.details.join(" ")}
              </li>
            ))}
          </ul>
          <ChartFrame
            id="third-party-chart"
            title="How the other parties move each pair's index"
            draw={draw}
            exportName="third-parties"
            exportTitle={exportTitle("How the other parties move each pair's index", report, today)}
            caption="Each pair's combined index with the two alone, the step hold-back makes, and the step post-exchange vulnerability makes to the index with every party present. The axis is zoomed to the values shown."
          />
          <DataTable
            id="third-party-table"
            caption="Each pair with and without the others"
            table={pairTable}
            exportName="third-party-pairs"
            note="Combined index of the two-party scenario, with the derived hold-back but no post-exchange vulnerability, and with every party present; the shift and its two parts."
          />
          <DataTable
            id="hold-back-table"
            caption="Hold-back and post-exchange vulnerability by side"
            table={sideTable}
            exportName="third-party-sides"
            note="Share of each side's forces held back from the pair to deter the others, and the cost its remaining exposure to them adds to its cost of striking first (C1) and of being struck first (C2)."
          />
        </>
      ) : null}
    </section>
  );
});
