/**
 * Treaty frameworks as data: named limits over counted quantities, each with a selector, a counting rule, a ceiling
 * (common or per party), dates and a citation. The built-in rule packs (New START, START I, SORT, INF, none) and the
 * frameworks users write in YAML are values of the one {@link Framework} type.
 */
import { z } from "zod";
import { Category, Count, FlightProfile, Id, IsoDate } from "../schema/scenario.js";
import { getOwn } from "../_shared/own-keys.js";

//// quantities and counting rules ////

/**
 * What a limit counts.
 * - `warheads`: warheads, counted by a warhead rule (units: warheads).
 * - `launchers`: launchers (silos, mobile launchers, SLBM tubes, bombers) of the selected status (units: launchers).
 * - `deployed-launchers`: deployed launchers only (the selector's status must be `deployed` or omitted).
 * - `interceptors`: missile-defence interceptors in inventory (units: interceptors).
 * - `throw-weight-t`: ballistic-missile throw-weight, metric tons.
 */
export const Quantity = z.enum(["warheads", "launchers", "deployed-launchers", "interceptors", "throw-weight-t"]);
export type Quantity = z.infer<typeof Quantity>;

/**
 * Named counting rules. Each is a small function in `counting-rules.ts`:
 * - `loaded`: warheads loaded on deployed launchers (deployed − converted) × warheadsPerLauncher. Also SORT's
 *   "operationally deployed" reading.
 * - `stockpile`: loaded warheads plus `treaty.storedWarheads`; status `deployed` counts loaded only, `non-deployed`
 *   stored only, `all` both.
 * - `new-start-warheads`: RVs emplaced on deployed ICBMs and SLBMs; one per deployed heavy bomber equipped for
 *   nuclear armaments (New START Art. III.2).
 * - `start1-attributed`: START I attribution: missiles at `attributedWarheads` (else loaded); heavy bombers equipped
 *   for long-range nuclear ALCMs at `attributedWarheads` when given, else at their equipped number
 *   (`maxWarheadsPerLauncher`) with the limit's `params.alcmAttribution` discount; other nuclear bombers 1 each.
 * - `launchers`: every launcher of the selected status, converted ones included.
 * - `new-start-launchers`: launchers in New START account: launchers converted to non-nuclear roles and bombers
 *   not equipped for nuclear armaments out; test and training launchers count as non-deployed.
 * - `interceptors`: interceptors of the defence layers selected.
 * - `throw-weight`: deployed ballistic missiles × `treaty.throwWeightKg` / 1000.
 */
export const CountingRuleName = z.enum([
  "loaded",
  "stockpile",
  "new-start-warheads",
  "start1-attributed",
  "launchers",
  "new-start-launchers",
  "interceptors",
  "throw-weight",
]);
export type CountingRuleName = z.infer<typeof CountingRuleName>;

/** Counting rules each quantity accepts; the first is the default when a limit names none. */
export const RULES_BY_QUANTITY: Readonly<Record<Quantity, readonly CountingRuleName[]>> = {
  warheads: ["loaded", "stockpile", "new-start-warheads", "start1-attributed"],
  launchers: ["launchers", "new-start-launchers"],
  "deployed-launchers": ["launchers", "new-start-launchers"],
  interceptors: ["interceptors"],
  "throw-weight-t": ["throw-weight"],
};

//// selectors ////

/** Launcher status a limit counts. `all` = deployed + non-deployed + test (rules may leave some out of account). */
export const LauncherStatus = z.enum(["deployed", "non-deployed", "test", "all"]);
export type LauncherStatus = z.infer<typeof LauncherStatus>;

/** An inclusive range band, km. Either end may be open. */
export const RangeBand = z.strictObject({
  /** Lowest range counted, km (inclusive). */
  min: z.number().min(0).max(50_000).optional(),
  /** Highest range counted, km (inclusive). */
  max: z.number().min(0).max(50_000).optional(),
});
export type RangeBand = z.infer<typeof RangeBand>;

/**
 * Which force elements (or, for interceptors, defence layers) a limit counts. Every field narrows; an empty selector
 * matches everything. For `interceptors`, only `parties`, `flight` (layers that engage any listed profile) and
 * `elements` (layer ids) apply.
 */
export const Selector = z.strictObject({
  /** Categories counted (all when absent). */
  categories: z.array(Category).min(1).optional(),
  /** `true`: nuclear only; `false`: conventional only; absent: both. */
  nuclear: z.boolean().optional(),
  /** Range band, km (inclusive), on the element's `rangeKm`. */
  rangeKm: RangeBand.optional(),
  /** Launcher status counted. Default `all` (`deployed` for `deployed-launchers`). */
  status: LauncherStatus.optional(),
  /** Flight profiles counted (the element's own, or its category's default). */
  flight: z.array(FlightProfile).min(1).optional(),
  /** Parties the limit applies to (default: the framework's parties, else every party). */
  parties: z.array(Id).min(1).optional(),
  /** Element (or defence-layer) ids counted. */
  elements: z.array(Id).min(1).optional(),
  /** `true`: only elements accountable under strategic-arms treaties (default: ICBMs, SLBMs, bombers). */
  accountable: z.boolean().optional(),
  /** `true`: heavy ICBMs only; `false`: heavy ICBMs excluded. */
  heavyIcbm: z.boolean().optional(),
});
export type Selector = z.infer<typeof Selector>;

//// limits ////

