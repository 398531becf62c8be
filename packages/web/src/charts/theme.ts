/**
 * Chart colours and shared Plot options. Colours are chosen to stay distinct for common colour-vision deficiencies
 * (orange vs blue) and to print in grey as light vs dark.
 */

/** Colour of the striking side. */
export const STRIKER_COLOR = "#c2410c";

/** Colour of the side struck first. */
export const VICTIM_COLOR = "#1d4ed8";

/** Colours of successive pairs or series. */
export const SERIES_COLORS = ["#1d4ed8", "#c2410c", "#15803d", "#7c3aed", "#b45309", "#0e7490"];

/** Background tints of the reading bands (fragile, moderate, robust). */
export const BAND_TINTS = { fragile: "#fee2e2", moderate: "#fef9c3", robust: "#dcfce7" } as const;

/** Font and margins shared by every chart. */
export const BASE_STYLE = {
  fontSize: "12px",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  overflow: "visible",
} as const;

/** Colour of the preset's ("ghost") series drawn behind the current ones. */
export const GHOST_COLOR = "#b8c2cf";
