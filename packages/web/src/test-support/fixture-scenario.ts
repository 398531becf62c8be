/**
 * A small, notional two-party scenario for the web package's unit tests: independent of the presets in @seceq/data,
 * so view-model tests keep their expected values when the presets are revised.
 */
import type { ScenarioInput } from "@seceq/core";

const cite = { source: "Notional test data (seceq web tests)", asOf: "2026-01-01", confidence: "notional" } as const;

/** Build the fixture scenario (a fresh object each call). */
export function fixtureScenarioInput(): ScenarioInput {
  return {
    schemaVersion: 1,
    id: "web-fixture",
    name: "Web fixture: two notional parties",
    asOf: "2026-01-01",
    parties: [
      {
        id: "blue",
        name: "Blue",
        posture: "dayToDay",
        options: { launchUnderAttack: false, holdBackFraction: 0 },
        forces: [
          {
            id: "blue-icbm",
            name: "Blue silo ICBM",
            category: "icbm-silo",
            launchers: { deployed: 400 },
            warheadsPerLauncher: 1,
            maxWarheadsPerLauncher: 3,
            yieldKt: 300,
            cepM: 120,
            reliability: 0.85,
            rangeKm: 13000,
            basing: { hardnessPsi: 2000, survivableFraction: { dayToDay: 0, generated: 0 } },
            source: cite,
            fieldSources: { cepM: { source: "Notional CEP", asOf: "2025-06-01", confidence: "estimate" } },
          },
          {
            id: "blue-slbm",
            name: "Blue SLBM",
            category: "slbm",
            launchers: { deployed: 240 },
            warheadsPerLauncher: 4,
            yieldKt: 100,
            cepM: 100,
            reliability: 0.85,
            rangeKm: 11000,
            basing: {
              hardnessPsi: 10,
              launchersPerAimPoint: 20,
              survivableFraction: { dayToDay: 0.67, generated: 0.9 },
            },
            source: cite,
          },
          {
            id: "blue-bomber",
            name: "Blue bomber",
            category: "bomber",
            launchers: { deployed: 60 },
            warheadsPerLauncher: 5,
            yieldKt: 150,
            cepM: 30,
            reliability: 0.8,
            rangeKm: 10000,
            basing: {
              hardnessPsi: 5,
              launchersPerAimPoint: 20,
              survivableFraction: { dayToDay: 0, generated: 0.6 },
            },
            source: cite,
          },
        ],
        defenses: [],
        value: { damageCurve: { model: "exponential-w80", w80: 300 }, source: cite },
        generation: [
          { day: 0, generated: 0 },
          { day: 7, generated: 1 },
        ],
      },
      {
        id: "red",
        name: "Red",
        posture: "dayToDay",
        options: { launchUnderAttack: false, holdBackFraction: 0 },
        forces: [
          {
            id: "red-icbm",
            name: "Red silo ICBM",
            category: "icbm-silo",
            launchers: { deployed: 150 },
            warheadsPerLauncher: 6,
            yieldKt: 500,
            cepM: 150,
            reliability: 0.8,
            rangeKm: 11000,
            basing: { hardnessPsi: 3000, survivableFraction: { dayToDay: 0, generated: 0 } },
            source: cite,
          },
          {
            id: "red-mobile",
            name: "Red mobile ICBM",
            category: "icbm-mobile",
            launchers: { deployed: 180 },
            warheadsPerLauncher: 1,
            yieldKt: 300,
            cepM: 150,
            reliability: 0.8,
            rangeKm: 11000,
            basing: {
              hardnessPsi: 30,
              launchersPerAimPoint: 9,
              survivableFraction: { dayToDay: 0.25, generated: 0.8 },
            },
            source: cite,
          },
          {
            id: "red-slbm",
            name: "Red SLBM",
            category: "slbm",
            launchers: { deployed: 160 },
            warheadsPerLauncher: 4,
            yieldKt: 100,
            cepM: 200,
            reliability: 0.8,
            rangeKm: 9000,
            basing: {
              hardnessPsi: 10,
              launchersPerAimPoint: 16,
              survivableFraction: { dayToDay: 0.3, generated: 0.8 },
            },
            source: cite,
          },
        ],
        defenses: [
          {
            id: "red-abm",
            name: "Red capital ABM",
            interceptors: 68,
            pk: 0.5,
            doctrine: { type: "barrage", shots: 2 },
            covers: ["value"],
            source: cite,
          },
        ],
        value: { damageCurve: { model: "exponential-w80", w80: 300 }, source: cite },
        generation: [
          { day: 0, generated: 0 },
          { day: 3, generated: 0.2 },
          { day: 10, generated: 1 },
        ],
      },
    ],
    distancesKm: [],
    uncertainty: [],
  };
}
