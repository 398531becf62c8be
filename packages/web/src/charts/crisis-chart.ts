/**
 * Crisis timeline chart: combined first-strike stability per day for each pair as forces are generated, over the
 * reading bands, with the most dangerous day marked.
 */
import * as Plot from "@observablehq/plot";
import { STABILITY_READING_THRESHOLDS } from "@seceq/core";
import type { CrisisVm } from "../crisis/crisis-vm.js";
import { formatIndex } from "../model/format.js";
import { BAND_TINTS, BASE_STYLE, GHOST_COLOR, SERIES_COLORS } from "./theme.js";

/**
 * Place line-end labels: sorted by value, pushed apart to at least `gap` (in y units), kept inside [0, 1].
 * @returns label positions in the input order
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = new Array<number>(ys.length);
  let prev = -Infinity;
  for (const o of order) {
    const y = Math.max(o.y, prev + gap);
    out[o.i] = y;
    prev = y;
  }
  // Shift down what overflowed the top.
  const over = Math.max(0, (order.length ? out[order[order.length - 1]!.i]! : 0) - 1);
  return out.map((y) => y - over);
}

/**
 * Render the crisis chart.
 * @param vm the timeline
 * @param width px
 * @param doc document to render into (tests)
 * @param ghost the preset's timeline, drawn in grey behind (omit or null for none)
 */
export function crisisChart(
  vm: CrisisVm,
  width: number,
  doc?: Document,
  ghost?: CrisisVm | null,
): SVGSVGElement | HTMLElement {
  const rows = vm.lines.flatMap((l, li) =>
    Array.from(l.day, (day, i) => ({ line: l.label, li, day, combined: l.combined[i]! })),
  );
  const ghostRows = (ghost?.lines ?? []).flatMap((l) =>
    Array.from(l.day, (day, i) => ({ line: l.label, day, combined: l.combined[i]! })),
  );
  const lastDay = rows.reduce((m, r) => Math.max(m, r.day), 0);
  const worst = rows.filter((r) => r.day === vm.worstDay).sort((a, b) => a.combined - b.combined)[0];
  const bands = [
    { y1: 0, y2: STABILITY_READING_THRESHOLDS.fragile, fill: BAND_TINTS.fragile, label: "fragile" },
    {
      y1: STABILITY_READING_THRESHOLDS.fragile,
      y2: STABILITY_READING_THRESHOLDS.robust,
      fill: BAND_TINTS.moderate,
      label: "moderate",
    },
    { y1: STABILITY_READING_THRESHOLDS.robust, y2: 1, fill: BAND_TINTS.robust, label: "robust" },
  ];
  const ends = vm.lines.map((l) => l.combined[l.combined.length - 1] ?? 0);
  const endY = spreadLabels(ends, 0.07);
  const endLabels = vm.lines.map((l, i) => ({ line: l.label, text: l.short, y: endY[i]! }));
  const longest = Math.max(4, ...vm.lines.map((l) => l.short.length));
  return Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: 250,
    marginLeft: 44,
    marginRight: Math.min(160, 14 + 7 * longest),
    marginBottom: 42,
    style: BASE_STYLE,
    ariaLabel: "Crisis timeline: combined stability per day",
    ariaDescription: vm.caption,
    x: { label: "Crisis day →", domain: [0, Math.max(1, lastDay)], grid: true },
    y: { label: "↑ Combined stability", domain: [0, 1], grid: true },
    color: { domain: vm.lines.map((l) => l.label), range: SERIES_COLORS },
    marks: [
      Plot.rectY(bands, { x1: 0, x2: Math.max(1, lastDay), y1: "y1", y2: "y2", fill: "fill", fillOpacity: 0.7 }),
      Plot.text(bands, {
        x: Math.max(1, lastDay),
        y: (b: (typeof bands)[number]) => (b.y1 + b.y2) / 2,
        text: "label",
        textAnchor: "end",
        dx: -4,
        fill: "#64748b",
        fontStyle: "italic",
      }),
      Plot.line(ghostRows, { x: "day", y: "combined", z: "line", stroke: GHOST_COLOR, strokeWidth: 2.5 }),
      ...(ghostRows.length
        ? [
            Plot.text(["grey line: preset"], {
              frameAnchor: "bottom-left",
              dx: 6,
              dy: -8,
              fill: "#64748b",
              textAnchor: "start",
            }),
          ]
        : []),
      Plot.line(rows, { x: "day", y: "combined", z: "line", stroke: "line", strokeWidth: 2.5, curve: "linear" }),
      Plot.dot(rows, { x: "day", y: "combined", fill: "line", r: 2.5 }),
      // Line-end labels identify the pairs (in the exported SVG too, unlike an HTML legend).
      Plot.text(endLabels, {
        x: Math.max(1, lastDay),
        y: "y",
        text: "text",
        fill: "line",
        textAnchor: "start",
        dx: 8,
        fontWeight: "bold",
      }),
      ...(worst
        ? [
            Plot.ruleX([worst.day], { stroke: "#991b1b", strokeDasharray: "4 3" }),
            Plot.dot([worst], { x: "day", y: "combined", r: 6, stroke: "#991b1b", strokeWidth: 2, fill: "none" }),
            Plot.text([worst], {
              x: "day",
              y: "combined",
              text: () => `worst: day ${worst.day}, ${formatIndex(worst.combined)}`,
              dy: worst.combined > 0.6 ? 18 : -14,
              fill: "#991b1b",
              stroke: "white",
              strokeWidth: 3,
              fontWeight: "bold",
              textAnchor: worst.day > lastDay / 2 ? "end" : "start",
              dx: worst.day > lastDay / 2 ? -8 : 8,
            }),
          ]
        : []),
    ],
  });
}
