/**
 * First-strike exchange for one ordered pair (X strikes Y), after Kent & Thaler (RAND R-3765; [kent-thaler-1989],
 * [crisis-stability-calculator-nd]):
 *
 * 1. X's available weapons (all fixed forces and `strikerSurvivableUse` of survivable ones, less X's hold-back) are
 *    allocated to Y's targetable aim points and C3 sites by a marginal-value greedy on X's own cost (methods §3): at
 *    each step the (weapon, target) pair that lowers X's linearised Kent–Thaler cost most per warhead spent — the
 *    retaliation it removes, less the opportunity cost of a nuclear warhead no longer on Y's value (zero for
 *    conventional weapons) — after Y's defences covering forces, at most `maxWarheadsPerAimPoint` per aim point,
 *    later warheads on one aim point weakened by `fratricideFactor`. If Y launches under attack, its warning share
 *    (C3 sites surviving, ASAT and cyber degradation) times `luaFraction` of its fixed prompt missiles escape.
 * 2. After each allocation step (the draw-down), Y retaliates with its survivors against X's value, through X's
 *    defences; X's unused weapons go to Y's value, through what is left of Y's defences.
 * 3. X stops at the strike size of lowest own Kent–Thaler cost; among ties, the one with highest cost to Y.
 *
 * Expected values throughout; aim points and warheads may be fractional.
 *
 * The damage side is kept in two small functions (`damageToX`, `damageToY`: warheads and EMT arriving → share of value
 * destroyed) so another value model can plug in; the allocation only needs "cost of X now" and "cost of X with one
 * warhead more or less arriving".
 *
 * Implementation (issue 11): the exchange is compiled once into typed arrays (`compiled-exchange.ts`) and the
 * draw-down runs on them without allocating per candidate; the results equal the earlier object-based implementation,
 * frozen under `test/reference/` and compared by the differential test.
 */
import type { Assumptions } from "../schema/scenario.js";
import { reaches } from "../schema/scenario.js";
import { layerKillProbability } from "../defense/index.js";
import { damageFraction, type Arrivals } from "./damage-curve.js";
import type { ElementState, ForceState } from "./force-state.js";
import type { ExchangeValue } from "../effects/exchange-value.js";
import type { PopulationStrike } from "../geo/types.js";
import { warningShare, type C3Kind } from "../schema/targets.js";
import { heldReserve } from "./reserve.js";
import { damagePower } from "../stability/damage-power.js";
import {
  compileExchange,
  salvoPenetration,
  TARGET_COMMAND,
  TARGET_DEFENSE_RADAR,
  TARGET_EARLY_WARNING,
  type CompiledExchange,
} from "./compiled-exchange.js";

export { lethalModelFor } from "./compiled-exchange.js";

/** Steps between exact re-evaluations of a defence-radar class's gain while it is not struck. */
const RADAR_PROBE_EVERY = 16;

/** One point of the draw-down: the outcome if X stops its counterforce strike here. */
export interface DrawdownPoint {
  /** X warheads spent on counterforce so far. */
  warheadsUsed: number;
  /** Expected Y warheads destroyed (or, for launch under attack, not destroyed but launched is not counted here). */
  victimWarheadsDestroyed: number;
  /** Y warheads surviving (incl. launched under attack), before hold-back and reliability. */
  victimWarheadsSurviving: number;
  /** Expected Y warheads arriving on X's value. */
  retaliationArriving: number;
  /** Expected X warheads arriving on Y's value. */
  strikerArriving: number;
  /** Fraction of X's value destroyed. */
  damageToStriker: number;
  /** Fraction of Y's value destroyed. */
  damageToVictim: number;
  /** Kent–Thaler cost to X. */
  costToStriker: number;
  /** Kent–Thaler cost to Y. */
  costToVictim: number;
}

/** Warheads of one X element allocated against one Y element or C3 site class, up to the chosen strike size. */
export interface AllocationEntry {
  weapon: string;
  target: string;
  warheads: number;
  /** Expected Y warheads destroyed by these (forces), or expected sites destroyed (C3). */
  kills: number;
  /** What was struck: a force element, or a C3 site class of the given kind. Default `force`. */
  targetKind?: "force" | C3Kind;
  /** True when the weapon is conventional. */
  conventional?: boolean;
}

/**
 * A strike on one of Y's C3 site classes at the chosen strike (entanglement, `[acton-2018]`): a conventional
 * warhead on a dual-use site degrades Y's nuclear warning or command.
 */
export interface C3Strike {
  site: string;
  kind: C3Kind;
  dualUse: boolean;
  sites: number;
  /** Expected sites destroyed. */
  destroyed: number;
  conventionalWarheads: number;
  nuclearWarheads: number;
  /** True when conventional warheads strike a dual-use site. */
  entangled: boolean;
}

/** Y's warning before and after X's chosen strike. */
export interface WarningOutcome {
  /** Warning share surviving (C3 sites, ASAT and cyber), 0–1, before any strike and at the chosen strike. */
  shareBefore: number;
  shareAfter: number;
  /** Probability Y's launch under attack succeeds (0 when Y does not launch under attack), before and after. */
  luaBefore: number;
  luaAfter: number;
}

