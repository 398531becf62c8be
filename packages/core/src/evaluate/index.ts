export * from "./evaluate.js";
export * from "./report.js";
export * from "./uncertainty.js";
export * from "./degenerate.js";
export * from "./non-finite.js";
