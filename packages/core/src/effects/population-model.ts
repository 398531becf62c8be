/**
 * The population value model in the exchange (docs/methods.md §7): per ordered pair of parties, a damage table of
 * the shooter's weapon mix against the target's population (fatalities as a function of arriving EMT), derived once
 * by countervalue allocation and cached by a small key; collateral fatalities of counterforce strikes on the target's
 * force sites; and reach by great circle from launch sites.
 */
import { InputError } from "../_shared/issues.js";
import type { ForceElement, Party } from "../schema/scenario.js";
import { reaches } from "../schema/scenario.js";
import { resolveEffects, valueModelOf, type Effects } from "../schema/value-model.js";
import { registeredPlaceTable, type PlaceLookup } from "../geo/place-registry.js";
import type { PlaceTable, Site } from "../geo/types.js";
import { emtPerWarhead } from "../parity/index.js";
import { blastRangeKm } from "./airblast.js";
import { buildAgglomerations, reachMask, type Agglomerations } from "./agglomerations.js";
import { allocateCountervalue, ringWeights, type AllocationTrace, type WeaponGroup } from "./countervalue.js";
import { greatCircleKm } from "./great-circle.js";
import { offsetShare } from "./offset-share.js";

/** A party's population target: its agglomerations and effects assumptions. */
export interface PopulationTarget {
  party: Party;
  /** Index of the party in the scenario (for error paths). */
  partyIndex: number;
  effects: Effects;
  /** Ring overpressures (innermost first, fire zone merged) and fatality shares. */
  psi: number[];
  fatality: number[];
  ag: Agglomerations;
  /** Cache key of the effects assumptions. */
  key: string;
}

const agCache = new WeakMap<PlaceTable, Map<string, Agglomerations>>();

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
  if (!table)
    throw new InputError([
      {
        code: "missing_data",
        path: ["parties", partyIndex, "value", "country"],
        message: `no place table for country "${country}" (population value model)`,
        hint: "use a country with embedded data (import @seceq/data), pass place tables, or use a damage curve",
      },
    ]);
  const effects = resolveEffects(party.value.effects);
  const agKey = `${effects.scaleKmAtMillion}|${effects.scaleExponent}|${effects.mergeScaleLengths}`;
  let byKey = agCache.get(table);
  if (!byKey) agCache.set(table, (byKey = new Map()));
  let ag = byKey.get(agKey);
  if (!ag) byKey.set(agKey, (ag = buildAgglomerations(table, effects)));
  const { psi, fatality } = ringsOf(effects);
  return { party, partyIndex, effects, psi, fatality, ag, key: `${agKey}|${effects.burst}|${psi}|${fatality}` };
}

//// reach ////

const siteKey = (sites: readonly Site[]) => sites.map((s) => `${s.latDeg},${s.lonDeg}`).join(";");
const maskCache = new WeakMap<Agglomerations, Map<string, Uint8Array>>();

/** Agglomerations within range of an element's sites (cached), or undefined when the element has no sites. */
function elementMask(e: ForceElement, ag: Agglomerations): Uint8Array | undefined {
  const sites = e.basing.sites;
  if (!sites) return undefined;
  let byKey = maskCache.get(ag);
  if (!byKey) maskCache.set(ag, (byKey = new Map()));
  const key = `${e.rangeKm}|${siteKey(sites)}`;
  let m = byKey.get(key);
  if (!m) {
    if (byKey.size > 512) byKey.clear();
    byKey.set(key, (m = reachMask(ag, sites, e.rangeKm)));
  }
  return m;
}

function anySiteWithin(from: readonly Site[], to: readonly Site[], rangeKm: number): boolean {
  for (const a of from) for (const b of to) if (greatCircleKm(a.latDeg, a.lonDeg, b.latDeg, b.lonDeg) <= rangeKm) return true;
  return false;
}

