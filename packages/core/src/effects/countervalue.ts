/**
 * Countervalue allocation: warheads to agglomerations greedily by marginal prompt fatalities, respecting each weapon
 * group's reach (docs/methods.md §7.3).
 *
 * Fatalities in agglomeration k's own places with covered areas A_r (one per ring r: blast rings innermost first,
 * then the burn ring): k warheads of ring radius R tile a disk of area Σ πR² around the head, so the covered radius
 * is X_r = √(A_r/π). With Cov(x) the people of k within x of the head,
 *
 *   Cov(x) = P_head · C(x / b_head) + Σ_members P_m · S(x; d_m, b_m),
 *   F_k = Σ_r w_r Cov(X_r) + q · [Cov(X_burn) − Σ_r w_r Cov(min(X_r, X_burn))]
 *
 * with w_r = f_r − f_(r+1) the blast ring weights (f beyond the last ring 0), q the share of the people inside the
 * burn range who die of burns when blast spares them (0: no burns), C(x) = 1 − (1 + x)e^(−x) the Clark share within x
 * scale lengths [clark-1951] and S the share of a place at distance d inside the covered disk (`offset-share.ts`).
 *
 * Neighbouring agglomerations (option `neighbours`): the rings of the warheads on k also cover the people of other
 * agglomerations j (each one Clark profile of its whole population around its head, at head distance d_kj), killing
 * the share s_kj (the same ring sum with S(X; d_kj, b_j) for Cov). Kills of different agglomerations' bursts are
 * independent: j's dead are P_j − (P_j − F_j) Π_k (1 − s_kj). The marginal gain of a warhead on k is then its own
 * gain times k's survival of the others' bursts plus, for each neighbour, its survivors times the rise of s_kj.
 *
 * Gains only fall as warheads land (F concave in the areas when shares fall outwards; survivals only fall), so the
 * lazy greedy (Minoux 1978 [minoux-1978]) picks the largest marginal gain exactly: a heap entry is an upper bound,
 * re-evaluated when it reaches the top until the top is current.
 *
 * Warheads come in a fixed interleaved order (smooth weighted round robin by group size), so any prefix of the
 * sequence has the mix's proportions: the fatalities after n warheads are the damage curve of the mix.
 */
import type { Agglomerations } from "./agglomerations.js";
import { EARTH_RADIUS_KM } from "./great-circle.js";
import { MaxHeap } from "./max-heap.js";
import { offsetShare } from "./offset-share.js";
import { thirdDegreeRangeKm } from "./thermal.js";
import { DEFAULT_BURNS } from "../schema/value-model.js";

/** Warheads of one yield and reach, with their ring radii. */
export interface WeaponGroup {
  /** Warheads in the group (rounded to whole warheads). */
  count: number;
  /**
   * Ring radii, km: the blast rings innermost first (same order as `fatality`), then, optionally, the burn range (if
   * absent and burns are on, the third-degree range of an air burst of `yieldKt` is used).
   */
  radiiKm: readonly number[];
  /** Equivalent megatonnage per warhead (for the curve's abscissa). */
  emt: number;
  /** Reachable agglomerations (1) or undefined for all. */
  mask: Uint8Array | undefined;
  /** Yield per warhead, kt (for reports). */
  yieldKt: number;
}

/** Result of an allocation. */
export interface AllocationTrace {
  /** Cumulative EMT after 0..n warheads. */
  emt: Float64Array;
  /** Cumulative fatalities after 0..n warheads, persons. */
  fatalities: Float64Array;
  /** Warheads on each agglomeration. */
  warheads: Float64Array;
  /** Fatalities in each agglomeration (its own bursts and its neighbours'), persons. */
  placeFatalities: Float64Array;
  /** Largest yield aimed at each agglomeration, kt. */
  largestYieldKt: Float64Array;
  /** Covered areas per agglomeration and ring (k·stride + r), km². */
  areas: Float64Array;
  /** Agglomeration that received warhead n (index n − 1), −1 when none gained. */
  stepPlace: Int32Array;
  /** Group of warhead n (index n − 1). */
  stepGroup: Int32Array;
}

