export * from "./scenario.js";
export * from "./value-model.js";
export * from "./load.js";
export * from "./reserved-keys.js";
export * from "./suggest.js";
export * from "./cross-checks.js";
export * from "./validate-scenario.js";
export * from "./json-schema.js";
export { fromZodIssues, knownKeysAt } from "./zod-issues.js";
