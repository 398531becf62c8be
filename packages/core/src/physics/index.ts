/**
 * Physics: units, lethal radius, SSKP, lethality K, conventional strike, and the per-warhead kill probability.
 */
export * from "./units.js";
export * from "./lethal-radius.js";
export * from "./sskp.js";
export * from "./sskp-batch.js";
export * from "./lethality.js";
export * from "./conventional.js";
export * from "./warhead-kill.js";
