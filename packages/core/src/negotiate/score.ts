/**
 * Score one framework of the negotiation space: each negotiating party restructures to comply
 * ({@link restructureParty}), then the engine computes both first-strike exchanges and the Kent–Thaler stability of
 * the pair ([kent-thaler-1989], [crisis-stability-calculator-nd]), each side's retaliatory capacity, the reductions each side made, and parity.
 *
 * Definitions:
 * - first-strike stability of a side: C1/C2 capped at 1 ({@link scenarioStability}); combined = product.
 * - retaliatory capacity of a side: its warheads expected to arrive on the other's value after the other strikes
 *   first (`retaliationArriving` of the exchange in which it is the victim), warheads.
 * - reductions: nuclear warheads on deployed launchers removed (downloaded, or on launchers taken out of deployment),
 *   and deployed launchers removed, per side; the total is the sum of both sides' warheads removed.
 * - parity: r = a's deliverable warheads over b's, counting systems that reach the other ([suh-2022]; SLBMs
 *   always reach); gap = max(r, 1/r) − 1 (0 at parity; Infinity when one side has none and the other some).
 *
 * Only the two negotiating parties are scored (other parties of the scenario take no part in the pair's exchanges).
 */
import { armedLaunchers, type Party, type Posture, type Scenario } from "../schema/scenario.js";
import { distanceKm } from "../exchange/force-state.js";
import { partyParity } from "../parity/parity.js";
import { scenarioStability, type StabilityResult } from "../stability/pair-stability.js";
import { samePlainData } from "../stability/scenario-patch.js";
import { wholeLoadText } from "../treaty/path-to-compliance.js";
import type { NegotiatedFramework } from "./build-framework.js";
import { restructureParty, type Restructured } from "./restructure.js";

/** What one force element or defence layer gave up. */
export interface ElementChange {
  kind: "force" | "defense";
  id: string;
  name: string;
  /** Deployed launchers before and after (force elements; 0 for defence layers). */
  deployedLaunchers: [from: number, to: number];
  /** Non-deployed launchers before and after. */
  nonDeployedLaunchers: [from: number, to: number];
  /** Launchers eliminated (deployed + non-deployed + test, before − after). */
  launchersEliminated: number;
  /** Warheads on deployed launchers before and after (nuclear elements; 0 otherwise). */
  warheads: [from: number, to: number];
  /** Interceptors before and after (defence layers only). */
  interceptors?: [from: number, to: number];
  /** A phrase for a person, e.g. "Minuteman III: 200 → 0 deployed launchers (200 kept non-deployed), −200 warheads". */
  description: string;
}

/** One side's outcome under a framework. */
export interface SideScore {
  party: string;
  /** How the side complied. */
  status: Restructured["status"];
  /** First-strike stability C1/C2 of this side, 0–1. */
  fss: number;
  /** Retaliatory capacity: warheads arriving on the other's value after the other strikes first. */
  retaliation: number;
  /** Nuclear warheads on deployed launchers after restructuring. */
  deployedWarheads: number;
  /** Of those, warheads on systems that reach the other party. */
  deliverableWarheads: number;
  /** Deployed nuclear launchers after restructuring. */
  deployedLaunchers: number;
  /** Nuclear warheads on deployed launchers removed. */
  warheadsRemoved: number;
  /** Deployed launchers removed (nuclear and conventional; moved to non-deployed or eliminated). */
  launchersRemoved: number;
  /** Interceptors removed. */
  interceptorsRemoved: number;
  /** Element by element, what changed (empty when nothing did). */
  changes: ElementChange[];
  /** "Who gives what", one line, e.g. "us removes 420 warheads and 200 deployed launchers: …". */
  gives: string;
}

/** The score of one framework (or of the status quo). */
export interface PointScore {
  /** False when a party cannot comply by reductions; the numbers are then NaN and `message` says why. */
  feasible: boolean;
  message: string;
  /** The two negotiating parties, in the spec's order. */
  sides: [SideScore, SideScore];
  /** Combined first-strike stability fssA × fssB, 0–1. */
  combined: number;
  /** Deliverable-warhead ratio a/b. */
  parityRatio: number;
  /** max(r, 1/r) − 1. */
  parityGap: number;
  /** Both sides' warheads removed. */
  totalWarheadsRemoved: number;
}

const fmt = (x: number) =>
  Number.isInteger(x) ? x.toLocaleString("en-US") : x.toLocaleString("en-US", { maximumFractionDigits: 1 });

const nuclearWarheads = (p: Party) =>
  p.forces.reduce((t, e) => (e.nuclear ? t + armedLaunchers(e) * e.warheadsPerLauncher : t), 0);

