/**
 * Missile and air defence: one layer's kill probability and expenditure, finite-inventory salvo attrition, and the
 * calculator form.
 */
export * from "./layer.js";
export * from "./salvo.js";
export * from "./calc.js";
