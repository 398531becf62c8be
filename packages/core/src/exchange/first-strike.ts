/**
 * First-strike exchange for one ordered pair (X strikes Y), after Kent & Thaler (RAND R-3765; [kent-thaler-1989],
 * [crisis-stability-calculator-nd]):
 *
 * 1. X's available weapons (all fixed forces and `strikerSurvivableUse` of survivable ones, less X's hold-back) are
 *    allocated greedily to Y's targetable aim points in order of efficiency: expected Y warheads destroyed per X
 *    warhead, after Y's defences covering forces, at most `maxWarheadsPerAimPoint` per aim point, later warheads on
 *    one aim point weakened by `fratricideFactor`. Conventional strike takes part like any weapon. If Y launches
 *    under attack, `luaFraction` of its fixed prompt missiles escape.
 * 2. After each allocation step (the draw-down), Y retaliates with its survivors against X's value, through X's
 *    defences; X's unused weapons go to Y's value, through what is left of Y's defences.
 * 3. X stops at the strike size of lowest own Kent–Thaler cost; among ties, the one with highest cost to Y.
 *
 * Expected values throughout; aim points and warheads may be fractional.
 */
import type { Assumptions, LethalRadiusModelName, Party } from "../schema/scenario.js";
import { flightOf, reaches } from "../schema/scenario.js";
import { warheadKill } from "../physics/index.js";
import { engageSalvo, type LayerState } from "../defense/index.js";
import { emtPerWarhead } from "../parity/index.js";
import { kentThalerCost } from "../stability/kent-thaler.js";
import { damageFraction, type Arrivals } from "./damage-curve.js";
import { LUA_CATEGORIES, type ElementState, type ForceState } from "./force-state.js";
import type { ExchangeValue } from "../effects/exchange-value.js";
import type { PopulationStrike } from "../geo/types.js";

/** Number of allocation chunks each target class is split into, for a smooth draw-down curve. */
const CHUNKS_PER_CLASS = 8;

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

/** Warheads of one X element allocated against one Y element, up to the chosen strike size. */
export interface AllocationEntry {
  weapon: string;
  target: string;
  warheads: number;
  /** Expected Y warheads destroyed by these. */
  kills: number;
}

/** Outcome of X striking Y first. */
export interface ExchangeResult {
  striker: string;
  victim: string;
  /** X warheads available for the strike (after hold-back and survivable-use share). */
  strikerAvailable: number;
  /** Y warheads on deployed launchers that can reach X. */
  victimWarheadsBefore: number;
  /** Every point of the draw-down, starting with no counterforce. */
  drawdown: DrawdownPoint[];
  /** Index in `drawdown` of the strike X chooses. */
  chosen: number;
  /** The chosen point (a copy of `drawdown[chosen]`). */
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
}

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
}

interface Weapon {
  state: ElementState;
  available: number;
  used: number;
}

interface Subgroup {
  n: number;
  shots: number;
  survival: number;
}

interface TargetClass {
  state: ElementState;
  value: number;
  chunk: number;
  subgroups: Subgroup[];
  /** TKP of each weapon against this class (before defences and fratricide). */
  tkp: number[];
  shotsFired: number;
}

/** The lethal-radius model the assumptions prescribe for a target of the given hardness (psi). */
export function lethalModelFor(a: Assumptions, hardnessPsi: number): LethalRadiusModelName {
  return hardnessPsi < a.softTargetBelowPsi ? a.softTargetModel : a.lethalRadiusModel;
}

function byId(elements: readonly ElementState[]): ElementState[] {
  return [...elements].sort((p, q) => (p.element.id < q.element.id ? -1 : p.element.id > q.element.id ? 1 : 0));
}

function layerStates(party: Party): LayerState[] {
  return party.defenses.map((layer) => ({ layer, remaining: layer.interceptors }));
}

/** Pass the given warheads from several elements through a defender's layers; mutates `layers` remaining counts. */
function deliver(shooters: ReadonlyArray<{ state: ElementState; warheads: number }>, layers: LayerState[]): Arrivals {
  let warheads = 0;
  let emt = 0;
  for (const s of shooters) {
    if (!(s.warheads > 0) || !s.state.element.nuclear) continue;
    const flying = s.warheads * s.state.element.reliability;
    const e = engageSalvo(layers, {
      warheads: flying,
      decoysPerWarhead: s.state.element.decoysPerWarhead,
      flight: flightOf(s.state.element),
      target: "value",
    });
    e.interceptorsUsed.forEach((u, i) => (layers[i]!.remaining = Math.max(0, layers[i]!.remaining - u)));
    const arriving = flying * e.penetration;
    warheads += arriving;
    emt += arriving * emtPerWarhead(s.state.element.yieldKt);
  }
  return { warheads, emt };
}

