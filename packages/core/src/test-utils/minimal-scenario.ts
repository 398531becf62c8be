/**
 * The shared test scenario: the notional two-party dyad of examples/scenarios/minimal.yaml (Blue with 200 silo ICBMs
 * and 120 SLBM tubes, Red with 150 MIRVed silo ICBMs; numbers are illustrative, not data). Tests of every package use
 * it through `@seceq/core/test-utils` instead of keeping their own copies.
 */
import { parse } from "yaml";
import { MINIMAL_SCENARIO_YAML } from "../schema/test-inputs/minimal-scenario.js";

export { MINIMAL_SCENARIO_YAML };

/** The minimal scenario as plain data, as parsed from its YAML (a fresh copy each call). */
export function minimalScenarioData(): unknown {
  return parse(MINIMAL_SCENARIO_YAML) as unknown;
}

/**
 * The minimal scenario's YAML with every line indented by `spaces` (default 4), to embed it under a key of another
 * document (a sweep's `base: { scenario: … }`).
 */
export function indentedMinimalScenario(spaces = 4): string {
  return MINIMAL_SCENARIO_YAML.replace(/^/gm, " ".repeat(spaces));
}
