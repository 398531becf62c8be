/**
 * Draw-down chart: the Kent–Thaler cost to the striker and to the victim as the striker's counterforce strike grows,
 * with the strike the striker chooses (its lowest own cost) marked, and the preset's curves as grey ghosts. The
 * legend sits above the frame (never over the lines), and the y-axis fits the data with a span of at least 0.3, its
 * range named when it does not start at 0.
 */
import * as Plot from "@observablehq/plot";
import type { DrawdownSeries } from "../results/results-vm.js";
import { formatCount, formatIndex } from "../model/format.js";
import { axisScaleNote, paddedExtent } from "./frontier-chart.js";
import { BASE_STYLE, GHOST_COLOR, STRIKER_COLOR, VICTIM_COLOR } from "./theme.js";

/** Smallest span of the cost axis (costs run 0–1.3). */
export const MIN_COST_SPAN = 0.3;

/**
 * The y domain of the draw-down: the extent of the costs shown, padded by a tenth, at least {@link MIN_COST_SPAN}
 * wide, within [0, 1.35] (costs are at most 1 + weight; the upper bound grows with the data).
 */
export function costDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1.35];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  let [a, b] = paddedExtent(lo, hi, MIN_COST_SPAN);
  if (a < 0) [a, b] = [0, b - a];
  return [a, Math.max(b, Math.min(1.35, hi))];
}

/**
 * Render the draw-down chart of one exchange.
 * @param s the exchange's draw-down
 * @param width px
 * @param doc document to render into (tests)
 * @param ghost the same exchange in the preset, drawn in grey behind (omit or null for none)
 */
export function drawdownChart(
  s: DrawdownSeries,
  width: number,
  doc?: Document,
  ghost?: DrawdownSeries | null,
): SVGSVGElement | HTMLElement {
  const n = s.warheadsUsed.length;
  const idx = Array.from({ length: n }, (_, i) => i);
  const gIdx = ghost ? Array.from({ length: ghost.warheadsUsed.length }, (_, i) => i) : [];
  const c = s.chosen;
  const domain = costDomain([
    ...s.costToStriker,
    ...s.costToVictim,
    ...(ghost ? [...ghost.costToStriker, ...ghost.costToVictim] : []),
  ]);
  const legend = [
    { text: `↑ Kent–Thaler cost${axisScaleNote(domain)}`, fill: "#0f172a" },
    { text: `━ cost to ${s.striker} (striker)`, fill: STRIKER_COLOR },
    { text: `╍ cost to ${s.victim} (struck first)`, fill: VICTIM_COLOR },
    {
      text: `● chosen strike: ${formatCount(c.warheadsUsed)} warheads, cost ${formatIndex(c.costToStriker)}${ghost ? " · grey: preset" : ""}`,
      fill: "#334155",
    },
  ];
  const rowPx = 15;
  const marginLeft = 48;
  const marginTop = 16 + rowPx * legend.length;
  const chart = Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: 300,
    marginLeft,
    marginRight: 24,
    marginTop,
    marginBottom: 42,
    style: BASE_STYLE,
    ariaLabel: `Draw-down: ${s.title}`,
    ariaDescription: s.caption,
    x: { label: "Counterforce warheads used by " + s.striker + " →", nice: true, ticks: 5 },
    // The axis label is the legend's first line (above the frame, where it cannot collide with the legend).
    y: { label: null, domain, grid: true, ticks: 6 },
    marks: [
      ...(ghost
        ? [
            Plot.line(gIdx, { x: ghost.warheadsUsed, y: ghost.costToStriker, stroke: GHOST_COLOR, strokeWidth: 2 }),
            Plot.line(gIdx, {
              x: ghost.warheadsUsed,
              y: ghost.costToVictim,
              stroke: GHOST_COLOR,
              strokeWidth: 2,
              strokeDasharray: "6 3",
            }),
          ]
        : []),
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
      Plot.dot([c], { x: "warheadsUsed", y: "costToStriker", r: 5, fill: STRIKER_COLOR, stroke: "white" }),
    ],
  });
  // Legend above the frame, so it never covers a line; inside the SVG, so exported files carry it. Written here as
  // the SVG Plot would make of a text mark per line (frame anchor top-left), before the dot, without the cost of four
  // more marks on every redraw.
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg");
  if (svg) {
    const dot = svg.querySelector(':scope > g[aria-label="dot"]');
    legend.forEach((l, i) =>
      svg.insertBefore(
        legendLine(svg.ownerDocument, l.text, l.fill, i === 0 ? "normal" : "bold", {
          x: marginLeft,
          y: marginTop,
          dx: -40,
          dy: -10 - rowPx * (legend.length - 1 - i),
        }),
        dot,
      ),
    );
  }
  return chart;
}

/**
 * One legend line as Plot draws a one-datum text mark anchored at the frame's top-left corner, offset by `dx`, `dy`
 * (px): a group carrying the styles and the offset (plus Plot's half-pixel shift), and the text at the corner, its top
 * on the anchor (`y="0.71em"`).
 */
export function legendLine(
  doc: Document,
  text: string,
  fill: string,
  fontWeight: "normal" | "bold",
  at: { x: number; y: number; dx: number; dy: number },
): SVGGElement {
  const NS = "http://www.w3.org/2000/svg";
  const g = doc.createElementNS(NS, "g");
  g.setAttribute("aria-label", "text");
  g.setAttribute("fill", fill);
  g.setAttribute("text-anchor", "start");
  g.setAttribute("font-weight", fontWeight);
  g.setAttribute("transform", `translate(${at.dx + 0.5},${at.dy + 0.5})`);
  const t = doc.createElementNS(NS, "text");
  t.setAttribute("y", "0.71em");
  t.setAttribute("transform", `translate(${at.x},${at.y})`);
  t.textContent = text;
  g.appendChild(t);
  return g;
}
