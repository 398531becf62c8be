import { test } from "node:test";
import assert from "node:assert/strict";
import { loadScenarioText } from "./validate-scenario.js";
import { MINIMAL_SCENARIO_YAML } from "./test-inputs/minimal-scenario.js";

/** The minimal example with one text replacement (which must apply). */
function edited(from: string, to: string): string {
  assert.ok(MINIMAL_SCENARIO_YAML.includes(from), `the example holds ${from}`);
  return MINIMAL_SCENARIO_YAML.replace(from, to);
}

const BLUE_SILO = "        launchers: { deployed: 200, nonDeployed: 20 }\n";
const RED_SILO_BASING = "          hardnessPsi: 3000\n";

// Counts of things (launchers, stored warheads, interceptors, sites, shots, per-aim-point caps) must be whole: the
// model cannot mean half a launcher. Each fractional count is refused with a located error.
const WHOLE: { name: string; from: string; to: string; path: string }[] = [
  {
    name: "launchers.deployed",
    from: BLUE_SILO,
    to: "        launchers: { deployed: 200.5, nonDeployed: 20 }\n",
    path: "parties.0.forces.0.launchers.deployed",
  },
  {
    name: "launchers.nonDeployed",
    from: BLUE_SILO,
    to: "        launchers: { deployed: 200, nonDeployed: 0.25 }\n",
    path: "parties.0.forces.0.launchers.nonDeployed",
  },
  {
    name: "launchers.test",
    from: BLUE_SILO,
    to: "        launchers: { deployed: 200, test: 1.5 }\n",
    path: "parties.0.forces.0.launchers.test",
  },
  {
    name: "treaty.storedWarheads (upload stock)",
    from: BLUE_SILO,
    to: BLUE_SILO + "        maxWarheadsPerLauncher: 3\n        treaty: { storedWarheads: 99.5 }\n",
    path: "parties.0.forces.0.treaty.storedWarheads",
  },
  {
    name: "treaty.convertedNonNuclear",
    from: BLUE_SILO,
    to: BLUE_SILO + "        treaty: { convertedNonNuclear: 0.5 }\n",
    path: "parties.0.forces.0.treaty.convertedNonNuclear",
  },
  {
    name: "defenses[].interceptors",
    from: "    defenses: []\n",
    to:
      "    defenses:\n      - { id: gbi, name: GBI, interceptors: 44.5, pk: 0.5, doctrine: { type: barrage, shots: 2 }," +
      ' source: { source: "notional", asOf: 2026-01-01, confidence: notional } }\n',
    path: "parties.0.defenses.0.interceptors",
  },
  {
    name: "defenses[].doctrine.shots",
    from: "    defenses: []\n",
    to:
      "    defenses:\n      - { id: gbi, name: GBI, interceptors: 44, pk: 0.5, doctrine: { type: barrage, shots: 2.5 }," +
      ' source: { source: "notional", asOf: 2026-01-01, confidence: notional } }\n',
    path: "parties.0.defenses.0.doctrine.shots",
  },
  {
    name: "c3.sites[].sites",
    from: "    generation:\n",
    to:
      "    c3:\n      sites:\n        - { id: ncc, name: NCC, kind: command, sites: 2.5, hardnessPsi: 1000," +
      ' source: { source: "notional", asOf: 2026-01-01, confidence: notional } }\n    generation:\n',
    path: "parties.0.c3.sites.0.sites",
  },
  {
    name: "assumptions.maxWarheadsPerAimPoint",
    from: "distancesKm:\n",
    to: "assumptions: { maxWarheadsPerAimPoint: 1.5 }\ndistancesKm:\n",
    path: "assumptions.maxWarheadsPerAimPoint",
  },
  {
    name: "assumptions.maxConventionalPerAimPoint",
    from: "distancesKm:\n",
    to: "assumptions: { maxConventionalPerAimPoint: 2.5 }\ndistancesKm:\n",
    path: "assumptions.maxConventionalPerAimPoint",
  },
];

for (const c of WHOLE)
  test(`a fractional ${c.name} is refused with a located "whole number" error`, () => {
    const text = edited(c.from, c.to);
    const r = loadScenarioText(text, "s.yaml");
    assert.equal(r.value, undefined);
    const issue = r.issues.find((i) => i.path.join(".") === c.path);
    assert.ok(issue, JSON.stringify(r.issues));
    assert.match(issue.message, /whole number/);
    assert.equal(issue.file, "s.yaml");
    // Located at the offending number itself.
    const line = text.split("\n")[issue.line! - 1]!;
    assert.match(line.slice(issue.col! - 1), /^\d+\.\d+/, `${issue.line}:${issue.col} in ${line}`);
  });

// Per-launcher and per-aim-point figures are averages over an element and may be fractional: a mixed fleet loads
// 3.5 warheads per launcher on average, B-52G/H were attributed 1968/189 ALCMs each, 12.5 aircraft share a base.
test("averages over an element may be fractional: loads, capacities, attributions, launchers per aim point, decoys", () => {
  const text = edited(
    RED_SILO_BASING,
    RED_SILO_BASING.replace("hardnessPsi: 3000", "hardnessPsi: 3000\n          launchersPerAimPoint: 1.5"),
  ).replace(
    "        warheadsPerLauncher: 4\n        yieldKt: 500\n",
    "        warheadsPerLauncher: 3.5\n        maxWarheadsPerLauncher: 4.5\n        decoysPerWarhead: 0.5\n" +
      "        treaty: { attributedWarheads: 3.25 }\n        yieldKt: 500\n",
  );
  const r = loadScenarioText(text, "s.yaml");
  assert.deepEqual(r.issues, []);
  const red = r.value!.parties[1]!.forces[0]!;
  assert.deepEqual(
    [
      red.warheadsPerLauncher,
      red.maxWarheadsPerLauncher,
      red.decoysPerWarhead,
      red.treaty?.attributedWarheads,
      red.basing.launchersPerAimPoint,
    ],
    [3.5, 4.5, 0.5, 3.25, 1.5],
  );
});

test("two scenarios with default assumptions share no object: editing one leaves the other and later parses alone", () => {
  // zod copies a default only one level deep; the defaults with nested objects (assumptions, upload, third party) are
  // built anew for each parse, else an edit of one scenario's upload days would change every later scenario's.
  const parse = () => {
    const r = loadScenarioText(MINIMAL_SCENARIO_YAML);
    assert.ok(r.value, JSON.stringify(r.issues));
    return r.value;
  };
  const a = parse();
  const days = a.assumptions.upload.days["icbm-silo"];
  a.assumptions.upload.days["icbm-silo"] = days + 1;
  a.assumptions.thirdParty.weight += 1;
  a.assumptions.counterforceFlights.push("cruise");
  const b = parse();
  assert.equal(b.assumptions.upload.days["icbm-silo"], days);
  assert.notEqual(b.assumptions.thirdParty.weight, a.assumptions.thirdParty.weight);
  assert.notEqual(b.assumptions.counterforceFlights.length, a.assumptions.counterforceFlights.length);
});
