/**
 * The population value model in the exchange (docs/methods.md §7): per ordered pair of parties, a damage table of
 * the shooter's weapon mix against the target's population (fatalities as a function of arriving EMT), derived once
 * by countervalue allocation and cached by a small key; collateral fatalities of counterforce strikes on the target's
 * force sites; and reach by great circle from launch sites.
 */
import { InputError } from "../_shared/issues.js";
import type { ForceElement, Party } from "../schema/scenario.js";
import { reaches } from "../schema/scenario.js";
import { DEFAULT_EFFECTS, resolveEffects, valueModelOf, type Effects } from "../schema/value-model.js";
import { registeredPlaceTable, type PlaceLookup } from "../geo/place-registry.js";
import type { PlaceTable, Site } from "../geo/types.js";
import { emtPerWarhead } from "../parity/index.js";
import { aimPointSites } from "./aim-points.js";
import { internSites } from "./site-lists.js";
import { blastRangeKm } from "./airblast.js";
import { buildAgglomerations, reachMask, type Agglomerations } from "./agglomerations.js";
import {
  allocateCountervalue,
  clearFirstGains,
  fatalitiesOfAreas,
  ringModel,
  ringWeights,
  type RingModel,
  type WeaponGroup,
} from "./countervalue.js";
import { thirdDegreeRangeKm } from "./thermal.js";
import { EARTH_RADIUS_KM, greatCircleKm } from "./great-circle.js";
import { offsetShare } from "./offset-share.js";
import { falloutCloud, falloutDoseGy, falloutReachKm, mortalityTable, type MortalityTable } from "./fallout.js";
import { ruralCellKey, ruralCells, type RuralCells, type RuralParams } from "./rural.js";

/** A party's population target: its agglomerations and effects assumptions. */
export interface PopulationTarget {
  party: Party;
  /** Index of the party in the scenario (for error paths). */
  partyIndex: number;
  effects: Effects;
  /** Ring overpressures (innermost first, fire zone merged) and fatality shares. */
  psi: number[];
  fatality: number[];
  /** Blast ring weights and the burn share (burns only against places, from air bursts). */
  rings: RingModel;
  /** The country's place table (caches that do not depend on the density scale length key by it). */
  table: PlaceTable;
  ag: Agglomerations;
  /** People outside the place table as grid cells (counterforce collateral only), when on (docs/methods.md §7.8). */
  rural: RuralCells | undefined;
  /**
   * Population of every collateral receptor, persons: the agglomerations (index k < ag.lat.length), then the rural
   * cells (index ag.lat.length + c). Footprints index this array.
   */
  receptorPopulation: Float64Array;
  /** Cache key of the effects assumptions (blast and density; fallout apart in `falloutKey`). */
  key: string;
  /** Cache key of the fallout assumptions ("" when fallout is off). */
  falloutKey: string;
  /** Cache key of the rural-cell assumptions ("" when the cells are off); footprints that reach cells key by it. */
  ruralKey: string;
  /** Mortality of the fallout dose (shelter mix), when fallout is on. */
  mortality: MortalityTable | undefined;
}

const agCache = new WeakMap<PlaceTable, Map<string, Agglomerations>>();
const ruralCache = new WeakMap<PlaceTable, Map<string, RuralCells>>();
const receptorCache = new WeakMap<Agglomerations, WeakMap<object, Float64Array>>();
const NO_RURAL = {};

/** Cache key of the rural assumptions ("" when off). */
function ruralKeyOf(r: RuralParams | undefined): string {
  return r ? `${r.cellDeg},${r.nearest},${r.minKernelKm},${r.maxKernelKm},${r.weightExponent}` : "";
}

/** The rural cells of a table (cached by table and assumptions). */
function ruralOf(table: PlaceTable, r: RuralParams | undefined): RuralCells | undefined {
  if (!r) return undefined;
  let byKey = ruralCache.get(table);
  if (!byKey) ruralCache.set(table, (byKey = new Map<string, RuralCells>()));
  const key = ruralKeyOf(r);
  let cells = byKey.get(key);
  if (!cells) {
    if (byKey.size > 16) byKey.clear();
    byKey.set(key, (cells = ruralCells(table, r)));
  }
  return cells;
}

/** Agglomeration populations followed by the rural cells' (cached by the pair). */
function receptorsOf(ag: Agglomerations, rural: RuralCells | undefined): Float64Array {
  let byRural = receptorCache.get(ag);
  if (!byRural) receptorCache.set(ag, (byRural = new WeakMap<object, Float64Array>()));
  let out = byRural.get(rural ?? NO_RURAL);
  if (!out) {
    const n = ag.population.length;
    out = new Float64Array(n + (rural ? rural.population.length : 0));
    out.set(ag.population);
    if (rural) out.set(rural.population, n);
    byRural.set(rural ?? NO_RURAL, out);
  }
  return out;
}

/** Steps per unit of ln b₁ on the grid of density scale lengths (a ratio of e^(1/20) ≈ 1.051 between steps). */
export const SCALE_GRID_STEPS = 20;

/**
 * The Clark scale length b₁ the model uses: the scenario's value on a grid of steps of e^(1/20) (5.1 %) anchored at the
 * default 3.3 km (which stays exact), so Monte Carlo draws of `populationScaleKm` reuse a few dozen agglomeration
 * sets and damage tables instead of deriving new ones each sample. The rounding (≤ 2.5 %) is small against the
 * spread drawn (σ 0.2) and the range the validation cases allow (2.4–3.9 km, docs/methods.md §7.2).
 * @param km b₁ of the scenario, km
 */
export function gridScaleKm(km: number): number {
  const d = DEFAULT_EFFECTS.scaleKmAtMillion;
  if (!(km > 0) || km === d) return km;
  return d * Math.exp(Math.round(Math.log(km / d) * SCALE_GRID_STEPS) / SCALE_GRID_STEPS);
}

/** Rings with the fire zone merged in: inside the zone, the fatality share is at least the zone's. */
function ringsOf(e: Effects): { psi: number[]; fatality: number[] } {
  const rings = [...e.rings];
  if (e.fireZone && !rings.some((r) => r.psi === e.fireZone!.psi))
    rings.push({ psi: e.fireZone.psi, fatality: e.fireZone.fatality });
  rings.sort((a, b) => b.psi - a.psi);
  const fz = e.fireZone;
  return {
    psi: rings.map((r) => r.psi),
    fatality: rings.map((r) => (fz && r.psi >= fz.psi ? Math.max(r.fatality, fz.fatality) : r.fatality)),
  };
}

/**
 * Resolve a party's population target, or undefined when the party uses a damage curve.
 * @param party the party
 * @param partyIndex its index in the scenario (for error paths)
 * @param lookup place tables (default: the registry @seceq/data fills)
 * @throws InputError located at `parties[i].value.country` when the country has no place table
 */
