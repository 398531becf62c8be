/**
 * Zod schemas of every operation result: the {@link Report} of `evaluate()`, the crisis timeline, the compliance
 * report, the path to compliance, the negotiation result, sweep cells and validation results. They describe the
 * results as JSON carries them (infinite and NaN numbers become `null`), are published in the OpenAPI document, and
 * check every API response in the tests.
 *
 * Objects are strict: a field the engine produces but a schema does not describe fails validation, so the published
 * schemas cannot fall behind the engine unnoticed. The TypeScript interfaces stay with the code that fills them (they
 * carry the units); a type test (`results.test.ts`) checks, field by field in both directions, that each schema
 * describes exactly the fields of the interface it stands for, and the tests validate real results of every preset.
 * Clients should read `reportVersion` / `resultVersion` and ignore fields they do not know.
 */
import { z } from "zod";
import { Assumptions, Citation, Party, Posture } from "../schema/scenario.js";
import { C3Kind } from "../schema/targets.js";
import {
  CountingRuleName,
  Framework,
  LauncherStatus,
  Quantity,
  Selector,
  TreatyEvent,
} from "../treaty/framework-schema.js";
import { NegotiationSampling, NegotiationTolerances, NegotiationWeights } from "../negotiate/negotiation-spec.js";

/** A JSON number that the engine may compute as ±Infinity or NaN (JSON carries those as `null`). */
const num = z.number().nullable();

/** Reading of a stability index (public calculator's banding). */
const StabilityReadingSchema = z.enum(["robust", "moderate", "fragile"]);

/** A `[before, after]` pair of numbers. */
const fromTo = z.tuple([num, num]);

/** One validation problem (see `Issue` in `_shared/issues.ts`). */
export const IssueSchema = z.strictObject({
  code: z.string().describe("stable machine-readable code, e.g. invalid_type, unknown_field, syntax"),
  path: z
    .array(z.union([z.string(), z.number()]))
    .readonly()
    .describe("where in the document: keys and indices"),
  message: z.string(),
  severity: z.enum(["error", "warning"]).optional(),
  hint: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional().describe("1-based line, when the document came as text"),
  col: z.number().int().optional().describe("1-based column"),
});

/** Mean and 5/50/95 % quantiles of a Monte Carlo sample. */
export const BandSchema = z.strictObject({ mean: num, p5: num, p50: num, p95: num });

/** Shares of Monte Carlo samples in each stability reading, 0–1 each. */
export const ReadingSharesSchema = z.strictObject({ robust: num, moderate: num, fragile: num });

/** Stability of one pair of parties. */
export const PairStabilitySchema = z.strictObject({
  a: z.string(),
  b: z.string(),
  c1A: num.describe("cost to a of striking first"),
  c2A: num.describe("cost to a of being struck first"),
  c1B: num,
  c2B: num,
  fssA: num.describe("a's first-strike stability C1/C2, capped at 1"),
  fssB: num,
  combined: num.describe("fssA·fssB"),
  reading: StabilityReadingSchema,
});

/** One point of an exchange's draw-down. */
export const DrawdownPointSchema = z.strictObject({
  warheadsUsed: num,
  victimWarheadsDestroyed: num,
  victimWarheadsSurviving: num,
  retaliationArriving: num,
  strikerArriving: num,
  damageToStriker: num.describe("fraction of the striker's value destroyed"),
  damageToVictim: num,
  costToStriker: num.describe("Kent–Thaler cost"),
  costToVictim: num,
});

/** One place receiving warheads in a strike on population. */
export const StruckPlaceSchema = z.strictObject({
  name: z.string(),
  latDeg: num,
  lonDeg: num,
  population: num.describe("persons"),
  warheads: num.describe("expected warheads arriving"),
  yieldKt: num.describe("yield of the largest warhead aimed at it, kt"),
  fatalities: num.describe("expected prompt fatalities, persons"),
  radius5PsiKm: num,
  radius2PsiKm: num,
});

/** Effects of one strike on one party's population. */
export const PopulationStrikeSchema = z.strictObject({
  party: z.string(),
  country: z.string().describe("ISO 3166-1 alpha-2 code of the place table"),
  totalPopulation: num.describe("persons"),
  fatalities: num.describe("expected prompt fatalities, persons"),
  collateralFatalities: num.describe("of those, from strikes on forces (blast and fallout), persons"),
  collateralBlastFatalities: num.optional().describe("of the collateral, blast deaths, persons"),
  collateralFalloutFatalities: num
    .optional()
    .describe("of the collateral, fallout deaths among the blast survivors, persons (0 when fallout is off)"),
  share: num.describe("fatalities / totalPopulation, 0–1"),
  places: z
    .array(StruckPlaceSchema)
    .readonly()
    .describe("places receiving warheads, by fatalities descending (at most 200); read-only (shared between reports)"),
});

