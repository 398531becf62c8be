/**
 * Counting rules: small named functions that turn a party's force elements (or defence layers) into the number a
 * limit counts. Each rule is written as linear terms over an element's state variables
 * ({@link CountingState}), so the compliance check and the path-to-compliance integer program share one definition.
 * The one non-linear rule, START I's discount for ALCM bombers, is applied per party by {@link countForParty}.
 *
 * Numeric policy: counts are rounded to 1e-6 (warheads per launcher may be fractional averages); an element with no
 * launchers of the counted status contributes 0; a missing throw-weight contributes 0 and is reported.
 */
import type { DefenseLayer, ForceElement, Party } from "../schema/scenario.js";
import { flightOf } from "../schema/scenario.js";
import type { AlcmAttribution, CountingRuleName, LauncherStatus, Limit, Selector } from "./framework-schema.js";
import { ruleOf, statusOf } from "./framework-schema.js";
import { getOwn } from "../_shared/own-keys.js";

//// element classes ////

/** Categories counted as strategic delivery vehicles: ICBMs, SLBMs and heavy bombers. */
export const STRATEGIC_CATEGORIES = ["icbm-silo", "icbm-mobile", "slbm", "bomber"] as const;

/** Categories that are ballistic missiles under strategic-arms counting (ICBMs and SLBMs). */
export const BALLISTIC_MISSILE_CATEGORIES = ["icbm-silo", "icbm-mobile", "slbm"] as const;

const STRATEGIC = new Set<string>(STRATEGIC_CATEGORIES);
const MISSILES = new Set<string>(BALLISTIC_MISSILE_CATEGORIES);

/** True when an element is accountable under strategic-arms treaties: `treaty.accountable`, else ICBM/SLBM/bomber. */
export function isAccountable(e: Pick<ForceElement, "category" | "treaty">): boolean {
  return e.treaty?.accountable ?? STRATEGIC.has(e.category);
}

/** True for ICBMs and SLBMs. */
export function isBallisticMissile(e: Pick<ForceElement, "category">): boolean {
  return MISSILES.has(e.category);
}

/** True for a heavy bomber equipped for nuclear armaments: `treaty.nuclearEquipped`, else the element's `nuclear`. */
export function isNuclearEquippedBomber(e: Pick<ForceElement, "category" | "nuclear" | "treaty">): boolean {
  return e.category === "bomber" && (e.treaty?.nuclearEquipped ?? e.nuclear);
}

//// state variables ////

/**
 * The quantities counting rules read from one force element (launchers and warheads).
 * Launchers converted to non-nuclear roles (`treaty.convertedNonNuclear`) stay launchers but carry no counted
 * warheads; `deployed` excludes them.
 */
export interface CountingState {
  /** Deployed launchers not converted: `launchers.deployed − treaty.convertedNonNuclear`. */
  deployed: number;
  /** Deployed launchers converted to non-nuclear roles. */
  converted: number;
  /** Non-deployed launchers. */
  nonDeployed: number;
  /** Test and training launchers. */
  test: number;
  /** Warheads loaded on the `deployed` launchers: `deployed × warheadsPerLauncher`. */
  warheads: number;
  /** Stored (non-deployed) warheads: `treaty.storedWarheads`, default 0. */
  stored: number;
}

/** Names of the {@link CountingState} variables. */
export type CountingVariable = keyof CountingState;

/** Read an element's state variables. */
export function countingState(e: ForceElement): CountingState {
  const converted = Math.min(e.treaty?.convertedNonNuclear ?? 0, e.launchers.deployed);
  const deployed = e.launchers.deployed - converted;
  return {
    deployed,
    converted,
    nonDeployed: e.launchers.nonDeployed,
    test: e.launchers.test,
    warheads: deployed * e.warheadsPerLauncher,
    stored: e.treaty?.storedWarheads ?? 0,
  };
}

/** Linear terms: the count is Σ coefficient × state variable. Absent coefficients are 0. */
export type ElementTerms = Partial<Record<CountingVariable, number>>;

