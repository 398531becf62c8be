/**
 * Uncertainty bands: for each stability metric, the 5–95 % range of the Monte Carlo samples with the median and the
 * deterministic value marked.
 */
import * as Plot from "@observablehq/plot";
import type { BandRow } from "../results/results-vm.js";
import { formatIndex } from "../model/format.js";
import { BASE_STYLE, GHOST_COLOR, STRIKER_COLOR, VICTIM_COLOR } from "./theme.js";

/** A band row with the deterministic (expected-value) figure beside it. */
export interface BandPoint extends BandRow {
  deterministic: number | null;
  /** The preset's expected value (a grey tick), when there is a preset. */
  baseline?: number | null;
}

/** Render the band chart. */
export function bandChart(rows: BandPoint[], width: number, doc?: Document): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: 30 + rows.length * 30,
    // Room for the longest label (about 7 px per character at 12 px).
    marginLeft: Math.min(Math.round(width * 0.45), 16 + 7 * Math.max(10, ...rows.map((r) => r.label.length))),
    marginRight: 96,
    style: BASE_STYLE,
    ariaLabel: "Uncertainty bands of first-strike stability",
    ariaDescription: rows
      .map((r) => `${r.label}: ${formatIndex(r.p5)} to ${formatIndex(r.p95)}, median ${formatIndex(r.p50)}`)
      .join("; "),
    x: {
      domain: [0, 1],
      label: `Stability: 5–95 % band, median ●, expected ◆${rows.some((r) => r.baseline != null) ? ", preset ▮" : ""} →`,
      grid: true,
    },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.tickX(
        rows.filter((r) => r.baseline != null),
        { y: "label", x: "baseline", stroke: GHOST_COLOR, strokeWidth: 4 },
      ),
      Plot.ruleY(rows, { y: "label", x1: "p5", x2: "p95", stroke: VICTIM_COLOR, strokeWidth: 8, strokeOpacity: 0.35 }),
      Plot.dot(rows, { y: "label", x: "p50", fill: VICTIM_COLOR, r: 4 }),
      Plot.dot(
        rows.filter((r) => r.deterministic !== null),
        { y: "label", x: "deterministic", symbol: "diamond", fill: STRIKER_COLOR, r: 4 },
      ),
      Plot.text(rows, {
        y: "label",
        x: "p95",
        text: (r: BandRow) => `${formatIndex(r.p5)}–${formatIndex(r.p95)}`,
        dx: 8,
        textAnchor: "start",
      }),
    ],
  });
}