/** Outcome of one party striking another first. */
export const ExchangeResultSchema = z.strictObject({
  striker: z.string(),
  victim: z.string(),
  strikerAvailable: num,
  victimWarheadsBefore: num,
  drawdown: z.array(DrawdownPointSchema),
  chosen: z.number().int(),
  outcome: DrawdownPointSchema,
  allocation: z.array(
    z.strictObject({
      weapon: z.string(),
      target: z.string(),
      warheads: num,
      kills: num,
      targetKind: z.union([z.literal("force"), C3Kind]).optional(),
      conventional: z.boolean().optional(),
    }),
  ),
  interceptorsUsed: z.record(z.string(), num),
  warnings: z.array(z.string()),
  shotsPerAimPoint: z.record(z.string(), num),
  population: z
    .strictObject({ onVictim: PopulationStrikeSchema, onStriker: PopulationStrikeSchema })
    .optional()
    .describe("present when both parties use the population value model"),
  warning: z
    .strictObject({ shareBefore: num, shareAfter: num, luaBefore: num, luaAfter: num })
    .describe("the victim's warning share and launch-under-attack probability before and after the chosen strike"),
  c3Strikes: z.array(
    z.strictObject({
      site: z.string(),
      kind: C3Kind,
      dualUse: z.boolean(),
      sites: num,
      destroyed: num,
      conventionalWarheads: num,
      nuclearWarheads: num,
      entangled: z.boolean(),
    }),
  ),
  holdBack: z.strictObject({ striker: num, victim: num }).describe("hold-back shares used, 0–1"),
  thirdPartyCost: z
    .strictObject({ striker: num, victim: num })
    .describe("post-exchange vulnerability to third parties added to each side's cost"),
  survivingShare: z.record(z.string(), num).describe("share of each victim element's warheads surviving, 0–1"),
});

const ParityFiguresSchema = z.strictObject({
  deliverableWarheads: num,
  emt: num,
  cmp: num,
  byElement: z
    .array(z.strictObject({ id: z.string(), warheads: num, emt: num, cmp: num, reaches: z.boolean() }))
    .describe("one row per nuclear element, in input order"),
});
const ReachSchema = z.strictObject({ deliverableWarheads: num, emt: num, cmpSuh: num, cmpRichelson: num });

/** A citation as reports carry it. */
const SourceEntrySchema = Citation.extend({
  party: z.string(),
  item: z.string(),
  field: z.string().optional(),
});

/** Effect of the parties outside one pair on that pair's index. */
export const ThirdPartyEffectSchema = z.strictObject({
  a: z.string(),
  b: z.string(),
  thirdParties: z.array(z.string()),
  withThird: num,
  withoutThird: num,
  holdBackOnly: num,
  shift: num,
  holdBackPart: num,
  vulnerabilityPart: num,
  holdBack: z.record(z.string(), num),
  vulnerability: z.record(z.string(), z.strictObject({ c1: num, c2: num })),
  explanation: z.string(),
});

/** Arms-race sensitivity of one element of one party against one counterpart. */
export const SensitivityEntrySchema = z.strictObject({
  party: z.string(),
  element: z.string(),
  counterpart: z.string(),
  deltaLaunchers: num,
  dFssSelfPerLauncher: num,
  dFssOtherPerLauncher: num,
  dCombinedPerLauncher: num,
  dFssSelfPerWarhead: num,
  dFssOtherPerWarhead: num,
  dCombinedPerWarhead: num,
  marginalExchangeRatio: num,
  survivableShare: num,
  armsRaceStable: z.boolean(),
});

