export * from "./kent-thaler.js";
export * from "./pair-stability.js";
export * from "./crisis-timeline.js";
export * from "./richardson.js";
export * from "./third-party-effect.js";
export * from "./band-reading.js";
export * from "./prepared-scenario.js";
export * from "./scenario-patch.js";
