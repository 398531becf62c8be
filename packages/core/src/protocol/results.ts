/**
 * Zod schemas of every operation result: the {@link Report} of `evaluate()`, the crisis timeline, the compliance
 * report, the path to compliance, the negotiation result, sweep cells and validation results. They describe the
 * results as JSON carries them (infinite and NaN numbers become `null`), are published in the OpenAPI document, and
 * check every API response in the tests. Type tests (`results.test.ts`) check each schema against the TypeScript
 * interface it describes, so neither can drift.
 *
 * Objects are open (`looseObject`): a field added to a result by a later engine version does not break a client
 * validating with an older schema.
 */
import { z } from "zod";

/** A JSON number that the engine may compute as ±Infinity or NaN (JSON carries those as `null`). */
const num = z.number().nullable();

/** One validation problem (see `Issue` in `_shared/issues.ts`). */
export const IssueSchema = z.looseObject({
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
export const BandSchema = z.looseObject({ mean: num, p5: num, p50: num, p95: num });

/** Stability of one pair of parties. */
export const PairStabilitySchema = z.looseObject({
  a: z.string(),
  b: z.string(),
  c1A: num.describe("cost to a of striking first"),
  c2A: num.describe("cost to a of being struck first"),
  c1B: num,
  c2B: num,
  fssA: num.describe("a's first-strike stability C1/C2, capped at 1"),
  fssB: num,
  combined: num.describe("fssA·fssB"),
  reading: z.string(),
});

/** One point of an exchange's draw-down. */
export const DrawdownPointSchema = z.looseObject({
  warheadsUsed: num,
  victimWarheadsDestroyed: num,
  victimWarheadsSurviving: num,
  retaliationArriving: num,
  strikerArriving: num,
  damageToStriker: num,
  damageToVictim: num,
  costToStriker: num,
  costToVictim: num,
});

/** Outcome of one party striking another first. */
export const ExchangeResultSchema = z.looseObject({
  striker: z.string(),
  victim: z.string(),
  strikerAvailable: num,
  victimWarheadsBefore: num,
  drawdown: z.array(DrawdownPointSchema),
  chosen: z.number().int(),
  outcome: DrawdownPointSchema,
  allocation: z.array(z.looseObject({ weapon: z.string(), target: z.string(), warheads: num, kills: num })),
  interceptorsUsed: z.record(z.string(), num),
  warnings: z.array(z.string()),
  shotsPerAimPoint: z.record(z.string(), num),
});

const ParityFiguresSchema = z.looseObject({ deliverableWarheads: num, emt: num, cmp: num });
const ReachSchema = z.looseObject({ deliverableWarheads: num, emt: num, cmpSuh: num, cmpRichelson: num });

/** A citation as reports carry it. */
const SourceEntrySchema = z.looseObject({
  party: z.string(),
  item: z.string(),
  field: z.string().optional(),
  source: z.string(),
  asOf: z.string().optional(),
  confidence: z.string().optional(),
});

/** The report of `evaluate()` (`Report` in `evaluate/report.ts`). */
export const ReportSchema = z
  .looseObject({
    reportVersion: z.literal(1),
    engine: z.looseObject({ name: z.literal("seceq"), version: z.string() }),
    scenario: z.looseObject({ id: z.string(), name: z.string(), asOf: z.string() }),
    assumptions: z.record(z.string(), z.unknown()),
    parties: z.array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        posture: z.enum(["dayToDay", "generated"]),
        deployedLaunchers: num,
        deployedWarheads: num,
        survivableWarheads: num,
        conventionalWeapons: num,
        interceptors: num,
        parity: z.looseObject({ richelson: ParityFiguresSchema, suh: ParityFiguresSchema }),
      }),
    ),
    dyads: z.array(
      z.looseObject({
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
    stability: z.looseObject({ pairs: z.array(PairStabilitySchema), minCombined: num }),
    sensitivities: z.array(
      z.looseObject({
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
      }),
    ),
    warnings: z.array(IssueSchema),
    sources: z.array(SourceEntrySchema),
    monteCarlo: z
      .looseObject({
        samples: z.number().int(),
        seed: z.number().int(),
        uncertainty: z.enum(["scenario", "default"]),
        bands: z.record(z.string(), BandSchema).describe("5/50/95 % bands keyed by metric (see metric-keys.ts)"),
      })
      .optional(),
  })
  .describe("Infinite ratios are sent as null (JSON has no Infinity).");

/** Stability day by day through a crisis (`CrisisTimeline`). */
export const CrisisTimelineSchema = z.looseObject({
  days: z.array(
    z.looseObject({
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
export const LimitCheckSchema = z.looseObject({
  limitId: z.string(),
  limitName: z.string(),
  party: z.string(),
  quantity: z.string(),
  rule: z.string(),
  ruleDescription: z.string(),
  ruleCitation: z.string(),
  launcherStatus: z.string(),
  counted: num,
  limit: num,
  min: num.optional(),
  headroom: num,
  status: z.enum(["compliant", "violation", "not-in-force"]),
  reason: z.string().optional(),
  belowRange: z.boolean().optional(),
});

/** Counts of a scenario under a framework (`ComplianceReport`). */
export const ComplianceReportSchema = z.looseObject({
  framework: z.looseObject({ id: z.string(), name: z.string(), citation: z.string() }),
  date: z.string(),
  state: z.enum(["not-yet-in-force", "in-force", "expired"]),
  assumeBinding: z.boolean(),
  parties: z.array(z.string()),
  checks: z.array(LimitCheckSchema),
  violations: z.number().int(),
  events: z.array(z.looseObject({})),
  warnings: z.array(IssueSchema),
});

/** The reductions that bring a party into compliance (`PathToCompliance`). */
export const PathToComplianceSchema = z.looseObject({
  party: z.string(),
  framework: z.string(),
  status: z.enum(["already-compliant", "no-binding-limits", "solved", "infeasible"]),
  changes: z.array(
    z.looseObject({
      kind: z.enum(["force", "defense"]),
      id: z.string(),
      field: z.string(),
      from: num,
      to: num,
    }),
  ),
  before: z.array(LimitCheckSchema),
  after: z.array(LimitCheckSchema),
  survivableWarheads: z.looseObject({ before: num, after: num }),
  posture: z.record(z.string(), z.unknown()).describe("the party after the changes (a scenario party)"),
  optimal: z.boolean(),
  message: z.string(),
});

/** Result of a negotiation search (`NegotiationResult`). */
export const NegotiationResultSchema = z
  .looseObject({
    resultVersion: z.literal(1),
    spec: z.looseObject({
      id: z.string(),
      scenario: z.looseObject({ id: z.string(), name: z.string(), asOf: z.string() }),
      parties: z.tuple([z.string(), z.string()]),
      samples: z.number().int(),
      seed: z.number().int(),
    }),
    points: z
      .array(
        z.looseObject({
          index: z.number().int(),
          origin: z.enum(["status-quo", "loosest", "sample", "refine"]),
          values: z.record(z.string(), num).describe("coordinate values by key, units of each dimension"),
          label: z.string(),
          framework: z.record(z.string(), z.unknown()).optional().describe("the point's treaty limits (a Framework)"),
          caps: z.array(z.looseObject({})),
          score: z.looseObject({
            feasible: z.boolean(),
            combined: num.describe("combined first-strike stability, 0–1 (null when infeasible)"),
            totalWarheadsRemoved: num,
            parityGap: num,
          }),
          zopa: z.looseObject({ inZopa: z.boolean(), reasons: z.array(z.string()) }),
          objective: num,
        }),
      )
      .describe("every distinct point scored; points[0] is the status quo"),
    zopa: z.array(z.number().int()).describe("indices of the points in the zone of possible agreement, best first"),
    frontier: z.array(z.number().int()).describe("indices of the Pareto frontier, status quo included"),
    statusQuoDominated: z.boolean(),
    refinements: z.array(z.looseObject({})),
    evaluations: z.looseObject({ scored: z.number().int(), infeasible: z.number().int(), cached: z.number().int() }),
  })
  .describe("Infinite or NaN figures are sent as null (JSON has neither).");

/** One computed sweep cell (`CellResult`). */
export const CellResultSchema = z.looseObject({
  index: z.number().int(),
  params: z.record(z.string(), num),
  outputs: z.record(z.string(), num),
  bands: z.record(z.string(), BandSchema).optional(),
});

/** Result of validating a scenario. */
export const ValidateResultSchema = z.looseObject({
  valid: z.boolean(),
  issues: z.array(IssueSchema).describe("errors and warnings, each with its path and, from text, line:col"),
  summary: z
    .looseObject({
      id: z.string(),
      name: z.string(),
      parties: z.array(z.looseObject({ id: z.string(), elements: z.number().int() })),
    })
    .optional(),
});

/** Result of {@link ValidateResultSchema} as a type. */
export type ValidateResult = z.infer<typeof ValidateResultSchema>;