export function populationTarget(
  party: Party,
  partyIndex: number,
  lookup: PlaceLookup = registeredPlaceTable,
): PopulationTarget | undefined {
  if (valueModelOf(party.value) !== "population") return undefined;
  const country = party.value.country ?? "";
  const table = lookup(country);
  const memo = targetMemo.get(party.value);
  if (memo && memo.table === table && memo.target.party === party && memo.target.partyIndex === partyIndex)
    return memo.target;
  if (!table)
    throw new InputError([
      {
        code: "missing_data",
        path: ["parties", partyIndex, "value", "country"],
        message: `no place table for country "${country}" (population value model)`,
        hint: "use a country with embedded data (import @seceq/data), pass place tables, or use a damage curve",
      },
    ]);
  const resolved = resolveEffects(party.value.effects);
  const effects = { ...resolved, scaleKmAtMillion: gridScaleKm(resolved.scaleKmAtMillion) };
  const agKey = `${effects.scaleKmAtMillion}|${effects.scaleExponent}|${effects.mergeScaleLengths}`;
  let byKey = agCache.get(table);
  if (!byKey) agCache.set(table, (byKey = new Map<string, Agglomerations>()));
  let ag = byKey.get(agKey);
  if (!ag) byKey.set(agKey, (ag = buildAgglomerations(table, effects)));
  const { psi, fatality } = ringsOf(effects);
  const fo = effects.fallout;
  // Burns: the exposed share that dies, from air bursts only (a surface burst's fireball is screened by terrain and
  // buildings near the ground; counted as none).
  const b = effects.burns;
  const burn = effects.burst === "optimum-air" ? b.exposedShare * b.fatality : 0;
  const rural = ruralOf(table, effects.rural);
  // "" when the cells are off (no rural assumptions, no cells).
  const ruralKey = ruralKeyOf(effects.rural);
  const target: PopulationTarget = {
    party,
    partyIndex,
    effects,
    psi,
    fatality,
    rings: ringModel(fatality, burn),
    table,
    ag,
    rural,
    receptorPopulation: receptorsOf(ag, rural),
    key:
      `${agKey}|${effects.burst}|${psi.join(",")}|${fatality.join(",")}|` +
      `${burn > 0 ? `${burn},${b.thermalFraction},${b.transmissionKm}` : "0"}|${effects.neighbours ? "n" : ""}|` +
      ruralKey,
    falloutKey: fo
      ? `${fo.fissionFraction}|${fo.windFromDeg}|${fo.windSpeedKmh}|${fo.windShearKmhPerKm}|${fo.exposureHours}|` +
        `${fo.ld50Gy}|${fo.sigmaLn}|${fo.shelter.map((x) => `${x.share}:${x.protectionFactor}`).join(",")}`
      : "",
    mortality: fo ? mortalityTable(fo) : undefined,
    ruralKey,
  };
  targetMemo.set(party.value, { table, target });
  return target;
}

/** Targets by the party's value object (re-resolved when the value, the party or the table changes). */
const targetMemo = new WeakMap<object, { table: PlaceTable; target: PopulationTarget }>();

//// reach ////

const siteKeys = new WeakMap<readonly Site[], string>();
/** Cache key of a site list's coordinates, by the list object (perturbed copies of an element share its sites). */
function siteKey(sites: readonly Site[]): string {
  let k = siteKeys.get(sites);
  if (k === undefined) siteKeys.set(sites, (k = sites.map((s) => `${s.latDeg},${s.lonDeg}`).join(";")));
  return k;
}
const maskCache = new WeakMap<Agglomerations, Map<string, Uint8Array>>();

/**
 * Fast path: masks by agglomerations, site-list object and range (Monte Carlo samples copy the elements they perturb
 * but share their site lists), so a mask is found without building its string key.
 */
const maskBySites = new WeakMap<Agglomerations, WeakMap<readonly Site[], Map<number, Uint8Array>>>();

/** Agglomerations within range of an element's sites (cached), or undefined when the element has no sites. */
function elementMask(e: ForceElement, ag: Agglomerations): Uint8Array | undefined {
  const own = e.basing.sites;
  if (!own) return undefined;
  const sites = internSites(own);
  let bySites = maskBySites.get(ag);
  if (!bySites) maskBySites.set(ag, (bySites = new WeakMap()));
  let byRange = bySites.get(sites);
  if (!byRange) bySites.set(sites, (byRange = new Map<number, Uint8Array>()));
  let m = byRange.get(e.rangeKm);
  if (!m) {
    if (byRange.size > 64) byRange.clear();
    byRange.set(e.rangeKm, (m = elementMaskSlow(e, sites, ag)));
  }
  return m;
}

function elementMaskSlow(e: ForceElement, sites: readonly Site[], ag: Agglomerations): Uint8Array {
  let byKey = maskCache.get(ag);
  if (!byKey) maskCache.set(ag, (byKey = new Map<string, Uint8Array>()));
  const key = `${e.rangeKm}|${siteKey(sites)}`;
  let m = byKey.get(key);
  if (!m) {
    if (byKey.size > 512) byKey.clear();
    byKey.set(key, (m = reachMask(ag, sites, e.rangeKm)));
  }
  return m;
}

/** Results of {@link anySiteWithin} by the two site lists (objects) and the range. */
const withinCache = new WeakMap<readonly Site[], WeakMap<readonly Site[], Map<number, boolean>>>();

/** Whether any site of `from` lies within `rangeKm` (great circle) of any site of `to`; cached by the two lists. */
function anySiteWithin(fromList: readonly Site[], toList: readonly Site[], rangeKm: number): boolean {
  const from = internSites(fromList);
  const to = internSites(toList);
  let byTo = withinCache.get(from);
  if (!byTo) withinCache.set(from, (byTo = new WeakMap()));
  let byRange = byTo.get(to);
  if (!byRange) byTo.set(to, (byRange = new Map<number, boolean>()));
  let v = byRange.get(rangeKm);
  if (v === undefined) {
    v = false;
    search: for (const a of from)
      for (const b of to)
        if (greatCircleKm(a.latDeg, a.lonDeg, b.latDeg, b.lonDeg) <= rangeKm) {
          v = true;
          break search;
        }
    if (byRange.size > 64) byRange.clear();
    byRange.set(rangeKm, v);
  }
  return v;
}

/** Every force site of a party, by its forces array. */
const partySites = new WeakMap<readonly ForceElement[], Site[]>();

/** Which weapons reach what, for one ordered pair (striker X, victim Y). */
export interface PairReach {
  /** X's element reaches something of Y (places or force sites). */
  striker: (e: ForceElement) => boolean;
  /** Y's element reaches something of X. */
  victim: (e: ForceElement) => boolean;
  /** X's weapon reaches Y's force element `target`. */
  against: (weapon: ForceElement, target: ForceElement) => boolean;
}

/**
 * Reach of one party's element to another party: with launch sites, great-circle distance from any site to any of
 * the target's places (population model) or force sites within range; without sites (or when the target has neither
 * places nor sites), the scenario's capital distance ({@link reaches}).
 */
function reachesParty(e: ForceElement, target: Party, pop: PopulationTarget | undefined, distanceKm?: number): boolean {
  const sites = e.basing.sites;
  let targetSites = partySites.get(target.forces);
  if (!targetSites) partySites.set(target.forces, (targetSites = target.forces.flatMap((f) => f.basing.sites ?? [])));
  if (!sites || (!pop && targetSites.length === 0)) return reaches(e, distanceKm);
  if (pop && hasAny(elementMask(e, pop.ag)!)) return true;
  return anySiteWithin(sites, targetSites, e.rangeKm);
}

