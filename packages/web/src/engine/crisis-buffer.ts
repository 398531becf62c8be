/**
 * The crisis timeline as one transferable buffer: the worker packs the per-day series into a
 * `Float64Array` and transfers its `ArrayBuffer` to the page instead of structured-cloning an array of objects.
 *
 * Memory layout: row-major, one row per crisis day (`rows` = days + 1), `stride` = 2 + P + 3·Q columns, where P is the
 * number of parties and Q the number of pairs, in this order:
 *
 * | column            | content                                                |
 * |-------------------|--------------------------------------------------------|
 * | 0                 | day (0, 1, 2…)                                         |
 * | 1 … P             | share generated of party p (0–1), parties in `parties` |
 * | P+1 + 3q + 0      | first-strike stability of pair q's side `a` (0–1)      |
 * | P+1 + 3q + 1      | first-strike stability of pair q's side `b` (0–1)      |
 * | P+1 + 3q + 2      | combined index of pair q (0–1)                         |
 * | 1 + P + 3Q        | lowest combined index of the day (0–1)                 |
 */
import type { CrisisTimeline } from "@seceq/core";
import { getOwn } from "@seceq/core";

/** A packed crisis timeline: the buffer plus the labels needed to read it. */
export interface PackedCrisis {
  /** Row-major Float64 data; see the module comment for the layout. */
  buffer: ArrayBuffer;
  rows: number;
  stride: number;
  /** Party ids, in column order. */
  parties: string[];
  /** Pairs (a, b), in column order. */
  pairs: Array<[string, string]>;
  /** Day with the lowest combined index. */
  worstDay: number;
  worstCombined: number;
}

/** The crisis series as columns, ready for charts. */
export interface CrisisColumns {
  day: Float64Array;
  generated: Record<string, Float64Array>;
  pairs: Array<{ a: string; b: string; fssA: Float64Array; fssB: Float64Array; combined: Float64Array }>;
  minCombined: Float64Array;
  worstDay: number;
  worstCombined: number;
}

/** Pack a timeline into one buffer (see the module comment). Empty timelines give `rows = 0`. */
export function packCrisis(t: CrisisTimeline): PackedCrisis {
  const first = t.days[0];
  const parties = first ? Object.keys(first.generated) : [];
  const pairs: Array<[string, string]> = first ? first.pairs.map((p) => [p.a, p.b]) : [];
  const stride = 2 + parties.length + 3 * pairs.length;
  const data = new Float64Array(t.days.length * stride);
  t.days.forEach((d, r) => {
    const o = r * stride;
    data[o] = d.day;
    parties.forEach((p, i) => (data[o + 1 + i] = getOwn(d.generated, p) ?? Number.NaN));
    pairs.forEach(([a, b], q) => {
      const pair = d.pairs.find((x) => x.a === a && x.b === b);
      const c = o + 1 + parties.length + 3 * q;
      data[c] = pair?.fssA ?? Number.NaN;
      data[c + 1] = pair?.fssB ?? Number.NaN;
      data[c + 2] = pair?.combined ?? Number.NaN;
    });
    data[o + stride - 1] = d.minCombined;
  });
  return {
    buffer: data.buffer,
    rows: t.days.length,
    stride,
    parties,
    pairs,
    worstDay: t.worstDay,
    worstCombined: t.worstCombined,
  };
}

/** Read a packed timeline back as columns (copies; the buffer may be shared by several readers). */
export function unpackCrisis(p: PackedCrisis): CrisisColumns {
  const data = new Float64Array(p.buffer);
  const col = (c: number) => {
    const out = new Float64Array(p.rows);
    for (let r = 0; r < p.rows; r++) out[r] = data[r * p.stride + c]!;
    return out;
  };
  const generated: Record<string, Float64Array> = {};
  p.parties.forEach((party, i) => (generated[party] = col(1 + i)));
  const base = 1 + p.parties.length;
  return {
    day: col(0),
    generated,
    pairs: p.pairs.map(([a, b], q) => ({
      a,
      b,
      fssA: col(base + 3 * q),
      fssB: col(base + 3 * q + 1),
      combined: col(base + 3 * q + 2),
    })),
    minCombined: col(p.stride - 1),
    worstDay: p.worstDay,
    worstCombined: p.worstCombined,
  };
}