/** Which weapons reach what, for one ordered pair (striker X, victim Y). */
export interface PairReach {
  /** X's element reaches something of Y (places or force sites). */
  striker(e: ForceElement): boolean;
  /** Y's element reaches something of X. */
  victim(e: ForceElement): boolean;
  /** X's weapon reaches Y's force element `target`. */
  against(weapon: ForceElement, target: ForceElement): boolean;
}

/**
 * Reach of one party's element to another party: with launch sites, great-circle distance from any site to any of
 * the target's places (population model) or force sites within range; without sites (or when the target has neither
 * places nor sites), the scenario's capital distance ({@link reaches}).
 */
function reachesParty(e: ForceElement, target: Party, pop: PopulationTarget | undefined, distanceKm?: number): boolean {
  const sites = e.basing.sites;
  const targetSites = target.forces.flatMap((f) => f.basing.sites ?? []);
  if (!sites || (!pop && targetSites.length === 0)) return reaches(e, distanceKm);
  if (pop && elementMask(e, pop.ag)!.includes(1)) return true;
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
  const memo = new Map<ForceElement, boolean>();
  const cached = (e: ForceElement, f: () => boolean) => {
    let v = memo.get(e);
    if (v === undefined) memo.set(e, (v = f()));
    return v;
  };
  return {
    striker: (e) => cached(e, () => reachesParty(e, Y, popY, distanceKm)),
    victim: (e) => cached(e, () => reachesParty(e, X, popX, distanceKm)),
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
  emt: Float64Array;
  fatalities: Float64Array;
  totalPopulation: number;
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
    const mask = elementMask(e, target.ag);
    const reachKey = e.basing.sites ? `${e.rangeKm}|${siteKey(e.basing.sites)}` : "all";
    const key = `${e.yieldKt}@${reachKey}`;
    const g = groups.get(key);
    if (g) g.count += warheads;
    else
      groups.set(key, {
        key,
        count: warheads,
        yieldKt: e.yieldKt,
        emt: emtPerWarhead(e.yieldKt),
        mask,
        radiiKm: target.psi.map((p) => blastRangeKm(e.yieldKt, p, target.effects.burst)),
      });
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

let tableCache = new WeakMap<Agglomerations, Map<string, DamageTable>>();

/** Forget every cached damage table (benchmarks measure derivation with it). */
export function clearDamageTables(): void {
  tableCache = new WeakMap();
}
/** Damage tables derived so far (for tests and benchmarks). */
export const damageTableStats = { derived: 0 };

/**
 * Return the damage table of a shooter mix against a population, derived once per key (target effects, yields,
 * reach, and warhead counts to two significant digits) and run to 1.25 × the quantised mix so every arrival fits.
 * @param target the population target
 * @param groups the shooter's weapon groups ({@link weaponGroups})
 */
export function damageTable(target: PopulationTarget, groups: ReadonlyArray<WeaponGroup & { key: string }>): DamageTable {
  const counts = groups.map((g) => quantise(g.count));
  const key = `${target.key}#${groups.map((g, i) => `${g.key}x${counts[i]}`).join(",")}`;
  let byKey = tableCache.get(target.ag);
  if (!byKey) tableCache.set(target.ag, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const trace = allocateCountervalue(
    target.ag,
    target.fatality,
    groups.map((g, i) => ({ ...g, count: Math.round(counts[i]! * 1.25) })),
  );
  damageTableStats.derived++;
  const table = { emt: trace.emt, fatalities: trace.fatalities, totalPopulation: target.ag.totalPopulation };
  if (byKey.size > 256) byKey.clear();
  byKey.set(key, table);
  return table;
}

/**
 * Read fatalities at an arriving EMT from a damage table by linear interpolation (binary search); beyond the last
 * entry the last value holds; EMT ≤ 0 or NaN gives 0.
 * @param t damage table
 * @param emt arriving equivalent megatonnage
 */
export function tableFatalities(t: DamageTable, emt: number): number {
  const n = t.emt.length;
  if (!(emt > 0) || n < 2) return 0;
  if (emt >= t.emt[n - 1]!) return t.fatalities[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t.emt[mid]! <= emt) lo = mid;
    else hi = mid;
  }
  const e0 = t.emt[lo]!;
  const e1 = t.emt[hi]!;
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

const collateralCache = new WeakMap<Agglomerations, Map<string, { k: Int32Array; q: Float64Array }>>();

/** Agglomerations hit by one surface burst at a site, with the share of their population killed. */
function burstFootprint(target: PopulationTarget, yieldKt: number, site: Site): { k: Int32Array; q: Float64Array } {
  let byKey = collateralCache.get(target.ag);
  if (!byKey) collateralCache.set(target.ag, (byKey = new Map()));
  const key = `${target.key}|${yieldKt}|${site.latDeg},${site.lonDeg}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const radii = target.psi.map((p) => blastRangeKm(yieldKt, p, "surface"));
  const w = ringWeights(target.fatality);
  const outer = Math.max(...radii);
  const ks: number[] = [];
  const qs: number[] = [];
  const ag = target.ag;
  for (let k = 0; k < ag.lat.length; k++) {
    const b = ag.headScaleKm[k]!;
    const d = greatCircleKm(site.latDeg, site.lonDeg, ag.lat[k]!, ag.lon[k]!);
    if (d > outer + 8 * b + 5) continue;
    let q = 0;
    for (let r = 0; r < radii.length; r++) q += w[r]! * offsetShare(radii[r]!, d, b);
    if (q > 1e-9) {
      ks.push(k);
      qs.push(Math.min(1, q));
    }
  }
  const out = { k: Int32Array.from(ks), q: Float64Array.from(qs) };
  if (byKey.size > 4096) byKey.clear();
  byKey.set(key, out);
  return out;
}

/**
 * Expected collateral fatalities of counterforce shots: each detonating warhead (launched × reliability) is a
 * surface burst at the target's sites in proportion to their shares; an agglomeration's survivors are the product
 * of (1 − share killed by one burst) over the bursts near it. Targets without sites cause no collateral.
 * @param target the victim's population target
 * @param shots counterforce shots
 * @returns fatalities, persons, and per agglomeration (sparse)
 */
export function collateralFatalities(
  target: PopulationTarget,
  shots: Iterable<CounterforceShot>,
): { total: number; byPlace: Map<number, number> } {
  const logSurvival = new Map<number, number>();
  for (const s of shots) {
    const sites = s.target.basing.sites;
    if (!sites || !s.weapon.nuclear || !(s.warheads > 0)) continue;
    const n = s.warheads * s.weapon.reliability;
    for (const site of sites) {
      if (!(site.share > 0)) continue;
      const f = burstFootprint(target, s.weapon.yieldKt, site);
      for (let i = 0; i < f.k.length; i++) {
        const k = f.k[i]!;
        logSurvival.set(k, (logSurvival.get(k) ?? 0) + n * site.share * Math.log1p(-Math.min(f.q[i]!, 1 - 1e-12)));
      }
    }
  }
  const byPlace = new Map<number, number>();
  let total = 0;
  for (const [k, ls] of logSurvival) {
    const dead = target.ag.population[k]! * -Math.expm1(ls);
    byPlace.set(k, dead);
    total += dead;
  }
  return { total, byPlace };
}

/**
 * Run the countervalue allocation of given arrivals per element (not quantised) for a report.
 * @param target the population target
 * @param arrivals arriving warheads per shooter element (rounded to whole warheads per group)
 * @param reachOk element reach to the target party
 */
export function allocateArrivals(
  target: PopulationTarget,
  arrivals: ReadonlyArray<{ element: ForceElement; warheads: number }>,
  reachOk: (e: ForceElement) => boolean,
): AllocationTrace {
  const groups = weaponGroups(arrivals, target, reachOk).map((g) => ({ ...g, count: Math.round(g.count) }));
  return allocateCountervalue(target.ag, target.fatality, groups);
}