/** START I-style discount for bombers equipped for long-range nuclear ALCMs, per party. */
export const AlcmAttribution = z.strictObject({
  /** Number of such bombers that get the discounted attribution. */
  first: Count,
  /** Warheads attributed to each of those; later bombers count their equipped number. */
  attributed: z.number().min(0).max(100),
});
export type AlcmAttribution = z.infer<typeof AlcmAttribution>;

/** Parameters some counting rules take. */
export const RuleParams = z.strictObject({
  /** For `start1-attributed`: the ALCM-bomber discount per party id. Parties not listed get no discount. */
  alcmAttribution: z.record(Id, AlcmAttribution).optional(),
});
export type RuleParams = z.infer<typeof RuleParams>;

/** One limit: a ceiling (common or per party) on a counted quantity. */
export const Limit = z.strictObject({
  id: Id,
  name: z.string().min(1),
  quantity: Quantity,
  /** Counting rule (default: the first rule of {@link RULES_BY_QUANTITY} for the quantity). */
  rule: CountingRuleName.optional(),
  selector: Selector.default({}),
  /** Ceiling for every party the limit applies to (units of the quantity). */
  max: z.number().min(0).max(10_000_000).optional(),
  /** Ceilings per party id; override `max`. Unequal values are allowed and flagged as unequal. */
  perParty: z.record(Id, z.number().min(0).max(10_000_000)).optional(),
  /**
   * Lower end of a declared band (SORT's 1,700–2,200): a count below it is noted, never a violation.
   */
  min: z.number().min(0).max(10_000_000).optional(),
  /** Id of the aggregate limit this is a sublimit of (same quantity). */
  sublimitOf: Id.optional(),
  /**
   * For an aggregate: `true` (default) lets each party choose its mix under it, subject only to the sublimits;
   * `false` means every category it counts must have its own sublimit (a warning names those that lack one).
   */
  freedomToMix: z.boolean().optional(),
  /** Date this limit binds from (default: the framework's `bindingFrom`, else its entry into force). */
  bindingFrom: IsoDate.optional(),
  params: RuleParams.optional(),
  /** Article, protocol or fact sheet the limit comes from. */
  citation: z.string().min(1, "cite the article or fact sheet the limit comes from"),
  note: z.string().optional(),
});
export type Limit = z.infer<typeof Limit>;
export type LimitInput = z.input<typeof Limit>;

//// dates and events ////

/** Kinds of dated treaty events. */
export const EventKind = z.enum([
  "signature",
  "entry-into-force",
  "extension",
  "limits-binding",
  "suspension",
  "withdrawal",
  "expiry",
  "superseded",
  "statement",
]);
export type EventKind = z.infer<typeof EventKind>;

/** A dated event in a framework's life (signature, extension, a party's suspension...). */
export const TreatyEvent = z.strictObject({
  date: IsoDate,
  kind: EventKind,
  /** The party that acted, when one did. */
  party: Id.optional(),
  description: z.string().min(1),
  citation: z.string().min(1),
});
export type TreatyEvent = z.infer<typeof TreatyEvent>;

/** Period a framework is in force: from `from` (inclusive) to `to` (exclusive: on `to` it has expired). */
export const InForce = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() });

//// framework ////

/** Current framework file format version. */
export const FRAMEWORK_SCHEMA_VERSION = 1;

/** A treaty framework: a rule pack or a user-written file. */
export const Framework = z.strictObject({
  schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION).default(FRAMEWORK_SCHEMA_VERSION),
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  /** The treaty text, or the document that proposes the framework. */
  citation: z.string().min(1),
  /** Parties bound (default: every party of the scenario). */
  parties: z.array(Id).min(1).optional(),
  inForce: InForce.default({}),
  /** Date the limits bind from (default: entry into force). */
  bindingFrom: IsoDate.optional(),
  events: z.array(TreatyEvent).default([]),
  limits: z.array(Limit).default([]),
  notes: z.string().optional(),
});
/** A validated framework with defaults filled in. */
export type Framework = z.infer<typeof Framework>;
/** A framework as written in a file. */
export type FrameworkInput = z.input<typeof Framework>;

/** The counting rule a limit uses: its own, or its quantity's default. */
export function ruleOf(limit: Pick<Limit, "rule" | "quantity">): CountingRuleName {
  return limit.rule ?? RULES_BY_QUANTITY[limit.quantity][0]!;
}

/** The launcher status a limit counts: its selector's, else `deployed` for `deployed-launchers`, else `all`. */
export function statusOf(limit: Pick<Limit, "selector" | "quantity">): LauncherStatus {
  return limit.selector.status ?? (limit.quantity === "deployed-launchers" ? "deployed" : "all");
}

/** The ceiling a limit sets for one party, or undefined when the limit does not name that party. */
export function ceilingFor(limit: Pick<Limit, "max" | "perParty">, party: string): number | undefined {
  return getOwn(limit.perParty, party) ?? limit.max;
}

/**
 * True when a limit's ceilings differ between parties (asymmetric limits are allowed and flagged as unequal).
 * @param parties the parties the limit applies to; when absent, the `perParty` entries plus `max` are compared
 */
export function isUnequal(limit: Pick<Limit, "max" | "perParty">, parties?: readonly string[]): boolean {
  if (!limit.perParty) return false;
  const values =
    parties !== undefined
      ? parties.map((p) => ceilingFor(limit, p)).filter((v): v is number => v !== undefined)
      : [...Object.values(limit.perParty), ...(limit.max !== undefined ? [limit.max] : [])];
  return new Set(values).size > 1;
}

/** Return the JSON Schema (draft 2020-12) describing framework files as users write them. */
export function frameworkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Framework, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return { ...schema, title: "Security Equation treaty framework (v1)" };
}
