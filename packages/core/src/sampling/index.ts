export * from "./grid.js";
export * from "./latin-hypercube.js";
export * from "./sobol.js";
