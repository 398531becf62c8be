/**
 * Agglomerations: a country's places grouped so that a burst on a city also counts the people of the towns next to
 * it. Places are taken largest first; a place within `mergeScaleLengths` Clark scale lengths of an earlier (larger)
 * head joins the nearest such head as a member, else it heads its own agglomeration. Only the `maxAgglomerations`
 * largest agglomerations are kept as targets (the national total still counts everyone).
 *
 * Each agglomeration is stored with unit vectors of its head for fast range tests (a great-circle distance below
 * D is a dot product above cos(D/R)).
 */
import type { PlaceTable } from "../geo/types.js";
import type { Effects } from "../schema/value-model.js";
import { clarkScaleKm } from "./clark-profile.js";
import { EARTH_RADIUS_KM, greatCircleKm } from "./great-circle.js";

/** Largest number of agglomerations kept as targets. */
export const MAX_AGGLOMERATIONS = 4000;

/** A country's agglomerations as columns (index k = one agglomeration, largest total population first). */
export interface Agglomerations {
  country: string;
  /** National population, persons. */
  totalPopulation: number;
  /** Head place name, coordinates, population and Clark scale length (km). */
  name: string[];
  /** Index of the head place in the place table (caches that do not depend on the scale length key by place). */
  headPlace: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  headPopulation: Float64Array;
  headScaleKm: Float64Array;
  /** Head plus members, persons. */
  population: Float64Array;
  /** Clark scale length of the whole agglomeration (its total population as one place), km: a neighbour's profile. */
  scaleKm: Float64Array;
  /** Head unit vectors (x, y, z) for range tests. */
  ux: Float64Array;
  uy: Float64Array;
  uz: Float64Array;
  /** Members of agglomeration k: `memberStart[k]..memberStart[k+1]` index the member columns. */
  memberStart: Int32Array;
  memberPopulation: Float64Array;
  memberDistanceKm: Float64Array;
  memberScaleKm: Float64Array;
  /** e^(−d/b) of each member (its distance over its scale length; 0 for a point population): fixed per member. */
  memberDecay: Float64Array;
}

const RAD = Math.PI / 180;

/** Key of a 1° cell (latitude and longitude cell indices, the longitude in −180..179). */
function cellKey(la: number, lo: number): number {
  return (la + 90) * 400 + (lo + 180);
}

/** A longitude cell index wrapped to −180..179. */
function wrapLon(b: number): number {
  return ((((b + 180) % 360) + 360) % 360) - 180;
}

const powerCache = new WeakMap<PlaceTable, Map<number, Float64Array>>();

/** (P / 10⁶)^β of every place (0 where P ≤ 0), cached by table and exponent: b₁ times it is the place's scale length. */
function placePowers(table: PlaceTable, exponent: number): Float64Array {
  let byExp = powerCache.get(table);
  if (!byExp) powerCache.set(table, (byExp = new Map<number, Float64Array>()));
  let pw = byExp.get(exponent);
  if (!pw) {
    pw = Float64Array.from(table.population, (p) => (p > 0 ? Math.pow(p / 1e6, exponent) : 0));
    if (byExp.size > 16) byExp.clear();
    byExp.set(exponent, pw);
  }
  return pw;
}

const orderCache = new WeakMap<PlaceTable, readonly number[]>();

/** Place indices, largest population first (ties by index); cached by table. */
function placeOrder(table: PlaceTable): readonly number[] {
  let order = orderCache.get(table);
  if (!order) {
    order = Array.from({ length: table.population.length }, (_, i) => i).sort(
      (a, b) => table.population[b]! - table.population[a]! || a - b,
    );
    orderCache.set(table, order);
  }
  return order;
}

/**
 * The larger places each place could merge into at any Clark scale length up to `scaleKmMax`, in the order the cell
 * search of {@link buildAgglomerations} visits them (cell row, cell column, then size), with their great-circle
 * distance and cell offsets (so a smaller search window is applied exactly). Membership depends on b₁ only through
 * the merge radii (proportional to b₁) and which places are heads, so Monte Carlo draws of b₁ share one set.
 */
