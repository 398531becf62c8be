/**
 * Value and reach of one ordered exchange (X strikes Y), whichever value model each party uses: damage to X from Y's
 * retaliation and to Y from X's strike (plus collateral of X's counterforce shots), and the reach rules. Built by
 * `scenarioStability` for every exchange and passed to `firstStrike` through `ExchangeOptions.value`.
 */
import { damageFraction, type Arrivals } from "../exchange/damage-curve.js";
import type { ForceState } from "../exchange/force-state.js";
import type { ForceElement, Party } from "../schema/scenario.js";
import {
  damageTable,
  weaponUnitFalloutFootprint,
  weaponUnitFootprint,
  shooterTable,
  pairReach,
  tableFatalities,
  weaponGroups,
  type CounterforceShot,
  type DamageTable,
  type FalloutFootprint,
  type Footprint,
  type PairReach,
  type PopulationTarget,
  type TableCursor,
} from "./population-model.js";

/**
 * Collateral of X's counterforce shots on Y's force sites, kept incrementally (the draw-down only adds shots):
 * expected fatalities as a share of Y's population.
 */
export interface Collateral {
  /**
   * Add warheads launched by `weapon` at `target` (negative to remove); shots of conventional weapons or on targets
   * without sites add nothing.
   */
  add(weapon: ForceElement, target: ForceElement, warheads: number): void;
  /** Share of Y's population killed by the shots added so far, 0–1. */
  share(): number;
  /**
   * Hand the accumulator's storage back for reuse by the next accumulator on the same population (a draw-down calls
   * it when it ends); the accumulator is empty afterwards.
   */
  release?(): void;
}

/**
 * Storage of finished collateral accumulators, by the population array they cover: a draw-down's accumulator holds
 * five values per receptor (about 100 kB for Russia's places, 560 kB with its rural cells), and an evaluation with
 * sensitivities runs dozens of draw-downs, so reusing it spares the allocator and the garbage collector. At most
 * {@link POOLED_BUFFERS} per population. A pooled buffer is clean: log survival, deaths, dose and mortality 0, survivors
 * the population; a released accumulator restores only the receptors its footprints touched (a draw-down touches a
 * few hundred of them, not every place and cell).
 */
const collateralBuffers = new WeakMap<Float64Array, Float64Array[]>();
const POOLED_BUFFERS = 4;

/** Value and reach of one ordered exchange. */
export interface ExchangeValue {
  reach: PairReach;
  /** Fraction of X's value destroyed by Y's arriving retaliation, 0–1. */
  toStriker(arrivals: Arrivals): number;
  /**
   * Fraction of Y's value destroyed by X's arriving strike and X's counterforce shots (collateral), 0–1: with the
   * collateral share c and the countervalue damage cv ({@link ExchangeValue.victimCountervalue}), c + (1 − c)·cv.
   * Shots are matched to elements by id; kept incrementally across calls on the same object.
   */
  toVictim(arrivals: Arrivals, shots: Iterable<{ weapon: string; target: string; warheads: number }>): number;
  /** Fraction of Y's value destroyed by X's arriving strike alone (no collateral), 0–1. */
  victimCountervalue(arrivals: Arrivals): number;
  /**
   * A fresh collateral accumulator for one draw-down, or undefined when Y's value is a damage curve (no collateral:
   * the damage is `victimCountervalue` alone).
   */
  collateral(): Collateral | undefined;
}

function curveDamage(party: Party, arrivals: Arrivals): number {
  const c = party.value.damageCurve;
  if (!c) throw new Error(`party "${party.id}" has no damage curve and no population target`);
  return damageFraction(c, arrivals);
}

/**
 * Build the value and reach of X striking Y.
 * @param X striker's force state
 * @param Y victim's force state
 * @param popX X's population target, if X uses the population model
 * @param popY Y's population target, if Y uses the population model
 * @param distanceKm capital distance of the pair (reach fallback)
 */
