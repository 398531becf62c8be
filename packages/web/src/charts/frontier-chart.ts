/**
 * Negotiation frontier chart: every framework scored, total warheads removed against combined first-strike
 * stability, coloured by the zone of possible agreement, Pareto-frontier points ringed, the status quo marked and
 * labelled. Hovering a point shows its framework and who gives what; clicking it calls `onPick` with its index.
 */
import * as Plot from "@observablehq/plot";
import type { NegotiationVm, ScatterPoint } from "../explorer/negotiation-vm.js";
import { BASE_STYLE, STRIKER_COLOR, VICTIM_COLOR } from "./theme.js";

/** Colour of points in the zone of possible agreement. */
export const IN_ZONE_COLOR = VICTIM_COLOR;

/** Colour of points outside the zone. */
export const OUT_OF_ZONE_COLOR = STRIKER_COLOR;

/** Ink of rings and the status-quo mark. */
const INK = "#0f172a";

/** Approximate width of a character of the 12 px chart font, px (for placing legend items in one line). */
const CHAR_PX = 6.6;

/** Height of a legend row, px. */
export const LEGEND_ROW_PX = 16;

/**
 * Lay legend items out in rows across `available` px (estimating text width from the character count), wrapping to
 * a new row when an item would overflow; an item wider than the whole width gets a row of its own.
 * @returns each item's horizontal offset (px) and row (0 first), and the number of rows
 */
export function layoutLegend(
  texts: readonly string[],
  available: number,
  gapChars = 3,
): { items: Array<{ dx: number; row: number }>; rows: number } {
  let row = 0;
  let x = 0;
  const items = texts.map((t) => {
    const w = t.length * CHAR_PX;
    if (x > 0 && x + w > available) {
      row++;
      x = 0;
    }
    const item = { dx: x, row };
    x += w + gapChars * CHAR_PX;
    return item;
  });
  return { items, rows: texts.length > 0 ? row + 1 : 0 };
}

/**
 * Place legend items in rows above a chart's frame (by {@link layoutLegend}): each item with its offsets from the
 * frame's top-left corner, px (`dx` across, `dy` up into the top margin, the last row nearest the frame). A chart
 * makes room with `LEGEND_ROW_PX · rows` more top margin.
 */
export function legendAbove<T extends { text: string }>(
  legend: readonly T[],
  available: number,
  gapChars = 3,
): { items: Array<T & { dx: number; dy: number }>; rows: number } {
  const layout = layoutLegend(
    legend.map((l) => l.text),
    available,
    gapChars,
  );
  const items = legend.map((l, i) => {
    const { dx, row } = layout.items[i]!;
    return { ...l, dx, dy: -14 - LEGEND_ROW_PX * (layout.rows - 1 - row) };
  });
  return { items, rows: layout.rows };
}

/**
 * The marks that follow the pointer over points with `x` and `y` channels: a ring of radius `r` (px) round the
 * nearest point within 24 px, and a tip with its `title` wrapped at `lineWidth` characters.
 */
export function pointerMarks<T>(points: readonly T[], r: number, title: (p: T) => string, lineWidth: number) {
  return [
    Plot.dot(points, Plot.pointer({ x: "x", y: "y", r, stroke: INK, strokeWidth: 2, fill: "none", maxRadius: 24 })),
    Plot.tip(points, Plot.pointer({ x: "x", y: "y", title, lineWidth, maxRadius: 24 })),
  ];
}

/** Smallest span of a stability axis (on the 0–1 scale), so that tiny changes are not blown up to fill the chart. */
export const MIN_STABILITY_SPAN = 0.1;

/**
 * An extent `lo`–`hi` padded by a tenth of its span on each side, then widened about its middle to at least `minSpan`
 * (in the data's units), for an axis domain.
 */
export function paddedExtent(lo: number, hi: number, minSpan: number): [number, number] {
  const pad = (hi - lo) / 10;
  let a = lo - pad;
  let b = hi + pad;
  if (b - a < minSpan) {
    const mid = (a + b) / 2;
    a = mid - minSpan / 2;
    b = mid + minSpan / 2;
  }
  return [a, b];
}

/**
 * The y domain of a set of stability values: their extent padded by a tenth of the span on each side, widened about
 * its middle to at least {@link MIN_STABILITY_SPAN} (so a change of 0.005 does not fill the chart), kept inside
 * [0, 1]. Empty or non-finite input gives [0, 1].
 */
export function stabilityDomain(ys: readonly number[], minSpan = MIN_STABILITY_SPAN): [number, number] {
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  let [a, b] = paddedExtent(lo, hi, minSpan);
  if (a < 0) [a, b] = [0, Math.min(1, b - a)];
  if (b > 1) [a, b] = [Math.max(0, a - (b - 1)), 1];
  return [a, b];
}