/** The report of `evaluate()` (`Report` in `evaluate/report.ts`). */
export const ReportSchema = z
  .strictObject({
    reportVersion: z.literal(1),
    engine: z.strictObject({ name: z.literal("seceq"), version: z.string() }),
    scenario: z.strictObject({ id: z.string(), name: z.string(), asOf: z.string() }),
    assumptions: Assumptions,
    parties: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        posture: Posture,
        deployedLaunchers: num,
        deployedWarheads: num,
        survivableWarheads: num,
        conventionalWeapons: num,
        interceptors: num,
        parity: z.strictObject({ richelson: ParityFiguresSchema, suh: ParityFiguresSchema }),
      }),
    ),
    dyads: z.array(
      z.strictObject({
        a: z.string(),
        b: z.string(),
        distanceKm: num,
        aAgainstB: ReachSchema,
        bAgainstA: ReachSchema,
        warheadRatio: num,
        emtRatio: num,
      }),
    ),
    exchanges: z.array(ExchangeResultSchema),
    stability: z.strictObject({ pairs: z.array(PairStabilitySchema), minCombined: num }),
    sensitivities: z.array(SensitivityEntrySchema),
    thirdParty: z.array(ThirdPartyEffectSchema).describe("three or more parties; empty otherwise"),
    warnings: z.array(IssueSchema),
    sources: z.array(SourceEntrySchema),
    monteCarlo: z
      .strictObject({
        samples: z.number().int(),
        seed: z.number().int(),
        uncertainty: z.enum(["scenario", "default"]),
        bands: z.record(z.string(), BandSchema).describe("5/50/95 % bands keyed by metric (see metric-keys.ts)"),
        readings: z
          .record(z.string(), ReadingSharesSchema)
          .describe("share of samples in each reading for every stability metric, keyed like bands"),
      })
      .optional(),
  })
  .describe("Infinite ratios are sent as null (JSON has no Infinity).");

/** Stability day by day through a crisis (`CrisisTimeline`). */
export const CrisisTimelineSchema = z.strictObject({
  days: z.array(
    z.strictObject({
      day: z.number().int(),
      generated: z.record(z.string(), num).describe("share generated per party, 0–1"),
      pairs: z.array(PairStabilitySchema),
      minCombined: num,
    }),
  ),
  worstDay: z.number().int(),
  worstCombined: num,
});

/** One row of a compliance check (`LimitCheck`). */
export const LimitCheckSchema = z.strictObject({
  limitId: z.string(),
  limitName: z.string(),
  party: z.string(),
  quantity: Quantity,
  rule: CountingRuleName,
  ruleDescription: z.string(),
  ruleCitation: z.string(),
  launcherStatus: LauncherStatus,
  counted: num,
  limit: num,
  min: num.optional(),
  headroom: num,
  status: z.enum(["compliant", "violation", "not-in-force"]),
  reason: z.enum(["not-yet-in-force", "not-yet-binding", "expired"]).optional(),
  belowRange: z.boolean().optional(),
  bindingFrom: z.string().optional(),
  citation: z.string(),
  sublimitOf: z.string().optional(),
  unequal: z.boolean(),
  contributions: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(["force", "defense"]),
      count: num,
      missing: z.string().optional(),
    }),
  ),
  notes: z.array(z.string()),
});

/** Counts of a scenario under a framework (`ComplianceReport`). */
export const ComplianceReportSchema = z.strictObject({
  framework: z.strictObject({ id: z.string(), name: z.string(), citation: z.string() }),
  date: z.string(),
  state: z.enum(["not-yet-in-force", "in-force", "expired"]),
  assumeBinding: z.boolean(),
  parties: z.array(z.string()),
  checks: z.array(LimitCheckSchema),
  violations: z.number().int(),
  events: z.array(TreatyEvent),
  warnings: z.array(IssueSchema),
});

const PathStatusSchema = z.enum(["already-compliant", "no-binding-limits", "solved", "infeasible"]);

/** The reductions that bring a party into compliance (`PathToCompliance`). */
export const PathToComplianceSchema = z.strictObject({
  party: z.string(),
  framework: z.string(),
  status: PathStatusSchema,
  changes: z.array(
    z.strictObject({
      kind: z.enum(["force", "defense"]),
      id: z.string(),
      name: z.string(),
      field: z.enum([
        "launchers.deployed",
        "launchers.nonDeployed",
        "launchers.test",
        "warheadsPerLauncher",
        "treaty.storedWarheads",
        "interceptors",
      ]),
      from: num,
      to: num,
      description: z.string(),
    }),
  ),
  before: z.array(LimitCheckSchema),
  after: z.array(LimitCheckSchema),
  survivableWarheads: z.strictObject({ before: num, after: num }),
  posture: Party.describe("the party after the changes (a scenario party)"),
  optimal: z.boolean(),
  message: z.string(),
});