/** How one rule counts one element. */
export interface ElementRuleResult {
  /** Linear terms over the element's state. */
  terms: ElementTerms;
  /**
   * Set for a bomber equipped for long-range nuclear ALCMs under `start1-attributed`: each deployed launcher counts
   * `equipped` warheads unless the party's discount ({@link AlcmAttribution}) applies. `terms` is then empty.
   */
  alcmEquipped?: number;
  /** Why the element was counted as 0 although it matched (e.g. no throw-weight given). */
  missing?: string;
}

/** A counting rule for force elements: terms as a function of the element and the launcher status counted. */
export type ElementRule = (element: ForceElement, status: LauncherStatus) => ElementRuleResult;

/** A counting rule: its target, a one-line description, the source of the rule, and (for forces) its terms. */
export interface CountingRule {
  /** `forces`: counts force elements; `defenses`: counts defence layers. */
  target: "forces" | "defenses";
  /** What the rule counts, for reports. */
  description: string;
  /** Where the rule comes from (article, fact sheet) or "generic". */
  citation: string;
  /** Terms for one element (forces rules only). */
  element?: ElementRule;
}

const deployedStatus = (s: LauncherStatus): boolean => s === "deployed" || s === "all";

/** `loaded`: warheads loaded on deployed (unconverted) launchers. */
function loaded(_e: ForceElement, status: LauncherStatus): ElementRuleResult {
  return { terms: deployedStatus(status) ? { warheads: 1 } : {} };
}

/** `stockpile`: loaded warheads (status deployed), stored warheads (non-deployed), or both (all). */
function stockpile(_e: ForceElement, status: LauncherStatus): ElementRuleResult {
  switch (status) {
    case "deployed":
      return { terms: { warheads: 1 } };
    case "non-deployed":
      return { terms: { stored: 1 } };
    case "all":
      return { terms: { warheads: 1, stored: 1 } };
    case "test":
      return { terms: {} };
  }
}

/** `new-start-warheads`: RVs emplaced on deployed ICBMs/SLBMs; one per deployed nuclear-equipped heavy bomber. */
function newStartWarheads(e: ForceElement, status: LauncherStatus): ElementRuleResult {
  if (!deployedStatus(status)) return { terms: {} };
  if (isBallisticMissile(e)) return { terms: { warheads: 1 } };
  if (isNuclearEquippedBomber(e)) return { terms: { deployed: 1 } };
  return { terms: {} };
}

/**
 * `start1-attributed`: START I attribution. Missiles count `treaty.attributedWarheads` (else their load). Bombers
 * equipped for long-range nuclear ALCMs count `treaty.attributedWarheads` when it is given (an attribution already
 * made, e.g. from the MOU data), else their equipped number (`maxWarheadsPerLauncher`, else the load) subject to the
 * party's discount, applied per party. Other nuclear-equipped bombers count 1 (or `attributedWarheads`).
 */
function start1Attributed(e: ForceElement, status: LauncherStatus): ElementRuleResult {
  if (!deployedStatus(status)) return { terms: {} };
  const given = e.treaty?.attributedWarheads;
  if (isBallisticMissile(e)) return { terms: given !== undefined ? { deployed: given } : { warheads: 1 } };
  if (!isNuclearEquippedBomber(e)) return { terms: {} };
  if (given !== undefined) return { terms: { deployed: given } };
  if (e.treaty?.alcmEquipped) return { terms: {}, alcmEquipped: e.maxWarheadsPerLauncher ?? e.warheadsPerLauncher };
  return { terms: { deployed: 1 } };
}

/** `launchers`: every launcher of the status, converted ones included. */
function launchers(_e: ForceElement, status: LauncherStatus): ElementRuleResult {
  switch (status) {
    case "deployed":
      return { terms: { deployed: 1, converted: 1 } };
    case "non-deployed":
      return { terms: { nonDeployed: 1 } };
    case "test":
      return { terms: { test: 1 } };
    case "all":
      return { terms: { deployed: 1, converted: 1, nonDeployed: 1, test: 1 } };
  }
}

/**
 * `new-start-launchers`: launchers in New START account. Launchers converted to non-nuclear roles and bombers not
 * equipped for nuclear armaments are out; test and training launchers count as non-deployed.
 */
