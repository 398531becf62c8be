/**
 * The people outside the place table (docs/methods.md §7.8): a country's residual — its national total (UN WPP) less
 * the population of its listed places (GeoNames places of 1,000 people or more) — spread over a grid of cells as
 * rural receptors. Each place carries a share of the residual proportional to `P^γ` and spreads it with an adaptive
 * exponential kernel e^(−d/L) whose length L is the distance to the place's k-th nearest neighbouring place (the
 * variable-bandwidth kernel estimate of Breiman, Meisel & Purcell 1977 [breiman-1977]; Silverman 1986 §5.3
 * [silverman-1986]): villages and dispersed dwellings lie in the settled zone around towns, densely where towns are
 * dense and thinly over wide areas where they are sparse. Counterforce collateral (blast and fallout) counts the
 * cells like places, with uniform density inside a cell; countervalue allocation does not aim at them.
 *
 * Policy: a country whose places hold its national total (or more) has no residual and no cells; parameters out of
 * range are refused by the scenario schema.
 */
import type { PlaceTable } from "../geo/types.js";
import { EARTH_RADIUS_KM } from "./great-circle.js";

/** Assumptions of the rural population (every field has a documented default, {@link DEFAULT_RURAL}). */
export interface RuralParams {
  /** Cell size of the grid, degrees of latitude and longitude. */
  cellDeg: number;
  /** The kernel length of a place is the distance to its k-th nearest place (k ≥ 1). */
  nearest: number;
  /** Smallest and largest kernel length, km. */
  minKernelKm: number;
  maxKernelKm: number;
  /** Exponent γ of a place's share of the residual, ∝ P^γ (0: equal per place; 1: in proportion to population). */
  weightExponent: number;
}

/**
 * Default rural assumptions (docs/methods.md §7.8; estimates [U]):
 * - cellDeg 0.5: cells of 56 km × 56 cos(lat) km (32 km wide at 55°N), shorter than a lethal fallout plume of a few
 *   hundred kt and about as wide, so over many plumes the dose at a cell's centre stands for the cell's; halving the
 *   cell changes the NRDC counterforce case by 4 % (docs/methods.md §7.8) at four times the cost per plume;
 * - nearest 3: the distance to the third nearest place (median 31 km in European Russia, 61 km in Asian Russia,
 *   11 km in the US) — the zone a town shares with its neighbours; the first neighbour is often a suburb of the same
 *   town;
 * - minKernelKm 2, maxKernelKm 100: below a few km the kernel is inside one cell anyway; beyond 100 km (isolated
 *   places of the Arctic and the taiga) rural people live along rivers and roads near the place, not spread over
 *   its whole hinterland;
 * - weightExponent 0.5: the residual mixes villages (one hinterland per town: γ 0) and suburbs and settlements not
 *   listed near large places (γ 1); the square root is between the two.
 */
export const DEFAULT_RURAL: Readonly<RuralParams> = Object.freeze({
  cellDeg: 0.5,
  nearest: 3,
  minKernelKm: 2,
  maxKernelKm: 100,
  weightExponent: 0.5,
});

/** A country's rural receptors as columns (index c = one cell of the grid with people). */
export interface RuralCells {
  country: string;
  /** Residual population spread over the cells, persons (national total − places, at least 0). */
  residual: number;
  /** Cell size, degrees. */
  cellDeg: number;
  /** Cell centres, degrees. */
  lat: Float64Array;
  lon: Float64Array;
  /** Rural people of each cell, persons. */
  population: Float64Array;
  /** Cell area, km². */
  areaKm2: Float64Array;
  /** Unit vectors of the cell centres (range tests by dot product). */
  ux: Float64Array;
  uy: Float64Array;
  uz: Float64Array;
  /** Cell index by grid key (row · 4 · 360 / cellDeg + column), for the cell containing a point. */
  byKey: ReadonlyMap<number, number>;
}

const RAD = Math.PI / 180;
const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;
/** Kernels are cut at this many lengths (the exponential disk holds 1 − 4e^−3 = 80 % of its mass within 3 L). */
const CUT_LENGTHS = 3;

/**
 * Grid key of the cell holding a point.
 * @param latDeg latitude, degrees
 * @param lonDeg longitude, degrees
 * @param cellDeg cell size, degrees
 */