/** Words for an axis that does not start at 0, e.g. " (axis 0.70–0.80, not from 0)"; "" when it does. */
export function axisScaleNote(domain: readonly [number, number]): string {
  return domain[0] > 1e-9 ? ` (axis ${domain[0].toFixed(2)}–${domain[1].toFixed(2)}, not from 0)` : "";
}

/**
 * Make a rendered Plot chart call `onPick` with the datum under the pointer when clicked. Plot's pointer clears its
 * value on the press that ends a "sticky" tip, so the value is read when the press starts (capture phase).
 */
export function onChartPick<T>(chart: Element, onPick: (datum: T) => void): void {
  const valueOf = () => (chart as Element & { value?: T | null }).value ?? null;
  let pressed: T | null = null;
  chart.addEventListener("pointerdown", () => (pressed = valueOf()), { capture: true });
  chart.addEventListener("click", () => {
    const v = pressed ?? valueOf();
    pressed = null;
    if (v !== null) onPick(v);
  });
}

/** Render the frontier chart. */
export function frontierChart(
  vm: NegotiationVm,
  width: number,
  onPick?: (index: number) => void,
  doc?: Document,
): SVGSVGElement | HTMLElement {
  const others = vm.points.filter((p) => !p.frontier && !p.statusQuo);
  const frontier = vm.points.filter((p) => p.frontier && !p.statusQuo);
  const sq = vm.statusQuo;
  const zone = (p: ScatterPoint) => (p.inZopa ? "in zone" : "outside");
  const xMax = Math.max(1, ...vm.points.map((p) => p.x));
  const legend = [
    { text: "● in the zone of possible agreement", fill: IN_ZONE_COLOR },
    { text: "● outside the zone", fill: OUT_OF_ZONE_COLOR },
    { text: "◯ on the Pareto frontier", fill: INK },
    { text: "★ status quo", fill: INK },
  ];
  const marginLeft = 52;
  // Room right of the frame for the status-quo label, on its dashed line, clear of the points.
  const marginRight = 78;
  const yDomain = stabilityDomain(vm.points.map((p) => p.y));
  const layout = legendAbove(legend, width - marginLeft - marginRight);
  const chart = Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: 364 + LEGEND_ROW_PX * layout.rows,
    marginLeft,
    marginRight,
    // The y-axis label at the top of the margin, the legend rows below it.
    marginTop: 32 + LEGEND_ROW_PX * layout.rows,
    marginBottom: 44,
    style: BASE_STYLE,
    ariaLabel: "Negotiation frontier: total warheads removed against combined stability",
    ariaDescription: vm.caption,
    x: { label: "Total warheads removed by both sides →", domain: [0, xMax], nice: true, grid: true },
    y: { label: `↑ Combined stability${axisScaleNote(yDomain)}`, domain: yDomain, grid: true },
    color: { domain: ["in zone", "outside"], range: [IN_ZONE_COLOR, OUT_OF_ZONE_COLOR] },
    marks: [
      Plot.ruleY([sq.y], { stroke: "#64748b", strokeDasharray: "4 3" }),
      Plot.dot(others, {
        x: "x",
        y: "y",
        fill: zone,
        r: 3.5,
        fillOpacity: 0.75,
        ariaLabel: (p: ScatterPoint) => p.aria,
      }),
      Plot.dot(frontier, {
        x: "x",
        y: "y",
        fill: zone,
        r: 5.5,
        stroke: INK,
        strokeWidth: 1.5,
        ariaLabel: (p: ScatterPoint) => p.aria,
      }),
      Plot.dot([sq], {
        x: "x",
        y: "y",
        symbol: "star",
        r: 9,
        fill: INK,
        stroke: "white",
        strokeWidth: 1,
        ariaLabel: (p: ScatterPoint) => p.aria,
      }),
      Plot.text([sq], {
        y: "y",
        frameAnchor: "right",
        text: () => "status quo",
        dx: 6,
        textAnchor: "start",
        fill: INK,
        stroke: "white",
        strokeWidth: 3,
        fontWeight: "bold",
      }),
      // Legend inside the SVG, so exported files carry it.
      ...layout.items.map((l) =>
        Plot.text([l.text], {
          frameAnchor: "top-left",
          dx: l.dx,
          dy: l.dy,
          fill: l.fill,
          textAnchor: "start",
          fontWeight: "bold",
        }),
      ),
      ...pointerMarks(vm.points, 10, (p) => p.tip, 46),
    ],
  });
  if (onPick) onChartPick<ScatterPoint>(chart, (p) => onPick(p.index));
  return chart;
}