/** Outcome of X striking Y first. */
export interface ExchangeResult {
  striker: string;
  victim: string;
  /** X warheads available for the strike (after hold-back and survivable-use share). */
  strikerAvailable: number;
  /** Y warheads on deployed launchers that can reach X. */
  victimWarheadsBefore: number;
  /**
   * Every point of the draw-down, starting with no counterforce; empty when the caller did not keep it
   * (`ExchangeOptions.drawdown: false`).
   */
  drawdown: DrawdownPoint[];
  /** Index in the draw-down (its allocation steps) of the strike X chooses. */
  chosen: number;
  /** The chosen point (a copy of the draw-down's point `chosen`). */
  outcome: DrawdownPoint;
  /** X's allocation at the chosen strike. */
  allocation: AllocationEntry[];
  /** Y interceptors spent in the counterforce phase at the chosen strike, by layer id. */
  interceptorsUsed: Record<string, number>;
  /** Model warnings (e.g. lethal-radius validity). */
  warnings: string[];
  /** Average warheads per targeted aim point at the chosen strike, by Y element id (for marginal exchange ratios). */
  shotsPerAimPoint: Record<string, number>;
  /**
   * Population effects at the chosen strike on both parties (set by `evaluate` when both use the population value
   * model): X's strike and counterforce collateral on Y, Y's retaliation on X.
   */
  population?: { onVictim: PopulationStrike; onStriker: PopulationStrike };
  /** Y's warning and launch-under-attack probability before and after the chosen strike. */
  warning: WarningOutcome;
  /** Strikes on Y's C3 sites at the chosen strike. */
  c3Strikes: C3Strike[];
  /** Hold-back shares used, 0–1. */
  holdBack: { striker: number; victim: number };
  /** Post-exchange vulnerability to third parties added to each side's cost at the chosen strike. */
  thirdPartyCost: { striker: number; victim: number };
  /**
   * Share of each Y element's warheads that survive (or escape by launch under attack) at the chosen strike, by
   * element id (elements that cannot reach X are not attacked and are absent).
   */
  survivingShare: Record<string, number>;
}

/** Warheads of one element still held (reserve) after an exchange; input of a {@link ReserveCost}. */
export interface ReserveWarheads {
  state: ElementState;
  /** Warheads held, ≥ 0 (before reliability). */
  warheads: number;
}

/**
 * Extra cost a side bears for the forces it has left against third parties (≥ 0; 0 when there are none). The
 * exchange calls it at every draw-down point with the same array, updated in place: read it during the call, do not
 * keep it.
 */
export type ReserveCost = (reserve: readonly ReserveWarheads[]) => number;

/** Inputs of one exchange beyond the two force states. */
export interface ExchangeOptions {
  assumptions: Assumptions;
  /** Distance between the two parties, km (range reach); all systems reach when absent. */
  distanceKm?: number;
  /**
   * Value model and reach of this exchange (population model, great-circle reach from sites); `scenarioStability`
   * builds it. Absent: each party's damage curve and capital-distance reach.
   */
  value?: ExchangeValue;
  /** Hold-back shares overriding the parties' `options.holdBackFraction` (three-party coupling). */
  holdBack?: { striker?: number; victim?: number };
  /** Post-exchange vulnerability: cost of the reserve each side keeps against third parties. */
  reserveCost?: { striker?: ReserveCost; victim?: ReserveCost };
  /**
   * Keep every point of the draw-down in the result (default true). Stability readings need only the chosen point:
   * without the curve, the draw-down's points are written into two objects instead of one new object per step.
   */
  drawdown?: boolean;
}

/**
 * The aim points (or sites) of one target class, grouped by what has struck them so far, as parallel arrays: `n`
 * aim points that took `shots` nuclear and `conv` conventional warheads (each capped: fratricide) and survive with
 * probability `survival`. Order is kept (it fixes the order of ties and of sums).
 */
interface Subgroups {
  n: number[];
  shots: number[];
  conv: number[];
  survival: number[];
}

/** The draw-down state saved when the chosen point moves (materialised into the result once, at the end). */
interface Snapshot {
  /** Allocation entries in first-use order, and their warheads and kills. */
  entries: number;
  warheads: Float64Array;
  kills: Float64Array;
  /** Interceptors left per Y layer (forces), shots fired and aim points alive per class. */
  remaining: Float64Array;
  shotsFired: Float64Array;
  alive: Float64Array;
  warning: number;
  reserveVictim: number;
  /** Y's survivors per shooter (before hold-back). */
  survivors: Float64Array;
}

/**
 * Compute the first-strike exchange of `striker` against `victim`.
 *
 * Implementation: the exchange is compiled once ({@link compileExchange}: typed arrays, index maps, cached kill
 * probabilities) and the draw-down runs on arrays without allocating per candidate: the collateral of the
 * counterforce allocation is updated once per allocation step, Y's damage is c + (1 − c)·cv, and a defence radar's
 * gain is re-probed by re-delivering only X's strike on value (the only part of the outcome a radar changes). The
 * greedy rescans every candidate at each step: every marginal value (μ, λ, site gains) moves when the current point
 * moves, so a priority queue would be rebuilt each step. Results equal the earlier object-based implementation
 * (test/reference/, checked by the differential test).
 * @param striker X's force state
 * @param victim Y's force state
 * @param options assumptions, distance, and (three-party coupling) hold-back overrides and reserve costs
 */