export function ruralCellKey(latDeg: number, lonDeg: number, cellDeg: number): number {
  const cols = Math.round(360 / cellDeg);
  const row = Math.floor((latDeg + 90) / cellDeg);
  const col = ((Math.floor((lonDeg + 180) / cellDeg) % cols) + cols) % cols;
  return row * cols + col;
}

/**
 * Kernel length of each place, km: the distance to its k-th nearest place, clamped to [minKernelKm, maxKernelKm]
 * (a latitude-sorted sweep; exact).
 * @param table the country's places
 * @param p rural assumptions
 */
export function kernelLengthsKm(table: PlaceTable, p: Pick<RuralParams, "nearest" | "minKernelKm" | "maxKernelKm">) {
  const n = table.latDeg.length;
  const k = Math.max(1, Math.round(p.nearest));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => table.latDeg[a]! - table.latDeg[b]!);
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  const uz = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const la = table.latDeg[i]! * RAD;
    const lo = table.lonDeg[i]! * RAD;
    ux[i] = Math.cos(la) * Math.cos(lo);
    uy[i] = Math.cos(la) * Math.sin(lo);
    uz[i] = Math.sin(la);
  }
  const chordKm = (a: number, b: number) => {
    const dot = Math.min(1, ux[a]! * ux[b]! + uy[a]! * uy[b]! + uz[a]! * uz[b]!);
    return EARTH_RADIUS_KM * Math.acos(dot);
  };
  const out = new Float64Array(n);
  const best: number[] = [];
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi]!;
    best.length = 0;
    const kth = () => (best.length < k ? p.maxKernelKm : best[k - 1]!);
    const consider = (j: number) => {
      const d = chordKm(i, j);
      if (d >= kth()) return;
      let at = best.length;
      while (at > 0 && best[at - 1]! > d) at--;
      best.splice(at, 0, d);
      if (best.length > k) best.length = k;
    };
    // Walk outwards in latitude; the meridian arc bounds the distance from below.
    for (let oj = oi - 1; oj >= 0; oj--) {
      const j = order[oj]!;
      if ((table.latDeg[i]! - table.latDeg[j]!) * KM_PER_DEG > kth()) break;
      consider(j);
    }
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      if ((table.latDeg[j]! - table.latDeg[i]!) * KM_PER_DEG > kth()) break;
      consider(j);
    }
    out[i] = Math.min(p.maxKernelKm, Math.max(p.minKernelKm, kth()));
  }
  return out;
}

/**
 * Spread a country's residual population over grid cells (docs/methods.md §7.8): place i carries the share
 * `P_i^γ / Σ P_j^γ` of the residual `R = total − Σ P_j` and spreads it over the cells whose centres lie within 3 L_i,
 * with weights `A_c e^(−d_ic/L_i)` normalised to 1 (so the cells sum to R exactly); L_i from {@link kernelLengthsKm}.
 * A place whose kernel reaches no cell centre puts its share in its own cell.
 * @param table the country's places (national total included)
 * @param p rural assumptions
 */