/** Ring weights f_r − f_(r+1), innermost first. */
export function ringWeights(fatality: readonly number[]): Float64Array {
  const w = new Float64Array(fatality.length);
  for (let r = 0; r < fatality.length; r++) w[r] = fatality[r]! - (fatality[r + 1] ?? 0);
  return w;
}

/** The rings of a population target: blast ring weights and the burn share. */
export interface RingModel {
  /** Blast ring weights f_r − f_(r+1), innermost first. */
  weights: Float64Array;
  /** Share q of the people inside the burn range, spared by blast, who die of burns, 0–1 (0: no burn ring). */
  burn: number;
  /** Entries per agglomeration in area arrays: the blast rings, then the burn ring when `burn` > 0. */
  stride: number;
}

/**
 * Build the ring model of blast fatality shares and a burn share.
 * @param fatality blast ring fatality shares, innermost first
 * @param burn share killed by burns inside the burn range (exposed share × burn fatality), 0 for none
 */
export function ringModel(fatality: readonly number[], burn = 0): RingModel {
  const b = burn > 0 ? Math.min(1, burn) : 0;
  return { weights: ringWeights(fatality), burn: b, stride: fatality.length + (b > 0 ? 1 : 0) };
}

/** Share killed by burns of the default assumptions: exposed share × burn fatality. */
export const DEFAULT_BURN_SHARE = DEFAULT_BURNS.exposedShare * DEFAULT_BURNS.fatality;

/**
 * What {@link killedBy} counts the people of: agglomeration k's own places (head and members), or one Clark profile
 * (scale b) whose centre lies at distance d from the burst (a neighbour's spill).
 */
const OWN = 0;
const SPILL = 1;

/**
 * People covered within x of the burst: with `mode` {@link OWN}, agglomeration `k`'s own places; with {@link SPILL},
 * the share {@link diskShareFast}(x, d, b) of one profile. A plain function (not a closure made per call: the greedy
 * calls it millions of times per table).
 */
function coverOf(mode: number, ag: Agglomerations, k: number, d: number, b: number, x: number): number {
  if (mode === SPILL) return diskShareFast(x, d, b);
  const ph = ag.headPopulation[k]!;
  const bh = ag.headScaleKm[k]!;
  let c = bh > 0 ? ph * (1 - (1 + x / bh) * Math.exp(-x / bh)) : ph;
  const m1 = ag.memberStart[k + 1]!;
  for (let j = ag.memberStart[k]!; j < m1; j++)
    c += ag.memberPopulation[j]! * offsetShare(x, ag.memberDistanceKm[j]!, ag.memberScaleKm[j]!, ag.memberDecay[j]);
  return c;
}

/**
 * Killed people for covered areas (one per ring, plus extra), given the people within x of the centre
 * ({@link coverOf} with `mode`, `ag`, `k`, `d`, `b`).
 */
function killedBy(
  rings: RingModel,
  areas: Float64Array | readonly number[],
  base: number,
  extra: readonly number[] | undefined,
  mode: number,
  ag: Agglomerations,
  k: number,
  d: number,
  b: number,
): number {
  const { weights, burn } = rings;
  const R = weights.length;
  let xb = 0;
  let cb = 0;
  if (burn > 0) {
    const a = areas[base + R]! + (extra ? extra[R]! : 0);
    if (a > 0) {
      xb = Math.sqrt(a / Math.PI);
      cb = coverOf(mode, ag, k, d, b, xb);
    }
  }
  let f = burn * cb;
  for (let r = 0; r < R; r++) {
    const w = weights[r]!;
    if (w === 0) continue;
    const a = areas[base + r]! + (extra ? extra[r]! : 0);
    if (!(a > 0)) continue;
    const x = Math.sqrt(a / Math.PI);
    const c = x === xb ? cb : coverOf(mode, ag, k, d, b, x);
    f += w * c;
    if (burn > 0) f -= burn * w * (x <= xb ? c : cb);
  }
  return f;
}

/** Outer covered radius of a place's areas (plus extra), km. */
function outerRadius(stride: number, areas: Float64Array, base: number, extra: readonly number[] | undefined): number {
  let a = 0;
  for (let r = 0; r < stride; r++) a = Math.max(a, areas[base + r]! + (extra ? extra[r]! : 0));
  return Math.sqrt(a / Math.PI);
}

