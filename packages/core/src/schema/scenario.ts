/**
 * Scenario format v1: the one contract every interface carries.
 *
 * Units are in field names (`yieldKt`, `cepM`, `hardnessPsi`, `rangeKm`). Policy levers (force levels, posture,
 * options) are kept apart from technical `assumptions`. Every force element, defence layer and value base carries a
 * {@link Citation}; single fields may carry their own in `fieldSources`.
 */
import { z } from "zod";
import { SITE_FIELDS, VALUE_MODEL_FIELDS } from "./value-model.js";
import { C3 } from "./targets.js";
import { ThirdPartyAssumptions } from "./third-party.js";
import { UploadAssumptions } from "./upload.js";

//// primitives ////

/** Current scenario format version. */
export const SCHEMA_VERSION = 1;

/** Identifier: lower-case letters, digits and dashes, starting with a letter (e.g. `us`, `mm3-w87`). */
export const Id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, "must be lower-case letters, digits and dashes, starting with a letter");

/** ISO calendar date `YYYY-MM-DD`. */
export const IsoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** Probability in [0, 1]. */
export const Probability = z
  .number()
  .min(0, "must be a probability in [0, 1]")
  .max(1, "must be a probability in [0, 1]");

/** A count of physical things (launchers, interceptors): a whole number ≥ 0, at most 1,000,000. */
export const Count = z
  .number()
  .min(0, "must not be negative")
  .max(1_000_000, "must be at most 1,000,000")
  .int("must be a whole number");

/** How sure we are of a number: read in a source, computed from one, an estimate, or a placeholder. */
export const Confidence = z.enum(["published", "derived", "estimate", "notional"]);
export type Confidence = z.infer<typeof Confidence>;

