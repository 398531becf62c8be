/**
 * The text of examples/scenarios/minimal.yaml, embedded so pure tests and generators can use it without reading files.
 * The test beside the load tests keeps it equal to the example file.
 */
export const MINIMAL_SCENARIO_YAML = `# A minimal two-party scenario (notional numbers) — a template to copy.
# Validate: seceq validate examples/scenarios/minimal.yaml   Evaluate: seceq evaluate examples/scenarios/minimal.yaml
schemaVersion: 1
id: minimal
name: Minimal notional dyad
asOf: 2026-01-01
parties:
  - id: blue
    name: Blue
    posture: dayToDay
    options: { launchUnderAttack: false, holdBackFraction: 0 }
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
        basing:
          hardnessPsi: 2000
          survivableFraction: { dayToDay: 0, generated: 0 }
        source: { source: "notional example", asOf: 2026-01-01, confidence: notional }
      - id: ssbn
        name: Submarine-launched missile
        category: slbm
        launchers: { deployed: 120 }
        warheadsPerLauncher: 4
        yieldKt: 100
        cepM: 90
        reliability: 0.85
        rangeKm: 11000
        basing:
          hardnessPsi: 10
          launchersPerAimPoint: 20
          survivableFraction: { dayToDay: 0.6, generated: 0.9 }
        source: { source: "notional example", asOf: 2026-01-01, confidence: notional }
    defenses: []
    value:
      damageCurve: { model: exponential-w80, w80: 250 }
      source: { source: "notional example", asOf: 2026-01-01, confidence: notional }
    generation:
      - { day: 0, generated: 0 }
      - { day: 5, generated: 1 }
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
        basing:
          hardnessPsi: 3000
          survivableFraction: { dayToDay: 0, generated: 0 }
        source: { source: "notional example", asOf: 2026-01-01, confidence: notional }
    value:
      damageCurve: { model: exponential-w80, w80: 250 }
      source: { source: "notional example", asOf: 2026-01-01, confidence: notional }
distancesKm:
  - { between: [blue, red], km: 8000 }
`;
