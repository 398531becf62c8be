/**
 * Parity indicators: equivalent megatonnage, counter-military potential, and party totals.
 */
export * from "./emt.js";
export * from "./cmp.js";
export * from "./parity.js";
