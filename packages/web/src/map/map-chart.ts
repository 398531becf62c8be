/**
 * The strike map: an imperative wrapper around Observable Plot's geo marks. Countries of the two parties tinted in
 * their colours, places struck as dots (area ∝ fatalities) with their 2 and 5 psi rings, bases as triangles filled by
 * the share of warheads surviving, hover tips with sources, and the title, scenario, date and legend drawn into the
 * SVG so an exported image stands alone. Azimuthal equal-area projection centred on what is shown.
 */
import * as Plot from "@observablehq/plot";
import { geoAzimuthalEqualArea, geoCentroid, geoCircle, geoDistance, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPoint, Polygon } from "geojson";
import type { MapBase, MapModel, MapRing, MapTarget } from "./map-vm.js";
import { countriesById, type Borders } from "./borders.js";
import { BASE_STYLE, STRIKER_COLOR, VICTIM_COLOR } from "../charts/theme.js";

/** Colour of places struck and their damage rings. */
export const DAMAGE_COLOR = "#b91c1c";
/** Colour of a base whose warheads all survive. */
const SURVIVED_COLOR = "#15803d";

const TINT: Readonly<Record<"striker" | "victim", string>> = { striker: "#fed7aa", victim: "#bfdbfe" };
const ROLE_COLOR: Readonly<Record<"striker" | "victim", string>> = { striker: STRIKER_COLOR, victim: VICTIM_COLOR };

