/**
 * Test helpers shared with other packages' tests (`@seceq/core/test-utils`): the minimal notional scenario. Not part
 * of the engine's public API.
 */
export * from "./minimal-scenario.js";
