export * from "./evaluate.js";
export * from "./report.js";
export * from "./uncertainty.js";
export * from "./non-finite.js";
