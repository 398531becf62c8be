/**
 * Frozen reference copy (test-only, not exported): a verbatim copy of `packages/core/src/exchange/first-strike.ts` at
 * commit 2c8bf17, before the fast exchange (issue 11), with imports pointed at `@seceq/core` and the other reference
 * copies. The differential test (`test/differential.test.ts`) checks the engine against it. Do not edit except to
 * keep it compiling.
 */
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
 * The damage side (`deliver`, the damage in `point`) is kept in two small functions so another value model can plug
 * in; the allocation only needs "cost of X now" and "cost of X with one warhead more or less arriving".
 */
import type {
  Arrivals,
  Assumptions,
  C3Kind,
  C3Site,
  ElementState,
  ForceState,
  LayerState,
  LethalRadiusModelName,
  Party,
  PopulationStrike,
} from "@seceq/core";
import {
  damageFraction,
  emtPerWarhead,
  engageSalvo,
  flightOf,
  kentThalerCost,
  LUA_CATEGORIES,
  reaches,
  warheadKill,
  warningShare,
} from "@seceq/core";
import type { ExchangeValue } from "./exchange-value.js";
import { heldReserve } from "./reserve.js";

/** Steps between exact re-evaluations of a defence-radar class's gain while it is not struck. */
const RADAR_PROBE_EVERY = 16;

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

/** Extra cost a side bears for the forces it has left against third parties (≥ 0; 0 when there are none). */
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
}

interface Weapon {
  state: ElementState;
  available: number;
  used: number;
}

interface Subgroup {
  n: number;
  /** Nuclear warheads per aim point so far (capped by `maxWarheadsPerAimPoint`: fratricide). */
  shots: number;
  /** Conventional warheads per aim point so far (capped by `maxConventionalPerAimPoint`). */
  conv: number;
  survival: number;
}

/** C3 kinds whose loss degrades warning: only conventional strikes degrade them in time (methods §3). */
const WARNING_KINDS: ReadonlySet<C3Kind> = new Set(["early-warning", "command"]);

interface TargetClass {
  /** The Y force element (force classes), or the C3 site class. */
  state?: ElementState;
  site?: C3Site;
  id: string;
  /** Aim points (force classes) or sites (C3). */
  total: number;
  chunk: number;
  subgroups: Subgroup[];
  /** TKP of each weapon against this class (before defences and fratricide). */
  tkp: number[];
  shotsFired: number;
  /** Sites assumed destroyed on top of the subgroups, for marginal evaluation (C3 only). */
  probe: number;
}

