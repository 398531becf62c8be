/**
 * Negotiation search: spaces of frameworks, scoring after each party's path to compliance, the zone of possible
 * agreement, and the Pareto frontier of stability, reductions and parity.
 */
export * from "./negotiation-spec.js";
export * from "./build-framework.js";
export * from "./restructure.js";
export * from "./score.js";
export * from "./zopa.js";
export * from "./pareto.js";
export * from "./search.js";
export * from "./builtin-spaces.js";
