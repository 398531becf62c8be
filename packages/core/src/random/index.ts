export * from "./rng.js";
export * from "./quantile.js";
