/**
 * Path to compliance: the reductions that bring one party within a framework's limits while keeping as much of its
 * survivable retaliatory capacity as possible, solved as a small integer program with yalps (branch and bound over
 * the simplex method; it runs in browsers too).
 *
 * Model, per force element i (D deployed launchers not converted, N non-deployed, T test, wpl warheads per launcher,
 * S stored warheads, sf the survivable fraction in the chosen posture):
 * - integer variables: kd ∈ [0, D] deployed launchers kept; kn ≥ 0 non-deployed kept, with kd + kn ≤ D + N (removed
 *   deployed launchers may be kept as non-deployed); kt ∈ [0, T] test launchers kept; where a warhead limit counts
 *   the element, d whole warheads downloaded, 0 ≤ d ≤ (wpl − min(1, wpl))·kd, leaving wpl·kd − d on the deployed
 *   launchers (at least one per launcher); where a stockpile limit counts stored warheads, s ∈ [0, S]; per defence
 *   layer, interceptors kept ∈ [0, I].
 * - converted launchers are fixed (constants).
 * - objective: maximise Σ sf·(wpl·kd − d) over nuclear elements (survivable retaliatory warheads) + ε × (everything
 *   kept),
 *   ε = 1e-3 by default, so nothing is cut that no limit needs cut.
 * - constraints: every limit binding on the party (as if binding, unless a date is given), written from the same
 *   linear terms the counting rules use. START I's ALCM-bomber discount is modelled exactly with a split of bombers
 *   into discounted and full-count ones (and a binary when some bomber is equipped for fewer than the discount).
 * Downloaded or eliminated warheads are assumed retired (they do not reappear as stored warheads).
 */
import { solve, type Constraint } from "yalps";
import { InputError } from "../_shared/issues.js";
import type { DefenseLayer, ForceElement, Party, Posture, Scenario } from "../schema/scenario.js";
import { checkCompliance, type LimitCheck } from "./compliance.js";
import { ruleOf, statusOf, type Framework, type Limit } from "./framework-schema.js";
import {
  COUNTING_RULES,
  countingState,
  matchesElement,
  matchesLayer,
  type CountingState,
  type ElementTerms,
} from "./counting-rules.js";
import { getOwn } from "../_shared/own-keys.js";

/**
 * Describe `warheads` whole warheads on `launchers` launchers as whole loads: "3 per launcher" when even, else
 * "2.4 per launcher (40 at 3, 60 at 2)" — the average the posture stores and the whole-warhead loads that realise it.
 */
export function wholeLoadText(launchers: number, warheads: number): string {
  const w = Math.round(warheads);
  if (!(launchers > 0)) return "0 per launcher";
  const lo = Math.floor(w / launchers);
  const k = w - lo * launchers;
  if (k === 0) return `${fmt(lo)} per launcher`;
  return `${fmt(w / launchers)} per launcher (${fmt(k)} at ${lo + 1}, ${fmt(launchers - k)} at ${lo})`;
}

/** Field of a posture that a change edits. */
export type ChangeField =
  | "launchers.deployed"
  | "launchers.nonDeployed"
  | "launchers.test"
  | "warheadsPerLauncher"
  | "treaty.storedWarheads"
  | "interceptors";

/** One change to a party's posture. */
export interface PostureChange {
  /** `force` element or `defense` layer. */
  kind: "force" | "defense";
  /** Element or layer id. */
  id: string;
  name: string;
  field: ChangeField;
  from: number;
  to: number;
  /** A sentence for a person, e.g. "deployed launchers 400 → 350 (50 to non-deployed)". */
  description: string;
}

/** Outcome of the search. */
export type PathStatus = "already-compliant" | "no-binding-limits" | "solved" | "infeasible";