export function ruralCells(table: PlaceTable, p: RuralParams = DEFAULT_RURAL): RuralCells {
  const n = table.latDeg.length;
  let listed = 0;
  for (let i = 0; i < n; i++) listed += table.population[i]!;
  const residual = Math.max(0, table.totalPopulation - listed);
  const cellDeg = p.cellDeg;
  const cols = Math.round(360 / cellDeg);
  const rows = Math.round(180 / cellDeg);
  const acc = new Map<number, number>();
  if (residual > 0 && n > 0) {
    const L = kernelLengthsKm(table, p);
    let wSum = 0;
    const w = new Float64Array(n);
    for (let i = 0; i < n; i++) wSum += w[i] = Math.pow(table.population[i]!, p.weightExponent);
    // A dense band of rows (every column) holds the sums while the places spread their shares.
    let latMin = Infinity;
    let latMax = -Infinity;
    let cutMax = 0;
    for (let i = 0; i < n; i++) {
      latMin = Math.min(latMin, table.latDeg[i]!);
      latMax = Math.max(latMax, table.latDeg[i]!);
      cutMax = Math.max(cutMax, CUT_LENGTHS * L[i]!);
    }
    const pad = Math.ceil(cutMax / KM_PER_DEG / cellDeg) + 1;
    const rowLo = Math.max(0, Math.floor((latMin + 90) / cellDeg) - pad);
    const rowHi = Math.min(rows - 1, Math.floor((latMax + 90) / cellDeg) + pad);
    const band = new Float64Array((rowHi - rowLo + 1) * cols);
    const cap = 1 << 16;
    let idx = new Int32Array(cap);
    let val = new Float64Array(cap);
    for (let i = 0; i < n; i++) {
      const lat = table.latDeg[i]!;
      const lon = table.lonDeg[i]!;
      const Li = L[i]!;
      const cut = CUT_LENGTHS * Li;
      const dRow = Math.ceil(cut / KM_PER_DEG / cellDeg) + 1;
      const row0 = Math.floor((lat + 90) / cellDeg);
      const col0 = Math.floor((lon + 180) / cellDeg);
      let m = 0;
      let norm = 0;
      for (let r = Math.max(rowLo, row0 - dRow); r <= Math.min(rowHi, row0 + dRow); r++) {
        const cLat = -90 + (r + 0.5) * cellDeg;
        const cosLat = Math.cos(cLat * RAD);
        const dy = (cLat - lat) * KM_PER_DEG;
        if (Math.abs(dy) > cut) continue;
        // Local (equirectangular) distance at the mean latitude: within 3 L ≤ 300 km its error is below 1 %.
        const kx = KM_PER_DEG * Math.cos(((cLat + lat) / 2) * RAD);
        const dCol = Math.min(cols >> 1, Math.ceil(cut / Math.max(1e-3, kx) / cellDeg) + 1);
        const area = KM_PER_DEG * cellDeg * KM_PER_DEG * cellDeg * cosLat;
        for (let c = col0 - dCol; c <= col0 + dCol; c++) {
          const dx = (-180 + (c + 0.5) * cellDeg - lon) * kx;
          const d = Math.sqrt(dx * dx + dy * dy);
          if (d > cut) continue;
          const v = area * Math.exp(-d / Li);
          if (m === idx.length) {
            const i2 = new Int32Array(2 * m);
            i2.set(idx);
            idx = i2;
            const v2 = new Float64Array(2 * m);
            v2.set(val);
            val = v2;
          }
          idx[m] = (r - rowLo) * cols + (((c % cols) + cols) % cols);
          val[m++] = v;
          norm += v;
        }
      }
      const share = (residual * w[i]!) / wSum;
      if (!(norm > 0)) {
        const r = Math.min(rowHi, Math.max(rowLo, row0));
        band[(r - rowLo) * cols + (((col0 % cols) + cols) % cols)]! += share;
        continue;
      }
      const f = share / norm;
      for (let j = 0; j < m; j++) band[idx[j]!]! += f * val[j]!;
    }
    for (let j = 0; j < band.length; j++) if (band[j]! > 0) acc.set(j + rowLo * cols, band[j]!);
  }
  const sorted = [...acc.keys()].sort((a, b) => a - b);
  const m = sorted.length;
  const out: RuralCells = {
    country: table.country,
    residual,
    cellDeg,
    lat: new Float64Array(m),
    lon: new Float64Array(m),
    population: new Float64Array(m),
    areaKm2: new Float64Array(m),
    ux: new Float64Array(m),
    uy: new Float64Array(m),
    uz: new Float64Array(m),
    byKey: new Map(sorted.map((key, c) => [key, c])),
  };
  sorted.forEach((key, c) => {
    const r = Math.floor(key / cols);
    const lat = -90 + (r + 0.5) * cellDeg;
    const lon = -180 + ((key % cols) + 0.5) * cellDeg;
    out.lat[c] = lat;
    out.lon[c] = lon;
    out.population[c] = acc.get(key)!;
    out.areaKm2[c] = KM_PER_DEG * cellDeg * KM_PER_DEG * cellDeg * Math.cos(lat * RAD);
    out.ux[c] = Math.cos(lat * RAD) * Math.cos(lon * RAD);
    out.uy[c] = Math.cos(lat * RAD) * Math.sin(lon * RAD);
    out.uz[c] = Math.sin(lat * RAD);
  });
  return out;
}
