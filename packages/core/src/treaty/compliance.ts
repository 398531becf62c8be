/**
 * Compliance: count a scenario under a framework at a date. For every party and limit: the counted number, the
 * ceiling, the headroom, the status (compliant / violation / not-in-force), and the rule applied with its citation.
 * Sublimits above their aggregate and selectors that match nothing come back as warnings.
 */
import { InputError, type Issue } from "../_shared/issues.js";
import { IsoDate, type Scenario } from "../schema/scenario.js";
import {
  ceilingFor,
  isUnequal,
  ruleOf,
  statusOf,
  type CountingRuleName,
  type Framework,
  type LauncherStatus,
  type Limit,
  type Quantity,
  type TreatyEvent,
} from "./framework-schema.js";
import { COUNTING_RULES, countForParty, type Contribution } from "./counting-rules.js";
import { crossCheckFramework } from "./load-framework.js";

/** Status of one limit for one party at the date. */
export type LimitStatus = "compliant" | "violation" | "not-in-force";

/** Where a framework stands at a date: before entry into force, in force, or expired (or superseded/ended). */
export type FrameworkState = "not-yet-in-force" | "in-force" | "expired";

/** Why a limit is not in force at the date. */
export type NotInForceReason = "not-yet-in-force" | "not-yet-binding" | "expired";

/** One row of a compliance report: one limit for one party. */
export interface LimitCheck {
  limitId: string;
  limitName: string;
  party: string;
  quantity: Quantity;
  /** Counting rule applied. */
  rule: CountingRuleName;
  /** What the rule counts. */
  ruleDescription: string;
  /** Where the rule comes from. */
  ruleCitation: string;
  /** Launcher status counted. */
  launcherStatus: LauncherStatus;
  /** The counted number, units of the quantity (warheads, launchers, interceptors, t). */
  counted: number;
  /** The ceiling for this party. */
  limit: number;
  /** Lower end of a declared band, when the limit has one (never a violation). */
  min?: number;
  /** `limit − counted`; negative in violation. */
  headroom: number;
  status: LimitStatus;
  /** Set when `status` is `not-in-force`. */
  reason?: NotInForceReason;
  /** True when the count is below the limit's declared `min` band. */
  belowRange?: boolean;
  /** Date the limit binds from, if any. */
  bindingFrom?: string;
  /** Article or fact sheet of the limit. */
  citation: string;
  /** Id of the aggregate this is a sublimit of. */
  sublimitOf?: string;
  /** True when the limit's ceilings differ between parties. */
  unequal: boolean;
  /** What each matched element or defence layer contributed. */
  contributions: Contribution[];
  /** Party events in effect (e.g. a suspension) and other remarks. */
  notes: string[];
}

/** Result of {@link checkCompliance}. */
export interface ComplianceReport {
  framework: { id: string; name: string; citation: string };
  /** Date counted at, YYYY-MM-DD. */
  date: string;
  /** The framework's state at the date. */
  state: FrameworkState;
  /** True when limits were treated as binding whatever the date. */
  assumeBinding: boolean;
  /** Parties checked (in the scenario and bound by the framework). */
  parties: string[];
  checks: LimitCheck[];
  /** Number of rows in violation. */
  violations: number;
  /** Framework events on or before the date. */
  events: TreatyEvent[];
  /** Warnings (paths point into the framework): sublimits above aggregates, selectors matching nothing, ... */
  warnings: Issue[];
}

/** Options of {@link checkCompliance}. */
export interface ComplianceOptions {
  /** Date to count at, YYYY-MM-DD. Default: the scenario's `asOf`. */
  date?: string;
  /** Treat every limit as binding whatever the date (hypothetical checks). Default false. */
  assumeBinding?: boolean;
}

/** Where a framework stands at a date. `inForce.to` is exclusive: on that date the framework has expired. */
export function frameworkState(framework: Pick<Framework, "inForce">, date: string): FrameworkState {
  if (framework.inForce.from !== undefined && date < framework.inForce.from) return "not-yet-in-force";
  if (framework.inForce.to !== undefined && date >= framework.inForce.to) return "expired";
  return "in-force";
}

/** Date a limit binds from: its own, else the framework's `bindingFrom`, else entry into force (may be undefined). */
export function bindingDate(framework: Pick<Framework, "bindingFrom" | "inForce">, limit: Limit): string | undefined {
  return limit.bindingFrom ?? framework.bindingFrom ?? framework.inForce.from;
}

/** Parties of the scenario a limit applies to: selector parties, else framework parties, else all; with a ceiling. */
export function partiesFor(framework: Framework, limit: Limit, scenarioParties: readonly string[]): string[] {
  const scope = limit.selector.parties ?? framework.parties ?? scenarioParties;
  return scenarioParties.filter((p) => scope.includes(p) && ceilingFor(limit, p) !== undefined);
}

