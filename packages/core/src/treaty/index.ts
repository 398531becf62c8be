/**
 * Treaty engine: frameworks as data (rule packs and user files), counting rules, compliance, path to compliance, and
 * the New START data-exchange history.
 */
export * from "./framework-schema.js";
export * from "./counting-rules.js";
export * from "./load-framework.js";
export * from "./compliance.js";
export * from "./path-to-compliance.js";
export * from "./new-start-history.js";
export * from "./rule-packs/index.js";
export * from "./breakout.js";