/**
 * Return the fatalities among agglomeration k's own places (head and members) for covered areas
 * `areas[base .. base + stride − 1]` plus `extra` (km², per ring).
 * @param ag agglomerations
 * @param k agglomeration index
 * @param rings ring model ({@link ringModel}); a weights array alone means blast rings only
 * @param areas covered areas, km², `stride` per agglomeration
 * @param extra areas added on top (per ring), or undefined
 * @param base index in `areas` of the place's first ring (default k·stride)
 */
export function fatalitiesAt(
  ag: Agglomerations,
  k: number,
  rings: RingModel | Float64Array,
  areas: Float64Array,
  extra: readonly number[] | undefined,
  base?: number,
): number {
  const rm = rings instanceof Float64Array ? { weights: rings, burn: 0, stride: rings.length } : rings;
  return killedBy(rm, areas, base ?? k * rm.stride, extra, OWN, ag, k, 0, 0);
}

/**
 * Neighbours of an agglomeration are counted up to this many of their own scale lengths beyond the outer ring (a
 * Clark profile holds (1 + 6)e^(−6) ≈ 1.7 % of its people beyond 6 scale lengths).
 */
export const NEIGHBOUR_SCALE_LENGTHS = 1;

const DISK_NODES = 24;
const clark = (x: number) => (x > 0 ? 1 - (1 + x) * Math.exp(-x) : 0);

/**
 * Share of a Clark profile (scale b) whose centre lies at distance d from a burst, inside the disk of radius X around
 * the burst: the rings r ≤ X − d lie wholly inside (C((X − d)/b)); a ring |X − d| < r < X + d has the arc 2θ inside,
 * cos θ = (r² + d² − X²)/(2rd), weighted by the profile's radial density (r/b²)e^(−r/b) — integrated numerically
 * (midpoint rule in φ, r = mid − half·cos φ, which clusters the nodes at the ends where θ has square-root behaviour).
 * Exact at d = 0; accurate to about 10⁻³ elsewhere. Used for neighbouring agglomerations, whose centres often lie
 * near the covered disk's edge (`offsetShare`, a bound kept for members, is far too low there).
 * @param X covered radius, km
 * @param d distance from the burst to the profile's centre, km
 * @param b scale length, km
 */
export function diskShare(X: number, d: number, b: number, nodes = DISK_NODES): number {
  if (!(X > 0)) return 0;
  if (!(b > 0)) return d <= X ? 1 : 0;
  const full = X > d ? clark((X - d) / b) : 0;
  if (!(d > 0)) return full;
  const lo = Math.abs(X - d);
  // The profile beyond 40 scale lengths holds e⁻⁴⁰ of its people.
  const hi = Math.min(X + d, lo + 40 * b);
  if (lo / b > 40) return full;
  const mid = (lo + hi) / 2;
  const half = (hi - lo) / 2;
  let acc = 0;
  for (let i = 0; i < nodes; i++) {
    const phi = (Math.PI * (i + 0.5)) / nodes;
    const r = mid - half * Math.cos(phi);
    if (!(r > 0)) continue;
    const c = (r * r + d * d - X * X) / (2 * r * d);
    const theta = Math.acos(Math.max(-1, Math.min(1, c)));
    acc += (r / (b * b)) * Math.exp(-r / b) * (theta / Math.PI) * half * Math.sin(phi);
  }
  return Math.min(1, full + (acc * Math.PI) / nodes);
}

const TABLE_S = 97;
const TABLE_W = 177;
const S_MAX = Math.log1p(2000);
const W_MIN = -10;
const W_MAX = 12;
let diskTable: Float64Array | undefined;

/**
 * {@link diskShare} by bilinear interpolation in a table over s = ln(1 + X/b) (0 to ln 2001) and w = (d − X)/b (−10 to
 * 12), built once from the quadrature (error below 0.006); deep inside the disk (w < −10) the share is C(−w), far
 * outside (w > 12) it is taken as 0 (below 10⁻⁴).
 * @param X covered radius, km
 * @param d distance from the burst to the profile's centre, km
 * @param b scale length, km
 */
