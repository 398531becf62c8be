/**
 * A chart in a figure: sizes itself to its container, redraws when the data or the width change (synchronously, in a
 * layout effect, so a result and its chart appear in the same frame), and offers SVG and PNG downloads.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { download, pngBlob, svgText } from "../charts/chart-export.js";
import { showChart } from "./show-chart.js";

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** DOM id and test id of the figure. */
  id: string;
  title: string;
  /** Caption under the chart (also the chart's accessible description). */
  caption?: ReactNode;
  /** Draw the chart at a width (px); a new function identity means new data. */
  draw: (width: number) => Element;
  /** File name stem for downloads. */
  exportName: string;
  /** Extra controls shown in the header (e.g. an exchange picker). */
  controls?: ReactNode;
  /** True while newer results are being computed. */
  pending?: boolean;
  /** Title lines written above the chart in exported files (scenario, date, engine). */
  exportTitle?: readonly string[] | undefined;
  /**
   * Redraw by updating the chart on the page in place (`show-chart.ts`, with morphdom) rather than replacing it: much less for the
   * browser to restyle, lay out and paint. Only for charts with no pointer interaction (no Plot `tip` or `pointer`).
   */
  morph?: boolean;
}

/** A self-sizing chart with export buttons. */
export function ChartFrame({
  id,
  title,
  caption,
  draw,
  exportName,
  controls,
  pending,
  exportTitle,
  morph,
}: ChartFrameProps) {
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    setWidth(Math.floor(el.clientWidth));
    const ro = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el || width <= 0) return;
    const chart = draw(Math.max(280, width));
    if (morph) showChart(el, chart);
    else el.replaceChildren(chart);
  }, [draw, width, morph]);

  const svg = () => host.current?.querySelector("svg") ?? null;
  const exportSvg = () => {
    const s = svg();
    if (s) download(`${exportName}.svg`, svgText(s, exportTitle ?? []), "image/svg+xml");
  };
  const exportPng = () => {
    const s = svg();
    if (s) void pngBlob(s, 2, exportTitle ?? []).then((b) => download(`${exportName}.png`, b));
  };

  return (
    <figure
      className={`chart${pending ? " pending" : ""}`}
      id={id}
      data-testid={id}
      aria-busy={pending ? true : undefined}
    >
      <div className="chart-head">
        <h3>{title}</h3>
        <div className="chart-tools">
          {controls}
          <button type="button" onClick={exportSvg} aria-label={`Download ${title} as SVG`}>
            SVG
          </button>
          <button type="button" onClick={exportPng} aria-label={`Download ${title} as PNG`}>
            PNG
          </button>
        </div>
      </div>
      <div className="chart-host" ref={host} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
