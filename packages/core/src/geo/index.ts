/** Shapes of geographic data (place tables, force sites, population effects of a strike). */
export type * from "./types.js";
export * from "./iso-3166.js";
export * from "./place-registry.js";
export * from "./attach-sites.js";