/** Mix two #rrggbb colours: t = 0 gives `a`, t = 1 gives `b` (t clamped to [0, 1]; NaN gives `a`). */
export function mixColor(a: string, b: string, t: number): string {
  const k = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * k));
  return `#${out.map((x) => x.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Break text into lines of at most `maxChars` characters at spaces (a word longer than a line stays whole). Plot's
 * own wrapping does not tell how many lines it made, and the header's height must be known to place the map.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Fill of a base: its party's colour, or red → green by the share of warheads surviving. */
function baseFill(b: MapBase): string {
  return b.surviving === null ? ROLE_COLOR[b.role] : mixColor(DAMAGE_COLOR, SURVIVED_COLOR, b.surviving);
}

/** A damage ring as a GeoJSON polygon (spherical circle of 36 vertices: rings are a few pixels to a few dozen). */
function ringPolygon(r: MapRing): Polygon {
  return geoCircle().center([r.lonDeg, r.latDeg]).radius(r.radiusDeg).precision(10)();
}

/** Angular distance between two [lon, lat] points, degrees. */
function arcDeg(a: [number, number], b: [number, number]): number {
  return (geoDistance(a, b) * 180) / Math.PI;
}

/**
 * What the projection fits: the places struck (else the bases) plus four points 2.5° around their centre, so a lone
 * city keeps its surroundings; with nothing to show, the two parties' countries.
 */
export function domainOf(model: MapModel, borders: Borders): MultiPoint | FeatureCollection {
  const points: [number, number][] =
    model.targets.length > 0 ? model.targets.map((t) => [t.lonDeg, t.latDeg]) : model.focus;
  if (points.length > 0) {
    const [lon, lat] = geoCentroid({ type: "MultiPoint", coordinates: points });
    const pad: [number, number][] = [
      [lon - 2.5, lat],
      [lon + 2.5, lat],
      [lon, Math.max(-89, lat - 2.5)],
      [lon, Math.min(89, lat + 2.5)],
    ];
    return { type: "MultiPoint", coordinates: [...points, ...pad] };
  }
  const ids = model.countries.map((c) => c.id);
  return { type: "FeatureCollection", features: countriesById(borders, ids) };
}

/**
 * Choose the places to label: the largest first, skipping any within `minDeg` of one already labelled, at most
 * `max` (labels of neighbouring cities would overprint each other).
 */
export function labelPlaces(targets: readonly MapTarget[], max: number, minDeg: number): MapTarget[] {
  const out: MapTarget[] = [];
  for (const t of [...targets].sort((a, b) => b.fatalities - a.fatalities)) {
    if (out.length >= max) break;
    if (out.every((o) => arcDeg([o.lonDeg, o.latDeg], [t.lonDeg, t.latDeg]) >= minDeg)) out.push(t);
  }
  return out;
}

/** The frame a map is drawn in, px: Plot's width, height (margins included), margins and projection inset. */
export interface MapFrame {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
  inset: number;
}

/** Average width of a label's character, px (11 px bold sans-serif). */
const LABEL_CHAR_PX = 6.5;

/**
 * Text anchor of each label, so that labels stay inside the map: a label whose centred text would cross the left
 * (right) edge of the frame starts (ends) at its place instead. A place's pixel position follows Plot's fit of the
 * azimuthal equal-area projection, rotated to `centre`, to the domain (the domain's bounds scaled to fit the frame less
 * margins and inset, and centred in it).
 * @param places the places labelled
 * @param domain what the projection fits ({@link domainOf})
 * @param centre [lon, lat] the projection is centred on, degrees
 * @param frame the frame, px
 */
export function labelAnchors(
  places: readonly MapTarget[],
  domain: MultiPoint | FeatureCollection,
  centre: [number, number],
  frame: MapFrame,
): ("start" | "middle" | "end")[] {
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(domain);
  const dx = frame.width - frame.marginLeft - frame.marginRight - 2 * frame.inset;
  const dy = frame.height - frame.marginTop - frame.marginBottom - 2 * frame.inset;
  const k = Math.min(dx / (x1 - x0), dy / (y1 - y0));
  return places.map((p) => {
    const x = projection([p.lonDeg, p.latDeg])?.[0];
    if (!(k > 0) || x === undefined || !Number.isFinite(k)) return "middle";
    const px = frame.marginLeft + frame.inset + dx / 2 + k * (x - (x0 + x1) / 2);
    const half = (p.name.length * LABEL_CHAR_PX) / 2;
    if (px - half < frame.marginLeft) return "start";
    if (px + half > frame.width - frame.marginRight) return "end";
    return "middle";
  });
}

/**
 * Draw the map.
 * @param model the view model ({@link mapVm})
 * @param borders country borders ({@link loadBorders})
 * @param width width, px (map height 0.62 × width, 300–640 px, plus the header)
 * @param doc document to draw into (tests), default the global one
 */
export function mapChart(
  model: MapModel,
  borders: Borders,
  width: number,
  doc?: Document,
): SVGSVGElement | HTMLElement {
  const domain = domainOf(model, borders);
  const [lon0, lat0] = geoCentroid(domain);
  const tint = new Map(model.countries.map((c) => [c.id, TINT[c.role]]));
  const rings5 = model.rings.filter((r) => r.psi === 5).map(ringPolygon);
  const rings2 = model.rings.filter((r) => r.psi === 2).map(ringPolygon);
  const narrow = width < 560;
  const span = Math.max(
    5,
    ...(domain.type === "MultiPoint"
      ? domain.coordinates.map((p) => arcDeg([lon0, lat0], p as [number, number]))
      : [0]),
  );
  const labelled = labelPlaces(model.targets, narrow ? 4 : 8, span / (narrow ? 4 : 7));
  // About 7 px per character at 12 px, 8.5 px at the 15 px title.
  const titleLines = wrapText(model.title, Math.floor(width / 8.5));
  const header = [
    ...titleLines,
    ...[model.subtitle, ...model.summary].flatMap((t) => wrapText(t, Math.floor(width / 7))),
  ];
  const legend = wrapText(model.legend, Math.floor(width / 5.8));
  const marginTop = 14 + header.length * 16;
  const marginBottom = 12 + legend.length * 13;
  const frame: MapFrame = {
    width,
    height: Math.min(640, Math.max(300, Math.round(width * 0.62))) + marginTop,
    marginTop,
    marginBottom,
    marginLeft: 8,
    marginRight: 8,
    inset: narrow ? 16 : 28,
  };
  const anchors = labelAnchors(labelled, domain, [lon0, lat0], frame);
  const label = (anchor: "start" | "middle" | "end") =>
    Plot.text(
      labelled.filter((_, i) => anchors[i] === anchor),
      {
        x: "lonDeg",
        y: "latDeg",
        text: (t: MapTarget) => t.name,
        textAnchor: anchor,
        dx: anchor === "start" ? -6 : anchor === "end" ? 6 : 0,
        dy: -12,
        fontSize: 11,
        fontWeight: "bold",
        stroke: "white",
        strokeWidth: 3,
        fill: "#111827",
        clip: "frame",
      },
    );
  return Plot.plot({
    ...(doc ? { document: doc } : {}),
    width,
    height: frame.height,
    marginTop,
    marginBottom,
    marginLeft: frame.marginLeft,
    marginRight: frame.marginRight,
    style: { ...BASE_STYLE, background: "white" },
    ariaLabel: model.title,
    ariaDescription: model.caption,
    projection: { type: "azimuthal-equal-area", rotate: [-lon0, -lat0], domain, inset: frame.inset },
    r: {
      type: "sqrt",
      domain: [0, Math.max(1, ...model.targets.map((t) => t.fatalities))],
      range: [2, narrow ? 14 : 20],
    },
    marks: [
      Plot.sphere({ fill: "#f8fafc", stroke: "#cbd5e1" }),
      Plot.geo(borders.countries, {
        fill: (f: Feature) => tint.get(String(f.id)) ?? "#e5e7eb",
        stroke: "white",
        strokeWidth: 0.4,
      }),
      Plot.geo(borders.mesh, { stroke: "#94a3b8", strokeWidth: 0.6 }),
      Plot.dot(model.bases, {
        x: "lonDeg",
        y: "latDeg",
        symbol: "triangle",
        r: 5,
        fill: baseFill,
        stroke: (b: MapBase) => ROLE_COLOR[b.role],
        strokeWidth: 1,
        title: "tooltip",
        tip: true,
        clip: "frame",
        className: "map-base",
      }),
      Plot.dot(model.targets, {
        x: "lonDeg",
        y: "latDeg",
        r: "fatalities",
        fill: DAMAGE_COLOR,
        fillOpacity: 0.35,
        stroke: "white",
        strokeWidth: 0.8,
        title: "tooltip",
        tip: true,
        clip: "frame",
        className: "map-target",
      }),
      Plot.geo(rings2, { fill: DAMAGE_COLOR, fillOpacity: 0.07, stroke: DAMAGE_COLOR, strokeDasharray: "3,2" }),
      Plot.geo(rings5, { fill: DAMAGE_COLOR, fillOpacity: 0.2, stroke: DAMAGE_COLOR, strokeWidth: 1 }),
      label("start"),
      label("middle"),
      label("end"),
      ...header.map((line, i) =>
        Plot.text([line], {
          frameAnchor: "top-left",
          dy: -marginTop + 6 + i * 16,
          text: (d: string) => d,
          fontSize: i < titleLines.length ? 15 : 12,
          fontWeight: i < titleLines.length ? "bold" : "normal",
          textAnchor: "start",
          lineAnchor: "top",
        }),
      ),
      ...legend.map((line, i) =>
        Plot.text([line], {
          frameAnchor: "bottom-left",
          dy: 8 + i * 13,
          text: (d: string) => d,
          fontSize: 10,
          fill: "#4b5563",
          textAnchor: "start",
          lineAnchor: "top",
        }),
      ),
    ],
  });
}