/**
 * Build the reach rules of an ordered pair.
 * @param X striker
 * @param Y victim
 * @param popX X's population target (if any)
 * @param popY Y's population target (if any)
 * @param distanceKm capital distance (fallback)
 */
export function pairReach(
  X: Party,
  Y: Party,
  popX: PopulationTarget | undefined,
  popY: PopulationTarget | undefined,
  distanceKm?: number,
): PairReach {
  // By element (X's elements are strikers, Y's victims: one memo serves both, as before); no closure per call.
  const memo = new Map<ForceElement, boolean>();
  const cached = (e: ForceElement, target: Party, pop: PopulationTarget | undefined): boolean => {
    let v = memo.get(e);
    if (v === undefined) memo.set(e, (v = reachesParty(e, target, pop, distanceKm)));
    return v;
  };
  return {
    striker: (e) => cached(e, Y, popY),
    victim: (e) => cached(e, X, popX),
    against: (w, t) => {
      if (!w.basing.sites) return reaches(w, distanceKm);
      if (!t.basing.sites) return reachesParty(w, Y, popY, distanceKm);
      return anySiteWithin(w.basing.sites, t.basing.sites, w.rangeKm);
    },
  };
}

//// damage tables ////

/** A damage table: fatalities after cumulative arriving EMT, for one shooter mix against one population. */
export interface DamageTable {
  /** Cumulative arriving EMT after 0..n warheads. */
  emt: Float64Array;
  /** Cumulative fatalities after 0..n warheads, persons. */
  fatalities: Float64Array;
  /** National population, persons. */
  totalPopulation: number;
  /** Agglomeration and group of each warhead in the sequence (for reports). */
  stepPlace: Int32Array;
  stepGroup: Int32Array;
  /** The groups of the sequence (yield, ring radii). */
  groups: ReadonlyArray<{ yieldKt: number; radiiKm: readonly number[] }>;
}

/** Quantise a warhead count to two significant digits (the cache key; sensitivities reuse the table). */
function quantise(x: number): number {
  if (!(x > 0)) return 0;
  const p = Math.pow(10, Math.max(0, Math.floor(Math.log10(x)) - 1));
  return Math.max(1, Math.round(x / p) * p);
}

/**
 * Weapon groups of a shooter against a population: nuclear elements that reach, grouped by yield and reach.
 * @param elements the shooter's elements with warhead counts
 * @param target the population target
 * @param reachOk whether the element reaches the target party at all
 */
