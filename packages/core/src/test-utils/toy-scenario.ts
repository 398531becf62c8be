/**
 * Small, fully notional scenarios for engine tests: two parties with silos and submarines whose numbers are easy to
 * reason about by hand.
 */
import { parseScenario } from "../schema/validate-scenario.js";
import type { Scenario, ScenarioInput } from "../schema/scenario.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

/** Options of {@link toyScenario}. */
export interface ToyOptions {
  /** Silo launchers per side. Default 100. */
  silos?: number;
  /** Warheads per silo missile. Default 1. */
  mirv?: number;
  /** Submarine-launched warheads per side (on 100 tubes). Default 100. */
  slbmWarheads?: number;
  /** SSBN share at sea (survivable) day-to-day and generated. Default 1 and 1. */
  seaShare?: [number, number];
  /** Launch under attack for both. Default false. */
  lua?: boolean;
  /** Interceptors defending side B's forces. Default 0. */
  defenseB?: number;
  /** Posture of both sides. Default day-to-day. */
  posture?: "dayToDay" | "generated";
  /** Warheads destroying 80 % of value. Default 100. */
  w80?: number;
}

/** Build a symmetric two-party scenario `a` vs `b` (validated). */
export function toyScenario(o: ToyOptions = {}): Scenario {
  const party = (id: string, defense: number): ScenarioInput["parties"][number] => ({
    id,
    name: id.toUpperCase(),
    posture: o.posture ?? "dayToDay",
    options: { launchUnderAttack: o.lua ?? false, holdBackFraction: 0 },
    forces: [
      {
        id: "silo",
        name: "Silo ICBM",
        category: "icbm-silo",
        launchers: { deployed: o.silos ?? 100 },
        warheadsPerLauncher: o.mirv ?? 1,
        yieldKt: 300,
        cepM: 120,
        reliability: 0.8,
        rangeKm: 13000,
        basing: { hardnessPsi: 2000, survivableFraction: { dayToDay: 0, generated: 0 } },
        source: cite,
      },
      {
        id: "ssbn",
        name: "SLBM",
        category: "slbm",
        launchers: { deployed: 100 },
        warheadsPerLauncher: (o.slbmWarheads ?? 100) / 100,
        yieldKt: 100,
        cepM: 90,
        reliability: 0.8,
        rangeKm: 11000,
        basing: {
          hardnessPsi: 10,
          launchersPerAimPoint: 20,
          survivableFraction: { dayToDay: o.seaShare?.[0] ?? 1, generated: o.seaShare?.[1] ?? 1 },
        },
        source: cite,
      },
    ],
    defenses:
      defense > 0
        ? [
            {
              id: "abm",
              name: "Silo defence",
              interceptors: defense,
              pk: 0.7,
              doctrine: { type: "barrage", shots: 1 },
              covers: ["forces"],
              source: cite,
            },
          ]
        : [],
    value: { damageCurve: { model: "exponential-w80", w80: o.w80 ?? 100 }, source: cite },
  });
  return parseScenario({
    schemaVersion: 1,
    id: "toy",
    name: "Toy",
    asOf: "2026-01-01",
    parties: [party("a", 0), party("b", o.defenseB ?? 0)],
  } satisfies ScenarioInput);
}