/** Result of {@link pathToCompliance}. */
export interface PathToCompliance {
  party: string;
  framework: string;
  status: PathStatus;
  /** The changes, element by element (empty unless `solved`). */
  changes: PostureChange[];
  /** The party's rows before the changes. */
  before: LimitCheck[];
  /** The party's rows after the changes (same as `before` unless `solved`). */
  after: LimitCheck[];
  /** Survivable retaliatory warheads (deployed × warheads per launcher × survivable fraction), before and after. */
  survivableWarheads: { before: number; after: number };
  /** The party's posture after the changes. */
  posture: Party;
  /** False when the search stopped at its iteration budget: the posture complies but may not be the best. */
  optimal: boolean;
  /** A sentence on the outcome. */
  message: string;
}

/** Options of {@link pathToCompliance}. */
export interface PathOptions {
  /** Count only limits binding at this date (YYYY-MM-DD). Default: every limit, as if binding. */
  date?: string;
  /** Posture whose survivable fractions weigh the objective. Default `generated`. */
  posture?: Posture;
  /** Weight on each launcher, warhead or interceptor kept, relative to one survivable warhead. Default 1e-3. */
  keepWeight?: number;
  /**
   * Branch-and-bound iterations before the solver returns its best posture so far (deterministic; no clock).
   * Default 20,000.
   */
  maxIterations?: number;
}

type Expr = { vars: Map<string, number>; constant: number };

function add(expr: Expr, key: string, c: number): void {
  if (c === 0) return;
  expr.vars.set(key, (expr.vars.get(key) ?? 0) + c);
}

