/**
 * Small inline scenarios for the treaty tests. Every number here is a notional test input chosen for round
 * arithmetic, not data (the presets in @seceq/data carry the sourced postures).
 */
import type { ForceElementInput, Scenario, ScenarioInput } from "../schema/scenario.js";
import { parseScenario } from "../schema/validate-scenario.js";

const CITE = { source: "treaty unit-test fixture (notional)", asOf: "2020-01-01", confidence: "notional" } as const;

/** Extra fields of a fixture element: any element field, plus non-deployed and test launchers. */
export type ElExtra = Omit<Partial<ForceElementInput>, "launchers"> & { nonDeployed?: number; test?: number };

/** A force element with notional physics; override what the test needs. */
export function el(
  id: string,
  category: ForceElementInput["category"],
  deployed: number,
  warheadsPerLauncher: number,
  extra: ElExtra = {},
): ForceElementInput {
  const { nonDeployed, test, ...rest } = extra;
  return {
    id,
    name: id,
    category,
    launchers: {
      deployed,
      ...(nonDeployed !== undefined ? { nonDeployed } : {}),
      ...(test !== undefined ? { test } : {}),
    },
    warheadsPerLauncher,
    yieldKt: 300,
    cepM: 200,
    reliability: 0.8,
    rangeKm: 10_000,
    basing: { hardnessPsi: 2000, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: CITE,
    ...rest,
  };
}

/** A party with the given forces and optional interceptor layers. */
export function party(
  id: string,
  forces: ForceElementInput[],
  interceptors: Record<string, number> = {},
): ScenarioInput["parties"][number] {
  return {
    id,
    name: id,
    forces,
    defenses: Object.entries(interceptors).map(([lid, n]) => ({
      id: lid,
      name: lid,
      interceptors: n,
      pk: 0.5,
      doctrine: { type: "barrage", shots: 2 },
      source: CITE,
    })),
    value: { damageCurve: { model: "exponential-w80", w80: 300 }, source: CITE },
  };
}

/** A validated scenario from parties (needs at least two). */
export function scenario(asOf: string, parties: ScenarioInput["parties"]): Scenario {
  return parseScenario({ schemaVersion: 1, id: "treaty-fixture", name: "treaty fixture", asOf, parties });
}

/** Survivable basing: a share not targetable day to day and generated. */
export function survivable(dayToDay: number, generated: number): ForceElementInput["basing"] {
  return { hardnessPsi: 5, survivableFraction: { dayToDay, generated } };
}