/** Where a number comes from. */
export const Citation = z.strictObject({
  /** Short reference, e.g. "FAS Nuclear Notebook: United States, 2025". */
  source: z.string().min(1, "must name a source"),
  /** Date the figure describes or was published. */
  asOf: IsoDate,
  confidence: Confidence,
  url: z.url().optional(),
  note: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

//// force elements ////

/** Delivery-system category. */
export const Category = z.enum([
  "icbm-silo",
  "icbm-mobile",
  "slbm",
  "bomber",
  "air-launched",
  "hgv",
  "ground-cruise",
  "ground-ballistic",
  "sea-cruise",
  "conventional-strike",
  "non-strategic",
]);
export type Category = z.infer<typeof Category>;

/** How a weapon flies, which decides which defence layers can engage it. */
export const FlightProfile = z.enum(["ballistic", "hypersonic", "cruise", "aircraft"]);
export type FlightProfile = z.infer<typeof FlightProfile>;

/** Launchers of one element by treaty status. */
export const Launchers = z.strictObject({
  /** Launchers holding a missile, or deployed bombers. */
  deployed: Count,
  /** Empty launchers, launchers in overhaul, spare bombers. Default 0. */
  nonDeployed: Count.default(0),
  /** Test and training launchers. Default 0. */
  test: Count.default(0),
});

/** A place the element is based at or launched from (silo field, SSBN base or patrol area, bomber base, garrison). */
export const Site = z.strictObject({
  ...SITE_FIELDS,
  source: Citation,
  /** Where `aimPoints` and `radiusKm` come from, when they are given (silo counts, field extents). */
  extentSource: Citation.optional(),
});
export type Site = z.infer<typeof Site>;

/** How the element is based: target hardness, aim points, and the share not targetable by posture. */
export const Basing = z.strictObject({
  /** Peak overpressure the aim point withstands, psi (silos ~2,000; soft targets 2–10). */
  hardnessPsi: z.number().positive("must be > 0 psi").max(100_000),
  /**
   * Launchers destroyed together at one aim point (1 for silos; tubes per boat in port; aircraft per base). An average
   * over the element's aim points, so it may be fractional (e.g. 25 bombers on 2 bases: 12.5).
   */
  launchersPerAimPoint: z.number().positive().max(100_000).default(1),
  /** Share of deployed launchers not targetable (at sea, dispersed, airborne), by posture. */
  survivableFraction: z.strictObject({ dayToDay: Probability, generated: Probability }),
  /** Where the launchers are (shares sum to 1); reach is then measured from these sites (great circle). */
  sites: z.array(Site).min(1).max(256).optional(),
});

/** Effect of a conventional warhead against a point target (methods §1, [lieber-press-2016], [ford-2010]). */
export const ConventionalEffect = z.strictObject({
  /** Effective vulnerable radius: a miss closer than this defeats the target, m. */
  vulnerableRadiusM: z.number().positive().max(10_000),
  /** Probability a hit defeats a target no harder than the class defeats (depth, penetration). */
  pDefeatGivenHit: Probability,
  /**
   * Warhead class: `blast-fragmentation` (default; ≲ 50 psi), `penetrator` (~1,000 psi), `heavy-penetrator`
   * (~5,000 psi, GBU-57 class). Against harder targets the defeat probability falls as `h_max / h`.
   */
  warheadClass: z.enum(["blast-fragmentation", "penetrator", "heavy-penetrator"]).optional(),
  /** Hardest target defeated in full, psi; overrides the class default. */
  defeatsHardnessPsi: z.number().positive().max(100_000).optional(),
});

/** Treaty accountability attributes of an element (used by rule packs). */
export const TreatyAttributes = z.strictObject({
  /** Counted by strategic-arms treaties at all. Default true for ICBMs, SLBMs and bombers. */
  accountable: z.boolean().optional(),
  /** Heavy bomber equipped for nuclear armaments. */
  nuclearEquipped: z.boolean().optional(),
  /** Bombers equipped for long-range nuclear ALCMs (START I attribution). */
  alcmEquipped: z.boolean().optional(),
  /** Of the deployed launchers, those converted to non-nuclear roles (out of New START account). */
  convertedNonNuclear: Count.optional(),
  /** Heavy ICBM (SS-18 class) for START I sublimits. */
  heavyIcbm: z.boolean().optional(),
  /** Throw-weight of one missile, kg (START I). */
  throwWeightKg: z.number().positive().max(20_000).optional(),
  /**
   * Warheads START I attributes to one launcher when it differs from the loaded number. An average over the element's
   * launchers, so it may be fractional (a mixed B-52G/H fleet: 1,968 ALCMs over 189 bombers).
   */
  attributedWarheads: z.number().min(0).max(100).optional(),
  /**
   * Non-deployed warheads held for this element (in storage, not on launchers), counted by frameworks that limit all
   * warheads (counting rule `stockpile`). Default 0.
   */
  storedWarheads: Count.optional(),
});

/** Per-field citations: keys are field names of the element (e.g. `cepM`). */
export const FieldSources = z.record(z.string(), Citation);

/** One delivery-system type of one party. */
export const ForceElement = z.strictObject({
  id: Id,
  name: z.string().min(1),
  category: Category,
  /** Nuclear (true, default) or conventional. */
  nuclear: z.boolean().default(true),
  launchers: Launchers,
  /**
   * Warheads loaded per deployed launcher: an average over the element's launchers, so it may be fractional (14 boats
   * × 20 tubes with 3.8 warheads each on average). Counts of things — launchers, stored warheads, interceptors, sites —
   * are whole numbers ({@link Count}).
   */
  warheadsPerLauncher: z.number().min(0, "must not be negative").max(100),
  /** Upload capacity per launcher: an average over the element's launchers, like `warheadsPerLauncher`. */
  maxWarheadsPerLauncher: z.number().min(0).max(100).optional(),
  /** Yield per warhead, kt (> 0). Where dial-a-yield, the planning yield. */
  yieldKt: z.number().positive("must be > 0 kt (a yield of 0 is not a weapon; check units)").max(100_000),
  /** Selectable yields, kt, for dial-a-yield weapons. */
  yieldOptionsKt: z.array(z.number().positive().max(100_000)).max(16).optional(),
  /** Circular error probable, m (> 0). */
  cepM: z.number().positive("must be > 0 m").max(100_000),
  /** Probability a warhead launches, flies and detonates as planned (launch × flight × detonation). */
  reliability: Probability,
  /** Maximum range, km. */
  rangeKm: z.number().positive("must be > 0 km").max(50_000),
  /** Decoys or penetration aids per warhead (an average; may be fractional). Default 0. */
  decoysPerWarhead: z.number().min(0).max(100).default(0),
  /** How it flies (defaults from the category). */
  flight: FlightProfile.optional(),
  basing: Basing,
  /** Effect against point targets when `nuclear` is false. */
  conventional: ConventionalEffect.optional(),
  treaty: TreatyAttributes.optional(),
  source: Citation,
  fieldSources: FieldSources.optional(),
  notes: z.string().optional(),
});
export type ForceElement = z.infer<typeof ForceElement>;
export type ForceElementInput = z.input<typeof ForceElement>;

//// defences ////

/** Engagement doctrine of a defence layer. */
export const Doctrine = z.discriminatedUnion("type", [
  /** Fire `shots` interceptors at each object at once. */
  z.strictObject({ type: z.literal("barrage"), shots: z.number().int().min(1).max(10) }),
  /** Fire one, look, fire again at survivors, up to `shots` engagements. */
  z.strictObject({ type: z.literal("shoot-look-shoot"), shots: z.number().int().min(2).max(10).default(2) }),
]);
export type Doctrine = z.infer<typeof Doctrine>;

/** What a defence layer protects. */
export const Coverage = z.enum(["value", "forces"]);

/** One layer of missile or air defence. */
export const DefenseLayer = z.strictObject({
  id: Id,
  name: z.string().min(1),
  /** Interceptors in inventory. */
  interceptors: Count,
  /** Single-shot kill probability of one interceptor against one engaged object. */
  pk: Probability,
  /** Probability the layer detects, tracks and discriminates an object (common mode). Default 1. */
  tracking: Probability.default(1),
  doctrine: Doctrine,
  /** Flight profiles the layer can engage. Default ballistic only. */
  engages: z.array(FlightProfile).min(1).default(["ballistic"]),
  /** What it protects. Default both value and forces. */
  covers: z.array(Coverage).min(1).default(["value", "forces"]),
  source: Citation,
  notes: z.string().optional(),
});
export type DefenseLayer = z.infer<typeof DefenseLayer>;

//// value targets ////

/** Damage to a party's value (population, industry, government) as a function of weapons arriving. */
export const DamageCurve = z.discriminatedUnion("model", [
  /**
   * D(w) = 1 − exp(−w·ln5 / w80): a labelled stand-in for Kent–Thaler's hand-drawn curve ([kent-thaler-1989], [crisis-stability-calculator-nd]);
   * `w80` is the number of arriving warheads that destroys 80 % of value.
   */
  z.strictObject({ model: z.literal("exponential-w80"), w80: z.number().positive().max(1_000_000) }),
  /**
   * D = 1 − exp(−A / valueAreaKm2), A = arriving EMT × areaPerEmtKm2 (area exposed to ≥ 10 psi per EMT;
   * 51.7 km² after Sibley via Richelson and OWID).
   */
  z.strictObject({
    model: z.literal("emt-area"),
    valueAreaKm2: z.number().positive().max(10_000_000),
    areaPerEmtKm2: z.number().positive().max(10_000).default(51.7),
  }),
]);
export type DamageCurve = z.infer<typeof DamageCurve>;

/** A party's value target base: a notional damage curve, or the population model (see `value-model.ts`). */
export const ValueTargets = z.strictObject({
  ...VALUE_MODEL_FIELDS,
  /** Notional damage curve: the value model when `model` is absent or `damage-curve`, else a named alternative. */
  damageCurve: DamageCurve.optional(),
  source: Citation,
});

//// parties ////

/** Alert posture: day-to-day or fully generated. */
export const Posture = z.enum(["dayToDay", "generated"]);
export type Posture = z.infer<typeof Posture>;

/** One point of a crisis generation schedule. */
export const GenerationPoint = z.strictObject({
  /** Day of the crisis, ≥ 0. */
  day: z.number().min(0).max(365),
  /** Share of the day-to-day → generated change completed, 0–1. */
  generated: Probability,
});

/** JSON Schema description of a party's `defenses` (the order of the layers matters). */
export const DEFENSES_DESCRIPTION =
  "Defence layers in the order an incoming salvo meets them: list the outermost first (boost, midcourse, terminal). " +
  "Each layer engages only what the layers before it let through, so with finite interceptor inventories the order " +
  "changes the result.";

/** A party: a state with its forces, defences, value and options. */
export const Party = z.strictObject({
  id: Id,
  name: z.string().min(1),
  posture: Posture.default("dayToDay"),
  options: z
    .strictObject({
      /** Launch the fixed, prompt forces on warning of attack (saves `assumptions.luaFraction` of them). */
      launchUnderAttack: z.boolean().default(false),
      /** Share of forces held back against third parties, 0–1. */
      holdBackFraction: Probability.default(0),
    })
    .default({ launchUnderAttack: false, holdBackFraction: 0 }),
  forces: z.array(ForceElement).min(1, "a party needs at least one force element"),
  /**
   * Missile and air defence layers, in the order an incoming salvo meets them: list the outermost first (boost,
   * midcourse, terminal). Each layer engages only what the layers before it let through, so with finite inventories
   * the order changes the result (methods §2; the loader warns, `defense_order`, when names show a reversed order).
   */
  defenses: z.array(DefenseLayer).describe(DEFENSES_DESCRIPTION).default([]),
  value: ValueTargets,
  /** Generation schedule in a crisis (day → share generated); linear between points. */
  generation: z.array(GenerationPoint).min(1).optional(),
  /** Command, early-warning and missile-defence sites as targets, and warning degradation (schema/targets.ts). */
  c3: C3.optional(),
});
export type Party = z.infer<typeof Party>;

//// assumptions ////

/** Lethal-radius model names ([brown-1976], [jimjkelly-nd], [brode-1986]). */
export const LethalRadiusModelName = z.enum(["brown-1976", "cube-root-2.62", "overpressure"]);
export type LethalRadiusModelName = z.infer<typeof LethalRadiusModelName>;

/** Default technical assumptions; each is a documented, user-changeable constant. */
export const DEFAULT_ASSUMPTIONS = {
  lethalRadiusModel: "brown-1976",
  softTargetModel: "overpressure",
  softTargetBelowPsi: 100,
  costExponent: 0.75,
  costWeight: 0.3,
  strikerSurvivableUse: 0.9,
  luaFraction: 0.9,
  maxWarheadsPerAimPoint: 2,
  fratricideFactor: 0,
  minEfficiency: 0.01,
  counterforceFlights: ["ballistic", "hypersonic"],
} as const;

/** Technical assumptions, kept apart from policy levers. */
export const Assumptions = z.strictObject({
  /** Lethal-radius model for nuclear warheads. Default `brown-1976`. */
  lethalRadiusModel: LethalRadiusModelName.default(DEFAULT_ASSUMPTIONS.lethalRadiusModel),
  /**
   * Lethal-radius model for soft targets (below `softTargetBelowPsi`), where the cube-root rules are poor.
   * Default `overpressure` (airblast overpressure-versus-range fit).
   */
  softTargetModel: LethalRadiusModelName.default(DEFAULT_ASSUMPTIONS.softTargetModel),
  /** Hardness below which `softTargetModel` applies, psi. Default 100. */
  softTargetBelowPsi: z.number().min(0).max(100_000).default(DEFAULT_ASSUMPTIONS.softTargetBelowPsi),
  /** Kent–Thaler exponent on damage in the cost function. Default 0.75 (R-3765 App. C via secondary code). */
  costExponent: z.number().positive().max(5).default(DEFAULT_ASSUMPTIONS.costExponent),
  /** Kent–Thaler weight on the adversary's undestroyed value. Default 0.3. */
  costWeight: z.number().min(0).max(5).default(DEFAULT_ASSUMPTIONS.costWeight),
  /** Share of its survivable forces a striker uses in a first strike. Default 0.9 (R-3765 p. 34 via code). */
  strikerSurvivableUse: Probability.default(DEFAULT_ASSUMPTIONS.strikerSurvivableUse),
  /** Share of fixed prompt forces saved by launch under attack. Default 0.9 (R-3765 p. 35 n. 4 via code). */
  luaFraction: Probability.default(DEFAULT_ASSUMPTIONS.luaFraction),
  /** Cap on warheads per aim point (fratricide). Default 2 (Richelson 1980 p. 788). */
  maxWarheadsPerAimPoint: z.number().int().min(1).max(10).default(DEFAULT_ASSUMPTIONS.maxWarheadsPerAimPoint),
  /**
   * Cap on conventional warheads per aim point (no fratricide among precision weapons; a salvo of a few per target is
   * usual). Default 4 [U].
   */
  maxConventionalPerAimPoint: z.number().int().min(0).max(32).default(4),
  /** Loss of effectiveness of each warhead after the first on one aim point, 0–1. Default 0 [U]. */
  fratricideFactor: Probability.default(DEFAULT_ASSUMPTIONS.fratricideFactor),
  /**
   * Flight profiles a striker uses against forces. Default prompt weapons only (ballistic, hypersonic): bombers and
   * cruise missiles arrive hours later, after fixed forces have launched or dispersed (Richelson 1980 separates prompt
   * from slow hard-target kill); they go to value instead.
   */
  counterforceFlights: z.array(FlightProfile).default([...DEFAULT_ASSUMPTIONS.counterforceFlights]),
  /** Counterforce options killing fewer enemy warheads per warhead spent than this are not taken. Default 0.01. */
  minEfficiency: z.number().min(0).max(100).default(DEFAULT_ASSUMPTIONS.minEfficiency),
  /** Three-party coupling: derived hold-back and post-exchange vulnerability (schema/third-party.ts). */
  thirdParty: ThirdPartyAssumptions.default(() => ThirdPartyAssumptions.parse({})),
  /** Upload times and breakout margin (schema/upload.ts). */
  upload: UploadAssumptions.default(() => UploadAssumptions.parse({})),
});
export type Assumptions = z.infer<typeof Assumptions>;

//// uncertainty ////

/** A probability distribution for Monte Carlo. */
export const Distribution = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("normal"), mean: z.number(), sd: z.number().min(0) }),
  z.strictObject({ type: z.literal("lognormal"), mu: z.number(), sigma: z.number().min(0) }),
  z.strictObject({ type: z.literal("uniform"), min: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal("triangular"), min: z.number(), mode: z.number(), max: z.number() }),
]);
export type Distribution = z.infer<typeof Distribution>;

