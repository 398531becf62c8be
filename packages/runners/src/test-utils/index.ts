/**
 * Test helpers shared with other packages' tests (`@seceq/runners/test-utils`): a throwaway Redis server and a small
 * self-contained sweep spec.
 */
export * from "./redis-fixture.js";
export * from "./fixture-spec.js";