export function diskShareFast(X: number, d: number, b: number): number {
  if (!(X > 0)) return 0;
  if (!(b > 0)) return d <= X ? 1 : 0;
  const w = (d - X) / b;
  if (w < W_MIN) return clark(-w);
  const s = Math.log1p(X / b);
  // Beyond 12 scale lengths outside the disk the share is below 10⁻⁴ (see diskShareBound): none.
  if (w > W_MAX) return 0;
  if (s > S_MAX) return diskShare(X, d, b);
  if (!diskTable) {
    diskTable = new Float64Array(TABLE_S * TABLE_W);
    for (let i = 0; i < TABLE_S; i++) {
      const u = Math.expm1((S_MAX * i) / (TABLE_S - 1));
      for (let j = 0; j < TABLE_W; j++) {
        const ww = W_MIN + ((W_MAX - W_MIN) * j) / (TABLE_W - 1);
        diskTable[i * TABLE_W + j] = diskShare(u, Math.max(0, u + ww), 1, 64);
      }
    }
  }
  const fi = (s / S_MAX) * (TABLE_S - 1);
  const fj = ((w - W_MIN) / (W_MAX - W_MIN)) * (TABLE_W - 1);
  const i0 = Math.min(TABLE_S - 2, Math.floor(fi));
  const j0 = Math.min(TABLE_W - 2, Math.floor(fj));
  const a = fi - i0;
  const c = fj - j0;
  const t = diskTable;
  const v00 = t[i0 * TABLE_W + j0]!;
  const v01 = t[i0 * TABLE_W + j0 + 1]!;
  const v10 = t[(i0 + 1) * TABLE_W + j0]!;
  const v11 = t[(i0 + 1) * TABLE_W + j0 + 1]!;
  return (1 - a) * ((1 - c) * v00 + c * v01) + a * ((1 - c) * v10 + c * v11);
}

/**
 * Upper bound of {@link diskShare} for a centre outside the disk (d > X): the disk lies beyond d − X from the centre,
 * which holds the share (1 + t)e^(−t), t = (d − X)/b, of the profile, within the angle ±asin(X/d) seen from it.
 */
function diskShareBound(X: number, d: number, b: number): number {
  if (!(d > X)) return 1;
  const t = (d - X) / b;
  return (1 + t) * Math.exp(-t) * (Math.asin(Math.min(1, X / d)) / Math.PI);
}

/** A neighbour's spill below this many people (bound) is not counted (a deterministic cut, the same in replays). */
export const NEIGHBOUR_MIN_PERSONS = 100;

/** Share of agglomeration j's people (one Clark profile, scale b, head at d) killed by covered areas. */
function spillShare(
  ag: Agglomerations,
  rings: RingModel,
  areas: Float64Array,
  base: number,
  extra: readonly number[] | undefined,
  d: number,
  b: number,
): number {
  return Math.min(1 - 1e-12, killedBy(rings, areas, base, extra, SPILL, ag, 0, d, b));
}

/** Spatial index of agglomeration heads: 0.5° cells, lists of (neighbour, distance) per head by radius. */
interface NeighbourIndex {
  cells: Map<number, number[]>;
  lists: ({ radiusKm: number; j: Int32Array; d: Float64Array } | undefined)[];
  /** For each agglomeration j, the agglomerations whose neighbour lists hold j (their gains depend on j's state). */
  reverse: number[][];
  maxScaleKm: number;
}

const CELL_DEG = 0.5;
const neighbourIndexes = new WeakMap<Agglomerations, NeighbourIndex>();
const cellKey = (la: number, lo: number) => (la + 400) * 2000 + (lo + 800);

function neighbourIndex(ag: Agglomerations): NeighbourIndex {
  let ix = neighbourIndexes.get(ag);
  if (ix) return ix;
  const cells = new Map<number, number[]>();
  let maxScaleKm = 0;
  for (let k = 0; k < ag.lat.length; k++) {
    const key = cellKey(Math.floor(ag.lat[k]! / CELL_DEG), Math.floor(ag.lon[k]! / CELL_DEG));
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    list.push(k);
    maxScaleKm = Math.max(maxScaleKm, ag.scaleKm[k]!);
  }
  ix = {
    cells,
    lists: Array.from({ length: ag.lat.length }, () => undefined),
    reverse: Array.from({ length: ag.lat.length }, (): number[] => []),
    maxScaleKm,
  };
  neighbourIndexes.set(ag, ix);
  return ix;
}