export function firstStrike(striker: ForceState, victim: ForceState, options: ExchangeOptions): ExchangeResult {
  const a = options.assumptions;
  const dist = options.distanceKm;
  const value = options.value;
  const reach = value?.reach;
  const X = striker.party;
  const Y = victim.party;
  const holdX = options.holdBack?.striker ?? X.options.holdBackFraction;
  const holdY = options.holdBack?.victim ?? Y.options.holdBackFraction;
  const lua = Y.options.launchUnderAttack ? a.luaFraction : 0;
  const exponent = a.costExponent;
  const weight = a.costWeight;
  // The Kent–Thaler cost D_self^a + w·(1 − D_other^a) by its two terms (the arithmetic of kentThalerCost), so each
  // damage is raised to the power once per point, and the finite differences, which vary one damage at a time, raise
  // only that one.
  const power = damagePower(exponent);
  const selfTerm = (d: number) => power(Math.min(1, Math.max(0, d)));
  const otherTerm = (d: number) => weight * (1 - power(Math.min(1, Math.max(0, d))));

  const cx: CompiledExchange = compileExchange(striker, victim, {
    assumptions: a,
    ...(dist !== undefined ? { distanceKm: dist } : {}),
    ...(reach ? { reach } : {}),
    holdStriker: holdX,
  });
  const W = cx.weapons.length;
  const S = cx.shooters.length;
  const C = cx.classes;
  const F = cx.forceClasses;
  const { wNuclear, wReliability, wEmt, wObjects, wAvailable, wValueLayers, wForceLayers, tkp } = cx;
  const { sReliability, sEmt, sObjects, sWarheads, sSurvivable, sFixed, sPerAimPoint, sLua, sClass, sLayers } = cx;
  const { classKind, classTotal, classChunk, classReliability, classEmt, classPerAimPoint, classFixed, classLua } = cx;
  const yL = cx.yLayers;
  const xL = cx.xLayers;
  const LY = yL.layers.length;
  const hasRadars = cx.layerRadars.idx.length > 0;

  //// draw-down state ////
  // The draw-down's running scalars, as fields of one object rather than closure variables: the engine updates a
  // number field in place, where each write of a captured \`let\` would allocate a boxed number (issue 11).
  const z = {
    usedTotal: 0,
    warn: 1,
    shareEarlyWarning: 1,
    shareCommand: 1,
    collateralShare: 0,
    retW: 0,
    retEmt: 0,
    retFlying: 0,
    strikeW: 0,
    strikeEmt: 0,
    strikeFlying: 0,
    reserveY: 0,
    termX: 0,
    termY: 0,
    cNow: 0,
    retPen: 1,
    strikePen: 1,
    onX: 0,
    onY: 0,
  };
  const used = new Float64Array(W);
  const groups: Subgroups[] = [];
  for (let c = 0; c < C; c++) groups.push({ n: [classTotal[c]!], shots: [0], conv: [0], survival: [1] });
  // Subgroups of each class that can still take a nuclear (a conventional) warhead: below the per-aim-point cap,
  // with aim points left and alive; in subgroup order. Rebuilt when the class is struck.
  const openNuclear: number[][] = [];
  const openConventional: number[][] = [];
  const openNuclearN = new Int32Array(C);
  const openConventionalN = new Int32Array(C);
  const maxShots = a.maxWarheadsPerAimPoint;
  const maxConv = a.maxConventionalPerAimPoint;
  const reopen = (c: number) => {
    const g = groups[c]!;
    const nuc: number[] = (openNuclear[c] ??= []);
    const conv: number[] = (openConventional[c] ??= []);
    // Lengths kept apart and entries overwritten in place, so the lists keep their storage from step to step.
    let nn = 0;
    let nc = 0;
    for (let i = 0; i < g.n.length; i++) {
      if (g.n[i]! < 1e-9 || g.survival[i]! < 1e-12) continue;
      if (!(g.shots[i]! >= maxShots)) nuc[nn++] = i;
      if (!(g.conv[i]! >= maxConv)) conv[nc++] = i;
    }
    openNuclearN[c] = nn;
    openConventionalN[c] = nc;
  };
  for (let c = 0; c < C; c++) reopen(c);
  const alive = new Float64Array(C);
  const probe = new Float64Array(C);
  const shotsFired = new Float64Array(C);
  // Aim points (sites) alive in a class: Σ n · survival over its subgroups, in order.
  const sumAlive = (c: number) => {
    const g = groups[c]!;
    let t = 0;
    for (let i = 0; i < g.n.length; i++) t = t + g.n[i]! * g.survival[i]!;
    alive[c] = t;
  };
  for (let c = 0; c < C; c++) sumAlive(c);
  /** Surviving share of a class (0–1), less the sites assumed destroyed by a radar probe. */
  const survivingShare = (c: number): number => {
    const total = classTotal[c]!;
    if (!(total > 0)) return 1;
    return Math.max(0, Math.min(1, (alive[c]! - probe[c]!) / total));
  };

  // Y's warning share given the C3 sites surviving.
  const kindShare = (kind: number, total: number): number => {
    if (!(total > 0)) return 1;
    let t = 0;
    for (let c = F; c < C; c++) if (classKind[c] === kind) t = t + survivingShare(c) * classTotal[c]!;
    return t / total;
  };
  const refreshWarning = () => {
    z.shareEarlyWarning = kindShare(TARGET_EARLY_WARNING, cx.earlyWarningSites);
    z.shareCommand = kindShare(TARGET_COMMAND, cx.commandSites);
    z.warn = warningShare(Y.c3?.degradation, { earlyWarning: z.shareEarlyWarning, command: z.shareCommand });
  };
  refreshWarning();

  // Y's layers: interceptors left after the counterforce phase so far, tracking given the radars surviving.
  const yRemaining = Float64Array.from(yL.interceptors);
  const yTracking = new Float64Array(LY);
  for (let li = 0; li < LY; li++) yTracking[li] = yL.layers[li]!.tracking;
  const yKill = Float64Array.from(yL.kill);
  const yScratch = new Float64Array(LY);
  const xRemaining = new Float64Array(xL.layers.length);
  const refreshTracking = () => {
    const { start, idx } = cx.layerRadars;
    for (let li = 0; li < LY; li++) {
      const base = yL.layers[li]!;
      const total = cx.layerRadarSites[li]!;
      let tracking = base.tracking;
      if (total > 0) {
        let t = 0;
        for (let j = start[li]!; j < start[li + 1]!; j++) t = t + survivingShare(idx[j]!) * classTotal[idx[j]!]!;
        tracking = (base.tracking * t) / total;
      }
      if (tracking !== yTracking[li]) {
        yTracking[li] = tracking;
        yKill[li] = layerKillProbability({ ...base, tracking });
      }
    }
  };

  // Allocation entries (dense), their first-use order, and the collateral of X's counterforce shots on Y.
  const E = W * C;
  const eWarheads = new Float64Array(E);
  const eKills = new Float64Array(E);
  /** Class of an entry's first step (its reported target kind), + 1; 0 while unused. */
  const eFirst = new Int32Array(E);
  const eOrder: number[] = [];
  const collateral = value?.collateral();

  // Damage to each side's value from what arrives: the exchange's value model when there is one (Y's damage
  // c + (1 − c)·cv with the collateral share c of the allocation so far), else the party's damage curve.
  const arrivals: Arrivals = { warheads: 0, emt: 0 };
  const damageToX = (warheads: number, emt: number): number => {
    arrivals.warheads = warheads;
    arrivals.emt = emt;
    return value ? value.toStriker(arrivals) : damageFraction(X.value.damageCurve!, arrivals);
  };
  const damageToY = (warheads: number, emt: number): number => {
    arrivals.warheads = warheads;
    arrivals.emt = emt;
    if (!value) return damageFraction(Y.value.damageCurve!, arrivals);
    const cv = value.victimCountervalue(arrivals);
    return collateral ? z.collateralShare + (1 - z.collateralShare) * cv : cv;
  };

  const reachesY = (s: ElementState) => (reach ? reach.striker(s.element) : reaches(s.element, dist));
  const strikerReserveCost = options.reserveCost?.striker?.(heldReserve(striker, holdX, reachesY));
  const reserveCostX = strikerReserveCost ?? 0;
  const victimCost = options.reserveCost?.victim;
  // Y's nuclear elements that cannot reach X: all held in reserve.
  const victimOutOfReach = victimCost
    ? victim.elements.filter(
        (s) => s.element.nuclear && s.warheads > 0 && !(reach ? reach.victim(s.element) : reaches(s.element, dist)),
      )
    : [];

  // Y's reserve at the current point (its survivors' held share, and what cannot reach X), updated in place.
  const victimReserve: ReserveWarheads[] = victimCost
    ? [
        ...cx.shooters.map((state) => ({ state, warheads: 0 })),
        ...victimOutOfReach.map((s) => ({ state: s, warheads: s.warheads })),
      ]
    : [];

  // Outcome at the current point: Y's survivors, the two deliveries, damages and costs.
  const survivors = new Float64Array(S);
  /** X's unused weapons on Y's value through what is left of Y's defences (in `yScratch`): arriving warheads, EMT. */
  const strikeOnValue = (): void => {
    yScratch.set(yRemaining);
    let w = 0;
    let e = 0;
    let fly = 0;
    for (let wi = 0; wi < W; wi++) {
      if (!wNuclear[wi]) continue;
      const x = wAvailable[wi]! - used[wi]!;
      fly = fly + x * wReliability[wi]!;
      if (!(x > 0)) continue;
      const flying = x * wReliability[wi]!;
      const pen = salvoPenetration(wValueLayers, wi, flying, wObjects[wi]!, yScratch, yKill, yL.perObject, true);
      const arriving = flying * pen;
      w += arriving;
      e += arriving * wEmt[wi]!;
    }
    z.strikeW = w;
    z.strikeEmt = e;
    z.strikeFlying = fly;
  };
  const keepDrawdown = options.drawdown !== false;
  /** A new draw-down point (every field set by `evaluate`). */
  const newPoint = (): DrawdownPoint => ({
    warheadsUsed: 0,
    victimWarheadsDestroyed: 0,
    victimWarheadsSurviving: 0,
    retaliationArriving: 0,
    strikerArriving: 0,
    damageToStriker: 0,
    damageToVictim: 0,
    costToStriker: 0,
    costToVictim: 0,
  });
  // Without the curve, each point is written into `scratch`, and copied into `best` when it becomes the chosen one.
  const scratch = keepDrawdown ? undefined : newPoint();
  // D^a of each side's damage at the current point (the terms of both Kent–Thaler costs).
  const evaluate = (): DrawdownPoint => {
    let surviving = 0;
    for (let si = 0; si < S; si++) {
      const ci = sClass[si]!;
      let v: number;
      if (ci < 0) v = sWarheads[si]!;
      else {
        const luaShare = sLua[si] ? lua * z.warn : 0;
        const alivePart = alive[ci]! * sPerAimPoint[si]!;
        v = sSurvivable[si]! + luaShare * sFixed[si]! + (1 - luaShare) * alivePart;
      }
      survivors[si] = v;
      surviving = surviving + v;
    }
    xRemaining.set(xL.interceptors);
    let w = 0;
    let e = 0;
    let fly = 0;
    for (let si = 0; si < S; si++) {
      const ws = survivors[si]! * (1 - holdY);
      fly = fly + ws * sReliability[si]!;
      if (!(ws > 0)) continue;
      const flying = ws * sReliability[si]!;
      const pen = salvoPenetration(sLayers, si, flying, sObjects[si]!, xRemaining, xL.kill, xL.perObject, true);
      const arriving = flying * pen;
      w += arriving;
      e += arriving * sEmt[si]!;
    }
    z.retW = w;
    z.retEmt = e;
    z.retFlying = fly;
    if (hasRadars) refreshTracking();
    strikeOnValue();
    const dX = damageToX(z.retW, z.retEmt);
    const dY = damageToY(z.strikeW, z.strikeEmt);
    z.termX = selfTerm(dX);
    z.termY = selfTerm(dY);
    if (victimCost) {
      for (let si = 0; si < S; si++) victimReserve[si]!.warheads = survivors[si]! * holdY;
      z.reserveY = victimCost(victimReserve) ?? 0;
    } else z.reserveY = 0;
    const point = scratch ?? newPoint();
    point.warheadsUsed = z.usedTotal;
    point.victimWarheadsDestroyed = Math.max(0, cx.victimWarheadsBefore - surviving);
    point.victimWarheadsSurviving = surviving;
    point.retaliationArriving = z.retW;
    point.strikerArriving = z.strikeW;
    point.damageToStriker = dX;
    point.damageToVictim = dY;
    point.costToStriker = z.termX + weight * (1 - z.termY) + reserveCostX;
    point.costToVictim = z.termY + weight * (1 - z.termX) + z.reserveY;
    return point;
  };

  let current = evaluate();
  const drawdown: DrawdownPoint[] = keepDrawdown ? [current] : [];
  // The chosen point: the kept curve's entry, or a copy of the scratch point.
  let best: DrawdownPoint = keepDrawdown ? current : { ...current };
  let points = 1;
  const warningBefore = z.warn;
  const initialReserveY = z.reserveY;
  const initialSurvivors = Float64Array.from(survivors);
  // Stop rule, applied as the draw-down grows: lowest own cost; among ties, highest cost to the victim. The state is
  // saved only when the chosen point moves.
  let chosen = 0;
  // One snapshot, overwritten in place each time the chosen point moves.
  let snapped = false;
  const snap: Snapshot = {
    entries: 0,
    warheads: new Float64Array(E),
    kills: new Float64Array(E),
    remaining: new Float64Array(LY),
    shotsFired: new Float64Array(C),
    alive: new Float64Array(C),
    warning: 0,
    reserveVictim: 0,
    survivors: new Float64Array(S),
  };
  const takeSnapshot = (): void => {
    const n = eOrder.length;
    for (let i = 0; i < n; i++) {
      snap.warheads[i] = eWarheads[eOrder[i]!]!;
      snap.kills[i] = eKills[eOrder[i]!]!;
    }
    snap.entries = n;
    snap.remaining.set(yRemaining);
    snap.shotsFired.set(shotsFired);
    snap.alive.set(alive);
    snap.warning = z.warn;
    snap.reserveVictim = z.reserveY;
    snap.survivors.set(survivors);
    snapped = true;
  };

  const minEfficiency = a.minEfficiency;
  const frat = 1 - a.fratricideFactor;
  const siteGain = new Float64Array(C - F);
  const radarGain = new Float64Array(C - F);
  const radarShots = new Float64Array(C - F);
  const radarStep = new Float64Array(C - F).fill(-Infinity);

  // Marginal values at the current point (finite differences of one warhead; methods §3), each computed when the
  // step first needs it (classes and weapons that are no candidate cost nothing).
  let step = 0;
  // By group: classes (weapons) whose elements share reliability and yield share their marginal value.
  const muStep = new Float64Array(cx.classGroups).fill(-1);
  const muOfGroup = new Float64Array(cx.classGroups);
  const lambdaStep = new Float64Array(cx.weaponGroups).fill(-1);
  const lambdaOfGroup = new Float64Array(cx.weaponGroups);
  // Gain to X from one Y warhead of force class `ci` fewer: the retaliation it would have carried.
  const muOf = (ci: number): number => {
    const k = cx.classGroup[ci]!;
    if (muStep[k] !== step) {
      const one = (1 - holdY) * classReliability[ci]! * z.retPen;
      muOfGroup[k] = z.cNow - (selfTerm(damageToX(z.retW + -one, z.retEmt + -one * classEmt[ci]!)) + z.onY);
      muStep[k] = step;
    }
    return muOfGroup[k]!;
  };
  // Opportunity cost of one nuclear warhead of weapon `wi` taken off Y's value (zero for conventional weapons).
  const lambdaOf = (wi: number): number => {
    const k = cx.weaponGroup[wi]!;
    if (lambdaStep[k] !== step) {
      if (!wNuclear[wi]) lambdaOfGroup[k] = 0;
      else {
        const n = -wReliability[wi]! * z.strikePen;
        lambdaOfGroup[k] = z.onX + otherTerm(damageToY(z.strikeW + n, z.strikeEmt + n * wEmt[wi]!)) - z.cNow;
      }
      lambdaStep[k] = step;
    }
    return lambdaOfGroup[k]!;
  };

  // The candidate scan of one step, in its own function (so the engine optimises it with its own inlining budget):
  // the (weapon, class, open subgroup) of highest net gain, first in order among ties, into `bestIdx` (weapon, class,
  // subgroup) and `bestVal` (aim points m, kill probability, kills per warhead). Only the classes a weapon can kill
  // (`tkp` > 0, listed once in `pairClass`) are visited.
  const bestIdx = new Int32Array(3);
  const bestVal = new Float64Array(3);
  const pairStart = new Int32Array(W + 1);
  const pairList: number[] = [];
  for (let wi = 0; wi < W; wi++) {
    for (let ci = 0; ci < C; ci++) if (tkp[wi * C + ci]! > 0) pairList.push(ci);
    pairStart[wi + 1] = pairList.length;
  }
  const pairClass = Int32Array.from(pairList);
  // End of each weapon's live pairs: a class closed to a kind of warhead (no subgroup below the cap, alive, with aim
  // points left) stays closed, so the scan drops it from the list of each weapon of that kind, keeping their order.
  const pairEnd = pairStart.slice(1);
  // Y warheads per aim point of each force class at this step's warning share (read once per class, not per weapon).
  const perAim = new Float64Array(F);
  // Twin families (by their first member) already offered by a weapon with warheads left in this scan.
  const wTwin = cx.wTwin;
  const familySeen = new Int32Array(W).fill(-1);
  const scan = (w80: number): boolean => {
    let found = false;
    let bestNet = 0;
    for (let ci = 0; ci < F; ci++) perAim[ci] = classPerAimPoint[ci]! * (1 - (classLua[ci] ? lua * w80 : 0));
    for (let wi = 0; wi < W; wi++) {
      const left = wAvailable[wi]! - used[wi]!;
      if (left < 1e-9) continue;
      // An earlier twin with warheads left offered every candidate of this weapon at exactly the same net value, which
      // never beats the best so far by the tie margin: skipping them changes nothing.
      const family = wTwin[wi]!;
      if (familySeen[family] === step) continue;
      familySeen[family] = step;
      const nuclear = wNuclear[wi] === 1;
      const defended = wForceLayers.start[wi + 1]! > wForceLayers.start[wi]!;
      const reliability = wReliability[wi]!;
      const row = wi * C;
      const end = pairEnd[wi]!;
      let kept = pairStart[wi]!;
      // λ of this weapon and μ of the class, read once at their first candidate (NaN until then).
      let lam = NaN;
      for (let pj = pairStart[wi]!; pj < end; pj++) {
        const ci = pairClass[pj]!;
        // Classes with no subgroup open to this kind of warhead (struck to the cap, or destroyed) first: dropped from
        // the weapon's list for good.
        const openN = nuclear ? openNuclearN[ci]! : openConventionalN[ci]!;
        if (openN === 0) continue;
        pairClass[kept++] = ci;
        const isForce = ci < F;
        if (!isForce && !(siteGain[ci - F]! > 1e-12)) continue;
        const p = tkp[row + ci]!;
        const perAimPoint = isForce ? perAim[ci]! : 1;
        const g = groups[ci]!;
        const chunk = classChunk[ci]!;
        const open = nuclear ? openNuclear[ci]! : openConventional[ci]!;
        let gain = isForce ? NaN : siteGain[ci - F]!;
        for (let oi = 0; oi < openN; oi++) {
          const gi = open[oi]!;
          const shots = g.shots[gi]!;
          const n = g.n[gi]!;
          const survival = g.survival[gi]!;
          const m = Math.min(left, n, chunk);
          const pen = defended
            ? salvoPenetration(wForceLayers, wi, m * reliability, wObjects[wi]!, yRemaining, yKill, yL.perObject, false)
            : 1;
          const pk = p * pen * (nuclear && shots > 0 ? frat : 1);
          const per = perAimPoint * survival * pk; // Y warheads (or sites) destroyed per X warhead
          if (isForce && per < minEfficiency) continue;
          if (gain !== gain) gain = muOf(ci);
          if (lam !== lam) lam = lambdaOf(wi);
          const net = per * gain - lam;
          if (!found || net > bestNet + 1e-12) {
            found = true;
            bestNet = net;
            bestIdx[0] = wi;
            bestIdx[1] = ci;
            bestIdx[2] = gi;
            bestVal[0] = m;
            bestVal[1] = pk;
            bestVal[2] = per;
          }
        }
      }
      pairEnd[wi] = kept;
    }
    return found;
  };

  for (let guard = 0; guard < 100_000; guard++) {
    step = guard;
    z.onX = z.termX;
    z.onY = weight * (1 - z.termY);
    z.cNow = z.onX + z.onY;
    z.retPen = z.retFlying > 0 ? z.retW / z.retFlying : 1;
    z.strikePen = z.strikeFlying > 0 ? z.strikeW / z.strikeFlying : 1;
    // Gain to X from one more C3 site destroyed; only sites that pay off (a positive gain) are candidates.
    // Warning and command sites (linear, like force targets): W is a product over kinds, so one site of kind k
    // lowers it by W / (s_k · total_k); each LUA-capable force class then loses to the strike lua·ΔW of the fixed
    // warheads destroyed on the ground so far (which launch under attack would have saved), each worth μ. Defence
    // radars: exact, by re-delivering X's strike on value without the site (the only part of the outcome a radar's
    // loss changes: Y's retaliation and reserve do not depend on its defences of value).
    const wNow = z.warn;
    for (let ci = F; ci < C; ci++) {
      const k = ci - F;
      let gain = 0;
      if (survivingShare(ci) > 1e-12) {
        const kind = classKind[ci]!;
        if (kind !== TARGET_DEFENSE_RADAR) {
          if (lua > 0) {
            const early = kind === TARGET_EARLY_WARNING;
            const total = early ? cx.earlyWarningSites : cx.commandSites;
            const dW = wNow / ((early ? z.shareEarlyWarning : z.shareCommand) * total);
            for (let fi = 0; fi < F; fi++) {
              if (!classLua[fi]) continue;
              const destroyedOnGround = classFixed[fi]! - alive[fi]! * classPerAimPoint[fi]!;
              gain += lua * dW * Math.max(0, destroyedOnGround) * muOf(fi);
            }
          }
        } else if (radarShots[k] === shotsFired[ci] && guard - radarStep[k]! < RADAR_PROBE_EVERY) {
          // Re-probed when the radar class was last struck or every RADAR_PROBE_EVERY steps (its gain drifts slowly).
          gain = radarGain[k]!;
        } else {
          const w = z.strikeW;
          const e = z.strikeEmt;
          const fly = z.strikeFlying;
          probe[ci] = 1;
          refreshTracking();
          strikeOnValue();
          const probed = z.onX + otherTerm(damageToY(z.strikeW, z.strikeEmt)) + reserveCostX;
          probe[ci] = 0;
          refreshTracking();
          z.strikeW = w;
          z.strikeEmt = e;
          z.strikeFlying = fly;
          gain = current.costToStriker - probed;
          radarGain[k] = gain;
          radarShots[k] = shotsFired[ci]!;
          radarStep[k] = guard;
        }
      }
      siteGain[k] = gain;
    }
    if (!scan(wNow)) break;
    const bw = bestIdx[0]!;
    const bc = bestIdx[1]!;
    const bg = bestIdx[2]!;
    const bm = bestVal[0]!;
    const bpk = bestVal[1]!;
    const bper = bestVal[2]!;
    const nuclear = wNuclear[bw] === 1;
    if (wForceLayers.start[bw + 1]! > wForceLayers.start[bw]!)
      salvoPenetration(wForceLayers, bw, bm * wReliability[bw]!, wObjects[bw]!, yRemaining, yKill, yL.perObject, true);
    const kills = bm * bper;
    // Split the subgroup: m aim points get one more warhead.
    const g = groups[bc]!;
    g.n[bg] = g.n[bg]! - bm;
    const shotSurvival = g.survival[bg]! * (1 - bpk);
    const shots = g.shots[bg]! + (nuclear ? 1 : 0);
    const conv = g.conv[bg]! + (nuclear ? 0 : 1);
    let twin = -1;
    for (let i = 0; i < g.n.length; i++)
      if (g.shots[i] === shots && g.conv[i] === conv && Math.abs(g.survival[i]! - shotSurvival) < 1e-12) {
        twin = i;
        break;
      }
    if (twin >= 0) g.n[twin] = g.n[twin]! + bm;
    else {
      g.n.push(bm);
      g.shots.push(shots);
      g.conv.push(conv);
      g.survival.push(shotSurvival);
    }
    let kept = 0;
    for (let i = 0; i < g.n.length; i++) {
      if (!(g.n[i]! > 1e-12)) continue;
      g.n[kept] = g.n[i]!;
      g.shots[kept] = g.shots[i]!;
      g.conv[kept] = g.conv[i]!;
      g.survival[kept] = g.survival[i]!;
      kept++;
    }
    if (kept !== g.n.length) g.n.length = g.shots.length = g.conv.length = g.survival.length = kept;
    sumAlive(bc);
    reopen(bc);
    if (bc >= F && classKind[bc] !== TARGET_DEFENSE_RADAR) refreshWarning();
    shotsFired[bc] = shotsFired[bc]! + bm;
    used[bw] = used[bw]! + bm;
    z.usedTotal += bm;
    const e = bw * C + cx.classKey[bc]!;
    if (eFirst[e] === 0) {
      eFirst[e] = bc + 1;
      eOrder.push(e);
    }
    const before = eWarheads[e]!;
    eWarheads[e] = before + bm;
    eKills[e] = eKills[e]! + kills;
    const target = cx.classCollateral[bc];
    if (collateral && target && nuclear) {
      collateral.add(cx.weapons[bw]!.element, target, eWarheads[e] - before);
      z.collateralShare = collateral.share();
    }
    current = evaluate();
    if (keepDrawdown) drawdown.push(current);
    points++;
    const q = best;
    const better =
      current.costToStriker < q.costToStriker - 1e-9 ||
      (Math.abs(current.costToStriker - q.costToStriker) <= 1e-9 && current.costToVictim > q.costToVictim + 1e-9);
    if (better) {
      chosen = points - 1;
      if (keepDrawdown) best = current;
      else Object.assign(best, current);
      takeSnapshot();
    }
  }

  collateral?.release?.();

  // The chosen strike's allocation, interceptors, shots, C3 strikes and survivors (the start when X never strikes).
  const allocation: AllocationEntry[] = [];
  const interceptorsUsed: [string, number][] = [];
  const shotsPerAimPoint: [string, number][] = [];
  const c3Strikes: C3Strike[] = [];
  if (snapped) {
    for (let i = 0; i < snap.entries; i++) {
      const e = eOrder[i]!;
      const weapon = cx.weapons[Math.floor(e / C)]!.element;
      const first = eFirst[e]! - 1;
      allocation.push({
        weapon: weapon.id,
        target: cx.classId[first]!,
        warheads: snap.warheads[i]!,
        kills: snap.kills[i]!,
        targetKind: first < F ? "force" : cx.classSite[first]!.kind,
        conventional: !weapon.nuclear,
      });
    }
    yL.layers.forEach((l, li) => {
      const u = l.interceptors - snap.remaining[li]!;
      if (u > 0) interceptorsUsed.push([l.id, u]);
    });
    for (let c = 0; c < F; c++) shotsPerAimPoint.push([cx.classId[c]!, snap.shotsFired[c]! / classTotal[c]!]);
    for (let c = F; c < C; c++) {
      if (!(snap.shotsFired[c]! > 0)) continue;
      const site = cx.classSite[c]!;
      let conventionalWarheads = 0;
      let nuclearWarheads = 0;
      for (const e of allocation)
        if (e.target === site.id && e.targetKind !== "force") {
          if (e.conventional) conventionalWarheads += e.warheads;
          else nuclearWarheads += e.warheads;
        }
      const total = classTotal[c]!;
      const share = total > 0 ? Math.max(0, Math.min(1, snap.alive[c]! / total)) : 1;
      c3Strikes.push({
        site: site.id,
        kind: site.kind,
        dualUse: site.dualUse,
        sites: site.sites,
        destroyed: total * (1 - share),
        conventionalWarheads,
        nuclearWarheads,
        entangled: site.dualUse && conventionalWarheads > 1e-9,
      });
    }
  }
  const warningAfter = snapped ? snap.warning : warningBefore;
  const finalSurvivors = snapped ? snap.survivors : initialSurvivors;

  return {
    striker: X.id,
    victim: Y.id,
    strikerAvailable: wAvailable.reduce((t, x) => t + x, 0),
    victimWarheadsBefore: cx.victimWarheadsBefore,
    drawdown,
    chosen,
    outcome: { ...best },
    allocation,
    interceptorsUsed: Object.fromEntries(interceptorsUsed),
    warnings: cx.warnings,
    shotsPerAimPoint: Object.fromEntries(shotsPerAimPoint),
    warning: {
      shareBefore: warningBefore,
      shareAfter: warningAfter,
      luaBefore: lua * warningBefore,
      luaAfter: lua * warningAfter,
    },
    c3Strikes,
    holdBack: { striker: holdX, victim: holdY },
    thirdPartyCost: { striker: reserveCostX, victim: snapped ? snap.reserveVictim : initialReserveY },
    survivingShare: Object.fromEntries(
      cx.shooters.map((s, si) => [s.element.id, s.warheads > 0 ? finalSurvivors[si]! / s.warheads : 1]),
    ),
  };
}
