/** Shapes of geographic data (place tables, force sites, population effects of a strike). */
export type * from "./types.js";
