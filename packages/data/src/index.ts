/**
 * @seceq/data — embedded, cited datasets: scenario presets, the New START data-exchange series, and a weapon
 * parameter catalogue. Every number carries its source, date and confidence.
 */
export * from "./presets/index.js";
export * from "./catalogue/index.js";
export * from "./treaty-data/index.js";
export * from "./geo/index.js";
export * from "./population-registry.js";
