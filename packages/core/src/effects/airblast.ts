/**
 * Ground range of a given peak overpressure for a surface burst or an optimum-height air burst, yield-aware by
 * cube-root scaling (Glasstone & Dolan 1977 §3.60 [glasstone-dolan-1977]).
 *
 * - Surface burst: Brode's free-air fit at twice the yield (`overpressureRadiusM` in `physics/lethal-radius.ts`).
 * - Air burst: Brode's height-of-burst fit for 1 kt over an ideal surface, "Airblast from Nuclear Bursts — Analytic
 *   Approximations", PSR Report 1419-3, 1986, pp. 60–71 [brode-1986] (form and constants as implemented in the public
 *   `glasstone` package, overpressure.py `_brode`); the optimum height for an overpressure is the one that maximises
 *   its ground range (Glasstone & Dolan §3.73), found here by a golden-section search over scaled heights of
 *   0–3 kft/kt^(1/3).
 *
 * Policy: yield ≤ 0 gives range 0; ranges are computed at 1 kt once per overpressure (cached) and scaled by Y^(1/3).
 */
import { overpressureRadiusM } from "../physics/lethal-radius.js";
import type { BurstHeight } from "../schema/value-model.js";

/** Metres in one kilofoot (Brode's unit). */
const KFT_M = 304.8;

/**
 * Brode's peak overpressure for a 1-kt burst over an ideal surface, psi.
 * @param z burst height over ground range (dimensionless)
 * @param r slant range, kft
 * @param y burst height, kft
 */
function brodeHob(z: number, r: number, y: number): number {
  const a = 1.22 - (3.908 * z ** 2) / (1 + 810.2 * z ** 5);
  const b =
    2.321 +
    (6.195 * z ** 18) / (1 + 1.113 * z ** 18) -
    (0.03831 * z ** 17) / (1 + 0.02415 * z ** 17) +
    0.6692 / (1 + 4164 * z ** 8);
  const c = 4.153 - (1.149 * z ** 18) / (1 + 1.641 * z ** 18) - 1.1 / (1 + 2.771 * z ** 2.5);
  const d = -4.166 + (25.76 * z ** 1.75) / (1 + 1.382 * z ** 18) + (8.257 * z) / (1 + 3.219 * z);
  const e = 1 - (0.004642 * z ** 18) / (1 + 0.003886 * z ** 18);
  const f = 0.6096 + (2.879 * z ** 9.25) / (1 + 2.359 * z ** 14.5) - (17.5 * z ** 2) / (1 + 71.66 * z ** 3);
  const g = 1.83 + (5.361 * z ** 2) / (1 + 0.3139 * z ** 6);
  const h =
    (8.808 * z ** 1.5) / (1 + 154.5 * z ** 3.5) -
    (0.2905 + 64.67 * z ** 5) / (1 + 441.5 * z ** 5) -
    (1.389 * z) / (1 + 49.03 * z ** 5) +
    (1.094 * r ** 2) / ((781.2 - 123.4 * r + 37.98 * r ** 1.5 + r ** 2) * (1 + 2 * y));
  const j = (0.000629 * y ** 4) / (3.493e-9 + y ** 4) - (2.67 * y ** 2) / (1 + 1e7 * y ** 4.3);
  const k = 5.18 + (0.2803 * y ** 3.5) / (3.788e-6 + y ** 4);
  return 10.47 / r ** a + b / r ** c + (d * e) / (1 + f * r ** g) + h + j / r ** k;
}

/**
 * Peak overpressure of a 1-kt burst at a ground range and burst height (Brode 1986 height-of-burst fit), psi.
 * @param groundKft ground range, kft (> 0)
 * @param heightKft burst height, kft (≥ 0)
 */
export function brodeHobPsi1kt(groundKft: number, heightKft: number): number {
  const r = Math.hypot(groundKft, heightKft);
  return brodeHob(heightKft / groundKft, r, heightKft);
}

/**
 * Return the ground range (kft, 1 kt) where the overpressure of a burst at height `y` falls to `psi` (bisection in
 * log range over 0.001–100 kft); 0 when even 0.001 kft sees less.
 * @param psi peak overpressure, psi
 * @param y burst height, kft (1 kt)
 */
export function rangeAtHeightKft(psi: number, y: number): number {
  let lo = Math.log(1e-3);
  let hi = Math.log(100);
  if (brodeHobPsi1kt(Math.exp(lo), y) < psi) return 0;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (brodeHobPsi1kt(Math.exp(mid), y) > psi) lo = mid;
    else hi = mid;
  }
  return Math.exp(0.5 * (lo + hi));
}

/** Optimum height of burst and its ground range for an overpressure, 1 kt, kft. */
export interface OptimumBurst {
  /** Scaled height of burst that maximises the ground range, kft (1 kt). */
  heightKft: number;
  /** The maximal ground range, kft (1 kt). */
  rangeKft: number;
}

const optimumCache = new Map<number, OptimumBurst>();

/**
 * Return the optimum burst height and ground range for a peak overpressure at 1 kt (golden-section search over
 * heights of 0–3 kft; the range is unimodal in height for 1–100 psi). Cached per overpressure.
 * @param psi peak overpressure, psi (> 0)
 */
export function optimumBurst1kt(psi: number): OptimumBurst {
  const hit = optimumCache.get(psi);
  if (hit) return hit;
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = 1e-3;
  let b = 3;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = rangeAtHeightKft(psi, c);
  let fd = rangeAtHeightKft(psi, d);
  for (let i = 0; i < 60; i++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = rangeAtHeightKft(psi, c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = rangeAtHeightKft(psi, d);
    }
  }
  const heightKft = 0.5 * (a + b);
  const out = { heightKft, rangeKft: rangeAtHeightKft(psi, heightKft) };
  optimumCache.set(psi, out);
  return out;
}

const surfaceCache = new Map<number, number>();

/**
 * Return the ground range of a peak overpressure, km, for a burst of the given yield and height policy.
 * @param yieldKt yield, kt (≤ 0 gives 0)
 * @param psi peak overpressure, psi (> 0)
 * @param burst `optimum-air` (height chosen for this overpressure) or `surface`
 */
export function blastRangeKm(yieldKt: number, psi: number, burst: BurstHeight): number {
  if (!(yieldKt > 0)) return 0;
  const scale = Math.cbrt(yieldKt);
  if (burst === "optimum-air") return (optimumBurst1kt(psi).rangeKft * KFT_M * scale) / 1000;
  let r1 = surfaceCache.get(psi);
  if (r1 === undefined) {
    r1 = overpressureRadiusM(1, psi);
    surfaceCache.set(psi, r1);
  }
  return (r1 * scale) / 1000;
}
