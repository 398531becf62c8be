/**
 * Test fixture for sweep tests: a small notional two-party scenario (not a test file itself; imported by tests).
 */
import { parse } from "yaml";

/** A notional two-party scenario in YAML (two elements against one; numbers are illustrative, not data). */
export const MINI_SCENARIO_YAML = `schemaVersion: 1
id: mini
name: Mini notional dyad
asOf: 2026-01-01
parties:
  - id: blue
    name: Blue
    forces:
      - id: silo
        name: Silo ICBM
        category: icbm-silo
        launchers: { deployed: 200, nonDeployed: 20 }
        warheadsPerLauncher: 1
        yieldKt: 300
        cepM: 120
        reliability: 0.85
        rangeKm: 13000
        basing: { hardnessPsi: 2000, survivableFraction: { dayToDay: 0, generated: 0 } }
        source: { source: notional, asOf: 2026-01-01, confidence: notional }
      - id: ssbn
        name: SLBM
        category: slbm
        launchers: { deployed: 120 }
        warheadsPerLauncher: 4
        yieldKt: 100
        cepM: 90
        reliability: 0.85
        rangeKm: 11000
        basing: { hardnessPsi: 10, launchersPerAimPoint: 20, survivableFraction: { dayToDay: 0.6, generated: 0.9 } }
        source: { source: notional, asOf: 2026-01-01, confidence: notional }
    value:
      damageCurve: { model: exponential-w80, w80: 250 }
      source: { source: notional, asOf: 2026-01-01, confidence: notional }
  - id: red
    name: Red
    forces:
      - id: silo
        name: Silo ICBM (MIRV)
        category: icbm-silo
        launchers: { deployed: 150 }
        warheadsPerLauncher: 4
        yieldKt: 500
        cepM: 150
        reliability: 0.8
        rangeKm: 11000
        basing: { hardnessPsi: 3000, survivableFraction: { dayToDay: 0, generated: 0 } }
        source: { source: notional, asOf: 2026-01-01, confidence: notional }
    value:
      damageCurve: { model: exponential-w80, w80: 250 }
      source: { source: notional, asOf: 2026-01-01, confidence: notional }`;

/** The fixture scenario as plain data (a fresh copy each call). */
export function miniScenarioData(): unknown {
  return parse(MINI_SCENARIO_YAML) as unknown;
}