/** Agglomerations other than k whose heads lie within `radiusKm` of k's head (cached; grown by doubling). */
function neighboursOf(ag: Agglomerations, ix: NeighbourIndex, k: number, radiusKm: number) {
  const have = ix.lists[k];
  if (have && have.radiusKm >= radiusKm) return have;
  const r = Math.max(radiusKm, have ? 2 * have.radiusKm : radiusKm);
  const lat = ag.lat[k]!;
  const dLat = Math.ceil(r / 111 / CELL_DEG) + 1;
  const cosLat = Math.max(0.05, Math.cos((lat * Math.PI) / 180));
  const dLon = Math.min(Math.ceil(360 / CELL_DEG), Math.ceil(r / (111 * cosLat) / CELL_DEG) + 1);
  const la0 = Math.floor(lat / CELL_DEG);
  const lo0 = Math.floor(ag.lon[k]! / CELL_DEG);
  const nLon = Math.round(360 / CELL_DEG);
  const js: number[] = [];
  const ds: number[] = [];
  const cosR = Math.cos(Math.min(Math.PI, r / EARTH_RADIUS_KM));
  const seen = new Set<number>();
  for (let a = la0 - dLat; a <= la0 + dLat; a++)
    for (let b = lo0 - dLon; b <= lo0 + dLon; b++) {
      const wrapped = ((((b + nLon / 2) % nLon) + nLon) % nLon) - nLon / 2;
      const key = cellKey(a, wrapped);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = ix.cells.get(key);
      if (!list) continue;
      for (const j of list) {
        if (j === k) continue;
        const dot = ag.ux[k]! * ag.ux[j]! + ag.uy[k]! * ag.uy[j]! + ag.uz[k]! * ag.uz[j]!;
        if (dot < cosR) continue;
        js.push(j);
        ds.push(EARTH_RADIUS_KM * Math.acos(Math.min(1, dot)));
      }
    }
  const out = { radiusKm: r, j: Int32Array.from(js), d: Float64Array.from(ds) };
  const before = new Set(have ? have.j : []);
  for (const j of js) if (!before.has(j)) ix.reverse[j]!.push(k);
  ix.lists[k] = out;
  return out;
}

let zeros = new Float64Array(256);
/** A shared array of zeros of at least n entries (read only). */
function zerosOf(n: number): Float64Array {
  if (zeros.length < n) zeros = new Float64Array(2 * n);
  return zeros;
}

/** Options of {@link allocateCountervalue}. */
export interface AllocationOptions {
  /** Share of the people inside the burn range killed by burns when blast spares them. Default 0.07 × 0.5. */
  burn?: number;
  /** Count the people of neighbouring agglomerations under a burst's rings. Default true. */
  neighbours?: boolean;
}

/** Ring radii of a group with the burn range appended when burns are on (computed for an air burst if absent). */
function groupRadii(g: WeaponGroup, R: number, burn: boolean): number[] {
  const out = g.radiiKm.slice(0, R);
  if (burn)
    out.push(
      g.radiiKm.length > R
        ? g.radiiKm[R]!
        : thirdDegreeRangeKm(g.yieldKt, DEFAULT_BURNS.thermalFraction, DEFAULT_BURNS.transmissionKm),
    );
  return out;
}

/**
 * The state of an allocation: covered areas, own fatalities, spills into neighbours and survival of them.
 */
class Coverage {
  readonly areas: Float64Array;
  readonly own: Float64Array;
  /** ln Π (1 − s_kj) over the bursts on other agglomerations, per agglomeration j. */
  readonly logSurvival: Float64Array;
  /** Current spill shares of k into its neighbours (aligned with the neighbour list at the time), by k. */
  readonly spills = new Map<number, { j: Int32Array; d: Float64Array; s: Float64Array }>();
  readonly ix: NeighbourIndex | undefined;
  /** Agglomerations whose spill from the last committed burst rose (their survival fell). */
  changed: number[] = [];