/**
 * Parameters that can be uncertain. Per element: `cepM`, `reliability`, `hardnessPsi`, `survivableFraction`,
 * `yieldKt`; per defence layer: `pk`; per party's value: `w80` (the damage curve's scale) and `damageModel` (structural:
 * a draw above 0.5 swaps the party's damage curve for the matched alternative model, see `perturbScenario`);
 * scenario-wide assumptions (structural): `costExponent`, `costWeight`, `luaFraction`, `strikerSurvivableUse`.
 */
export const UncertainParameter = z.enum([
  "cepM",
  "reliability",
  "hardnessPsi",
  "survivableFraction",
  "w80",
  "populationScaleKm",
  "yieldKt",
  "pk",
  "damageModel",
  "costExponent",
  "costWeight",
  "luaFraction",
  "strikerSurvivableUse",
]);
export type UncertainParameter = z.infer<typeof UncertainParameter>;

/** One uncertain parameter: a distribution applied as a factor (`multiply`) or a replacement value (`set`). */
export const Uncertainty = z.strictObject({
  parameter: UncertainParameter,
  /** Restrict to one party (all parties when absent). */
  party: Id.optional(),
  /** Restrict to one element or defence layer of that party. */
  element: Id.optional(),
  mode: z.enum(["multiply", "set"]).default("multiply"),
  distribution: Distribution,
  source: Citation.optional(),
});
export type Uncertainty = z.infer<typeof Uncertainty>;

