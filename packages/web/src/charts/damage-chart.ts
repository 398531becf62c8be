/**
 * Damage bars: the share of each side's value destroyed at the strike the striker chooses, for every exchange.
 */
import * as Plot from "@observablehq/plot";
import type { DamageBar } from "../results/results-vm.js";
import { BASE_STYLE, GHOST_COLOR, STRIKER_COLOR, VICTIM_COLOR } from "./theme.js";

/**
 * Render damage bars, one group per exchange, titled above the group; the preset's values, when given, as grey
 * ticks across the bars.
 */
export function damageChart(
  bars: DamageBar[],
  width: number,
  doc?: Document,
  ghost?: DamageBar[] | null,
): SVGSVGElement | HTMLElement {
  const exchanges = [...new Set(bars.map((b) => b.exchange))];
  const ghostBars = (ghost ?? []).filter((g) => exchanges.includes(g.exchange));
  return Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: 44 + exchanges.length * 86,
    marginLeft: 110,
    marginRight: 52,
    marginTop: 22,
    marginBottom: 42,
    style: BASE_STYLE,
    ariaLabel: "Damage to value at the chosen strike",
    ariaDescription: bars.map((b) => `${b.exchange}: ${b.party} ${b.label}`).join("; "),
    x: { domain: [0, 1], label: "Share of value destroyed →", tickFormat: ".0%", grid: true },
    y: { label: null, domain: ["striker", "victim"], axis: null },
    fy: { label: null, domain: exchanges, padding: 0.35, axis: null },
    marks: [
      Plot.barX(bars, {
        x: "damage",
        y: "side",
        fy: "exchange",
        fill: (d: DamageBar) => (d.side === "striker" ? STRIKER_COLOR : VICTIM_COLOR),
        insetTop: 3,
        insetBottom: 3,
      }),
      Plot.text(exchanges, {
        fy: (d: string) => d,
        text: (d: string) => d,
        frameAnchor: "top-left",
        dy: -16,
        dx: -106,
        fontWeight: "bold",
        textAnchor: "start",
      }),
      Plot.text(bars, {
        x: 0,
        y: "side",
        fy: "exchange",
        text: (d: DamageBar) => `${d.party} (${d.side})`,
        textAnchor: "end",
        dx: -6,
        lineWidth: 9,
      }),
      Plot.text(bars, {
        x: "damage",
        y: "side",
        fy: "exchange",
        text: "label",
        textAnchor: "start",
        dx: 4,
        fontWeight: "bold",
      }),
      Plot.tickX(ghostBars, {
        x: "damage",
        y: "side",
        fy: "exchange",
        stroke: GHOST_COLOR,
        strokeWidth: 4,
        insetTop: -1,
        insetBottom: -1,
      }),
      ...(ghostBars.length
        ? [
            Plot.text(["▌ grey: preset"], {
              // Once for the whole chart, not once per exchange.
              facet: "super",
              frameAnchor: "bottom-left",
              dx: -100,
              dy: 30,
              fill: "#64748b",
              textAnchor: "start",
            }),
          ]
        : []),
      Plot.ruleX([0]),
    ],
  });
}