function fmt(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: 3 });
}

/**
 * Count a scenario under a framework at a date.
 * @param scenario a validated scenario
 * @param framework a validated framework (rule pack or user file)
 * @param options date (default the scenario's `asOf`) and `assumeBinding` (default false)
 * @throws {InputError} when `options.date` is not a YYYY-MM-DD date
 */
export function checkCompliance(
  scenario: Scenario,
  framework: Framework,
  options: ComplianceOptions = {},
): ComplianceReport {
  const date = options.date ?? scenario.asOf;
  if (!IsoDate.safeParse(date).success)
    throw new InputError([
      { code: "invalid_date", path: ["date"], message: `"${date}" is not a date written YYYY-MM-DD` },
    ]);
  const assumeBinding = options.assumeBinding ?? false;
  const state = frameworkState(framework, date);
  const scenarioParties = scenario.parties.map((p) => p.id);
  const warnings: Issue[] = crossCheckFramework(framework).filter((i) => i.severity === "warning");

  for (const p of framework.parties ?? [])
    if (!scenarioParties.includes(p))
      warnings.push({
        code: "party_not_in_scenario",
        severity: "warning",
        path: ["parties"],
        message: `framework party "${p}" is not in scenario "${scenario.id}" (parties: ${scenarioParties.join(", ")})`,
      });

  const events = framework.events.filter((e) => e.date <= date).sort((a, b) => a.date.localeCompare(b.date));
  const partyNotes = (party: string): string[] =>
    events
      .filter((e) => e.party === party && (e.kind === "suspension" || e.kind === "withdrawal"))
      .map((e) => `${e.kind} by ${party} on ${e.date}: ${e.description}`);

  const checks: LimitCheck[] = [];
  framework.limits.forEach((limit, li) => {
    const parties = partiesFor(framework, limit, scenarioParties);
    const rule = ruleOf(limit);
    const ruleInfo = COUNTING_RULES[rule];
    const binding = bindingDate(framework, limit);
    const unequal = isUnequal(limit, framework.parties ?? parties);
    let matchedAny = false;
    for (const partyId of parties) {
      const party = scenario.parties.find((p) => p.id === partyId)!;
      const count = countForParty(party, limit);
      if (count.contributions.length > 0) matchedAny = true;
      const ceiling = ceilingFor(limit, partyId)!;
      let status: LimitStatus;
      let reason: NotInForceReason | undefined;
      if (!assumeBinding && state !== "in-force") {
        status = "not-in-force";
        reason = state;
      } else if (!assumeBinding && binding !== undefined && date < binding) {
        status = "not-in-force";
        reason = "not-yet-binding";
      } else status = count.total > ceiling ? "violation" : "compliant";
      const notes = partyNotes(partyId);
      for (const c of count.contributions) if (c.missing) notes.push(`${c.id}: ${c.missing}`);
      const belowRange = limit.min !== undefined && count.total < limit.min;
      if (belowRange) notes.push(`below the declared band's lower end ${fmt(limit.min!)} (not a violation)`);
      checks.push({
        limitId: limit.id,
        limitName: limit.name,
        party: partyId,
        quantity: limit.quantity,
        rule,
        ruleDescription: ruleInfo.description,
        ruleCitation: ruleInfo.citation,
        launcherStatus: statusOf(limit),
        counted: count.total,
        limit: ceiling,
        ...(limit.min !== undefined ? { min: limit.min } : {}),
        headroom: Math.round((ceiling - count.total) * 1e6) / 1e6,
        status,
        ...(reason ? { reason } : {}),
        ...(belowRange ? { belowRange } : {}),
        ...(binding !== undefined ? { bindingFrom: binding } : {}),
        citation: limit.citation,
        ...(limit.sublimitOf !== undefined ? { sublimitOf: limit.sublimitOf } : {}),
        unequal,
        contributions: count.contributions,
        notes,
      });
    }
    if (parties.length > 0 && !matchedAny)
      warnings.push({
        code: "matches_nothing",
        severity: "warning",
        path: ["limits", li, "selector"],
        message: `limit "${limit.id}" matches nothing of ${parties.join(", ")} in scenario "${scenario.id}" (counted 0)`,
      });
  });

  return {
    framework: { id: framework.id, name: framework.name, citation: framework.citation },
    date,
    state,
    assumeBinding,
    parties: scenarioParties.filter((p) => (framework.parties ?? scenarioParties).includes(p)),
    checks,
    violations: checks.filter((c) => c.status === "violation").length,
    events,
    warnings,
  };
}