//// scenario ////

/** Distance between two parties' capitals, km (for dyadic range reach, [suh-2022]). */
export const Distance = z.strictObject({
  between: z.tuple([Id, Id]),
  km: z.number().positive().max(25_000),
  source: Citation.optional(),
});

/** Reference to a treaty framework by id (rule pack or user framework) and the date to count at. */
export const FrameworkRef = z.strictObject({ id: z.string().min(1), date: IsoDate.optional() });

/** A scenario: parties, their forces, assumptions, and optional framework and uncertainty. */
export const Scenario = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}` }),
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  /** Date the scenario describes. */
  asOf: IsoDate,
  parties: z.array(Party).min(2, "a scenario needs at least two parties").max(12),
  distancesKm: z.array(Distance).default([]),
  assumptions: Assumptions.default(() => Assumptions.parse({})),
  framework: FrameworkRef.optional(),
  uncertainty: z.array(Uncertainty).default([]),
  notes: z.string().optional(),
});
/** A validated scenario with defaults filled in. */
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as written in a file (defaults may be omitted). */
export type ScenarioInput = z.input<typeof Scenario>;

/** Default flight profile of each category. */
export const DEFAULT_FLIGHT: Record<Category, FlightProfile> = {
  "icbm-silo": "ballistic",
  "icbm-mobile": "ballistic",
  slbm: "ballistic",
  bomber: "aircraft",
  "air-launched": "cruise",
  hgv: "hypersonic",
  "ground-cruise": "cruise",
  "ground-ballistic": "ballistic",
  "sea-cruise": "cruise",
  "conventional-strike": "ballistic",
  "non-strategic": "ballistic",
};

/** Flight profile of an element: its own, or its category's default. */
export function flightOf(element: Pick<ForceElement, "flight" | "category">): FlightProfile {
  return element.flight ?? DEFAULT_FLIGHT[element.category];
}

/**
 * Deployed launchers that carry this element's warheads: for a nuclear element, deployed launchers less those
 * converted to non-nuclear roles (`treaty.convertedNonNuclear`, which carry no nuclear warheads); for a conventional
 * element, all deployed launchers.
 */
export function armedLaunchers(element: Pick<ForceElement, "nuclear" | "launchers" | "treaty">): number {
  if (!element.nuclear) return element.launchers.deployed;
  return Math.max(0, element.launchers.deployed - (element.treaty?.convertedNonNuclear ?? 0));
}

/**
 * True when an element can reach a party at the given distance, km: SLBMs always reach ([suh-2022]);
 * others when their range covers the distance; everything reaches when the distance is unknown.
 */
export function reaches(element: Pick<ForceElement, "category" | "rangeKm">, distanceKm: number | undefined): boolean {
  if (distanceKm === undefined) return true;
  if (element.category === "slbm") return true;
  return element.rangeKm >= distanceKm;
}