  constructor(
    readonly ag: Agglomerations,
    readonly rings: RingModel,
    neighbours: boolean,
  ) {
    const K = ag.lat.length;
    this.areas = new Float64Array(K * rings.stride);
    this.own = new Float64Array(K);
    this.logSurvival = new Float64Array(K);
    this.ix = neighbours && K > 1 ? neighbourIndex(ag) : undefined;
  }

  /** Neighbour list and current spills of k, covering radius `radiusKm`. */
  private spillOf(k: number, radiusKm: number) {
    const list = neighboursOf(this.ag, this.ix!, k, radiusKm);
    let sp = this.spills.get(k);
    if (!sp) return { j: list.j, d: list.d, s: zerosOf(list.j.length) };
    if (sp.j !== list.j) {
      const s = new Float64Array(list.j.length);
      if (sp) {
        const old = new Map<number, number>();
        for (let i = 0; i < sp.j.length; i++) old.set(sp.j[i]!, sp.s[i]!);
        for (let i = 0; i < list.j.length; i++) s[i] = old.get(list.j[i]!) ?? 0;
      }
      sp = { j: list.j, d: list.d, s };
      this.spills.set(k, sp);
    }
    return sp;
  }

  /**
   * Marginal fatalities of adding `extra` areas on k; with `commit`, apply them and return the same gain.
   */
  gain(k: number, extra: readonly number[], commit: boolean): number {
    const { ag, rings } = this;
    const base = k * rings.stride;
    const own = fatalitiesAt(ag, k, rings, this.areas, extra, base);
    let g = (own - this.own[k]!) * Math.exp(this.logSurvival[k]!);
    const ix = this.ix;
    let sp: { j: Int32Array; d: Float64Array; s: Float64Array } | undefined;
    let next: Float64Array | undefined;
    if (ix) {
      const X = outerRadius(rings.stride, this.areas, base, extra);
      sp = this.spillOf(k, X + NEIGHBOUR_SCALE_LENGTHS * ix.maxScaleKm);
      if (commit) next = new Float64Array(sp.j.length);
      for (let i = 0; i < sp.j.length; i++) {
        const j = sp.j[i]!;
        const d = sp.d[i]!;
        const b = ag.scaleKm[j]!;
        const old = sp.s[i]!;
        let s = 0;
        if (
          d <= X + NEIGHBOUR_SCALE_LENGTHS * b &&
          ag.population[j]! * diskShareBound(X, d, b) >= NEIGHBOUR_MIN_PERSONS
        )
          s = spillShare(ag, rings, this.areas, base, extra, d, b);
        if (s < old) s = old;
        if (next) next[i] = s;
        if (s > old) {
          const survivors = ag.population[j]! - this.own[j]!;
          g += survivors * Math.exp(this.logSurvival[j]! - Math.log1p(-old)) * (s - old);
        }
      }
    }
    if (commit) {
      for (let r = 0; r < rings.stride; r++) this.areas[base + r]! += extra[r]!;
      this.own[k] = own;
      this.changed = [];
      if (sp && next) {
        for (let i = 0; i < sp.j.length; i++) {
          const j = sp.j[i]!;
          if (next[i]! > sp.s[i]!) {
            this.logSurvival[j]! += Math.log1p(-next[i]!) - Math.log1p(-sp.s[i]!);
            this.changed.push(j);
          }
        }
        sp.s = next;
        this.spills.set(k, sp);
      }
    }
    return g;
  }

  /** Dead in agglomeration k now, persons. */
  dead(k: number): number {
    const p = this.ag.population[k]!;
    return p - (p - this.own[k]!) * Math.exp(this.logSurvival[k]!);
  }
}

/** First-warhead gains of every place for one ring set, and the order of the places each reach mask admits. */
interface FirstGains {
  gains: Float64Array;
  /** Places by falling first gain (ties: lower index first), all of them or those of one mask. */
  orders: Map<Uint8Array | undefined, Int32Array>;
}

/** First gains by agglomerations, then by rings, neighbours and areas (a few ring sets per scenario). */
let firstGainCache = new WeakMap<Agglomerations, Map<string, FirstGains>>();

/** Forget the kept first gains (with the damage tables: benchmarks measure a derivation from scratch). */
export function clearFirstGains(): void {
  firstGainCache = new WeakMap();
}