interface MergeCandidates {
  scaleKmMax: number;
  /** Candidates of place i: `start[i]..start[i+1]`. */
  start: Int32Array;
  place: Int32Array;
  distanceKm: Float64Array;
  /** Cell offsets from the place's cell, latitude and longitude (−180..179). */
  dLat: Int32Array;
  dLon: Int32Array;
}

const candidateCache = new WeakMap<PlaceTable, Map<string, MergeCandidates | null>>();

/** Merge candidates for the effects' exponent and merge distance, b₁ up to twice the one asked (cached); undefined when
 * the search window would wrap around the globe (the cell search is then used as it is). */
function mergeCandidates(
  table: PlaceTable,
  order: readonly number[],
  effects: Pick<Effects, "scaleKmAtMillion" | "scaleExponent" | "mergeScaleLengths">,
): MergeCandidates | undefined {
  let byKey = candidateCache.get(table);
  if (!byKey) candidateCache.set(table, (byKey = new Map<string, MergeCandidates | null>()));
  const key = `${effects.scaleExponent}|${effects.mergeScaleLengths}`;
  const hit = byKey.get(key);
  if (hit && hit.scaleKmMax >= effects.scaleKmAtMillion) return hit;
  if (hit === null) return undefined;
  const c = buildCandidates(table, order, { ...effects, scaleKmAtMillion: 2 * effects.scaleKmAtMillion });
  if (byKey.size > 16) byKey.clear();
  byKey.set(key, c ?? null);
  return c;
}

function buildCandidates(
  table: PlaceTable,
  order: readonly number[],
  effects: Pick<Effects, "scaleKmAtMillion" | "scaleExponent" | "mergeScaleLengths">,
): MergeCandidates | undefined {
  const n = table.population.length;
  const bound = (p: number) =>
    effects.mergeScaleLengths * clarkScaleKm(p, effects.scaleKmAtMillion, effects.scaleExponent);
  const maxMerge = bound(table.population[order[0] ?? 0] ?? 0);
  const cells = new Map<number, number[]>();
  const lists: Array<{ place: number[]; d: number[]; dLat: number[]; dLon: number[] }> = new Array<{
    place: number[];
    d: number[];
    dLat: number[];
    dLon: number[];
  }>(n);
  let total = 0;
  for (const i of order) {
    const lat = table.latDeg[i]!;
    const lon = table.lonDeg[i]!;
    const l = { place: [] as number[], d: [] as number[], dLat: [] as number[], dLon: [] as number[] };
    lists[i] = l;
    const dLat = Math.ceil(maxMerge / 111);
    const cosLat = Math.max(0.05, Math.cos(lat * RAD));
    const dLon = Math.min(180, Math.ceil(maxMerge / (111 * cosLat)));
    // A window of 360 cells or more visits a cell twice: the order of a smaller window is not then a sub-order.
    if (2 * dLon + 1 > 360) return undefined;
    const la0 = Math.floor(lat);
    const lo0 = Math.floor(lon);
    for (let a = la0 - dLat; a <= la0 + dLat; a++)
      for (let b = lo0 - dLon; b <= lo0 + dLon; b++) {
        const list = cells.get(cellKey(a, wrapLon(b)));
        if (!list) continue;
        for (const h of list) {
          const r = bound(table.population[h]!);
          if (EARTH_RADIUS_KM * Math.abs(lat - table.latDeg[h]!) * RAD > r * (1 + 1e-9) + 1e-9) continue;
          const d = greatCircleKm(lat, lon, table.latDeg[h]!, table.lonDeg[h]!);
          if (d <= r) {
            l.place.push(h);
            l.d.push(d);
            l.dLat.push(a - la0);
            l.dLon.push(b - lo0);
            total++;
          }
        }
      }
    const k = cellKey(Math.floor(lat), Math.floor(lon));
    const list = cells.get(k) ?? [];
    list.push(i);
    cells.set(k, list);
  }
  const out: MergeCandidates = {
    scaleKmMax: effects.scaleKmAtMillion,
    start: new Int32Array(n + 1),
    place: new Int32Array(total),
    distanceKm: new Float64Array(total),
    dLat: new Int32Array(total),
    dLon: new Int32Array(total),
  };
  let j = 0;
  for (let i = 0; i < n; i++) {
    out.start[i] = j;
    const l = lists[i]!;
    for (let q = 0; q < l.place.length; q++, j++) {
      out.place[j] = l.place[q]!;
      out.distanceKm[j] = l.d[q]!;
      out.dLat[j] = l.dLat[q]!;
      out.dLon[j] = l.dLon[q]!;
    }
  }
  out.start[n] = j;
  return out;
}

