export * from "./damage-curve.js";
export * from "./force-state.js";
export * from "./first-strike.js";
export * from "./kill-matrix.js";
export * from "./reserve.js";