/**
 * Return the first-warhead gain of every place for the areas `delta` (an empty allocation's marginal fatalities: a
 * function of the places, the rings, the neighbour option and the areas only) and the places the mask admits in
 * falling first-gain order; computed once and kept.
 */
function firstGains(
  cov: Coverage,
  delta: readonly number[],
  mask: Uint8Array | undefined,
): { gains: Float64Array; order: Int32Array } {
  const { ag, rings } = cov;
  let byKey = firstGainCache.get(ag);
  if (!byKey) firstGainCache.set(ag, (byKey = new Map<string, FirstGains>()));
  const key = `${rings.weights.join(",")}|${rings.burn}|${cov.ix !== undefined}|${delta.join(",")}`;
  let entry = byKey.get(key);
  if (!entry) {
    const K = ag.lat.length;
    const gains = new Float64Array(K);
    for (let k = 0; k < K; k++) gains[k] = cov.gain(k, delta, false);
    if (byKey.size >= FIRST_GAIN_SETS) byKey.clear();
    byKey.set(key, (entry = { gains, orders: new Map() }));
  }
  let order = entry.orders.get(mask);
  if (!order) {
    const f = entry.gains;
    const cand: number[] = [];
    for (let k = 0; k < f.length; k++) if (!mask || mask[k]) cand.push(k);
    cand.sort((a, b) => f[b]! - f[a]! || a - b);
    order = Int32Array.from(cand);
    if (entry.orders.size >= FIRST_GAIN_SETS) entry.orders.clear();
    entry.orders.set(mask, order);
  }
  return { gains: entry.gains, order };
}

/**
 * Ring sets kept per agglomeration set, and reach masks per ring set (a scenario has a few of each): a ring set holds
 * one number per place and a mask's order one index per place it admits (32 kB and at most 16 kB for 4,000 places).
 */
const FIRST_GAIN_SETS = 16;

/**
 * Allocate warheads greedily by marginal fatalities.
 * @param ag the victim's agglomerations
 * @param fatality blast fatality share of each ring, innermost first
 * @param groups weapon groups (the sequence interleaves them by size)
 * @param options burns and neighbouring agglomerations (defaults: the model's, docs/methods.md §7)
 */