export function weaponGroups(
  elements: ReadonlyArray<{ element: ForceElement; warheads: number }>,
  target: PopulationTarget,
  reachOk: (e: ForceElement) => boolean,
): (WeaponGroup & { key: string })[] {
  const groups = new Map<string, WeaponGroup & { key: string }>();
  const sorted = [...elements].sort((a, b) => (a.element.id < b.element.id ? -1 : a.element.id > b.element.id ? 1 : 0));
  for (const { element: e, warheads } of sorted) {
    if (!e.nuclear || !(warheads > 0) || !reachOk(e)) continue;
    const m = elementMask(e, target.ag);
    // Elements that reach every place share a group whatever their sites; others group by what they reach.
    const all = !m || isFull(m);
    const key = `${e.yieldKt}@${all ? "all" : maskKey(m)}`;
    const g = groups.get(key);
    if (g) g.count += warheads;
    else
      groups.set(key, {
        key,
        count: warheads,
        yieldKt: e.yieldKt,
        emt: emtPerWarhead(e.yieldKt),
        mask: all ? undefined : m,
        radiiKm: ringRadiiKm(target, e.yieldKt),
      });
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Ring radii by burst, ring overpressures, burns and yield (the optimum-air range is a golden-section search). */
const radiiCache = new Map<string, readonly number[]>();

/**
 * Ring radii of a yield against a population target, km: the blast rings (innermost first), then the burn range when
 * burns count; cached.
 * @param target the population target
 * @param yieldKt yield, kt
 */
export function ringRadiiKm(target: PopulationTarget, yieldKt: number): readonly number[] {
  const b = target.effects.burns;
  const burns = target.rings.burn > 0;
  const key = `${target.effects.burst}|${target.psi.join(",")}|${yieldKt}|${burns ? `${b.thermalFraction},${b.transmissionKm}` : ""}`;
  let r = radiiCache.get(key);
  if (!r) {
    if (radiiCache.size > 1024) radiiCache.clear();
    const radii = target.psi.map((p) => blastRangeKm(yieldKt, p, target.effects.burst));
    if (burns) radii.push(thirdDegreeRangeKm(yieldKt, b.thermalFraction, b.transmissionKm));
    radiiCache.set(key, (r = radii));
  }
  return r;
}

const anyMasks = new WeakMap<Uint8Array, boolean>();
function hasAny(m: Uint8Array): boolean {
  let v = anyMasks.get(m);
  if (v === undefined) anyMasks.set(m, (v = m.includes(1)));
  return v;
}

const fullMasks = new WeakMap<Uint8Array, boolean>();
function isFull(m: Uint8Array): boolean {
  let v = fullMasks.get(m);
  if (v === undefined) fullMasks.set(m, (v = m.every((x) => x === 1)));
  return v;
}

const maskKeys = new WeakMap<Uint8Array, string>();
/** A short fingerprint of a reach mask (FNV-1a over its bytes, and its count of reachable places). */
function maskKey(m: Uint8Array): string {
  let k = maskKeys.get(m);
  if (k === undefined) {
    let h = 0x811c9dc5;
    let ones = 0;
    for (let i = 0; i < m.length; i++) {
      h = Math.imul(h ^ m[i]!, 16777619) >>> 0;
      ones += m[i]!;
    }
    maskKeys.set(m, (k = `${ones}:${h.toString(36)}`));
  }
  return k;
}

let tableCache = new WeakMap<Agglomerations, Map<string, DamageTable>>();

/** Forget every cached damage table (benchmarks measure derivation with it). */
export function clearDamageTables(): void {
  tableCache = new WeakMap();
  clearFirstGains();
}
/** Damage tables derived so far (for tests and benchmarks). */
export const damageTableStats = { derived: 0 };

/**
 * Return the damage table of a shooter mix against a population, derived once per key (target effects, yields,
 * reach, and warhead counts to two significant digits) and run to 1.25 × the quantised mix so every arrival fits.
 * @param target the population target
 * @param groups the shooter's weapon groups ({@link weaponGroups})
 */
export function damageTable(
  target: PopulationTarget,
  groups: ReadonlyArray<WeaponGroup & { key: string }>,
): DamageTable {
  const counts = groups.map((g) => quantise(g.count));
  const key = `${target.key}#${groups.map((g, i) => `${g.key}x${counts[i]}`).join(",")}`;
  let byKey = tableCache.get(target.ag);
  if (!byKey) tableCache.set(target.ag, (byKey = new Map<string, DamageTable>()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const trace = allocateCountervalue(
    target.ag,
    target.fatality,
    groups.map((g, i) => ({ ...g, count: Math.round(counts[i]! * 1.25) })),
    { burn: target.rings.burn, neighbours: target.effects.neighbours },
  );
  damageTableStats.derived++;
  const table: DamageTable = {
    emt: trace.emt,
    fatalities: trace.fatalities,
    totalPopulation: target.ag.totalPopulation,
    stepPlace: trace.stepPlace,
    stepGroup: trace.stepGroup,
    groups: groups.map((g) => ({ yieldKt: g.yieldKt, radiiKm: g.radiiKm })),
  };
  if (byKey.size > 256) byKey.clear();
  byKey.set(key, table);
  return table;
}

const tableByParties = new WeakMap<Party, WeakMap<Party, { key: string; table: DamageTable }>>();

/**
 * Return the damage table of a shooter's deployed mix against a population target, memoised by the two party
 * objects (a scenario evaluated again, at another crisis day or with other assumptions reuses it).
 * @param shooter the shooter's force state (its deployed warheads do not depend on generation)
 * @param target the population target
 * @param reachOk element reach to the target party
 */
export function shooterTable(
  shooter: { party: Party; elements: ReadonlyArray<{ element: ForceElement; warheads: number }> },
  target: PopulationTarget,
  reachOk: (e: ForceElement) => boolean,
): DamageTable {
  let byTarget = tableByParties.get(shooter.party);
  if (!byTarget) tableByParties.set(shooter.party, (byTarget = new WeakMap()));
  const hit = byTarget.get(target.party);
  if (hit && hit.key === target.key) return hit.table;
  const table = damageTable(target, weaponGroups(shooter.elements, target, reachOk));
  byTarget.set(target.party, { key: target.key, table });
  return table;
}

/** A search hint for {@link tableFatalities}: the bracket last found (successive reads of a draw-down lie close). */
export interface TableCursor {
  /** Index of the lower end of the last bracket. */
  at: number;
}

/**
 * Read fatalities at an arriving EMT from a damage table by linear interpolation; beyond the last entry the last value
 * holds; EMT ≤ 0 or NaN gives 0. The bracket (the last entry at or below `emt`) is found by binary search, started
 * from `cursor`'s last bracket when given (galloping out from it): the same bracket, so the same value, either way.
 * @param t damage table
 * @param emt arriving equivalent megatonnage
 * @param cursor optional search hint, updated
 */
export function tableFatalities(t: DamageTable, emt: number, cursor?: TableCursor): number {
  const e = t.emt;
  const n = e.length;
  if (!(emt > 0) || n < 2) return 0;
  if (emt >= e[n - 1]!) return t.fatalities[n - 1]!;
  // Invariant: e[lo] ≤ emt < e[hi] (e[0] = 0 < emt), so the bracket found is unique.
  let lo = 0;
  let hi = n - 1;
  if (cursor) {
    const h = Math.min(Math.max(cursor.at | 0, 0), n - 2);
    let step = 1;
    if (e[h]! <= emt) {
      lo = h;
      while (lo + step < n - 1 && e[lo + step]! <= emt) {
        lo += step;
        step *= 2;
      }
      hi = Math.min(n - 1, lo + step);
    } else {
      hi = h;
      while (hi - step > 0 && e[hi - step]! > emt) {
        hi -= step;
        step *= 2;
      }
      lo = Math.max(0, hi - step);
    }
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (e[mid]! <= emt) lo = mid;
    else hi = mid;
  }
  if (cursor) cursor.at = lo;
  const e0 = e[lo]!;
  const e1 = e[hi]!;
  const w = e1 > e0 ? (emt - e0) / (e1 - e0) : 0;
  return t.fatalities[lo]! + w * (t.fatalities[hi]! - t.fatalities[lo]!);
}

//// collateral ////

/** Warheads aimed at a force element: weapon element, target element, warheads launched. */
export interface CounterforceShot {
  weapon: ForceElement;
  target: ForceElement;
  warheads: number;
}

/**
 * The places of a damage table's sequence up to the point where it reaches `fatalities`: warheads, largest yield and
 * fatalities per agglomeration (sparse), by replaying the sequence's covered areas.
 * @param target the population target the table was derived for
 * @param table the damage table
 * @param fatalities countervalue fatalities to reach, persons
 */
export function tablePlaces(
  target: PopulationTarget,
  table: DamageTable,
  fatalities: number,
): Map<number, { warheads: number; yieldKt: number; fatalities: number }> {
  const n = table.fatalities.length - 1;
  let steps = 0;
  while (steps < n && table.fatalities[steps]! < fatalities - 1e-6) steps++;
  const R = target.rings.stride;
  const out = new Map<number, { warheads: number; yieldKt: number; fatalities: number; areas: Float64Array }>();
  for (let i = 0; i < steps; i++) {
    const k = table.stepPlace[i]!;
    if (k < 0) continue;
    const g = table.groups[table.stepGroup[i]!]!;
    let e = out.get(k);
    if (!e) out.set(k, (e = { warheads: 0, yieldKt: 0, fatalities: 0, areas: new Float64Array(R) }));
    for (let r = 0; r < R; r++) e.areas[r]! += Math.PI * g.radiiKm[r]! ** 2;
    e.warheads++;
    if (g.yieldKt > e.yieldKt) e.yieldKt = g.yieldKt;
  }
  // Fatalities per agglomeration, its neighbours' bursts included; places only reached by neighbours' rings count too.
  const areas = new Map<number, Float64Array>();
  for (const [k, e] of out) areas.set(k, e.areas);
  for (const [k, dead] of fatalitiesOfAreas(target.ag, target.rings, areas, target.effects.neighbours)) {
    const e = out.get(k);
    if (e) e.fatalities = dead;
    else out.set(k, { warheads: 0, yieldKt: 0, fatalities: dead, areas: new Float64Array(R) });
  }
  return out;
}

/** Warheads aimed at a force element: weapon element, target element, warheads launched. */
export interface CounterforceShot {
  weapon: ForceElement;
  target: ForceElement;
  warheads: number;
}

/** Sparse log-survival per launched warhead of one weapon on one target: agglomerations and ln(survival). */
export interface Footprint {
  k: Int32Array;
  logSurvival: Float64Array;
}

/**
 * Footprints per unit reliability (Σ_sites share · ln(1 − q)), by agglomerations and then by target effects, yield
 * and sites: a weapon's footprint is its reliability times this, so draws of reliability (Monte Carlo) reuse it.
 */
let unitFootprintCache = new WeakMap<Agglomerations, Map<string, Footprint>>();
/** Cache key of a site list (coordinates and shares), by the list object. */
const siteListKeys = new WeakMap<readonly Site[], string>();
function siteListKey(sites: readonly Site[]): string {
  let k = siteListKeys.get(sites);
  if (k === undefined) siteListKeys.set(sites, (k = sites.map((x) => `${x.latDeg},${x.lonDeg},${x.share}`).join(";")));
  return k;
}
/**
 * Fast path: unit footprints by agglomerations, population key, aim-point list object and yield. Monte Carlo samples
 * copy the elements they perturb but share their site lists (and so their aim-point lists), so a sample finds its
 * footprints without building the string key of the slow path (which spells out every aim point).
 */
let footprintBySites = new WeakMap<Agglomerations, Map<string, WeakMap<readonly Site[], Map<number, Footprint>>>>();

/** The fast-path entry of a population and aim-point list: footprints by yield (created empty). */
function footprintsBySites(pop: PopulationTarget, sites: readonly Site[]): Map<number, Footprint> {
  let byKey = footprintBySites.get(pop.ag);
  if (!byKey)
    footprintBySites.set(pop.ag, (byKey = new Map<string, WeakMap<readonly Site[], Map<number, Footprint>>>()));
  let bySites = byKey.get(pop.key);
  if (!bySites) {
    if (byKey.size > 64) byKey.clear();
    byKey.set(pop.key, (bySites = new WeakMap()));
  }
  let byYield = bySites.get(sites);
  if (!byYield) bySites.set(sites, (byYield = new Map<number, Footprint>()));
  return byYield;
}
/** Footprints scaled to a reliability, by unit footprint and reliability. */
let scaledFootprints = new WeakMap<Footprint, Map<number, Footprint>>();

/**
 * Log-survival per launched warhead of `weapon` on `target`'s sites: reliability · Σ_sites share · ln(1 − q), with q
 * the share of an agglomeration killed by one surface burst at the site; the unit footprint
 * ({@link weaponUnitFootprint}) scaled, cached by unit footprint and reliability.
 * @param pop the target's population
 * @param weapon the weapon element
 * @param target the target element (with sites)
 */
export function footprint(pop: PopulationTarget, weapon: ForceElement, target: ForceElement): Footprint {
  const unit = weaponUnitFootprint(pop, weapon, target);
  const r = weapon.reliability;
  let byR = scaledFootprints.get(unit);
  if (!byR) scaledFootprints.set(unit, (byR = new Map<number, Footprint>()));
  let f = byR.get(r);
  if (!f) {
    if (byR.size > 64) byR.clear();
    const logSurvival = new Float64Array(unit.logSurvival.length);
    for (let i = 0; i < logSurvival.length; i++) logSurvival[i] = r * unit.logSurvival[i]!;
    byR.set(r, (f = { k: unit.k, logSurvival }));
  }
  return f;
}

/**
 * Log-survival per detonating warhead of `weapon` on `target`'s sites, Σ_sites share · ln(1 − q) ({@link unitFootprint}
 * for the weapon's yield), found by the weapon and target objects first. Per launched warhead it is the weapon's
 * reliability times this: callers multiply (r · value, as {@link footprint} stores it), so the reliabilities drawn by
 * Monte Carlo samples allocate no scaled copy.
 * @param pop the target's population
 * @param weapon the weapon element
 * @param target the target element (with sites)
 */
export function weaponUnitFootprint(pop: PopulationTarget, weapon: ForceElement, target: ForceElement): Footprint {
  return unitFootprint(pop, weapon.yieldKt, aimPointSites(target.basing.sites!));
}

/** Forget every cached blast footprint and site geometry (tests compare a fresh derivation with a shared one). */
export function clearFootprints(): void {
  unitFootprintCache = new WeakMap();
  footprintBySites = new WeakMap();
  scaledFootprints = new WeakMap();
  geometryCache = new WeakMap();
}

/** Unit footprints derived so far, and site geometries built (for tests and benchmarks). */
export const footprintStats = { derived: 0, geometries: 0 };

/**
 * The places near each site of a list: for site s, `start[s]..start[s+1]` index the places of the table whose
 * great-circle distance from the site is at most `cutKm`, with that distance (km). It depends on the table and the
 * sites only, so the footprints of every yield and every density scale length b₁ (Monte Carlo draws) share it: an
 * agglomeration's head is a place, and a footprint reads the distances of this b₁'s heads.
 */
interface SiteGeometry {
  cutKm: number;
  start: Int32Array;
  place: Int32Array;
  distanceKm: Float64Array;
}

let geometryCache = new WeakMap<PlaceTable, Map<string, SiteGeometry>>();
const latOrderCache = new WeakMap<PlaceTable, { order: Int32Array; lat: Float64Array }>();

/** Place indices by increasing latitude (ties by index) and their latitudes; cached by table. */
function latOrder(table: PlaceTable): { order: Int32Array; lat: Float64Array } {
  let o = latOrderCache.get(table);
  if (!o) {
    const order = Int32Array.from({ length: table.latDeg.length }, (_, i) => i).sort(
      (a, b) => table.latDeg[a]! - table.latDeg[b]! || a - b,
    );
    latOrderCache.set(table, (o = { order, lat: Float64Array.from(order, (i) => table.latDeg[i]!) }));
  }
  return o;
}

/**
 * The geometry of a site list covering at least `cutKm`; cached by table and site list, rebuilt (with room for larger
 * scale lengths) only when a footprint needs a wider cut-off than the one stored.
 */
function siteGeometry(table: PlaceTable, sites: readonly Site[], sk: string, cutKm: number): SiteGeometry {
  let byKey = geometryCache.get(table);
  if (!byKey) geometryCache.set(table, (byKey = new Map<string, SiteGeometry>()));
  const hit = byKey.get(sk);
  if (hit && hit.cutKm >= cutKm) return hit;
  footprintStats.geometries++;
  // Room for b₁ draws up to about 1.5 times this one's without a rebuild.
  const cut = Math.max(1.5 * cutKm, hit?.cutKm ?? 0);
  // Places whose latitude alone puts them beyond the cut-off are not visited: the great-circle distance is at least
  // the meridian arc between the latitudes (1 km margin for rounding).
  const latCutDeg = (cut + 1) / ((EARTH_RADIUS_KM * Math.PI) / 180);
  const { order, lat } = latOrder(table);
  const start = new Int32Array(sites.length + 1);
  const place: number[] = [];
  const distance: number[] = [];
  for (let s = 0; s < sites.length; s++) {
    start[s] = place.length;
    const site = sites[s]!;
    if (!(site.share > 0)) continue;
    let lo = 0;
    let hi = lat.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lat[mid]! < site.latDeg - latCutDeg) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < lat.length && lat[i]! <= site.latDeg + latCutDeg; i++) {
      const j = order[i]!;
      const d = greatCircleKm(site.latDeg, site.lonDeg, table.latDeg[j]!, table.lonDeg[j]!);
      if (d <= cut) {
        place.push(j);
        distance.push(d);
      }
    }
  }
  start[sites.length] = place.length;
  const g: SiteGeometry = { cutKm: cut, start, place: Int32Array.from(place), distanceKm: Float64Array.from(distance) };
  if (byKey.size > 4096) byKey.clear();
  byKey.set(sk, g);
  return g;
}

/**
 * Log-survival per detonating warhead of the given yield on a list of sites, Σ_sites share · ln(1 − q) (q the share
 * of an agglomeration killed by one surface burst at the site), sparse over the agglomerations it touches; cached by
 * target effects, yield and sites. Exported for tests.
 * @param pop the target's population
 * @param yieldKt yield per warhead, kt
 * @param sites the target's sites
 */
export function unitFootprint(pop: PopulationTarget, yieldKt: number, sites: readonly Site[]): Footprint {
  return byYield(footprintsBySites(pop, sites), yieldKt, () => unitFootprintSlow(pop, yieldKt, sites));
}

/**
 * The fast-path entry of one yield (kt) in a site list's map, derived and stored on a miss (the map cleared past 64
 * yields).
 */
function byYield<T>(fast: Map<number, T>, yieldKt: number, derive: () => T): T {
  const found = fast.get(yieldKt);
  if (found) return found;
  const f = derive();
  if (fast.size > 64) fast.clear();
  fast.set(yieldKt, f);
  return f;
}

function unitFootprintSlow(pop: PopulationTarget, yieldKt: number, sites: readonly Site[]): Footprint {
  let byKey = unitFootprintCache.get(pop.ag);
  if (!byKey) unitFootprintCache.set(pop.ag, (byKey = new Map<string, Footprint>()));
  const sk = siteListKey(sites);
  const key = `${pop.key}|${yieldKt}|${sk}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  footprintStats.derived++;
  const radii = pop.psi.map((p) => blastRangeKm(yieldKt, p, "surface"));
  const w = ringWeights(pop.fatality);
  const outer = Math.max(...radii);
  const acc = new Map<number, number>();
  const ag = pop.ag;
  // Places are read from the sites' geometry shared by every b₁ (the places within the widest cut-off of each site,
  // with their distances); a place is an agglomeration here when it heads one of this b₁'s.
  let widest = 0;
  for (let k = 0; k < ag.lat.length; k++) widest = Math.max(widest, ag.headScaleKm[k]!);
  const geo = siteGeometry(pop.table, sites, sk, outer + 8 * widest + 5);
  const kOf = agglomerationOfPlace(ag, pop.table.population.length);
  for (let s = 0; s < sites.length; s++) {
    const site = sites[s]!;
    if (!(site.share > 0)) continue;
    for (let c = geo.start[s]!; c < geo.start[s + 1]!; c++) {
      const k = kOf[geo.place[c]!]!;
      if (k < 0) continue;
      const b = ag.headScaleKm[k]!;
      const d = geo.distanceKm[c]!;
      if (d > outer + 8 * b + 5) continue;
      let q = 0;
      for (let r = 0; r < radii.length; r++) q += w[r]! * offsetShare(radii[r]!, d, b);
      if (q > 1e-9) acc.set(k, (acc.get(k) ?? 0) + site.share * Math.log1p(-Math.min(q, 1 - 1e-12)));
    }
  }
  // Rural cells: uniform density, so one burst kills Σ_r w_r π R_r² times the density of the cell holding the site,
  // the share Σ_r w_r π R_r² / A_c of that cell's people (docs/methods.md §7.8).
  const rural = pop.rural;
  if (rural) {
    let killedArea = 0;
    for (let r = 0; r < radii.length; r++) killedArea += w[r]! * Math.PI * radii[r]! ** 2;
    for (const site of sites) {
      if (!(site.share > 0)) continue;
      const c = rural.byKey.get(ruralCellKey(site.latDeg, site.lonDeg, rural.cellDeg));
      if (c === undefined) continue;
      const q = Math.min(1 - 1e-12, killedArea / rural.areaKm2[c]!);
      const k = ag.lat.length + c;
      if (q > 1e-9) acc.set(k, (acc.get(k) ?? 0) + site.share * Math.log1p(-q));
    }
  }
  const keys = [...acc.keys()].sort((a, b) => a - b);
  const out = { k: Int32Array.from(keys), logSurvival: Float64Array.from(keys.map((k) => acc.get(k)!)) };
  if (byKey.size > 4096) byKey.clear();
  byKey.set(key, out);
  return out;
}

//// fallout ////

/** Smallest dose per detonating warhead a fallout footprint keeps, Gy (the spatial cut-off; see docs/methods.md §7.7). */
export const FALLOUT_MIN_DOSE_GY = 0.01;

/** Sparse unsheltered fallout dose per launched warhead of one weapon on one target: agglomerations and Gy. */
export interface FalloutFootprint {
  k: Int32Array;
  doseGy: Float64Array;
}

const EMPTY_FALLOUT: FalloutFootprint = { k: new Int32Array(0), doseGy: new Float64Array(0) };
let falloutCache = new WeakMap<Agglomerations, Map<string, FalloutFootprint>>();
let falloutByObject = new WeakMap<
  ForceElement,
  WeakMap<
    ForceElement,
    {
      popKey: string;
      falloutKey: string;
      yieldKt: number;
      reliability: number;
      sites: readonly Site[];
      f: FalloutFootprint;
    }
  >
>();

/**
 * Unsheltered fallout dose per launched warhead of `weapon` on `target`'s sites at each agglomeration's head:
 * Σ_sites share · reliability · dose of one surface burst at the site (WSEG-10 along the scenario's wind, exposure to
 * the end of the period; `effects/fallout.ts`). Places where one burst gives less than {@link FALLOUT_MIN_DOSE_GY} are
 * left out. Cached by the fallout assumptions, yield, reliability and sites; empty when fallout is off.
 * @param pop the target's population
 * @param weapon the weapon element
 * @param target the target element (with sites)
 */
export function falloutFootprint(pop: PopulationTarget, weapon: ForceElement, target: ForceElement): FalloutFootprint {
  if (!pop.effects.fallout) return EMPTY_FALLOUT;
  const sites = target.basing.sites!;
  let byTarget = falloutByObject.get(weapon);
  if (!byTarget) falloutByObject.set(weapon, (byTarget = new WeakMap()));
  const fast = byTarget.get(target);
  if (
    fast &&
    fast.popKey === pop.key &&
    fast.falloutKey === pop.falloutKey &&
    fast.yieldKt === weapon.yieldKt &&
    fast.reliability === weapon.reliability &&
    fast.sites === sites
  )
    return fast.f;
  const f = falloutFootprintSlow(pop, weapon, sites);
  byTarget.set(target, {
    popKey: pop.key,
    falloutKey: pop.falloutKey,
    yieldKt: weapon.yieldKt,
    reliability: weapon.reliability,
    sites,
    f,
  });
  return f;
}

const RAD = Math.PI / 180;

/**
 * Unit fallout footprints derived so far, and doses computed at a receptor (every place and rural cell, once per unit
 * footprint key whatever the density scale length), for tests and benchmarks.
 */
export const falloutStats = { derived: 0, receptors: 0 };

let scaledFallout = new WeakMap<FalloutFootprint, Map<number, FalloutFootprint>>();

/**
 * Unsheltered fallout dose per detonating warhead of `weapon` on `target`'s sites (Σ_sites share · dose of one
 * surface burst), empty when fallout is off. Per launched warhead it is the weapon's reliability times this: callers
 * that multiply (dose · r, the value {@link falloutFootprint} stores) allocate no scaled copy per reliability drawn.
 * @param pop the target's population
 * @param weapon the weapon element
 * @param target the target element (with sites)
 */
export function weaponUnitFalloutFootprint(
  pop: PopulationTarget,
  weapon: ForceElement,
  target: ForceElement,
): FalloutFootprint {
  if (!pop.effects.fallout) return EMPTY_FALLOUT;
  return unitFalloutFootprint(pop, weapon.yieldKt, aimPointSites(target.basing.sites!));
}

function falloutFootprintSlow(pop: PopulationTarget, weapon: ForceElement, sites: readonly Site[]): FalloutFootprint {
  const unit = unitFalloutFootprint(pop, weapon.yieldKt, aimPointSites(sites));
  const r = weapon.reliability;
  let byR = scaledFallout.get(unit);
  if (!byR) scaledFallout.set(unit, (byR = new Map<number, FalloutFootprint>()));
  let f = byR.get(r);
  if (!f) {
    if (byR.size > 64) byR.clear();
    byR.set(r, (f = { k: unit.k, doseGy: unit.doseGy.map((d) => d * r) }));
  }
  return f;
}

/**
 * Unsheltered dose per detonating warhead of one yield on a site list at every place of a table, then every rural
 * cell (Σ_sites share · dose of one burst, 0 where no site gives {@link FALLOUT_MIN_DOSE_GY}), Gy, computed when a
 * footprint first asks, with the list of receptors reached. Fallout does not depend on the density profile, so agglomerations
 * of every scale length b₁ (Monte Carlo draws) share it: their heads are places, their footprints read these doses.
 */
interface PlaceDoses {
  dose: Float64Array;
  /** Receptors with a dose (> 0), in increasing index, once the doses are computed. */
  reached?: Int32Array;
  /** The sites with a share, their coordinates (degrees, radians) and unit vectors. */
  sites: Array<{ latDeg: number; lonDeg: number; share: number; cos1: number; sin1: number; sx: number; sy: number }>;
  cloud: ReturnType<typeof falloutCloud>;
  box: ReturnType<typeof falloutReachKm>;
  /** Cosine of the candidate radius (dot products of unit vectors below it are out of reach). */
  cosMax: number;
  /** Direction the wind blows to, radians. */
  downwind: number;
  exposureHours: number;
}

const placeAgglomeration = new WeakMap<Agglomerations, Int32Array>();

/** The agglomeration each place heads (−1 for members and places beyond the agglomerations kept), by place index. */
function agglomerationOfPlace(ag: Agglomerations, nTable: number): Int32Array {
  let kOf = placeAgglomeration.get(ag);
  if (!kOf) {
    kOf = new Int32Array(nTable).fill(-1);
    for (let k = 0; k < ag.headPlace.length; k++) kOf[ag.headPlace[k]!] = k;
    placeAgglomeration.set(ag, kOf);
  }
  return kOf;
}

let placeDoseCache = new WeakMap<PlaceTable, Map<string, PlaceDoses>>();

/** Forget every cached fallout dose and footprint (tests compare a fresh derivation with a shared one). */
export function clearFalloutFootprints(): void {
  placeDoseCache = new WeakMap();
  falloutCache = new WeakMap();
  falloutByObject = new WeakMap();
  scaledFallout = new WeakMap();
  falloutBySites = new WeakMap();
}

/** The place doses of a key (fallout assumptions, rural cells, yield, sites), created empty on first use. */
function placeDosesOf(pop: PopulationTarget, key: string, yieldKt: number, sites: readonly Site[]): PlaceDoses {
  let byKey = placeDoseCache.get(pop.table);
  if (!byKey) placeDoseCache.set(pop.table, (byKey = new Map<string, PlaceDoses>()));
  let pd = byKey.get(key);
  if (pd) return pd;
  const fo = pop.effects.fallout!;
  const cloud = falloutCloud(yieldKt, fo.fissionFraction, fo.windSpeedKmh, fo.windShearKmhPerKm);
  const box = falloutReachKm(cloud, FALLOUT_MIN_DOSE_GY, fo.exposureHours);
  const maxKm = Math.max(box.downwindKm, box.upwindKm) + box.halfWidthKm;
  const dose = new Float64Array(pop.table.population.length + (pop.rural ? pop.rural.lat.length : 0));
  pd = {
    dose,
    // No site reaches anything when the plume is empty.
    sites: maxKm > 0 ? sites.filter((x) => x.share > 0).map(siteVectors) : [],
    cloud,
    box,
    cosMax: Math.cos(Math.min(Math.PI, maxKm / EARTH_RADIUS_KM)),
    downwind: (fo.windFromDeg + 180) * RAD,
    exposureHours: fo.exposureHours,
  };
  if (byKey.size > 4096) byKey.clear();
  byKey.set(key, pd);
  return pd;
}

function siteVectors(site: Site): PlaceDoses["sites"][number] {
  const p1 = site.latDeg * RAD;
  const cos1 = Math.cos(p1);
  return {
    latDeg: site.latDeg,
    lonDeg: site.lonDeg,
    share: site.share,
    cos1,
    sin1: Math.sin(p1),
    sx: cos1 * Math.cos(site.lonDeg * RAD),
    sy: cos1 * Math.sin(site.lonDeg * RAD),
  };
}

/** Σ_sites share · dose at one receptor (head or cell centre, with its unit vector), Gy; 0 when no site counts. */
function receptorDose(pd: PlaceDoses, lat: number, lon: number, ux: number, uy: number, uz: number): number {
  const { box, cloud } = pd;
  let sum = 0;
  for (const site of pd.sites) {
    // A receptor is a candidate only when it lies within the plume's reach of the site (a dot product).
    if (ux * site.sx + uy * site.sy + uz * site.sin1 < pd.cosMax) continue;
    const d = greatCircleKm(site.latDeg, site.lonDeg, lat, lon);
    // Initial bearing from the site to the receptor, then plume coordinates (x along the wind, y across it).
    const p2 = lat * RAD;
    const dl = (lon - site.lonDeg) * RAD;
    const bearing = Math.atan2(
      Math.sin(dl) * Math.cos(p2),
      site.cos1 * Math.sin(p2) - site.sin1 * Math.cos(p2) * Math.cos(dl),
    );
    const x = d * Math.cos(bearing - pd.downwind);
    const y = d * Math.sin(bearing - pd.downwind);
    if (x > box.downwindKm || -x > box.upwindKm || Math.abs(y) > box.halfWidthKm) continue;
    const dose = falloutDoseGy(cloud, x, y, pd.exposureHours);
    if (dose >= FALLOUT_MIN_DOSE_GY) sum += site.share * dose;
  }
  return sum;
}

/**
 * Unsheltered dose per detonating warhead of one yield on a site list (Σ_sites share · dose of one burst) at the
 * agglomeration heads and rural cells, cached by the fallout assumptions, yield and sites, so that weapons of other
 * reliabilities (Monte Carlo samples) reuse it; the doses themselves are computed once per place whatever the
 * density scale length ({@link PlaceDoses}).
 */
function unitFalloutFootprint(pop: PopulationTarget, yieldKt: number, sites: readonly Site[]): FalloutFootprint {
  return byYield(falloutsBySites(pop, sites), yieldKt, () => unitFalloutFootprintSlow(pop, yieldKt, sites));
}

/**
 * Fast path of the unit fallout footprints: by agglomerations, fallout and rural keys, aim-point list object and yield
 * (Monte Carlo samples share their elements' site lists), without the slow path's string key.
 */
let falloutBySites = new WeakMap<
  Agglomerations,
  Map<string, Map<string, WeakMap<readonly Site[], Map<number, FalloutFootprint>>>>
>();

function falloutsBySites(pop: PopulationTarget, sites: readonly Site[]): Map<number, FalloutFootprint> {
  let byFallout = falloutBySites.get(pop.ag);
  if (!byFallout)
    falloutBySites.set(
      pop.ag,
      (byFallout = new Map<string, Map<string, WeakMap<readonly Site[], Map<number, FalloutFootprint>>>>()),
    );
  let byRural = byFallout.get(pop.falloutKey);
  if (!byRural) {
    if (byFallout.size > 64) byFallout.clear();
    byFallout.set(
      pop.falloutKey,
      (byRural = new Map<string, WeakMap<readonly Site[], Map<number, FalloutFootprint>>>()),
    );
  }
  const rk = pop.ruralKey;
  let bySites = byRural.get(rk);
  if (!bySites) {
    if (byRural.size > 16) byRural.clear();
    byRural.set(rk, (bySites = new WeakMap()));
  }
  let byYield = bySites.get(sites);
  if (!byYield) bySites.set(sites, (byYield = new Map<number, FalloutFootprint>()));
  return byYield;
}

function unitFalloutFootprintSlow(pop: PopulationTarget, yieldKt: number, sites: readonly Site[]): FalloutFootprint {
  let byKey = falloutCache.get(pop.ag);
  if (!byKey) falloutCache.set(pop.ag, (byKey = new Map<string, FalloutFootprint>()));
  const rk = pop.ruralKey;
  const sk = siteListKey(sites);
  const key = `${pop.falloutKey}|${rk}|${yieldKt}|${sk}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  falloutStats.derived++;
  const pd = placeDosesOf(pop, key, yieldKt, sites);
  const ag = pop.ag;
  const nTable = pop.table.population.length;
  const nAg = ag.lat.length;
  if (!pd.reached) {
    // Every place of the table (unit vectors as buildAgglomerations computes a head's), then every rural cell centre.
    const t = pop.table;
    for (let j = 0; j < nTable; j++) {
      const lat = t.latDeg[j]!;
      const lon = t.lonDeg[j]!;
      const ux = Math.cos(lat * RAD) * Math.cos(lon * RAD);
      const uy = Math.cos(lat * RAD) * Math.sin(lon * RAD);
      pd.dose[j] = receptorDose(pd, lat, lon, ux, uy, Math.sin(lat * RAD));
    }
    const rc = pop.rural;
    if (rc)
      for (let c = 0; c < rc.lat.length; c++)
        pd.dose[nTable + c] = receptorDose(pd, rc.lat[c]!, rc.lon[c]!, rc.ux[c]!, rc.uy[c]!, rc.uz[c]!);
    falloutStats.receptors += pd.dose.length;
    const reached: number[] = [];
    pd.dose.forEach((v, j) => {
      if (v > 0) reached.push(j);
    });
    pd.reached = Int32Array.from(reached);
  }
  const kOf = agglomerationOfPlace(ag, nTable);
  const ks: number[] = [];
  for (const j of pd.reached) {
    const k = j < nTable ? kOf[j]! : nAg + (j - nTable);
    if (k >= 0) ks.push(k);
  }
  ks.sort((a, b) => a - b);
  const out = {
    k: Int32Array.from(ks),
    doseGy: Float64Array.from(ks, (k) => pd.dose[k < nAg ? ag.headPlace[k]! : nTable + (k - nAg)]!),
  };
  if (byKey.size > 4096) byKey.clear();
  byKey.set(key, out);
  return out;
}

/** Collateral fatalities of counterforce shots, split into blast and fallout. */
export interface CollateralFatalities {
  /** Blast and fallout, persons. */
  total: number;
  /** Prompt blast deaths, persons. */
  blast: number;
  /** Fallout deaths among the blast survivors, persons. */
  fallout: number;
  /** Part of the total (blast and fallout) among the people outside the place table (rural cells), persons. */
  rural: number;
  /** Total per agglomeration (sparse), when asked for. */
  byPlace?: Map<number, number>;
}

/**
 * Expected collateral fatalities of counterforce shots: each detonating warhead (launched × reliability) is a
 * surface burst at the target's sites in proportion to their shares; a receptor's (agglomeration's or rural cell's,
 * docs/methods.md §7.8) blast survivors are the
 * product of (1 − share killed by one burst) over the bursts near it, and fallout then kills the share m(D) of the
 * survivors, D the summed unsheltered dose of every plume over the place (m: shelter mix and log-normal mortality).
 * Targets without sites cause no collateral.
 * @param target the victim's population target
 * @param shots counterforce shots
 * @returns fatalities, persons (total, blast, fallout), and per agglomeration (sparse)
 */
export function collateralFatalities(
  target: PopulationTarget,
  shots: Iterable<CounterforceShot>,
): CollateralFatalities & { byPlace: Map<number, number> } {
  return collateral(target, shots, true) as CollateralFatalities & { byPlace: Map<number, number> };
}

const scratch = new WeakMap<Float64Array, { ls: Float64Array; dose: Float64Array; mark: Uint8Array }>();

/**
 * Collateral fatalities; with `byPlace` false, no per-place map.
 */
export function collateral(
  target: PopulationTarget,
  shots: Iterable<CounterforceShot>,
  byPlace: boolean,
): CollateralFatalities {
  const receptors = target.receptorPopulation;
  const nPlaces = target.ag.lat.length;
  let sc = scratch.get(receptors);
  if (!sc) {
    const n = receptors.length;
    scratch.set(receptors, (sc = { ls: new Float64Array(n), dose: new Float64Array(n), mark: new Uint8Array(n) }));
  }
  const { ls, dose, mark } = sc;
  const touched: number[] = [];
  for (const s of shots) {
    if (!s.target.basing.sites || !s.weapon.nuclear || !(s.warheads > 0)) continue;
    const f = weaponUnitFootprint(target, s.weapon, s.target);
    const r = s.weapon.reliability;
    for (let i = 0; i < f.k.length; i++) {
      const k = f.k[i]!;
      if (!mark[k]) {
        mark[k] = 1;
        touched.push(k);
      }
      // r · unit: the value footprint() stores for this reliability.
      ls[k]! += s.warheads * (r * f.logSurvival[i]!);
    }
    const g = falloutFootprint(target, s.weapon, s.target);
    for (let i = 0; i < g.k.length; i++) {
      const k = g.k[i]!;
      if (!mark[k]) {
        mark[k] = 1;
        touched.push(k);
      }
      dose[k]! += s.warheads * g.doseGy[i]!;
    }
  }
  const places = byPlace ? new Map<number, number>() : undefined;
  const m = target.mortality;
  let blast = 0;
  let fallout = 0;
  let rural = 0;
  for (const k of touched) {
    const pop = receptors[k]!;
    const b = pop * -Math.expm1(ls[k]!);
    const f = m ? (pop - b) * m.at(dose[k]!) : 0;
    ls[k] = 0;
    dose[k] = 0;
    mark[k] = 0;
    // Rural cells count in the totals, not as places (they have no name).
    if (k < nPlaces) places?.set(k, b + f);
    else rural += b + f;
    blast += b;
    fallout += f;
  }
  const out: CollateralFatalities = { total: blast + fallout, blast, fallout, rural };
  if (places) out.byPlace = places;
  return out;
}
