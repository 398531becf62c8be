/**
 * fast-check arbitrary of scenario inputs that span the schema's domains (counts, probabilities, yields, CEPs,
 * hardness, defences, assumptions, uncertainty distributions), for property tests. Most generated inputs are valid;
 * tests keep those that pass validation.
 */
import fc from "fast-check";
import { UncertainParameter, type ScenarioInput } from "../schema/scenario.js";

const cite = { source: "property test", asOf: "2026-01-01", confidence: "notional" as const };
const prob = fc.double({ min: 0, max: 1, noNaN: true });
const positive = (max: number) => fc.double({ min: 1e-3, max, noNaN: true });
const count = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2000 }));

const force = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(id),
    category: fc.constantFrom(
      "icbm-silo",
      "icbm-mobile",
      "slbm",
      "bomber",
      "hgv",
      "ground-cruise",
      "conventional-strike",
    ),
    nuclear: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    launchers: fc.record({ deployed: count }),
    warheadsPerLauncher: fc.double({ min: 0, max: 12, noNaN: true }),
    yieldKt: positive(25_000),
    cepM: fc.oneof(positive(5), positive(5000)),
    reliability: prob,
    rangeKm: positive(20_000),
    decoysPerWarhead: fc.double({ min: 0, max: 5, noNaN: true }),
    basing: fc.record({
      hardnessPsi: fc.oneof(positive(10), positive(10_000)),
      launchersPerAimPoint: fc.oneof(fc.constant(1), positive(50)),
      survivableFraction: fc.record({ dayToDay: prob, generated: prob }),
    }),
    conventional: fc.record({ vulnerableRadiusM: positive(100), pDefeatGivenHit: prob }),
    source: fc.constant(cite),
  });

const defense = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(id),
    interceptors: count,
    pk: prob,
    tracking: prob,
    doctrine: fc.oneof(
      fc.record({ type: fc.constant("barrage" as const), shots: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ type: fc.constant("shoot-look-shoot" as const), shots: fc.integer({ min: 2, max: 4 }) }),
    ),
    engages: fc.subarray(["ballistic", "hypersonic", "cruise", "aircraft"] as const, { minLength: 1 }),
    source: fc.constant(cite),
  });

const party = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(id),
    posture: fc.constantFrom("dayToDay" as const, "generated" as const),
    options: fc.record({ launchUnderAttack: fc.boolean(), holdBackFraction: prob }),
    forces: fc
      .integer({ min: 1, max: 4 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => force(`f${i}`)))),
    defenses: fc
      .integer({ min: 0, max: 2 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => defense(`d${i}`)))),
    value: fc.record({
      damageCurve: fc.oneof(
        fc.record({ model: fc.constant("exponential-w80" as const), w80: positive(5000) }),
        fc.record({ model: fc.constant("emt-area" as const), valueAreaKm2: positive(1e6) }),
      ),
      source: fc.constant(cite),
    }),
  });

const param = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: -3, max: 3, noNaN: true }) },
);
const distribution = fc.oneof(
  fc.record({ type: fc.constant("normal" as const), mean: param, sd: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant("lognormal" as const), mu: param, sigma: fc.double({ min: 0, max: 2, noNaN: true }) }),
  fc.tuple(param, param).map(([a, b]) => ({ type: "uniform" as const, min: Math.min(a, b), max: Math.max(a, b) })),
  fc
    .tuple(param, param, param)
    .map((v) => v.sort((x, y) => x - y))
    .map(([min, mode, max]) => ({ type: "triangular" as const, min: min, mode: mode, max: max })),
);

/** Uncertain parameters of the schema that apply to these scenarios (their parties' value is a damage curve). */
const DAMAGE_CURVE_UNCERTAIN = UncertainParameter.options.filter((p) => p !== "populationScaleKm");

const uncertainty = fc.record(
  {
    parameter: fc.constantFrom(...DAMAGE_CURVE_UNCERTAIN),
    party: fc.constantFrom("a", "b"),
    mode: fc.constantFrom("multiply" as const, "set" as const),
    distribution,
  },
  { requiredKeys: ["parameter", "mode", "distribution"] },
);

/** Arbitrary scenario input: two or three parties, one to four forces and up to two defence layers each. */
export function scenarioInputArbitrary(): fc.Arbitrary<ScenarioInput> {
  return fc.record({
    schemaVersion: fc.constant(1 as const),
    id: fc.constant("prop"),
    name: fc.constant("property test"),
    asOf: fc.constant("2026-01-01"),
    parties: fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(...["a", "b", "c"].slice(0, n).map(party))),
    assumptions: fc.record({
      lethalRadiusModel: fc.constantFrom("brown-1976" as const, "cube-root-2.62" as const, "overpressure" as const),
      softTargetModel: fc.constantFrom("brown-1976" as const, "cube-root-2.62" as const, "overpressure" as const),
      softTargetBelowPsi: fc.oneof(
        { weight: 3, arbitrary: fc.constant(100) },
        { weight: 1, arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }) },
      ),
      costExponent: fc.double({ min: 0.1, max: 3, noNaN: true }),
      costWeight: fc.double({ min: 0, max: 3, noNaN: true }),
      fratricideFactor: prob,
      maxWarheadsPerAimPoint: fc.integer({ min: 1, max: 4 }),
    }),
    uncertainty: fc.array(uncertainty, { maxLength: 2 }),
  });
}
