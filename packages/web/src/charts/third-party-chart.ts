/**
 * Third-party chart: for every pair, its combined index with the two alone (open dot), the step hold-back makes
 * (a bar to the index with hold-back only) and the step post-exchange vulnerability makes (an arrow to the index with
 * the others present, filled dot). The axis zooms to the indices shown, so shifts of a few hundredths stay visible.
 */
import * as Plot from "@observablehq/plot";
import { formatDelta, formatIndex } from "../model/format.js";
import { BASE_STYLE, GHOST_COLOR, SERIES_COLORS } from "./theme.js";

/** One row of the chart. */
export interface ThirdPartyPoint {
  /** Pair label, e.g. "United States – Russia". */
  label: string;
  withoutThird: number;
  holdBackOnly: number;
  withThird: number;
}

/** Colour of the hold-back step. */
export const HOLD_BACK_COLOR = SERIES_COLORS[3]!;
/** Colour of the post-exchange vulnerability step. */
export const VULNERABILITY_COLOR = SERIES_COLORS[2]!;

/** The legend's entries, in the colours of their marks. */
const LEGEND: ReadonlyArray<{ text: string; fill: string }> = [
  { text: "○ the two alone", fill: "#64748b" },
  { text: "▬ hold-back", fill: HOLD_BACK_COLOR },
  { text: "→ post-exchange vulnerability", fill: VULNERABILITY_COLOR },
  { text: "● with the others", fill: "#0f172a" },
];

/** Height of one pair's row, px (two lines of heading in a narrow chart). */
export function thirdPartyRowPx(width: number): number {
  return width < 600 ? 66 : 50;
}

/**
 * The x domain: the indices shown with a margin of 15 % of their spread (at least 0.02), inside [0, 1].
 * @param points rows of the chart
 */
export function thirdPartyDomain(points: readonly ThirdPartyPoint[]): [number, number] {
  const xs = points.flatMap((p) => [p.withoutThird, p.holdBackOnly, p.withThird]).filter(Number.isFinite);
  if (xs.length === 0) return [0, 1];
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = Math.max(0.02, 0.15 * (hi - lo));
  return [Math.max(0, lo - pad), Math.min(1, hi + pad)];
}

/** Heading of a row: "United States – Russia: 0.659 → 0.696 (+0.037)". */
export function thirdPartyPointText(p: ThirdPartyPoint): string {
  return `${p.label}: ${formatIndex(p.withoutThird)} → ${formatIndex(p.withThird)} (${formatDelta(p.withThird - p.withoutThird)})`;
}

/**
 * Render the third-party chart.
 * @param points one per pair, in display order
 * @param width chart width, px
 * @param doc document to draw into (tests); default the page's
 */
export function thirdPartyChart(
  points: readonly ThirdPartyPoint[],
  width: number,
  doc?: Document,
): SVGSVGElement | HTMLElement {
  const [x0, x1] = thirdPartyDomain(points);
  // The legend in two columns, or one in a narrow chart.
  const cols = width < 600 ? 1 : 2;
  const legendRows = Math.ceil(LEGEND.length / cols);
  const top = 30 + 16 * legendRows;
  return Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: top + 42 + points.length * thirdPartyRowPx(width),
    marginLeft: 12,
    marginRight: 16,
    marginTop: top,
    marginBottom: 42,
    style: BASE_STYLE,
    ariaLabel: "How the other parties move each pair's combined index",
    ariaDescription: points
      .map(
        (p) =>
          `${thirdPartyPointText(p)}; hold-back ${formatDelta(p.holdBackOnly - p.withoutThird)}, vulnerability ${formatDelta(p.withThird - p.holdBackOnly)}`,
      )
      .join("; "),
    x: { domain: [x0, x1], label: "Combined stability index →", grid: true, ticks: 5 },
    y: { domain: points.map((p) => p.label), axis: null, padding: 0.5 },
    marks: [
      Plot.text(points, {
        x: x0,
        y: "label",
        text: thirdPartyPointText,
        dy: -10,
        lineAnchor: "bottom",
        textAnchor: "start",
        fontWeight: "bold",
        lineWidth: Math.max(16, Math.floor((width - 40) / 12)),
      }),
      Plot.link(points, {
        x1: "withoutThird",
        x2: "holdBackOnly",
        y: "label",
        stroke: HOLD_BACK_COLOR,
        strokeWidth: 6,
        strokeLinecap: "butt",
      }),
      Plot.arrow(
        points.filter((p) => Math.abs(p.withThird - p.holdBackOnly) > 1e-4),
        {
          x1: "holdBackOnly",
          x2: "withThird",
          y: "label",
          stroke: VULNERABILITY_COLOR,
          strokeWidth: 2,
          headLength: 8,
          inset: 5,
        },
      ),
      Plot.dot(points, { x: "withoutThird", y: "label", r: 5, stroke: GHOST_COLOR, strokeWidth: 2, fill: "white" }),
      Plot.dot(points, { x: "withThird", y: "label", r: 5, fill: "#0f172a" }),
      // Legend above the frame, drawn into the SVG so exported files carry it.
      ...LEGEND.map((l, i) =>
        Plot.text([l.text], {
          frameAnchor: "top-left",
          dx: -2 + (i % cols) * 220,
          dy: 10 - top + 16 * Math.floor(i / cols),
          fill: l.fill,
          fontWeight: "bold",
          textAnchor: "start",
        }),
      ),
    ],
  });
}