/** Compare a party before and after, element by element. */
export function elementChanges(before: Party, after: Party): ElementChange[] {
  const out: ElementChange[] = [];
  for (const e of before.forces) {
    const a = after.forces.find((x) => x.id === e.id) ?? e;
    const wb = e.nuclear ? armedLaunchers(e) * e.warheadsPerLauncher : 0;
    const wa = a.nuclear ? armedLaunchers(a) * a.warheadsPerLauncher : 0;
    const total = (x: typeof e) => x.launchers.deployed + x.launchers.nonDeployed + x.launchers.test;
    const eliminated = total(e) - total(a);
    const dDep = e.launchers.deployed - a.launchers.deployed;
    const dW = Math.round((wb - wa) * 1e6) / 1e6;
    if (dDep === 0 && eliminated === 0 && Math.abs(dW) < 1e-6 && e.launchers.nonDeployed === a.launchers.nonDeployed)
      continue;
    const parts: string[] = [];
    if (dDep !== 0) {
      const kept = Math.max(0, a.launchers.nonDeployed - e.launchers.nonDeployed);
      const how = [
        ...(kept > 0 ? [`${fmt(kept)} kept non-deployed`] : []),
        ...(eliminated > 0 ? [`${fmt(eliminated)} eliminated`] : []),
      ];
      parts.push(
        `${fmt(e.launchers.deployed)} → ${fmt(a.launchers.deployed)} deployed launchers${how.length ? ` (${how.join(", ")})` : ""}`,
      );
    } else if (eliminated > 0) parts.push(`${fmt(eliminated)} non-deployed launchers eliminated`);
    const perLauncher = (x: number) => fmt(Math.round(x * 100) / 100);
    const download =
      Math.abs(a.warheadsPerLauncher - e.warheadsPerLauncher) > 1e-9 && a.launchers.deployed > 0
        ? ` (download ${perLauncher(e.warheadsPerLauncher)} → ${wholeLoadText(armedLaunchers(a), wa)})`
        : "";
    if (Math.abs(dW) >= 1e-6)
      parts.push(`${dW > 0 ? "−" : "+"}${fmt(Math.round(Math.abs(dW) * 10) / 10)} warheads${download}`);
    out.push({
      kind: "force",
      id: e.id,
      name: e.name,
      deployedLaunchers: [e.launchers.deployed, a.launchers.deployed],
      nonDeployedLaunchers: [e.launchers.nonDeployed, a.launchers.nonDeployed],
      launchersEliminated: eliminated,
      warheads: [wb, wa],
      description: `${e.id}: ${parts.join(", ")}`,
    });
  }
  for (const l of before.defenses) {
    const a = after.defenses.find((x) => x.id === l.id) ?? l;
    if (a.interceptors === l.interceptors) continue;
    out.push({
      kind: "defense",
      id: l.id,
      name: l.name,
      deployedLaunchers: [0, 0],
      nonDeployedLaunchers: [0, 0],
      launchersEliminated: 0,
      warheads: [0, 0],
      interceptors: [l.interceptors, a.interceptors],
      description: `${l.id}: ${fmt(l.interceptors)} → ${fmt(a.interceptors)} interceptors`,
    });
  }
  return out;
}

/** A "who gives what" line for one side. */
export function givesLine(
  party: string,
  warheads: number,
  launchers: number,
  interceptors: number,
  changes: readonly ElementChange[],
): string {
  if (changes.length === 0) return `${party} gives nothing`;
  const totals = [
    ...(warheads > 0 ? [`${fmt(Math.round(warheads * 10) / 10)} warheads`] : []),
    ...(launchers > 0 ? [`${fmt(launchers)} deployed launchers`] : []),
    ...(interceptors > 0 ? [`${fmt(interceptors)} interceptors`] : []),
  ];
  return `${party} gives ${totals.length ? totals.join(", ") : "no deployed warheads or launchers"}: ${changes.map((c) => c.description).join("; ")}`;
}

/** Stability results of the restructured pairs already scored against one base scenario. */
const scored = new WeakMap<Scenario, Map<string, { pair: Scenario; result: StabilityResult }[]>>();

/**
 * Stability of the two restructured parties: computed once per distinct pair of postures. Frameworks that bind
 * neither side, or bind both the same way, restructure to equal parties; their exchanges are not run again. Equality
 * is by value (parties, assumptions, distances), so a base scenario changed in place is never served a stale result.
 */
function pairStability(scenario: Scenario, after: [Party, Party]): StabilityResult {
  const pair: Scenario = { ...scenario, parties: after };
  let byKey = scored.get(scenario);
  if (!byKey) scored.set(scenario, (byKey = new Map<string, { pair: Scenario; result: StabilityResult }[]>()));
  // A long-lived base scenario (a server's preset) scored against many frameworks: keep the memo bounded.
  if (byKey.size > 2048) byKey.clear();
  const key = after.map((p) => `${p.id}:${nuclearWarheads(p)}`).join("|");
  const bucket = byKey.get(key) ?? [];
  const hit = bucket.find((x) => samePlainData(x.pair, pair));
  if (hit) return hit.result;
  const result = scenarioStability(pair, {}, undefined, { drawdown: false });
  bucket.push({ pair, result });
  byKey.set(key, bucket);
  return result;
}