/**
 * Group a place table into agglomerations.
 * @param table the country's places
 * @param effects scale-length parameters and merge distance
 * @param maxAgglomerations cap on the agglomerations kept (default {@link MAX_AGGLOMERATIONS})
 * @param shareCandidates read the merge candidates shared by every b₁ (default); false runs the cell search alone
 * (the same result; tests compare the two)
 */
export function buildAgglomerations(
  table: PlaceTable,
  effects: Pick<Effects, "scaleKmAtMillion" | "scaleExponent" | "mergeScaleLengths">,
  maxAgglomerations = MAX_AGGLOMERATIONS,
  shareCandidates = true,
): Agglomerations {
  const n = table.population.length;
  const order = placeOrder(table);
  const scale = (p: number) => clarkScaleKm(p, effects.scaleKmAtMillion, effects.scaleExponent);
  // The scale length of a place, b₁ · (P / 10⁶)^β as clarkScaleKm computes it, with the power cached by table and β.
  const pw = placePowers(table, effects.scaleExponent);
  const placeScale = (i: number) => (table.population[i]! > 0 ? effects.scaleKmAtMillion * pw[i]! : 0);
  // Grid of heads, 1° cells, for the merge search (when no candidates are precomputed).
  const cells = new Map<number, number[]>();
  const heads: number[] = [];
  // Per head: latitude and merge radius (km), so the search below neither re-reads the table nor recomputes the
  // scale length of a head for every place it is tested against.
  const headLat: number[] = [];
  const headMergeKm: number[] = [];
  const members: number[][] = [];
  const memberDist: number[][] = [];
  const maxMerge = effects.mergeScaleLengths * scale(table.population[order[0] ?? 0] ?? 0);
  const cand = maxMerge > 0 && shareCandidates ? mergeCandidates(table, order, effects) : undefined;
  // Head index of each place (−1 while it is not a head), for the candidate path.
  const headOf = cand ? new Int32Array(n).fill(-1) : undefined;
  for (const i of order) {
    const lat = table.latDeg[i]!;
    const lon = table.lonDeg[i]!;
    let best = -1;
    let bestD = Infinity;
    if (maxMerge > 0 && heads.length > 0) {
      const dLat = Math.ceil(maxMerge / 111);
      const cosLat = Math.max(0.05, Math.cos(lat * RAD));
      const dLon = Math.min(180, Math.ceil(maxMerge / (111 * cosLat)));
      if (cand && headOf) {
        // The heads the cell search below would visit, in its order, read from the precomputed candidates.
        for (let c = cand.start[i]!; c < cand.start[i + 1]!; c++) {
          const h = headOf[cand.place[c]!]!;
          if (h < 0 || Math.abs(cand.dLat[c]!) > dLat || Math.abs(cand.dLon[c]!) > dLon) continue;
          const d = cand.distanceKm[c]!;
          if (d < bestD && d <= headMergeKm[h]!) {
            best = h;
            bestD = d;
          }
        }
      } else {
        const la0 = Math.floor(lat);
        const lo0 = Math.floor(lon);
        for (let a = la0 - dLat; a <= la0 + dLat; a++)
          for (let b = lo0 - dLon; b <= lo0 + dLon; b++) {
            const list = cells.get(cellKey(a, wrapLon(b)));
            if (!list) continue;
            for (const h of list) {
              // The great-circle distance is at least the meridian arc between the latitudes: skip heads that arc
              // already puts out of reach (a margin keeps rounding from skipping a head the exact test would take).
              const reach = Math.min(bestD, headMergeKm[h]!);
              if (EARTH_RADIUS_KM * Math.abs(lat - headLat[h]!) * RAD > reach * (1 + 1e-9) + 1e-9) continue;
              const hi = heads[h]!;
              const d = greatCircleKm(lat, lon, headLat[h]!, table.lonDeg[hi]!);
              if (d < bestD && d <= headMergeKm[h]!) {
                best = h;
                bestD = d;
              }
            }
          }
      }
    }
    if (best >= 0) {
      members[best]!.push(i);
      memberDist[best]!.push(bestD);
    } else {
      if (headOf) headOf[i] = heads.length;
      else {
        const k = cellKey(Math.floor(lat), Math.floor(lon));
        const list = cells.get(k) ?? [];
        list.push(heads.length);
        cells.set(k, list);
      }
      heads.push(i);
      headLat.push(lat);
      headMergeKm.push(effects.mergeScaleLengths * placeScale(i));
      members.push([]);
      memberDist.push([]);
    }
  }
  const totals = heads.map((h, k) => members[k]!.reduce((t, m) => t + table.population[m]!, table.population[h]!));
  const keep = heads
    .map((_, k) => k)
    .sort((a, b) => totals[b]! - totals[a]! || a - b)
    .slice(0, maxAgglomerations);
  const m = keep.length;
  const memberCount = keep.reduce((t, k) => t + members[k]!.length, 0);
  const out: Agglomerations = {
    country: table.country,
    totalPopulation: table.totalPopulation,
    name: [],
    headPlace: new Int32Array(m),
    lat: new Float64Array(m),
    lon: new Float64Array(m),
    headPopulation: new Float64Array(m),
    headScaleKm: new Float64Array(m),
    population: new Float64Array(m),
    scaleKm: new Float64Array(m),
    ux: new Float64Array(m),
    uy: new Float64Array(m),
    uz: new Float64Array(m),
    memberStart: new Int32Array(m + 1),
    memberPopulation: new Float64Array(memberCount),
    memberDistanceKm: new Float64Array(memberCount),
    memberScaleKm: new Float64Array(memberCount),
    memberDecay: new Float64Array(memberCount),
  };
  let j = 0;
  keep.forEach((k, idx) => {
    const h = heads[k]!;
    const lat = table.latDeg[h]!;
    const lon = table.lonDeg[h]!;
    out.name.push(table.names[h]!);
    out.headPlace[idx] = h;
    out.lat[idx] = lat;
    out.lon[idx] = lon;
    out.headPopulation[idx] = table.population[h]!;
    out.headScaleKm[idx] = placeScale(h);
    out.population[idx] = totals[k]!;
    out.scaleKm[idx] = members[k]!.length === 0 ? placeScale(h) : scale(totals[k]!);
    out.ux[idx] = Math.cos(lat * RAD) * Math.cos(lon * RAD);
    out.uy[idx] = Math.cos(lat * RAD) * Math.sin(lon * RAD);
    out.uz[idx] = Math.sin(lat * RAD);
    out.memberStart[idx] = j;
    members[k]!.forEach((mi, q) => {
      out.memberPopulation[j] = table.population[mi]!;
      out.memberDistanceKm[j] = memberDist[k]![q]!;
      out.memberScaleKm[j] = placeScale(mi);
      out.memberDecay[j] = out.memberScaleKm[j]! > 0 ? Math.exp(-out.memberDistanceKm[j]! / out.memberScaleKm[j]!) : 0;
      j++;
    });
  });
  out.memberStart[m] = j;
  return out;
}

/**
 * Mark the agglomerations whose head lies within `rangeKm` (great circle) of at least one of the points.
 * @param ag agglomerations
 * @param points launch points (degrees)
 * @param rangeKm range, km
 * @returns 1 where reachable, else 0
 */
export function reachMask(
  ag: Agglomerations,
  points: ReadonlyArray<{ latDeg: number; lonDeg: number }>,
  rangeKm: number,
): Uint8Array {
  const m = ag.lat.length;
  const mask = new Uint8Array(m);
  const cosR = Math.cos(Math.min(Math.PI, rangeKm / EARTH_RADIUS_KM));
  for (const p of points) {
    const x = Math.cos(p.latDeg * RAD) * Math.cos(p.lonDeg * RAD);
    const y = Math.cos(p.latDeg * RAD) * Math.sin(p.lonDeg * RAD);
    const z = Math.sin(p.latDeg * RAD);
    for (let k = 0; k < m; k++) if (ag.ux[k]! * x + ag.uy[k]! * y + ag.uz[k]! * z >= cosR) mask[k] = 1;
  }
  return mask;
}
