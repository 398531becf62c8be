/**
 * Warning chart: for every exchange, the victim's chance to launch under attack before the striker's chosen strike
 * (open dot) and after it (filled dot), with an arrow where the strike lowers it; the figures are written above each
 * row. Exchanges whose victim does not launch under attack are listed with a note instead of dots.
 */
import * as Plot from "@observablehq/plot";
import { formatPercent } from "../model/format.js";
import { BASE_STYLE, GHOST_COLOR, STRIKER_COLOR, VICTIM_COLOR } from "./theme.js";

/** One row of the chart. */
export interface WarningPoint {
  /** Exchange label, e.g. "United States strikes Russia first". */
  label: string;
  /** Probability the victim's launch under attack succeeds before and after the chosen strike, 0–1. */
  before: number;
  after: number;
  /** The victim launches under attack. */
  lua: boolean;
}

/** Changes smaller than this (0–1) are drawn without an arrow. */
const ARROW_MIN = 0.005;

/** Height of one exchange's row, px: room for a one-line heading, or two lines in a narrow chart. */
export function warningRowPx(width: number): number {
  return width < 600 ? 66 : 50;
}

/** Text beside a row: "90 % → 34 %", "stays at 90 %", or why there is no dot. */
export function warningPointText(p: WarningPoint): string {
  if (!p.lua) return "does not launch under attack";
  return Math.abs(p.before - p.after) < ARROW_MIN
    ? `stays at ${formatPercent(p.after)}`
    : `${formatPercent(p.before)} → ${formatPercent(p.after)}`;
}

/**
 * Render the warning chart.
 * @param points one per exchange, in display order
 * @param width chart width, px
 * @param doc document to draw into (tests); default the page's
 */
export function warningChart(
  points: readonly WarningPoint[],
  width: number,
  doc?: Document,
): SVGSVGElement | HTMLElement {
  const labels = points.map((p) => p.label);
  const lua = points.filter((p) => p.lua);
  const moved = lua.filter((p) => Math.abs(p.before - p.after) >= ARROW_MIN);
  return Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: 30 + 42 + points.length * warningRowPx(width),
    marginLeft: 12,
    marginRight: 16,
    marginTop: 30,
    marginBottom: 42,
    style: BASE_STYLE,
    ariaLabel: "Chance to launch under attack before and after the chosen strike",
    ariaDescription: points.map((p) => `${p.label}: ${warningPointText(p)}`).join("; "),
    x: { domain: [0, 1], label: "Victim's chance to launch under attack →", tickFormat: ".0%", grid: true },
    y: { domain: labels, axis: null, padding: 0.5 },
    marks: [
      Plot.ruleX([0]),
      // The exchange and its figures above its row.
      Plot.text(points, {
        x: 0,
        y: "label",
        text: (p: WarningPoint) => `${p.label}: ${warningPointText(p)}`,
        dy: -10,
        lineAnchor: "bottom",
        textAnchor: "start",
        fontWeight: "bold",
        // Wrap to the chart's width (Plot counts line width in ems of the 12 px font).
        lineWidth: Math.max(16, Math.floor((width - 40) / 12)),
      }),
      Plot.arrow(moved, {
        x1: "before",
        x2: "after",
        y: "label",
        stroke: STRIKER_COLOR,
        strokeWidth: 2,
        headLength: 8,
        inset: 6,
      }),
      Plot.dot(lua, { x: "before", y: "label", r: 5, stroke: GHOST_COLOR, strokeWidth: 2, fill: "white" }),
      Plot.dot(lua, { x: "after", y: "label", r: 5, fill: VICTIM_COLOR }),
    ],
  });
}
