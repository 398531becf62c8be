/**
 * Test fixture: a small, self-contained sweep over a notional two-party scenario (numbers are illustrative only).
 */
import { loadSweepSpec, type ResolvedSweepSpec } from "@seceq/core";

/** A notional dyad: Blue with silo ICBMs and SLBMs, Red with MIRVed silo ICBMs. */
const SCENARIO = `
    schemaVersion: 1
    id: fixture
    name: Notional dyad (test fixture)
    asOf: 2026-01-01
    parties:
      - id: blue
        name: Blue
        forces:
          - id: silo
            name: Silo ICBM
            category: icbm-silo
            launchers: { deployed: 200 }
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

/** Options of {@link fixtureSpecYaml}. */
export interface FixtureOptions {
  /** Latin hypercube cells. Default 40. */
  n?: number;
  /** Monte Carlo samples per cell. Default 0. */
  samples?: number;
  /** Seed. Default 5. */
  seed?: number;
  /** Spec id. Default `fixture-sweep`. */
  id?: string;
}

/** The fixture spec as YAML text (three parameters, Latin hypercube, four outputs). */
export function fixtureSpecYaml(options: FixtureOptions = {}): string {
  return `id: ${options.id ?? "fixture-sweep"}
name: Fixture sweep
base:
  scenario:${SCENARIO}
parameters:
  - path: parties.blue.forces.silo.launchers.deployed
    range: [50, 400]
  - path: parties.red.forces.silo.launchers.deployed
    range: [50, 300]
  - path: assumptions.costWeight
    range: [0.1, 0.6]
sampling: { method: latin-hypercube, n: ${options.n ?? 40} }
seed: ${options.seed ?? 5}
samples: ${options.samples ?? 0}
outputs:
  - stability.blue-red.combined
  - stability.blue-red.fss.blue
  - stability.blue-red.fss.red
  - exchange.red>blue.damageToVictim
`;
}

/** The fixture spec, loaded and resolved. */
export function fixtureSpec(options: FixtureOptions = {}): ResolvedSweepSpec {
  const r = loadSweepSpec(fixtureSpecYaml(options), { file: "fixture.yaml" });
  if (!r.value) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.value;
}
