/**
 * Sweep chart: an output of the sweep against one lever, one dot per cell (lines through grid cells, one per value
 * of the colouring lever), coloured light to dark by another lever, with the Workbench's scenario ringed. Hovering
 * shows the cell's values; clicking a dot calls `onPick` with its table row.
 */
import * as Plot from "@observablehq/plot";
import { formatSig } from "../model/format.js";
import type { SweepChartVm, SweepPoint } from "../explorer/sweep-vm.js";
import {
  axisScaleNote,
  legendAbove,
  LEGEND_ROW_PX,
  onChartPick,
  pointerMarks,
  stabilityDomain,
} from "./frontier-chart.js";
import { BASE_STYLE, STRIKER_COLOR, VICTIM_COLOR } from "./theme.js";

/** Light and dark ends of the colour ramp (one hue, so it reads in grey and for colour-vision deficiencies). */
export const RAMP = ["#93c5fd", "#1e3a8a"] as const;

/** Render the sweep chart. */
export function sweepChart(
  vm: SweepChartVm,
  width: number,
  onPick?: (row: number) => void,
  doc?: Document,
): SVGSVGElement | HTMLElement {
  const coloured = vm.colorLabel !== "";
  const cs = vm.points.map((p) => p.c).filter(Number.isFinite);
  const cMin = cs.length ? Math.min(...cs) : 0;
  const cMax = cs.length ? Math.max(...cs) : 1;
  const sorted = [...vm.points].sort((a, b) => a.c - b.c || a.x - b.x);
  const ys = vm.points.map((p) => p.y).concat(vm.current ? [vm.current.y] : []);
  const legend = coloured
    ? [
        { text: `${vm.colorLabel}:`, value: Number.NaN },
        { text: `● ${formatSig(cMin)}`, value: cMin },
        { text: `● ${formatSig(cMax)}`, value: cMax },
      ]
    : [];
  const marginLeft = 52;
  const marginRight = 24;
  const layout = legendAbove(legend, width - marginLeft - marginRight, 2);
  const chart = Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: 324 + LEGEND_ROW_PX * layout.rows,
    marginLeft,
    marginRight,
    // The y-axis label at the top of the margin, the legend rows below it.
    marginTop: 32 + LEGEND_ROW_PX * layout.rows,
    marginBottom: 44,
    style: BASE_STYLE,
    ariaLabel: `Sweep: ${vm.yLabel} against ${vm.xLabel}`,
    ariaDescription: vm.caption,
    x: { label: `${vm.xLabel} →`, nice: true, grid: true },
    y: { label: `↑ ${vm.yLabel}${axisScaleNote(stabilityDomain(ys))}`, domain: stabilityDomain(ys), grid: true },
    ...(coloured ? { color: { type: "linear" as const, domain: [cMin, cMax], range: [...RAMP] } } : {}),
    marks: [
      ...(vm.lines
        ? [
            Plot.line(sorted, {
              x: "x",
              y: "y",
              ...(coloured ? { z: "c", stroke: "c" } : { stroke: VICTIM_COLOR }),
              strokeWidth: 1.5,
              strokeOpacity: 0.8,
            }),
          ]
        : []),
      Plot.dot(vm.points, {
        x: "x",
        y: "y",
        fill: coloured ? "c" : VICTIM_COLOR,
        r: 4,
        stroke: "white",
        strokeWidth: 0.5,
        ariaLabel: (p: SweepPoint) => p.aria,
      }),
      ...(vm.current
        ? [
            Plot.dot([vm.current], { x: "x", y: "y", r: 8, stroke: STRIKER_COLOR, strokeWidth: 2.5, fill: "none" }),
            Plot.text([vm.current], {
              x: "x",
              y: "y",
              text: () => "current",
              dy: -14,
              fill: STRIKER_COLOR,
              stroke: "white",
              strokeWidth: 3,
              fontWeight: "bold",
            }),
          ]
        : []),
      ...layout.items.map((l) =>
        Plot.text([l], {
          frameAnchor: "top-left",
          dx: l.dx,
          dy: l.dy,
          text: "text",
          ...(Number.isFinite(l.value) ? { fill: "value" } : { fill: "#334155" }),
          textAnchor: "start",
          fontWeight: "bold",
        }),
      ),
      ...pointerMarks(vm.points, 9, (p) => p.tip, 40),
    ],
  });
  if (onPick) onChartPick<SweepPoint>(chart, (p) => onPick(p.row));
  return chart;
}
