/**
 * Countervalue allocation: warheads to agglomerations greedily by marginal prompt fatalities, respecting each weapon
 * group's reach (docs/methods.md §7.3).
 *
 * Fatalities in agglomeration k with covered areas A_r (one per blast ring r, innermost first): k warheads of ring
 * radius R tile a disk of area Σ πR² around the head, so the covered radius is X_r = √(A_r/π), and
 *
 *   F_k = Σ_r (f_r − f_(r+1)) · [P_head · C(X_r / b_head) + Σ_members P_m · S(X_r; d_m, b_m)]
 *
 * with f_r the ring's fatality share (f beyond the last ring 0), C(x) = 1 − (1 + x)e^(−x) the Clark share within x
 * scale lengths [clark-1951] and S the share of a member at distance d inside the covered disk (`offset-share.ts`).
 * F is concave in each A_r when fatality shares fall outwards, so the lazy greedy (Minoux 1978
 * [minoux-1978]) picks the largest marginal gain exactly.
 *
 * Warheads come in a fixed interleaved order (smooth weighted round robin by group size), so any prefix of the
 * sequence has the mix's proportions: the fatalities after n warheads are the damage curve of the mix.
 */
import type { Agglomerations } from "./agglomerations.js";
import { MaxHeap } from "./max-heap.js";
import { offsetShare } from "./offset-share.js";

/** Warheads of one yield and reach, with their ring radii. */
export interface WeaponGroup {
  /** Warheads in the group (rounded to whole warheads). */
  count: number;
  /** Ring radii, km, innermost first (same ring order as `fatality`). */
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
  /** Fatalities in each agglomeration, persons. */
  placeFatalities: Float64Array;
  /** Largest yield aimed at each agglomeration, kt. */
  largestYieldKt: Float64Array;
  /** Covered areas per agglomeration and ring (k·rings + r), km². */
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

/**
 * Return the fatalities in agglomeration k for covered areas `areas[k·R .. k·R+R−1]` plus `extra` (km², per ring).
 * @param ag agglomerations
 * @param k agglomeration index
 * @param weights ring weights ({@link ringWeights})
 * @param areas covered areas, km², R per agglomeration
 * @param extra areas added on top (per ring), or undefined
 * @param base index in `areas` of the place's first ring (default k·R)
 */
export function fatalitiesAt(
  ag: Agglomerations,
  k: number,
  weights: Float64Array,
  areas: Float64Array,
  extra: readonly number[] | undefined,
  base = k * weights.length,
): number {
  const R = weights.length;
  const ph = ag.headPopulation[k]!;
  const bh = ag.headScaleKm[k]!;
  const m0 = ag.memberStart[k]!;
  const m1 = ag.memberStart[k + 1]!;
  let f = 0;
  for (let r = 0; r < R; r++) {
    const w = weights[r]!;
    if (w === 0) continue;
    const a = areas[base + r]! + (extra ? extra[r]! : 0);
    if (!(a > 0)) continue;
    const x = Math.sqrt(a / Math.PI);
    let covered = bh > 0 ? ph * (1 - (1 + x / bh) * Math.exp(-x / bh)) : ph;
    for (let j = m0; j < m1; j++)
      covered += ag.memberPopulation[j]! * offsetShare(x, ag.memberDistanceKm[j]!, ag.memberScaleKm[j]!);
    f += w * covered;
  }
  return f;
}

/**
 * Allocate warheads greedily by marginal fatalities.
 * @param ag the victim's agglomerations
 * @param fatality fatality share of each ring, innermost first
 * @param groups weapon groups (the sequence interleaves them by size)
 */
export function allocateCountervalue(
  ag: Agglomerations,
  fatality: readonly number[],
  groups: readonly WeaponGroup[],
): AllocationTrace {
  const K = ag.lat.length;
  const R = fatality.length;
  const weights = ringWeights(fatality);
  const areas = new Float64Array(K * R);
  const current = new Float64Array(K);
  const stamp = new Int32Array(K);
  const warheads = new Float64Array(K);
  const largest = new Float64Array(K);
  const G = groups.length;
  const deltas = groups.map((g) => g.radiiKm.map((r) => Math.PI * r * r));
  const gain = (k: number, g: number) => fatalitiesAt(ag, k, weights, areas, deltas[g]) - current[k]!;
  const heaps = groups.map((g, gi) => {
    const h = new MaxHeap(K);
    if (g.count > 0) for (let k = 0; k < K; k++) if (!g.mask || g.mask[k]) h.push(gain(k, gi), k, 0);
    return h;
  });
  const total = groups.reduce((t, g) => t + g.count, 0);
  const emt = new Float64Array(total + 1);
  const fat = new Float64Array(total + 1);
  const done = new Float64Array(G);
  const stepPlace = new Int32Array(total).fill(-1);
  const stepGroup = new Int32Array(total);
  let sum = 0;
  let cumEmt = 0;
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
    // Lazy greedy: re-evaluate stale tops until the top is current.
    while (heap.size > 0 && heap.topStamp() !== stamp[heap.topItem()]!) {
      const k = heap.topItem();
      heap.pop();
      heap.push(gain(k, g), k, stamp[k]!);
    }
    if (heap.size > 0 && heap.topKey() > 0) {
      const k = heap.topItem();
      heap.pop();
      const d = deltas[g]!;
      for (let r = 0; r < R; r++) areas[k * R + r]! += d[r]!;
      const f = fatalitiesAt(ag, k, weights, areas, undefined);
      sum += f - current[k]!;
      current[k] = f;
      stamp[k]!++;
      warheads[k]!++;
      stepPlace[n - 1] = k;
      if (groups[g]!.yieldKt > largest[k]!) largest[k] = groups[g]!.yieldKt;
      heap.push(gain(k, g), k, stamp[k]!);
    }
    emt[n] = cumEmt;
    fat[n] = sum;
  }
  return {
    emt,
    fatalities: fat,
    warheads,
    placeFatalities: current,
    largestYieldKt: largest,
    areas,
    stepPlace,
    stepGroup,
  };
}
