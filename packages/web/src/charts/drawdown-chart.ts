/**
 * Draw-down chart: the Kent–Thaler cost to the striker and to the victim as the striker's counterforce strike grows,
 * with the strike the striker chooses (its lowest own cost) marked.
 */
import * as Plot from "@observablehq/plot";
import type { DrawdownSeries } from "../results/results-vm.js";
import { formatCount, formatIndex } from "../model/format.js";
import { BASE_STYLE, STRIKER_COLOR, VICTIM_COLOR } from "./theme.js";

/** Render the draw-down chart of one exchange. */
export function drawdownChart(s: DrawdownSeries, width: number, doc?: Document): SVGSVGElement | HTMLElement {
  const n = s.warheadsUsed.length;
  const idx = Array.from({ length: n }, (_, i) => i);
  const last = n - 1;
  const c = s.chosen;
  const right = c.warheadsUsed > (s.warheadsUsed[last] ?? 0) / 2;
  return Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: 270,
    marginLeft: 48,
    marginRight: 24,
    marginBottom: 42,
    style: BASE_STYLE,
    ariaLabel: `Draw-down: ${s.title}`,
    ariaDescription: s.caption,
    x: { label: "Counterforce warheads used by " + s.striker + " →", nice: true, ticks: 5 },
    y: { label: "↑ Kent–Thaler cost", domain: [0, 1.4], grid: true, ticks: 7 },
    marks: [
      Plot.ruleX([c.warheadsUsed], { stroke: "#475569", strokeDasharray: "4 3" }),
      // Columns go to Plot as typed arrays (no per-point accessor calls).
      Plot.line(idx, { x: s.warheadsUsed, y: s.costToStriker, stroke: STRIKER_COLOR, strokeWidth: 2.5 }),
      Plot.line(idx, {
        x: s.warheadsUsed,
        y: s.costToVictim,
        stroke: VICTIM_COLOR,
        strokeWidth: 2.5,
        strokeDasharray: "6 3",
      }),
      // Legend inside the frame, so exported SVG/PNG files carry it.
      Plot.text([`━ cost to ${s.striker} (striker)`], {
        frameAnchor: "bottom-left",
        dx: 8,
        dy: -26,
        fill: STRIKER_COLOR,
        fontWeight: "bold",
        textAnchor: "start",
      }),
      Plot.text([`╍ cost to ${s.victim} (struck first)`], {
        frameAnchor: "bottom-left",
        dx: 8,
        dy: -10,
        fill: VICTIM_COLOR,
        fontWeight: "bold",
        textAnchor: "start",
      }),
      Plot.dot([c], { x: "warheadsUsed", y: "costToStriker", r: 5, fill: STRIKER_COLOR, stroke: "white" }),
      Plot.text([c], {
        x: "warheadsUsed",
        y: () => 1.3,
        text: () => `chosen strike: ${formatCount(c.warheadsUsed)} warheads, cost ${formatIndex(c.costToStriker)}`,
        textAnchor: right ? "end" : "start",
        dx: right ? -4 : 4,
        fill: "#334155",
      }),
    ],
  });
}