/** Options of {@link scoreFramework}. */
export interface ScoreOptions {
  /** Posture whose survivable fractions the path to compliance protects. Default `generated`. */
  posture?: Posture;
}

const NAN_SIDE = (party: string, status: Restructured["status"]): SideScore => ({
  party,
  status,
  fss: NaN,
  retaliation: NaN,
  deployedWarheads: NaN,
  deliverableWarheads: NaN,
  deployedLaunchers: NaN,
  warheadsRemoved: NaN,
  launchersRemoved: NaN,
  interceptorsRemoved: NaN,
  changes: [],
  gives: `${party}: cannot comply`,
});

/**
 * Score a framework: restructure both parties, then compute stability, retaliation, reductions and parity.
 * @param scenario the base scenario (element loads whole warheads, see `wholeWarheadLoads`)
 * @param parties the two negotiating parties
 * @param negotiated the framework and caps, or undefined for the status quo (no changes)
 * @param options posture protected by the path to compliance
 */
export function scoreFramework(
  scenario: Scenario,
  parties: readonly [string, string],
  negotiated: Pick<NegotiatedFramework, "framework" | "caps"> | undefined,
  options: ScoreOptions = {},
): PointScore {
  const before = parties.map((id) => {
    const p = scenario.parties.find((x) => x.id === id);
    if (!p) throw new RangeError(`unknown party "${id}"`);
    return p;
  }) as [Party, Party];
  const restructured: Restructured[] = before.map((p) =>
    negotiated
      ? restructureParty(scenario, negotiated, p.id, options.posture)
      : { party: p, status: "unchanged", message: "status quo" },
  );
  const failed = restructured.filter((r) => r.status === "infeasible");
  if (failed.length > 0)
    return {
      feasible: false,
      message: failed.map((r) => r.message).join("; "),
      sides: [NAN_SIDE(parties[0], restructured[0]!.status), NAN_SIDE(parties[1], restructured[1]!.status)],
      combined: NaN,
      parityRatio: NaN,
      parityGap: NaN,
      totalWarheadsRemoved: NaN,
    };
  const after = restructured.map((r) => r.party) as [Party, Party];
  const { pairs, exchanges } = pairStability(scenario, after);
  const st = pairs[0]!;
  const d = distanceKm(scenario, parties[0], parties[1]);
  const reach = d !== undefined ? { reachKm: d } : {};
  const sides = after.map((p, i): SideScore => {
    const other = after[1 - i]!.id;
    const retaliation = exchanges.find((e) => e.striker === other && e.victim === p.id)!.outcome.retaliationArriving;
    const changes = elementChanges(before[i]!, p);
    const warheadsRemoved = Math.round((nuclearWarheads(before[i]!) - nuclearWarheads(p)) * 1e6) / 1e6;
    const launchersRemoved = changes.reduce(
      (t, c) => t + Math.max(0, c.deployedLaunchers[0] - c.deployedLaunchers[1]),
      0,
    );
    const interceptorsRemoved = changes.reduce(
      (t, c) => t + (c.interceptors ? c.interceptors[0] - c.interceptors[1] : 0),
      0,
    );
    return {
      party: p.id,
      status: restructured[i]!.status,
      fss: st.a === p.id ? st.fssA : st.fssB,
      retaliation,
      deployedWarheads: nuclearWarheads(p),
      deliverableWarheads: partyParity(p.forces, reach).deliverableWarheads,
      deployedLaunchers: p.forces.reduce((t, e) => (e.nuclear ? t + e.launchers.deployed : t), 0),
      warheadsRemoved,
      launchersRemoved,
      interceptorsRemoved,
      changes,
      gives: givesLine(p.id, warheadsRemoved, launchersRemoved, interceptorsRemoved, changes),
    };
  }) as [SideScore, SideScore];
  const [wa, wb] = [sides[0].deliverableWarheads, sides[1].deliverableWarheads];
  const parityRatio = wb > 0 ? wa / wb : wa > 0 ? Infinity : 1;
  const parityGap =
    parityRatio === 0 || !Number.isFinite(parityRatio) ? Infinity : Math.max(parityRatio, 1 / parityRatio) - 1;
  return {
    feasible: true,
    message: negotiated ? restructured.map((r) => r.message).join("; ") : "status quo",
    sides,
    combined: st.combined,
    parityRatio,
    parityGap,
    totalWarheadsRemoved: sides[0].warheadsRemoved + sides[1].warheadsRemoved,
  };
}