/**
 * Compute the first-strike exchange of `striker` against `victim`.
 * @param striker X's force state
 * @param victim Y's force state
 * @param options assumptions and distance
 */
export function firstStrike(striker: ForceState, victim: ForceState, options: ExchangeOptions): ExchangeResult {
  const a = options.assumptions;
  const dist = options.distanceKm;
  const reach = options.value?.reach;
  const warnings = new Set<string>();
  const X = striker.party;
  const Y = victim.party;
  const holdX = X.options.holdBackFraction;
  const holdY = Y.options.holdBackFraction;
  const lua = Y.options.launchUnderAttack ? a.luaFraction : 0;

  // Canonical order (by element id) so results do not depend on how the scenario file lists forces: ties in
  // efficiency, and the order salvos meet finite interceptor stocks, resolve the same way for the same posture.
  const weapons: Weapon[] = byId(striker.elements)
    .filter((s) => s.warheads > 0 && (reach ? reach.striker(s.element) : reaches(s.element, dist)))
    .map((s) => ({
      state: s,
      available: (s.fixedWarheads + s.survivableWarheads * a.strikerSurvivableUse) * (1 - holdX),
      used: 0,
    }));

  const victimShooters = byId(victim.elements).filter(
    (s) => s.element.nuclear && (reach ? reach.victim(s.element) : reaches(s.element, dist)),
  );
  const victimWarheadsBefore = victimShooters.reduce((t, s) => t + s.warheads, 0);

  const classes: TargetClass[] = victimShooters
    .filter((s) => s.aimPoints > 1e-9 && s.fixedWarheads > 0)
    .map((s) => {
      const luaShare = LUA_CATEGORIES.has(s.element.category) ? lua : 0;
      const tkp = weapons.map((w) => {
        if (!a.counterforceFlights.includes(flightOf(w.state.element))) return 0;
        if (reach && !reach.against(w.state.element, s.element)) return 0;
        const k = warheadKill(
          w.state.element,
          s.element.basing.hardnessPsi,
          lethalModelFor(a, s.element.basing.hardnessPsi),
        );
        for (const msg of k.warnings) warnings.add(`${w.state.element.id} vs ${s.element.id}: ${msg}`);
        return k.tkp;
      });
      return {
        state: s,
        value: s.warheadsPerAimPoint * (1 - luaShare),
        chunk: Math.max(1, s.aimPoints / CHUNKS_PER_CLASS),
        subgroups: [{ n: s.aimPoints, shots: 0, survival: 1 }],
        tkp,
        shotsFired: 0,
      };
    });

  const forceLayers = layerStates(Y);
  const allocation = new Map<string, AllocationEntry>();
  let used = 0;
  let destroyed = 0;

  // Survivors of Y (before hold-back), by element, given the current class state.
  const victimSurvivors = (): { state: ElementState; warheads: number }[] =>
    victimShooters.map((s) => {
      const c = classes.find((k) => k.state === s);
      if (!c) return { state: s, warheads: s.warheads };
      const luaShare = LUA_CATEGORIES.has(s.element.category) ? lua : 0;
      const surviving = c.subgroups.reduce((t, g) => t + g.n * g.survival, 0) * s.warheadsPerAimPoint;
      return { state: s, warheads: s.survivableWarheads + luaShare * s.fixedWarheads + (1 - luaShare) * surviving };
    });

  const point = (): DrawdownPoint => {
    const survivors = victimSurvivors();
    const surviving = survivors.reduce((t, s) => t + s.warheads, 0);
    const retaliation = deliver(
      survivors.map((s) => ({ state: s.state, warheads: s.warheads * (1 - holdY) })),
      layerStates(X),
    );
    const valueLayers = forceLayers.map((l) => ({ ...l }));
    const strike = deliver(
      weapons.map((w) => ({ state: w.state, warheads: w.available - w.used })),
      valueLayers,
    );
    const dX = options.value ? options.value.toStriker(retaliation) : damageFraction(X.value.damageCurve!, retaliation);
    const dY = options.value
      ? options.value.toVictim(strike, allocation.values())
      : damageFraction(Y.value.damageCurve!, strike);
    return {
      warheadsUsed: used,
      victimWarheadsDestroyed: destroyed,
      victimWarheadsSurviving: surviving,
      retaliationArriving: retaliation.warheads,
      strikerArriving: strike.warheads,
      damageToStriker: dX,
      damageToVictim: dY,
      costToStriker: kentThalerCost(dX, dY, a.costExponent, a.costWeight),
      costToVictim: kentThalerCost(dY, dX, a.costExponent, a.costWeight),
    };
  };

  const drawdown: DrawdownPoint[] = [point()];
  // Stop rule, applied as the draw-down grows: lowest own cost; among ties, highest cost to the victim. The
  // allocation is recorded only when the chosen point moves.
  let chosen = 0;
  let snap: { allocation: AllocationEntry[]; interceptors: Record<string, number>; shots: Record<string, number> } = {
    allocation: [],
    interceptors: {},
    shots: {},
  };
  const maxShots = a.maxWarheadsPerAimPoint;
  const frat = 1 - a.fratricideFactor;
  // Which weapons the victim's force defences can engage at all (most cannot: skip the salvo arithmetic for them).
  const defended = weapons.map((w) =>
    forceLayers.some((l) => l.layer.covers.includes("forces") && l.layer.engages.includes(flightOf(w.state.element))),
  );
  // Failed launches draw no interceptors: salvos meet the defences with `reliability` of their warheads, as on value.
  const penetration = (w: Weapon, wi: number, m: number) =>
    defended[wi]
      ? engageSalvo(forceLayers, {
          warheads: m * w.state.element.reliability,
          decoysPerWarhead: w.state.element.decoysPerWarhead,
          flight: flightOf(w.state.element),
          target: "forces",
        })
      : undefined;

  for (let guard = 0; guard < 100_000; guard++) {
    let best: { w: Weapon; wi: number; c: TargetClass; g: Subgroup; m: number; pk: number; eff: number } | undefined;
    for (let wi = 0; wi < weapons.length; wi++) {
      const w = weapons[wi]!;
      const left = w.available - w.used;
      if (left < 1e-9) continue;
      for (const c of classes) {
        const tkp = c.tkp[wi]!;
        if (!(tkp > 0)) continue;
        for (const g of c.subgroups) {
          if (g.shots >= maxShots || g.n < 1e-9 || g.survival < 1e-12) continue;
          const m = Math.min(left, g.n, c.chunk);
          const pen = penetration(w, wi, m)?.penetration ?? 1;
          const pk = tkp * pen * (g.shots > 0 ? frat : 1);
          const eff = c.value * g.survival * pk;
          if (!best || eff > best.eff + 1e-12) best = { w, wi, c, g, m, pk, eff };
        }
      }
    }
    if (!best || best.eff < a.minEfficiency) break;
    const { w, wi, c, g, m, pk } = best;
    penetration(w, wi, m)?.interceptorsUsed.forEach(
      (u, i) => (forceLayers[i]!.remaining = Math.max(0, forceLayers[i]!.remaining - u)),
    );
    const kills = m * g.survival * pk * c.value;
    // Split the subgroup: m aim points get one more warhead.
    g.n -= m;
    const shotSurvival = g.survival * (1 - pk);
    const twin = c.subgroups.find((x) => x.shots === g.shots + 1 && Math.abs(x.survival - shotSurvival) < 1e-12);
    if (twin) twin.n += m;
    else c.subgroups.push({ n: m, shots: g.shots + 1, survival: shotSurvival });
    c.subgroups = c.subgroups.filter((x) => x.n > 1e-12);
    c.shotsFired += m;
    w.used += m;
    used += m;
    destroyed += kills;
    const key = `${w.state.element.id}>${c.state.element.id}`;
    const entry = allocation.get(key) ?? {
      weapon: w.state.element.id,
      target: c.state.element.id,
      warheads: 0,
      kills: 0,
    };
    entry.warheads += m;
    entry.kills += kills;
    allocation.set(key, entry);
    const p = point();
    drawdown.push(p);
    const q = drawdown[chosen]!;
    const better =
      p.costToStriker < q.costToStriker - 1e-9 ||
      (Math.abs(p.costToStriker - q.costToStriker) <= 1e-9 && p.costToVictim > q.costToVictim + 1e-9);
    if (better) {
      chosen = drawdown.length - 1;
      snap = {
        allocation: [...allocation.values()].map((x) => ({ ...x })),
        interceptors: Object.fromEntries(
          forceLayers
            .map((l): [string, number] => [l.layer.id, l.layer.interceptors - l.remaining])
            .filter(([, u]) => u > 0),
        ),
        shots: Object.fromEntries(classes.map((k) => [k.state.element.id, k.shotsFired / k.state.aimPoints])),
      };
    }
  }

  return {
    striker: X.id,
    victim: Y.id,
    strikerAvailable: weapons.reduce((t, w) => t + w.available, 0),
    victimWarheadsBefore,
    drawdown,
    chosen,
    outcome: { ...drawdown[chosen]! },
    allocation: snap.allocation,
    interceptorsUsed: snap.interceptors,
    warnings: [...warnings],
    shotsPerAimPoint: snap.shots,
  };
}