/** One side's outcome under a negotiated framework. */
const SideScoreSchema = z.strictObject({
  party: z.string(),
  status: z.union([PathStatusSchema, z.enum(["capped-only", "unchanged"])]),
  fss: num,
  retaliation: num,
  deployedWarheads: num,
  deliverableWarheads: num,
  deployedLaunchers: num,
  warheadsRemoved: num,
  launchersRemoved: num,
  interceptorsRemoved: num,
  changes: z.array(
    z.strictObject({
      kind: z.enum(["force", "defense"]),
      id: z.string(),
      name: z.string(),
      deployedLaunchers: fromTo,
      nonDeployedLaunchers: fromTo,
      launchersEliminated: num,
      warheads: fromTo,
      interceptors: fromTo.optional(),
      description: z.string(),
    }),
  ),
  gives: z.string(),
});

/** Result of a negotiation search (`NegotiationResult`). */
export const NegotiationResultSchema = z
  .strictObject({
    resultVersion: z.literal(1),
    spec: z.strictObject({
      id: z.string(),
      name: z.string().optional(),
      preset: z.string().optional(),
      scenario: z.strictObject({ id: z.string(), name: z.string(), asOf: z.string() }),
      parties: z.tuple([z.string(), z.string()]),
      coordinates: z.array(
        z.strictObject({
          key: z.string(),
          dimension: z.number().int(),
          party: z.string().optional(),
          min: num,
          max: num,
          step: num,
          levels: z.number().int(),
        }),
      ),
      tolerances: NegotiationTolerances,
      sampling: NegotiationSampling,
      samples: z.number().int(),
      refine: z.strictObject({ starts: z.number().int(), iterations: z.number().int() }),
      weights: NegotiationWeights,
      seed: z.number().int(),
    }),
    points: z
      .array(
        z.strictObject({
          index: z.number().int(),
          origin: z.enum(["status-quo", "loosest", "sample", "refine"]),
          values: z.record(z.string(), num).describe("coordinate values by key, units of each dimension"),
          label: z.string(),
          framework: Framework.optional().describe("the point's treaty limits"),
          caps: z.array(
            z.strictObject({
              id: z.string(),
              name: z.string(),
              party: z.string(),
              selector: Selector,
              cap: num.describe("most warheads per deployed launcher"),
            }),
          ),
          score: z.strictObject({
            feasible: z.boolean(),
            message: z.string(),
            sides: z.tuple([SideScoreSchema, SideScoreSchema]),
            combined: num.describe("combined first-strike stability, 0–1 (null when infeasible)"),
            parityRatio: num,
            parityGap: num,
            totalWarheadsRemoved: num,
          }),
          zopa: z.strictObject({ inZopa: z.boolean(), reasons: z.array(z.string()) }),
          objective: num,
        }),
      )
      .describe("every distinct point scored; points[0] is the status quo"),
    zopa: z.array(z.number().int()).describe("indices of the points in the zone of possible agreement, best first"),
    frontier: z.array(z.number().int()).describe("indices of the Pareto frontier, status quo included"),
    statusQuoDominated: z.boolean(),
    refinements: z.array(
      z.strictObject({
        from: z.number().int(),
        best: z.number().int(),
        reductionsWeight: num,
        evaluations: z.number().int(),
        converged: z.boolean(),
      }),
    ),
    evaluations: z.strictObject({ scored: z.number().int(), infeasible: z.number().int(), cached: z.number().int() }),
  })
  .describe("Infinite or NaN figures are sent as null (JSON has neither).");

/** One computed sweep cell (`CellResult`). */
export const CellResultSchema = z.strictObject({
  index: z.number().int(),
  params: z.record(z.string(), num),
  outputs: z.record(z.string(), num),
  bands: z
    .record(
      z.string(),
      BandSchema.extend({
        dropped: z.number().int().optional().describe("NaN samples the band leaves out (absent when none)"),
      }),
    )
    .optional(),
});

/** Result of validating a scenario. */
export const ValidateResultSchema = z.strictObject({
  valid: z.boolean(),
  issues: z.array(IssueSchema).describe("errors and warnings, each with its path and, from text, line:col"),
  summary: z
    .strictObject({
      id: z.string(),
      name: z.string(),
      parties: z.array(z.strictObject({ id: z.string(), elements: z.number().int() })),
    })
    .optional(),
});

/** Result of {@link ValidateResultSchema} as a type. */
export type ValidateResult = z.infer<typeof ValidateResultSchema>;
