/**
 * Treaty data exchanges as published (New START aggregates).
 */
export * from "./new-start-aggregates.js";
