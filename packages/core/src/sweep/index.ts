export * from "./sweep-spec.js";
export * from "./apply-params.js";
export * from "./outputs.js";
export * from "./load-sweep-spec.js";
export * from "./run-cell.js";
export * from "./cell-codec.js";
export * from "./sweep-summary.js";
export * from "./tornado.js";
