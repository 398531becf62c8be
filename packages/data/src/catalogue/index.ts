/**
 * Weapon-parameter catalogue (yields, CEPs, ranges, warhead capacity) with sources.
 */
export * from "./weapons.js";
