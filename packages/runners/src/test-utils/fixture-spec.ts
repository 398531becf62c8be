/**
 * Test fixture: a small, self-contained sweep over the shared notional two-party scenario (numbers are illustrative
 * only).
 */
import { loadSweepSpec, type ResolvedSweepSpec } from "@seceq/core";
import { indentedMinimalScenario } from "@seceq/core/test-utils";

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
  scenario:
${indentedMinimalScenario()}
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