function newStartLaunchers(e: ForceElement, status: LauncherStatus): ElementRuleResult {
  if (e.category === "bomber" && !isNuclearEquippedBomber(e)) return { terms: {} };
  switch (status) {
    case "deployed":
      return { terms: { deployed: 1 } };
    case "non-deployed":
      return { terms: { nonDeployed: 1, test: 1 } };
    case "test":
      return { terms: { test: 1 } };
    case "all":
      return { terms: { deployed: 1, nonDeployed: 1, test: 1 } };
  }
}

/** `throw-weight`: deployed ballistic missiles × throw-weight, metric tons. */
function throwWeight(e: ForceElement, status: LauncherStatus): ElementRuleResult {
  if (!deployedStatus(status) || !isBallisticMissile(e)) return { terms: {} };
  const kg = e.treaty?.throwWeightKg;
  if (kg === undefined) return { terms: {}, missing: "no treaty.throwWeightKg given; counted 0 t" };
  return { terms: { deployed: kg / 1000 } };
}

/** The counting rules by name. */
export const COUNTING_RULES: Readonly<Record<CountingRuleName, CountingRule>> = {
  loaded: {
    target: "forces",
    description: "warheads loaded on deployed launchers (converted launchers carry none)",
    citation: "generic; SORT's operationally deployed warheads read the same way (SORT Art. I)",
    element: loaded,
  },
  stockpile: {
    target: "forces",
    description: "loaded warheads (deployed) plus stored warheads (non-deployed)",
    citation: "generic (all warheads, deployed and non-deployed, where modelled)",
    element: stockpile,
  },
  "new-start-warheads": {
    target: "forces",
    description: "RVs emplaced on deployed ICBMs and SLBMs; 1 per deployed nuclear-equipped heavy bomber",
    citation: "New START Art. III.2(a)-(c); White House fact sheet, Mar 2010",
    element: newStartWarheads,
  },
  "start1-attributed": {
    target: "forces",
    description: "attributed warheads: missiles as attributed, ALCM bombers by the party's discount, other bombers 1",
    citation: "START I Art. III; FAS 'START: Central Limits'",
    element: start1Attributed,
  },
  launchers: {
    target: "forces",
    description: "launchers of the selected status (silos, mobile launchers, tubes, bombers), converted included",
    citation: "generic",
    element: launchers,
  },
  "new-start-launchers": {
    target: "forces",
    description:
      "launchers in New START account: converted launchers and bombers not nuclear-equipped out; test and training " +
      "launchers count as non-deployed",
    citation:
      "New START Art. III; State Dept 'Deployed and Non-Deployed Launchers' fact sheet, 2 Aug 2010; EP Think Tank 2021",
    element: newStartLaunchers,
  },
  interceptors: {
    target: "defenses",
    description: "missile-defence interceptors in inventory",
    citation: "generic",
  },
  "throw-weight": {
    target: "forces",
    description: "deployed ballistic missiles × throw-weight, metric tons",
    citation: "START I Art. II; FAS 'START: Central Limits'",
    element: throwWeight,
  },
};

/** Look up a rule by name; throws `invalid counting rule: X` for an unknown name (validated files never have one). */
export function countingRule(name: string): CountingRule {
  const rule = getOwn(COUNTING_RULES as Record<string, CountingRule>, name);
  if (!rule) throw new Error(`invalid counting rule: ${name}`);
  return rule;
}

/** Evaluate linear terms at a state. */
export function evaluateTerms(terms: ElementTerms, state: CountingState): number {
  let sum = 0;
  for (const [k, c] of Object.entries(terms) as [CountingVariable, number][]) sum += c * state[k];
  return sum;
}