/** Surviving share of a class (0–1). */
function survivingShare(c: TargetClass): number {
  if (!(c.total > 0)) return 1;
  const alive = c.subgroups.reduce((t, g) => t + g.n * g.survival, 0) - c.probe;
  return Math.max(0, Math.min(1, alive / c.total));
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

/** Arrivals of `n` more (or, for negative `n`, fewer) warheads of the given yield. */
function plus(a: Arrivals, n: number, yieldKt: number): Arrivals {
  return { warheads: a.warheads + n, emt: a.emt + n * emtPerWarhead(yieldKt) };
}

/**
 * Compute the first-strike exchange of `striker` against `victim`.
 * @param striker X's force state
 * @param victim Y's force state
 * @param options assumptions, distance, and (three-party coupling) hold-back overrides and reserve costs
 */
export function firstStrike(striker: ForceState, victim: ForceState, options: ExchangeOptions): ExchangeResult {
  const a = options.assumptions;
  const dist = options.distanceKm;
  const reach = options.value?.reach;
  const warnings = new Set<string>();
  const X = striker.party;
  const Y = victim.party;
  const holdX = options.holdBack?.striker ?? X.options.holdBackFraction;
  const holdY = options.holdBack?.victim ?? Y.options.holdBackFraction;
  const lua = Y.options.launchUnderAttack ? a.luaFraction : 0;
  const cost = (dSelf: number, dOther: number) => kentThalerCost(dSelf, dOther, a.costExponent, a.costWeight);

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

  const tkpAgainst = (
    target: string,
    hardnessPsi: number,
    flights: readonly string[] | undefined,
    targetElement?: ElementState["element"],
  ) =>
    weapons.map((w) => {
      if (flights && !flights.includes(flightOf(w.state.element))) return 0;
      if (reach && targetElement && !reach.against(w.state.element, targetElement)) return 0;
      const k = warheadKill(w.state.element, hardnessPsi, lethalModelFor(a, hardnessPsi));
      for (const msg of k.warnings) warnings.add(`${w.state.element.id} vs ${target}: ${msg}`);
      return k.tkp;
    });

  const forceClasses: TargetClass[] = victimShooters
    .filter((s) => s.aimPoints > 1e-9 && s.fixedWarheads > 0)
    .map((s) => ({
      state: s,
      id: s.element.id,
      total: s.aimPoints,
      chunk: Math.max(1, s.aimPoints / CHUNKS_PER_CLASS),
      subgroups: [{ n: s.aimPoints, shots: 0, conv: 0, survival: 1 }],
      tkp: tkpAgainst(s.element.id, s.element.basing.hardnessPsi, a.counterforceFlights, s.element),
      shotsFired: 0,
      probe: 0,
    }));
  // C3 sites are fixed: every flight profile reaches them in time, because a strike on them can precede the prompt
  // wave. Warning and command sites are struck only by conventional weapons: a nuclear strike on them is itself
  // unambiguous warning and arrives with the main wave, too late to prevent launch under attack (methods §3).
  const c3Classes: TargetClass[] = [...(Y.c3?.sites ?? [])]
    .sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0))
    .map((site) => ({
      site,
      id: site.id,
      total: site.sites,
      chunk: Math.max(1, site.sites / CHUNKS_PER_CLASS),
      subgroups: [{ n: site.sites, shots: 0, conv: 0, survival: 1 }],
      tkp: tkpAgainst(site.id, site.hardnessPsi, undefined).map((p, wi) =>
        WARNING_KINDS.has(site.kind) && weapons[wi]!.state.element.nuclear ? 0 : p,
      ),
      shotsFired: 0,
      probe: 0,
    }));
  const classes = [...forceClasses, ...c3Classes];

  // Y's warning share and defence layers given the C3 sites surviving.
  const kindShare = (kind: C3Kind): number => {
    const cs = c3Classes.filter((c) => c.site!.kind === kind);
    const total = cs.reduce((t, c) => t + c.total, 0);
    return total > 0 ? cs.reduce((t, c) => t + survivingShare(c) * c.total, 0) / total : 1;
  };
  const warningNow = () =>
    warningShare(Y.c3?.degradation, { earlyWarning: kindShare("early-warning"), command: kindShare("command") });
  const radarClasses = c3Classes.filter((c) => c.site!.kind === "defense-radar");
  const layerTracking = (layerId: string, tracking: number): number => {
    const cs = radarClasses.filter((c) => c.site!.supports.includes(layerId));
    const total = cs.reduce((t, c) => t + c.total, 0);
    return total > 0 ? (tracking * cs.reduce((t, c) => t + survivingShare(c) * c.total, 0)) / total : tracking;
  };
  const forceLayers = layerStates(Y);
  const refreshLayers = (layers: LayerState[]) => {
    for (const l of layers) {
      const base = Y.defenses.find((d) => d.id === l.layer.id)!;
      const tracking = layerTracking(base.id, base.tracking);
      if (tracking !== l.layer.tracking) l.layer = { ...base, tracking };
    }
  };

  const allocation = new Map<string, AllocationEntry>();
  // Damage to a party's value from what arrives: the exchange's value model (population, with the counterforce
  // allocation's collateral on Y) when there is one, else the party's damage curve. The one entry point for damage.
  const damageOn = (party: Party, arrivals: Arrivals): number => {
    const v = options.value;
    if (v) return party === X ? v.toStriker(arrivals) : v.toVictim(arrivals, allocation.values());
    return damageFraction(party.value.damageCurve!, arrivals);
  };
  let used = 0;

  // Survivors of Y (before hold-back), by element, given the current class state and warning.
  const victimSurvivors = (): { state: ElementState; warheads: number }[] => {
    const w = warningNow();
    return victimShooters.map((s) => {
      const c = forceClasses.find((k) => k.state === s);
      if (!c) return { state: s, warheads: s.warheads };
      const luaShare = LUA_CATEGORIES.has(s.element.category) ? lua * w : 0;
      const surviving = c.subgroups.reduce((t, g) => t + g.n * g.survival, 0) * s.warheadsPerAimPoint;
      return { state: s, warheads: s.survivableWarheads + luaShare * s.fixedWarheads + (1 - luaShare) * surviving };
    });
  };

  const strikerReserveCost = options.reserveCost?.striker?.(
    heldReserve(striker, holdX, (s) => (reach ? reach.striker(s.element) : reaches(s.element, dist))),
  );
  const victimReserve = (survivors: readonly { state: ElementState; warheads: number }[]): ReserveWarheads[] => [
    ...survivors.map((s) => ({ state: s.state, warheads: s.warheads * holdY })),
    ...victim.elements
      .filter(
        (s) => s.element.nuclear && s.warheads > 0 && !(reach ? reach.victim(s.element) : reaches(s.element, dist)),
      )
      .map((s) => ({ state: s, warheads: s.warheads })),
  ];

  interface Evaluated {
    point: DrawdownPoint;
    retaliation: Arrivals;
    strike: Arrivals;
    retaliationFlying: number;
    strikeFlying: number;
    reserveCost: { striker: number; victim: number };
  }
  const evaluate = (): Evaluated => {
    const survivors = victimSurvivors();
    const surviving = survivors.reduce((t, s) => t + s.warheads, 0);
    const retaliating = survivors.map((s) => ({ state: s.state, warheads: s.warheads * (1 - holdY) }));
    const retaliation = deliver(retaliating, layerStates(X));
    refreshLayers(forceLayers);
    const valueLayers = forceLayers.map((l) => ({ ...l }));
    const striking = weapons.map((w) => ({ state: w.state, warheads: w.available - w.used }));
    const strike = deliver(striking, valueLayers);
    const dX = damageOn(X, retaliation);
    const dY = damageOn(Y, strike);
    const rc = {
      striker: strikerReserveCost ?? 0,
      victim: options.reserveCost?.victim?.(victimReserve(survivors)) ?? 0,
    };
    const flying = (xs: readonly { state: ElementState; warheads: number }[]) =>
      xs.reduce((t, x) => t + (x.state.element.nuclear ? x.warheads * x.state.element.reliability : 0), 0);
    return {
      point: {
        warheadsUsed: used,
        victimWarheadsDestroyed: Math.max(0, victimWarheadsBefore - surviving),
        victimWarheadsSurviving: surviving,
        retaliationArriving: retaliation.warheads,
        strikerArriving: strike.warheads,
        damageToStriker: dX,
        damageToVictim: dY,
        costToStriker: cost(dX, dY) + rc.striker,
        costToVictim: cost(dY, dX) + rc.victim,
      },
      retaliation,
      strike,
      retaliationFlying: flying(retaliating),
      strikeFlying: flying(striking),
      reserveCost: rc,
    };
  };

  let current = evaluate();
  const drawdown: DrawdownPoint[] = [current.point];
  const warningBefore = warningNow();
  // Stop rule, applied as the draw-down grows: lowest own cost; among ties, highest cost to the victim. The
  // allocation is recorded only when the chosen point moves.
  let chosen = 0;
  interface Snapshot {
    allocation: AllocationEntry[];
    interceptors: Record<string, number>;
    shots: Record<string, number>;
    warning: number;
    c3: C3Strike[];
    reserveCost: { striker: number; victim: number };
    surviving: Record<string, number>;
  }
  const c3Snapshot = (): C3Strike[] =>
    c3Classes
      .filter((c) => c.shotsFired > 0)
      .map((c) => {
        let conventionalWarheads = 0;
        let nuclearWarheads = 0;
        for (const e of allocation.values())
          if (e.target === c.id && e.targetKind !== "force") {
            if (e.conventional) conventionalWarheads += e.warheads;
            else nuclearWarheads += e.warheads;
          }
        const site = c.site!;
        return {
          site: site.id,
          kind: site.kind,
          dualUse: site.dualUse,
          sites: site.sites,
          destroyed: c.total * (1 - survivingShare(c)),
          conventionalWarheads,
          nuclearWarheads,
          entangled: site.dualUse && conventionalWarheads > 1e-9,
        };
      });
  const survivingNow = () =>
    Object.fromEntries(
      victimSurvivors().map((x) => [x.state.element.id, x.state.warheads > 0 ? x.warheads / x.state.warheads : 1]),
    );
  let snap: Snapshot = {
    allocation: [],
    interceptors: {},
    shots: {},
    warning: warningBefore,
    c3: [],
    reserveCost: current.reserveCost,
    surviving: survivingNow(),
  };
  const maxShots = a.maxWarheadsPerAimPoint;
  const maxConv = a.maxConventionalPerAimPoint;
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

  const radarGain: ({ gain: number; shots: number; step: number } | undefined)[] = [];
  for (let guard = 0; guard < 100_000; guard++) {
    // Marginal values at the current point (finite differences of one warhead; methods §3).
    const ev = current;
    const dX = ev.point.damageToStriker;
    const dY = ev.point.damageToVictim;
    const cNow = cost(dX, dY);
    const retPen = ev.retaliationFlying > 0 ? ev.retaliation.warheads / ev.retaliationFlying : 1;
    const strikePen = ev.strikeFlying > 0 ? ev.strike.warheads / ev.strikeFlying : 1;
    // Gain to X from one Y warhead of a force class fewer: the retaliation it would have carried.
    const mu = forceClasses.map((c) => {
      const e = c.state!.element;
      const one = (1 - holdY) * e.reliability * retPen;
      return cNow - cost(damageOn(X, plus(ev.retaliation, -one, e.yieldKt)), dY);
    });
    // Opportunity cost of one nuclear warhead taken off Y's value (zero for conventional weapons).
    const lambda = weapons.map((w) => {
      const e = w.state.element;
      if (!e.nuclear) return 0;
      return cost(dX, damageOn(Y, plus(ev.strike, -e.reliability * strikePen, e.yieldKt))) - cNow;
    });
    // Gain to X from one more C3 site destroyed; only sites that pay off (a positive gain) are candidates.
    // Warning and command sites (linear, like force targets): W is a product over kinds, so one site of kind k
    // lowers it by W / (s_k · total_k); each LUA-capable force class then loses to the strike lua·ΔW of the fixed
    // warheads destroyed on the ground so far (which launch under attack would have saved), each worth μ. Defence radars: exact, by re-evaluating the outcome without the site.
    const wNow = warningNow();
    const siteGain = c3Classes.map((c) => {
      const share = survivingShare(c);
      if (share <= 1e-12) return 0;
      const kind = c.site!.kind;
      if (WARNING_KINDS.has(kind)) {
        if (!(lua > 0)) return 0;
        const total = c3Classes.filter((k) => k.site!.kind === kind).reduce((t, k) => t + k.total, 0);
        const dW = wNow / (kindShare(kind) * total);
        let gain = 0;
        forceClasses.forEach((f, fi) => {
          const st = f.state!;
          if (!LUA_CATEGORIES.has(st.element.category)) return;
          const destroyedOnGround =
            st.fixedWarheads - f.subgroups.reduce((t, g) => t + g.n * g.survival, 0) * st.warheadsPerAimPoint;
          gain += lua * dW * Math.max(0, destroyedOnGround) * mu[fi]!;
        });
        return gain;
      }
      // Re-probed when the radar class was last struck or every RADAR_PROBE_EVERY steps (its gain drifts slowly).
      const ci = c3Classes.indexOf(c);
      const cached = radarGain[ci];
      if (cached && cached.shots === c.shotsFired && guard - cached.step < RADAR_PROBE_EVERY) return cached.gain;
      c.probe = 1;
      const probed = evaluate().point.costToStriker;
      c.probe = 0;
      refreshLayers(forceLayers);
      const gain = ev.point.costToStriker - probed;
      radarGain[ci] = { gain, shots: c.shotsFired, step: guard };
      return gain;
    });
    const w80 = wNow;

    let best:
      | { w: Weapon; wi: number; c: TargetClass; g: Subgroup; m: number; pk: number; net: number; per: number }
      | undefined;
    for (let wi = 0; wi < weapons.length; wi++) {
      const w = weapons[wi]!;
      const left = w.available - w.used;
      if (left < 1e-9) continue;
      for (let ci = 0; ci < classes.length; ci++) {
        const c = classes[ci]!;
        const tkp = c.tkp[wi]!;
        if (!(tkp > 0)) continue;
        const isForce = ci < forceClasses.length;
        if (!isForce && !(siteGain[ci - forceClasses.length]! > 1e-12)) continue;
        const s = c.state;
        const perAimPoint = isForce
          ? s!.warheadsPerAimPoint * (1 - (LUA_CATEGORIES.has(s!.element.category) ? lua * w80 : 0))
          : 1;
        const unitGain = isForce ? mu[ci]! : siteGain[ci - forceClasses.length]!;
        const nuclear = w.state.element.nuclear;
        for (const g of c.subgroups) {
          if ((nuclear ? g.shots >= maxShots : g.conv >= maxConv) || g.n < 1e-9 || g.survival < 1e-12) continue;
          const m = Math.min(left, g.n, c.chunk);
          const pen = penetration(w, wi, m)?.penetration ?? 1;
          const pk = tkp * pen * (nuclear && g.shots > 0 ? frat : 1);
          const per = perAimPoint * g.survival * pk; // Y warheads (or sites) destroyed per X warhead
          if (isForce && per < a.minEfficiency) continue;
          const net = per * unitGain - lambda[wi]!;
          if (!best || net > best.net + 1e-12) best = { w, wi, c, g, m, pk, net, per };
        }
      }
    }
    if (!best) break;
    const { w, wi, c, g, m, pk, per } = best;
    penetration(w, wi, m)?.interceptorsUsed.forEach(
      (u, i) => (forceLayers[i]!.remaining = Math.max(0, forceLayers[i]!.remaining - u)),
    );
    const kills = m * per;
    // Split the subgroup: m aim points get one more warhead.
    g.n -= m;
    const shotSurvival = g.survival * (1 - pk);
    const shots = g.shots + (w.state.element.nuclear ? 1 : 0);
    const conv = g.conv + (w.state.element.nuclear ? 0 : 1);
    const twin = c.subgroups.find(
      (x) => x.shots === shots && x.conv === conv && Math.abs(x.survival - shotSurvival) < 1e-12,
    );
    if (twin) twin.n += m;
    else c.subgroups.push({ n: m, shots, conv, survival: shotSurvival });
    c.subgroups = c.subgroups.filter((x) => x.n > 1e-12);
    c.shotsFired += m;
    w.used += m;
    used += m;
    const key = `${w.state.element.id}>${c.id}`;
    const entry = allocation.get(key) ?? {
      weapon: w.state.element.id,
      target: c.id,
      warheads: 0,
      kills: 0,
      targetKind: c.site ? c.site.kind : ("force" as const),
      conventional: !w.state.element.nuclear,
    };
    entry.warheads += m;
    entry.kills += kills;
    allocation.set(key, entry);
    current = evaluate();
    const p = current.point;
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
        shots: Object.fromEntries(forceClasses.map((k) => [k.id, k.shotsFired / k.total])),
        warning: warningNow(),
        c3: c3Snapshot(),
        reserveCost: current.reserveCost,
        surviving: survivingNow(),
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
    warning: {
      shareBefore: warningBefore,
      shareAfter: snap.warning,
      luaBefore: lua * warningBefore,
      luaAfter: lua * snap.warning,
    },
    c3Strikes: snap.c3,
    holdBack: { striker: holdX, victim: holdY },
    thirdPartyCost: snap.reserveCost,
    survivingShare: snap.surviving,
  };
}