export function exchangeValue(
  X: ForceState,
  Y: ForceState,
  popX: PopulationTarget | undefined,
  popY: PopulationTarget | undefined,
  distanceKm?: number,
): ExchangeValue {
  const reach = pairReach(X.party, Y.party, popX, popY, distanceKm);
  let onX: DamageTable | undefined;
  let onY: DamageTable | undefined;
  let xById: Map<string, ForceElement> | undefined;
  let yById: Map<string, ForceElement> | undefined;
  // Search hints of the two tables: a draw-down reads them at nearby arrivals, step after step.
  const cursorX: TableCursor = { at: 0 };
  const cursorY: TableCursor = { at: 0 };
  const countervalue = (arrivals: Arrivals): number => {
    if (!popY) return curveDamage(Y.party, arrivals);
    onY ??= shooterTable(X, popY, reach.striker);
    return Math.min(1, tableFatalities(onY, arrivals.emt, cursorY) / onY.totalPopulation);
  };
  const newCollateral = (): Collateral | undefined => {
    if (!popY) return undefined;
    const pop = popY.receptorPopulation;
    const n = pop.length;
    const mortality = popY.mortality;
    // Per agglomeration: log blast survival, blast survivors pop·e^(log survival), summed fallout dose and its
    // mortality m(dose) (when fallout is on), and deaths (fallout kills m(dose) of the blast survivors); one
    // allocation, made at the first shot (many draw-downs fire none at sites). Survivors and mortality are kept
    // beside what they derive from, so a blast shot re-reads m and a plume re-reads the survivors (no exp or log).
    let logSurvival: Float64Array | undefined;
    let survivors: Float64Array | undefined;
    let dose: Float64Array | undefined;
    let killed: Float64Array | undefined;
    let deadAt: Float64Array | undefined;
    let storage: Float64Array | undefined;
    // Footprints by weapon and target object: a draw-down adds the same few pairs again and again, and this lookup
    // spares each add the caches' keyed lookups (target effects, fallout and rural keys, aim points, yield). They are
    // also the footprints added so far: what `release` restores to the clean state.
    type PairFootprints = { f: Footprint; g: FalloutFootprint | undefined };
    const pairs = new Map<ForceElement, Map<ForceElement, PairFootprints>>();
    const footprintsOf = (weapon: ForceElement, target: ForceElement): PairFootprints => {
      let byTarget = pairs.get(weapon);
      if (!byTarget) pairs.set(weapon, (byTarget = new Map<ForceElement, PairFootprints>()));
      let fg = byTarget.get(target);
      if (!fg) {
        const g = mortality ? weaponUnitFalloutFootprint(popY, weapon, target) : undefined;
        byTarget.set(target, (fg = { f: weaponUnitFootprint(popY, weapon, target), g }));
      }
      return fg;
    };
    // Deaths so far, as a number field (written in place) rather than a captured `let`, whose every write would
    // allocate a boxed number; `add` sums into a local and stores it once.
    const total = { dead: 0 };
    return {
      add(weapon, target, warheads) {
        if (!weapon.nuclear || !target.basing.sites) return;
        if (!logSurvival) {
          const len = mortality ? 5 * n : 3 * n;
          const pool = collateralBuffers.get(pop);
          let buf: Float64Array | undefined;
          if (pool)
            for (let i = pool.length - 1; i >= 0; i--)
              if (pool[i]!.length === len) {
                buf = pool[i]!;
                pool.splice(i, 1);
                break;
              }
          const fresh = !buf;
          buf ??= new Float64Array(len);
          storage = buf;
          logSurvival = buf.subarray(0, n);
          deadAt = buf.subarray(n, 2 * n);
          survivors = buf.subarray(2 * n, 3 * n);
          if (fresh) survivors.set(pop);
          if (mortality) {
            dose = buf.subarray(3 * n, 4 * n);
            killed = buf.subarray(4 * n, 5 * n);
          }
        }
        const ls = logSurvival;
        const sv = survivors!;
        const da = deadAt!;
        let dead = total.dead;
        // Deaths at k: pop − survivors·(1 − m(dose)) (− survivors without fallout).
        // Per launched warhead: reliability · unit footprint (the value footprint() stores), no scaled copy.
        const { f, g } = footprintsOf(weapon, target);
        const r = weapon.reliability;
        for (let i = 0; i < f.k.length; i++) {
          const k = f.k[i]!;
          const l = (ls[k] = ls[k]! + warheads * (r * f.logSurvival[i]!));
          const s = (sv[k] = pop[k]! * Math.exp(l));
          const d = pop[k]! - (killed ? s * (1 - killed[k]!) : s);
          dead += d - da[k]!;
          da[k] = d;
        }
        if (!dose) {
          total.dead = dead;
          return;
        }
        // Per launched warhead: the unit dose times the reliability (the value falloutFootprint() stores).
        const m = mortality!;
        const floor = m.floorGy;
        const kd = killed!;
        const plume = g!;
        for (let i = 0; i < plume.k.length; i++) {
          const k = plume.k[i]!;
          const before = dose[k]!;
          const after = before + warheads * (plume.doseGy[i]! * r);
          dose[k] = after;
          // Below the mortality floor nobody dies of fallout: only the dose needs keeping.
          if (after > floor || before > floor) {
            const mk = (kd[k] = m.at(after));
            const d = pop[k]! - sv[k]! * (1 - mk);
            dead += d - da[k]!;
            da[k] = d;
          }
        }
        total.dead = dead;
      },
      share: () => Math.min(1, Math.max(0, total.dead) / popY.ag.totalPopulation),
      release() {
        if (!storage) return;
        // Back to the clean state, for the next user: only the receptors the added footprints reach were written.
        const ls = logSurvival!;
        const da = deadAt!;
        const sv = survivors!;
        // (A footprint shared by two pairs is restored twice, to the same values.)
        for (const byTarget of pairs.values())
          for (const { f, g } of byTarget.values()) {
            for (let i = 0; i < f.k.length; i++) {
              const k = f.k[i]!;
              ls[k] = 0;
              da[k] = 0;
              sv[k] = pop[k]!;
            }
            if (g)
              for (let i = 0; i < g.k.length; i++) {
                const k = g.k[i]!;
                da[k] = 0;
                dose![k] = 0;
                killed![k] = 0;
              }
          }
        pairs.clear();
        let pool = collateralBuffers.get(pop);
        if (!pool) collateralBuffers.set(pop, (pool = []));
        if (pool.length < POOLED_BUFFERS) pool.push(storage);
        storage = logSurvival = survivors = dose = killed = deadAt = undefined;
        total.dead = 0;
      },
    };
  };
  // toVictim's collateral, kept incrementally by shot key: the counterforce allocation only grows along the
  // draw-down, so each point adds the new warheads' log-survival to the places they touch (a shrinking entry
  // restarts the sum).
  const accounted = new Map<string, number>();
  let shotCollateral: Collateral | undefined;
  return {
    reach,
    toStriker(arrivals) {
      if (!popX) return curveDamage(X.party, arrivals);
      onX ??= shooterTable(Y, popX, reach.victim);
      return Math.min(1, tableFatalities(onX, arrivals.emt, cursorX) / onX.totalPopulation);
    },
    victimCountervalue: countervalue,
    collateral: newCollateral,
    toVictim(arrivals, shots) {
      const cv = countervalue(arrivals);
      if (!popY) return cv;
      shotCollateral ??= newCollateral()!;
      xById ??= new Map(X.party.forces.map((f) => [f.id, f]));
      yById ??= new Map(Y.party.forces.map((f) => [f.id, f]));
      const list: CounterforceShot[] = [];
      let restart = false;
      for (const s of shots) {
        const key = `${s.weapon}>${s.target}`;
        const prev = accounted.get(key) ?? 0;
        if (s.warheads < prev) restart = true;
        const weapon = xById.get(s.weapon);
        const target = yById.get(s.target);
        if (weapon?.nuclear && target?.basing.sites) list.push({ weapon, target, warheads: s.warheads });
      }
      if (restart) {
        accounted.clear();
        shotCollateral = newCollateral()!;
      }
      for (const s of list) {
        const key = `${s.weapon.id}>${s.target.id}`;
        const d = s.warheads - (accounted.get(key) ?? 0);
        if (d !== 0) shotCollateral.add(s.weapon, s.target, d);
        accounted.set(key, s.warheads);
      }
      if (list.length === 0) return cv;
      const c = shotCollateral.share();
      return c + (1 - c) * cv;
    },
  };
}

/**
 * Derive (or fetch from the cache) the damage tables of every ordered pair of a scenario whose target uses the
 * population model, at the parties' postures; for benchmarks and warm-up.
 * @param states force states of the parties, in scenario order
 * @param pops their population targets (undefined for damage-curve parties)
 * @param reachOf reach rules of the ordered pair (i strikes j)
 * @returns the number of tables
 */
export function pairDamageTables(
  states: readonly ForceState[],
  pops: ReadonlyArray<PopulationTarget | undefined>,
  reachOf: (i: number, j: number) => PairReach,
): number {
  let n = 0;
  for (let i = 0; i < states.length; i++)
    for (let j = 0; j < states.length; j++) {
      const pop = pops[j];
      if (i === j || !pop) continue;
      damageTable(pop, weaponGroups(states[i]!.elements, pop, reachOf(i, j).striker));
      n++;
    }
  return n;
}