/** Round a count to 1e-6 so averages times launchers print as whole numbers. */
export function roundCount(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

//// selection ////

/** True when a force element matches a selector (parties are checked by the caller). */
export function matchesElement(e: ForceElement, s: Selector): boolean {
  if (s.categories && !s.categories.includes(e.category)) return false;
  if (s.nuclear !== undefined && e.nuclear !== s.nuclear) return false;
  if (s.rangeKm?.min !== undefined && e.rangeKm < s.rangeKm.min) return false;
  if (s.rangeKm?.max !== undefined && e.rangeKm > s.rangeKm.max) return false;
  if (s.flight && !s.flight.includes(flightOf(e))) return false;
  if (s.elements && !s.elements.includes(e.id)) return false;
  if (s.accountable !== undefined && isAccountable(e) !== s.accountable) return false;
  if (s.heavyIcbm !== undefined && (e.treaty?.heavyIcbm ?? false) !== s.heavyIcbm) return false;
  return true;
}

/** True when a defence layer matches a selector: `elements` (layer ids) and `flight` (layers engaging any) apply. */
export function matchesLayer(l: DefenseLayer, s: Selector): boolean {
  if (s.elements && !s.elements.includes(l.id)) return false;
  if (s.flight && !s.flight.some((f) => l.engages.includes(f))) return false;
  return true;
}

//// counting ////

/** One element's (or layer's) contribution to a count. */
export interface Contribution {
  /** Element or defence-layer id. */
  id: string;
  kind: "force" | "defense";
  /** Counted amount, units of the limit's quantity. */
  count: number;
  /** Why a matched element counted 0, when the rule says so. */
  missing?: string;
}

/** A party's count under one limit. */
export interface PartyCount {
  /** Total, units of the limit's quantity (rounded to 1e-6). */
  total: number;
  /** Matched elements or layers with what each contributed (including zeros). */
  contributions: Contribution[];
}

/**
 * Apply START I's ALCM-bomber discount: the first `first` bombers count `attributed` each, the rest their equipped
 * number. The discount goes to the highest-equipped bombers first (the attribution a party would declare; the treaty
 * summary does not say which bombers are "first").
 * @param bombers deployed ALCM bombers per element with the number each is equipped for
 * @param discount the party's discount, or undefined for none
 * @returns warheads attributed to each element, in input order
 */
export function attributeAlcmBombers(
  bombers: readonly { launchers: number; equipped: number }[],
  discount: AlcmAttribution | undefined,
): number[] {
  const out = bombers.map((b) => b.launchers * b.equipped);
  if (!discount) return out;
  const order = bombers.map((_, i) => i).sort((a, b) => bombers[b]!.equipped - bombers[a]!.equipped || a - b);
  let left = discount.first;
  for (const i of order) {
    const b = bombers[i]!;
    const discounted = Math.min(left, b.launchers);
    left -= discounted;
    out[i] = discounted * discount.attributed + (b.launchers - discounted) * b.equipped;
  }
  return out;
}

/**
 * Count what one limit counts for one party: select elements (or layers), apply the limit's rule, and sum.
 * @param party the party (its forces or defences are read)
 * @param limit the limit; its selector's `parties` is not checked here
 */
export function countForParty(party: Party, limit: Limit): PartyCount {
  const rule = countingRule(ruleOf(limit));
  if (rule.target === "defenses") {
    const contributions = party.defenses
      .filter((l) => matchesLayer(l, limit.selector))
      .map((l): Contribution => ({ id: l.id, kind: "defense", count: l.interceptors }));
    return { total: roundCount(contributions.reduce((a, c) => a + c.count, 0)), contributions };
  }
  const status = statusOf(limit);
  const elementRule = rule.element!;
  const contributions: Contribution[] = [];
  const alcm: { index: number; launchers: number; equipped: number }[] = [];
  for (const e of party.forces) {
    if (!matchesElement(e, limit.selector)) continue;
    const r = elementRule(e, status);
    const state = countingState(e);
    if (r.alcmEquipped !== undefined)
      alcm.push({ index: contributions.length, launchers: state.deployed, equipped: r.alcmEquipped });
    contributions.push({
      id: e.id,
      kind: "force",
      count: roundCount(evaluateTerms(r.terms, state)),
      ...(r.missing ? { missing: r.missing } : {}),
    });
  }
  if (alcm.length > 0) {
    const attributed = attributeAlcmBombers(alcm, getOwn(limit.params?.alcmAttribution, party.id));
    alcm.forEach((b, k) => (contributions[b.index]!.count = roundCount(attributed[k]!)));
  }
  return { total: roundCount(contributions.reduce((a, c) => a + c.count, 0)), contributions };
}