export function allocateCountervalue(
  ag: Agglomerations,
  fatality: readonly number[],
  groups: readonly WeaponGroup[],
  options: AllocationOptions = {},
): AllocationTrace {
  const K = ag.lat.length;
  const R = fatality.length;
  const rings = ringModel(fatality, options.burn ?? DEFAULT_BURN_SHARE);
  const withBurns = rings.burn > 0;
  const cov = new Coverage(ag, rings, options.neighbours ?? true);
  const neighbours = cov.ix !== undefined;
  const stamp = new Int32Array(K);
  const warheads = new Float64Array(K);
  const largest = new Float64Array(K);
  const G = groups.length;
  const deltas = groups.map((g) => groupRadii(g, R, withBurns).map((r) => Math.PI * r * r));
  const gain = (k: number, g: number) => cov.gain(k, deltas[g]!, false);
  // Gains only fall, so a place's first-warhead gain bounds its gain ever after. Each group's heap starts with its
  // `total` best places by first-warhead gain (without neighbours, only those can receive its warheads: untouched
  // places keep their first gain); the others wait in first-gain order and join the heap whenever the next one's first
  // gain exceeds the current top's gain (exact whatever the neighbours do). The first gains and that order depend only
  // on the places, the rings and the group's areas and reach, so they are kept across allocations ({@link firstGains}).
  const total = groups.reduce((t, g) => t + g.count, 0);
  const waiting: Int32Array[] = [];
  const firstOf: (Float64Array | undefined)[] = [];
  const waitAt = new Int32Array(G);
  const heaps = groups.map((g, gi) => {
    const n = g.count > 0 ? Math.ceil(total) : 0;
    const h = new MaxHeap(Math.max(1, Math.min(K, n)));
    waiting.push(new Int32Array(0));
    firstOf.push(undefined);
    if (!(n > 0)) return h;
    const { gains, order } = firstGains(cov, deltas[gi]!, g.mask);
    for (let i = 0; i < Math.min(n, order.length); i++) h.push(gains[order[i]!]!, order[i]!, 0);
    waiting[gi] = order.subarray(Math.min(n, order.length));
    firstOf[gi] = gains;
    return h;
  });
  const emt = new Float64Array(total + 1);
  const fat = new Float64Array(total + 1);
  const done = new Float64Array(G);
  const stepPlace = new Int32Array(total).fill(-1);
  const stepGroup = new Int32Array(total);
  let sum = 0;
  let cumEmt = 0;
  // A commit on k changes the gains of k, of the agglomerations its rings reach (their survival fell) and of those
  // whose neighbour lists hold any of them (their spill gains depend on those places' survivors): all are re-stamped.
  const reverse = cov.ix?.reverse;
  const touch = (k: number) => {
    stamp[k]!++;
    if (reverse) for (const i of reverse[k]!) stamp[i]!++;
  };
  for (let n = 1; n <= total; n++) {
    // Smooth weighted round robin: the group furthest behind its share of the first n warheads goes next.
    let g = -1;
    let lag = -Infinity;
    for (let q = 0; q < G; q++) {
      if (done[q]! >= groups[q]!.count) continue;
      const l = (n * groups[q]!.count) / total - done[q]!;
      if (l > lag + 1e-12) {
        lag = l;
        g = q;
      }
    }
    if (g < 0) break;
    done[g]!++;
    stepGroup[n - 1] = g;
    cumEmt += groups[g]!.emt;
    const heap = heaps[g]!;
    const first = firstOf[g];
    const wait = waiting[g]!;
    // Lazy greedy: re-evaluate stale tops until the top is current; admit waiting places whose bound is higher.
    for (;;) {
      if (first && waitAt[g]! < wait.length) {
        const k = wait[waitAt[g]!]!;
        if (heap.size === 0 || first[k]! > heap.topKey()) {
          waitAt[g]!++;
          heap.push(first[k]!, k, -1);
          continue;
        }
      }
      if (heap.size === 0 || heap.topStamp() === stamp[heap.topItem()]!) break;
      const k = heap.topItem();
      heap.replaceTop(gain(k, g), k, stamp[k]!);
    }
    if (heap.size > 0 && heap.topKey() > 0) {
      // The top stays in place while its warhead is committed, and is re-keyed with its next gain after.
      const k = heap.topItem();
      sum += cov.gain(k, deltas[g]!, true);
      touch(k);
      if (neighbours) for (const j of cov.changed) touch(j);
      warheads[k]!++;
      stepPlace[n - 1] = k;
      if (groups[g]!.yieldKt > largest[k]!) largest[k] = groups[g]!.yieldKt;
      heap.replaceTop(gain(k, g), k, stamp[k]!);
    }
    emt[n] = cumEmt;
    fat[n] = sum;
  }
  const placeFatalities = new Float64Array(K);
  for (let k = 0; k < K; k++) placeFatalities[k] = cov.dead(k);
  return {
    emt,
    fatalities: fat,
    warheads,
    placeFatalities,
    largestYieldKt: largest,
    areas: cov.areas,
    stepPlace,
    stepGroup,
  };
}

/**
 * Fatalities per agglomeration for given covered areas on some of them (a replay of an allocation), counting
 * neighbours as {@link allocateCountervalue} does: the places with areas and, with neighbours, those their rings reach.
 * @param ag agglomerations
 * @param rings ring model
 * @param areasByPlace covered areas (stride per place) by agglomeration
 * @param neighbours count neighbouring agglomerations
 */
export function fatalitiesOfAreas(
  ag: Agglomerations,
  rings: RingModel,
  areasByPlace: ReadonlyMap<number, Float64Array>,
  neighbours: boolean,
): Map<number, number> {
  const cov = new Coverage(ag, rings, neighbours);
  const touched = new Set<number>();
  for (const [k, a] of areasByPlace) {
    cov.gain(k, Array.from(a), true);
    touched.add(k);
    const sp = cov.spills.get(k);
    if (sp) for (let i = 0; i < sp.j.length; i++) if (sp.s[i]! > 0) touched.add(sp.j[i]!);
  }
  const out = new Map<number, number>();
  for (const k of touched) out.set(k, cov.dead(k));
  return out;
}