function survivable(party: Party, posture: Posture): number {
  let sum = 0;
  for (const e of party.forces) if (e.nuclear) sum += countingState(e).warheads * e.basing.survivableFraction[posture];
  return Math.round(sum * 1e6) / 1e6;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? x.toLocaleString("en-US") : x.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/**
 * Find the reductions that bring a party into compliance with a framework, keeping as much survivable retaliatory
 * capacity as possible.
 * @param scenario the scenario holding the party
 * @param framework the framework (rule pack or user file)
 * @param partyId the party to bring into compliance
 * @param options date (default: all limits as if binding), posture for survivability (default generated), weight
 * @throws {InputError} when the party is not in the scenario
 */
export function pathToCompliance(
  scenario: Scenario,
  framework: Framework,
  partyId: string,
  options: PathOptions = {},
): PathToCompliance {
  const party = scenario.parties.find((p) => p.id === partyId);
  if (!party)
    throw new InputError([
      {
        code: "unknown_reference",
        path: ["party"],
        message: `unknown party "${partyId}"; known: ${scenario.parties.map((p) => p.id).join(", ")}`,
      },
    ]);
  const posture = options.posture ?? "generated";
  const eps = options.keepWeight ?? 1e-3;
  const checkOptions = options.date !== undefined ? { date: options.date } : { assumeBinding: true };
  const before = checkCompliance(scenario, framework, checkOptions).checks.filter((c) => c.party === partyId);
  const binding = before.filter((c) => c.status !== "not-in-force");
  const base = {
    party: partyId,
    framework: framework.id,
    before,
    after: before,
    changes: [],
    posture: party,
    optimal: true,
    survivableWarheads: { before: survivable(party, posture), after: survivable(party, posture) },
  };
  if (binding.length === 0)
    return { ...base, status: "no-binding-limits", message: `no limit of "${framework.id}" binds ${partyId}` };
  if (binding.every((c) => c.status === "compliant"))
    return { ...base, status: "already-compliant", message: `${partyId} already complies with every limit` };

  const limits = framework.limits.filter((l) => binding.some((c) => c.limitId === l.id));
  const forces = party.forces;
  const states = forces.map(countingState);

  // Pass 1: terms of every limit, and which elements need warhead / stored variables.
  interface LimitTerms {
    limit: Limit;
    elements: { i: number; terms: ElementTerms; alcm?: number }[];
    layers: number[];
  }
  const needW = forces.map(() => false);
  const needS = forces.map(() => false);
  const needI = party.defenses.map(() => false);
  const limitTerms: LimitTerms[] = limits.map((limit) => {
    const rule = COUNTING_RULES[ruleOf(limit)];
    if (rule.target === "defenses") {
      const layers = party.defenses.flatMap((l, j) => (matchesLayer(l, limit.selector) ? [j] : []));
      for (const j of layers) needI[j] = true;
      return { limit, elements: [], layers };
    }
    const status = statusOf(limit);
    const elements = forces.flatMap((e, i) => {
      if (!matchesElement(e, limit.selector)) return [];
      const r = rule.element!(e, status);
      if (r.terms.warheads) needW[i] = true;
      if (r.terms.stored && states[i]!.stored > 0) needS[i] = true;
      return [{ i, terms: r.terms, ...(r.alcmEquipped !== undefined ? { alcm: r.alcmEquipped } : {}) }];
    });
    return { limit, elements, layers: [] };
  });

  const variables = new Map<string, Record<string, number>>();
  const constraints = new Map<string, Constraint>();
  const integers = new Set<string>();
  const binaries = new Set<string>();
  const coef = (v: string, k: string, c: number) => {
    const row = variables.get(v) ?? {};
    row[k] = (row[k] ?? 0) + c;
    variables.set(v, row);
  };
  const OBJ = "objective";

  forces.forEach((e, i) => {
    const s = states[i]!;
    const sf = e.nuclear ? e.basing.survivableFraction[posture] : 0;
    const kd = `kd:${i}`;
    const kn = `kn:${i}`;
    const kt = `kt:${i}`;
    for (const v of [kd, kn, kt]) {
      integers.add(v);
      coef(v, OBJ, eps);
    }
    // A deployed launcher kept is worth a little more than one kept non-deployed, so whole-warhead downloads are
    // preferred to demotions that lose as many warheads.
    coef(kd, OBJ, eps / 10);
    coef(kd, `kd-max:${i}`, 1);
    constraints.set(`kd-max:${i}`, { max: s.deployed });
    coef(kd, `pool:${i}`, 1);
    coef(kn, `pool:${i}`, 1);
    constraints.set(`pool:${i}`, { max: s.deployed + s.nonDeployed });
    coef(kt, `kt-max:${i}`, 1);
    constraints.set(`kt-max:${i}`, { max: s.test });
    // Warheads kept on deployed launchers: wpl·kd − d, with d whole warheads downloaded.
    coef(kd, OBJ, (sf + eps) * e.warheadsPerLauncher);
    if (needW[i]) {
      const d = `d:${i}`;
      integers.add(d);
      coef(d, OBJ, -(sf + eps));
      coef(d, `d-max:${i}`, 1);
      coef(kd, `d-max:${i}`, -(e.warheadsPerLauncher - Math.min(1, e.warheadsPerLauncher)));
      constraints.set(`d-max:${i}`, { max: 0 });
    }
    if (needS[i]) {
      const v = `s:${i}`;
      integers.add(v);
      coef(v, OBJ, eps);
      coef(v, `s-max:${i}`, 1);
      constraints.set(`s-max:${i}`, { max: s.stored });
    }
  });
  party.defenses.forEach((l, j) => {
    if (!needI[j]) return;
    const v = `i:${j}`;
    integers.add(v);
    coef(v, OBJ, eps);
    coef(v, `i-max:${j}`, 1);
    constraints.set(`i-max:${j}`, { max: l.interceptors });
  });

  // Pass 2: one constraint per limit, from the counting rules' terms.
  const termExpr = (expr: Expr, i: number, terms: ElementTerms, s: CountingState) => {
    const e = forces[i]!;
    for (const [k, c] of Object.entries(terms) as [keyof CountingState, number][]) {
      if (k === "deployed") add(expr, `kd:${i}`, c);
      else if (k === "converted") expr.constant += c * s.converted;
      else if (k === "nonDeployed") add(expr, `kn:${i}`, c);
      else if (k === "test") add(expr, `kt:${i}`, c);
      else if (k === "warheads") {
        add(expr, `kd:${i}`, c * e.warheadsPerLauncher);
        if (needW[i]) add(expr, `d:${i}`, -c);
      } else if (needS[i]) add(expr, `s:${i}`, c);
      else expr.constant += c * s.stored;
    }
  };
  const infeasibleLimits: string[] = [];
  for (const { limit, elements, layers } of limitTerms) {
    const key = `limit:${limit.id}`;
    const expr: Expr = { vars: new Map(), constant: 0 };
    for (const j of layers) add(expr, `i:${j}`, 1);
    const alcm = elements.filter((x) => x.alcm !== undefined);
    for (const x of elements) if (x.alcm === undefined) termExpr(expr, x.i, x.terms, states[x.i]!);
    const discount = getOwn(limit.params?.alcmAttribution, partyId);
    if (alcm.length > 0 && !discount) for (const x of alcm) add(expr, `kd:${x.i}`, x.alcm!);
    else if (alcm.length > 0 && discount) {
      const needZ = alcm.some((x) => x.alcm! < discount.attributed);
      const z = `z:${limit.id}`;
      const cap = `alcm-cap:${limit.id}`;
      constraints.set(cap, { max: discount.first });
      if (needZ) {
        binaries.add(z);
        coef(z, `alcm-full:${limit.id}`, -discount.first);
        constraints.set(`alcm-full:${limit.id}`, { min: 0 });
      }
      for (const x of alcm) {
        const u = `u:${limit.id}:${x.i}`;
        const v = `v:${limit.id}:${x.i}`;
        integers.add(u);
        integers.add(v);
        const split = `alcm-split:${limit.id}:${x.i}`;
        coef(u, split, 1);
        coef(v, split, 1);
        coef(`kd:${x.i}`, split, -1);
        constraints.set(split, { equal: 0 });
        coef(u, cap, 1);
        if (needZ) {
          coef(u, `alcm-full:${limit.id}`, 1);
          const vz = `alcm-v:${limit.id}:${x.i}`;
          coef(v, vz, 1);
          coef(z, vz, -states[x.i]!.deployed);
          constraints.set(vz, { max: 0 });
        }
        add(expr, u, discount.attributed);
        add(expr, v, x.alcm!);
      }
    }
    const ceiling = binding.find((c) => c.limitId === limit.id)!.limit;
    if (expr.constant > ceiling + 1e-9) infeasibleLimits.push(limit.id);
    for (const [v, c] of expr.vars) coef(v, key, c);
    constraints.set(key, { max: ceiling - expr.constant });
  }

  const fail = (message: string): PathToCompliance => ({ ...base, status: "infeasible", message });
  if (infeasibleLimits.length > 0)
    return fail(
      `limits ${infeasibleLimits.join(", ")} cannot be met by reductions (fixed, converted launchers exceed them)`,
    );

  const solution = solve(
    { direction: "maximize", objective: OBJ, constraints, variables, integers, binaries },
    { includeZeroVariables: true, maxIterations: options.maxIterations ?? 20_000 },
  );
  if (!(solution.status === "optimal" || (solution.status === "timedout" && Number.isFinite(solution.result))))
    return fail(`no posture of ${partyId} meets every limit by reductions (solver: ${solution.status})`);
  const value = new Map(solution.variables);
  const get = (k: string) => Math.round(value.get(k) ?? 0);

  // Apply the solution.
  const changes: PostureChange[] = [];
  const newForces: ForceElement[] = forces.map((e, i) => {
    const s = states[i]!;
    const kd = get(`kd:${i}`);
    const kn = get(`kn:${i}`);
    const kt = get(`kt:${i}`);
    const downloaded = needW[i] ? get(`d:${i}`) : 0;
    const stored = needS[i] ? get(`s:${i}`) : s.stored;
    const deployed = kd + s.converted;
    const wpl = kd > 0 ? e.warheadsPerLauncher - downloaded / kd : e.warheadsPerLauncher;
    const change = (field: ChangeField, from: number, to: number, description: string) => {
      if (Math.abs(from - to) > 1e-9)
        changes.push({ kind: "force", id: e.id, name: e.name, field, from, to, description });
    };
    const demoted = Math.max(0, Math.min(s.deployed - kd, kn - s.nonDeployed));
    const eliminatedDeployed = s.deployed - kd - demoted;
    const how = [
      ...(demoted > 0 ? [`${fmt(demoted)} kept as non-deployed`] : []),
      ...(eliminatedDeployed > 0 ? [`${fmt(eliminatedDeployed)} eliminated`] : []),
    ];
    change(
      "launchers.deployed",
      e.launchers.deployed,
      deployed,
      `deployed launchers ${fmt(e.launchers.deployed)} → ${fmt(deployed)}${how.length ? ` (${how.join(", ")})` : ""}`,
    );
    change(
      "launchers.nonDeployed",
      e.launchers.nonDeployed,
      kn,
      `non-deployed launchers ${fmt(e.launchers.nonDeployed)} → ${fmt(kn)}` +
        (s.nonDeployed + demoted - kn > 0 ? ` (${fmt(s.nonDeployed + demoted - kn)} eliminated)` : ""),
    );
    change("launchers.test", e.launchers.test, kt, `test launchers ${fmt(e.launchers.test)} → ${fmt(kt)} (eliminated)`);
    if (downloaded > 0 && kd > 0)
      change(
        "warheadsPerLauncher",
        e.warheadsPerLauncher,
        wpl,
        `warheads ${fmt(e.warheadsPerLauncher)} → ${wholeLoadText(kd, e.warheadsPerLauncher * kd - downloaded)} (download ${fmt(downloaded)} warheads)`,
      );
    if (needS[i])
      change(
        "treaty.storedWarheads",
        s.stored,
        stored,
        `stored warheads ${fmt(s.stored)} → ${fmt(stored)} (dismantle ${fmt(s.stored - stored)})`,
      );
    return {
      ...e,
      launchers: { deployed, nonDeployed: kn, test: kt },
      warheadsPerLauncher: wpl,
      ...(needS[i] ? { treaty: { ...e.treaty, storedWarheads: stored } } : {}),
    };
  });
  const newDefenses: DefenseLayer[] = party.defenses.map((l, j) => {
    if (!needI[j]) return l;
    const kept = get(`i:${j}`);
    if (kept !== l.interceptors)
      changes.push({
        kind: "defense",
        id: l.id,
        name: l.name,
        field: "interceptors",
        from: l.interceptors,
        to: kept,
        description: `interceptors ${fmt(l.interceptors)} → ${fmt(kept)} (${fmt(l.interceptors - kept)} eliminated)`,
      });
    return { ...l, interceptors: kept };
  });
  const posture2: Party = { ...party, forces: newForces, defenses: newDefenses };
  const scenario2: Scenario = { ...scenario, parties: scenario.parties.map((p) => (p.id === partyId ? posture2 : p)) };
  const after = checkCompliance(scenario2, framework, checkOptions).checks.filter((c) => c.party === partyId);
  const stillOver = after.filter((c) => c.status === "violation").map((c) => c.limitId);
  if (stillOver.length > 0) return fail(`the solver's posture still exceeds ${stillOver.join(", ")} (rounding)`);
  const survivableAfter = survivable(posture2, posture);
  return {
    ...base,
    status: "solved",
    changes,
    after,
    posture: posture2,
    optimal: solution.status === "optimal",
    survivableWarheads: { before: base.survivableWarheads.before, after: survivableAfter },
    message:
      `${changes.length} change${changes.length === 1 ? " brings" : "s bring"} ${partyId} within every limit; ` +
      `survivable warheads (${posture}) ${fmt(base.survivableWarheads.before)} → ${fmt(survivableAfter)}` +
      (solution.status === "optimal" ? "" : " (best found within the search budget; may not be optimal)"),
  };
}
