/**
 * Export a rendered chart as an SVG file (the Plot SVG, self-contained with its style) or a PNG (the SVG drawn on a
 * canvas at twice the size, on white).
 */

/** Height of one title line in exported files, px. */
const TITLE_LINE_PX = 18;

/** Escape text for XML. */
function xmlText(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Serialize a chart's SVG with the namespaces a standalone file needs, with title lines above it when given (the
 * chart, the scenario, the date and the engine version), so an exported file says what it shows.
 * @returns the file text and its size, px
 */
export function titledSvg(
  svg: SVGSVGElement,
  title: readonly string[] = [],
): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const w = Number(svg.getAttribute("width")) || svg.clientWidth || 640;
  const h = Number(svg.getAttribute("height")) || svg.clientHeight || 400;
  clone.setAttribute("width", String(w));
  clone.setAttribute("height", String(h));
  if (title.length === 0) {
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    clone.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
    return {
      text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`,
      width: w,
      height: h,
    };
  }
  const top = TITLE_LINE_PX * title.length + 8;
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(top));
  clone.removeAttribute("xmlns");
  const lines = title
    .map(
      (t, i) =>
        `<text x="8" y="${TITLE_LINE_PX * (i + 1)}" font-family="system-ui, sans-serif" font-size="${i === 0 ? 14 : 12}"${i === 0 ? ' font-weight="bold"' : ' fill="#475569"'}>${xmlText(t)}</text>`,
    )
    .join("");
  const inner = new XMLSerializer().serializeToString(clone).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, "");
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h + top}" viewBox="0 0 ${w} ${h + top}">` +
    `<rect width="100%" height="100%" fill="white"/>${lines}${inner}</svg>`;
  return { text, width: w, height: h + top };
}

/** Serialize a chart's SVG with the namespaces a standalone file needs (and title lines when given). */
export function svgText(svg: SVGSVGElement, title: readonly string[] = []): string {
  return titledSvg(svg, title).text;
}

/** Draw a chart's SVG (with title lines when given) to a PNG blob at `scale` × its size, on a white background. */
export async function pngBlob(svg: SVGSVGElement, scale = 2, title: readonly string[] = []): Promise<Blob> {
  const { text, width: w, height: h } = titledSvg(svg, title);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.decoding = "async";
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D canvas");
    ctx.fillStyle = "white";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Title lines of an exported chart: the chart's title, then the scenario (name, id, date described), the export
 * date and the engine that computed it.
 * @param chart the chart's title
 * @param report scenario and engine of the figures
 * @param today export date, YYYY-MM-DD
 */
export function exportTitle(
  chart: string,
  report: { scenario: { id: string; name: string; asOf: string }; engine: { name: string; version: string } },
  today: string,
): string[] {
  return [
    chart,
    `${report.scenario.name} (${report.scenario.id}, as of ${report.scenario.asOf}) · exported ${today} · ${report.engine.name} engine ${report.engine.version}`,
  ];
}

/** Offer a blob or text as a download. */
export function download(filename: string, data: Blob | string, mime = "text/plain"): void {
  const blob = typeof data === "string" ? new Blob([data], { type: mime }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
