/**
 * Local fallout of a surface burst (docs/methods.md §7.7): the WSEG-10 analytic pattern of the unit-time (H+1)
 * reference dose rate — a deposition function along the downwind axis and a Gaussian across it — as documented by
 * Hanifen (1980) [hanifen-1980] (read in a public re-implementation that cites it [S]); the dose accumulated from
 * fallout arrival to the end of the exposure period under the t^−1.2 decay law (Glasstone & Dolan 1977 §9.145
 * [glasstone-dolan-1977]); and the share of people killed, a log-normal dose–mortality relation (LD50 4.5 Gy, fitted
 * to NRDC's table of rems against mortality [nrdc-2001]) averaged over a mix of shelter protection factors.
 *
 * WSEG-10 works in its native units (megatons, statute miles, miles per hour, kilofeet, hours, roentgens per hour);
 * the exported functions take and return km, km/h and Gy.
 *
 * Policy: yield ≤ 0, fission fraction ≤ 0 or wind speed ≤ 0 give no fallout (dose 0); points beyond the cut-off of
 * {@link falloutReachKm} are left out by callers; NaN in gives NaN out.
 */

/** Kilometres per statute mile. */
export const KM_PER_MILE = 1.609344;
/** Gray per roentgen of gamma exposure, the usual approximation 1 R ≈ 1 rad in soft tissue [glasstone-dolan-1977]. */
export const GY_PER_ROENTGEN = 0.01;
/**
 * WSEG-10's activity constant: the unit-time reference dose rate, R/h, of 1 Mt of fission products spread over one
 * square mile, 2 × 10⁶ [hanifen-1980] [S].
 */
export const WSEG_DOSE_RATE_CONSTANT = 2e6;
/** Exponent of the fission-product decay law R(t) = R₁ t^−1.2 (t in hours) [glasstone-dolan-1977]. */
export const DECAY_EXPONENT = 1.2;
/** Time constant T1 of WSEG-10's arrival-time formula, h [hanifen-1980] [S]. */
const T1_H = 1;

/** Mortality of one shelter class: people of `share` whose dose is divided by `protectionFactor`. */
export interface ShelterClass {
  /** Share of the population, 0–1 (the shares of a mix sum to 1). */
  share: number;
  /** Protection factor (outdoor dose / indoor dose), ≥ 1. */
  protectionFactor: number;
}

/** Fallout assumptions (every field has a documented default, {@link DEFAULT_FALLOUT}). */
export interface FalloutParams {
  /** Fission share of the yield, 0–1 (only fission products make fallout). */
  fissionFraction: number;
  /** Direction the effective fallout wind blows from, degrees clockwise from north (270 = westerly). */
  windFromDeg: number;
  /** Effective fallout wind speed, km/h. */
  windSpeedKmh: number;
  /** Vertical shear of the cross wind, (km/h) per km of height. */
  windShearKmhPerKm: number;
  /** End of the exposure period counted for acute deaths, hours after the burst. */
  exposureHours: number;
  /** Shelter mix: shares of the population and their protection factors. */
  shelter: ShelterClass[];
  /** Dose (free-in-air, Gy) that kills half the people exposed without medical care. */
  ld50Gy: number;
  /** Log-normal spread of the lethal dose (standard deviation of ln dose). */
  sigmaLn: number;
}

/**
 * Default fallout assumptions (docs/methods.md §7.7):
 * - fission fraction 0.5, the usual planning value for thermonuclear weapons and NRDC's worst case [nrdc-2001];
 * - wind from the west (270°), the mid-latitude westerlies that carry fallout east over the US and Russia
 *   [holton-2004]; effective speed 24 km/h (15 mph), Glasstone & Dolan's idealised pattern [glasstone-dolan-1977];
 *   cross-wind shear 0.23 mph per kft ≈ 1.21 (km/h)/km, the value of the WSEG-10 examples [hanifen-1980] [S];
 * - exposure to one week (168 h) after the burst, the period of acute doses (Glasstone & Dolan ch. 12);
 * - shelter mix (estimate [U]): 10 % outdoors (PF 1), 50 % in houses or low buildings (PF 3), 40 % in basements or
 *   the middle of large buildings (PF 10); protection factors of those structures from Glasstone & Dolan's table of
 *   fallout protection [glasstone-dolan-1977] [S];
 * - LD50 4.5 Gy and σ 0.32: NRDC's table [nrdc-2001] [C] gives 10 % dead at 300 rem and 50 % at 450 rem
 *   (ln(450/300)/1.2816 = 0.316).
 */
export const DEFAULT_FALLOUT: Readonly<FalloutParams> = Object.freeze({
  fissionFraction: 0.5,
  windFromDeg: 270,
  windSpeedKmh: 24.14,
  windShearKmhPerKm: (0.23 * KM_PER_MILE) / 0.3048,
  exposureHours: 168,
  shelter: [
    { share: 0.1, protectionFactor: 1 },
    { share: 0.5, protectionFactor: 3 },
    { share: 0.4, protectionFactor: 10 },
  ],
  ld50Gy: 4.5,
  sigmaLn: 0.32,
});

//// special functions ////

/** Standard normal CDF Φ(z), via erfc (W. J. Cody's rational fit as in Numerical Recipes' erfcc; |error| < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Γ(x) for x > 0 by the Lanczos approximation (g = 7, 9 terms; relative error < 1e-13). */
export function gammaFn(x: number): number {
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaFn(1 - x));
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * a;
}

//// WSEG-10 ////

/** The yield- and wind-dependent constants of one WSEG-10 pattern (native units: Mt, mi, mph, kft, h). */
export interface FalloutCloud {
  yieldMt: number;
  fissionFraction: number;
  windMph: number;
  shearMphPerKft: number;
  /** Cloud-centre height, kft. */
  hc: number;
  /** Initial horizontal standard deviation of the cloud, mi. */
  s0: number;
  /** Vertical standard deviation of the cloud, kft. */
  sh: number;
  /** Time constant, h. */
  tc: number;
  l0: number;
  sx: number;
  l: number;
  n: number;
  a1: number;
  /** 1/(L Γ(1 + 1/n)), the normalisation of the deposition function. */
  gNorm: number;
}

/**
 * Build a WSEG-10 pattern (Hanifen 1980 [hanifen-1980] [S]): cloud-centre height
 * Hc = 44 + 6.1 ln Y − 0.205 |ln Y + 2.42| (ln Y + 2.42) kft, cloud spread σ0 = exp(0.7 + ln Y/3 − 3.25/(4 + (ln Y +
 * 5.4)²)) mi, σh = 0.18 Hc, time constant Tc = 1.0573203 (12 Hc/60 − 2.5 (Hc/60)²)(1 − ½ e^(−(Hc/25)²)) h, L0 = v Tc,
 * σx² = σ0² (L0² + 8σ0²)/(L0² + 2σ0²), L² = L0² + 2σx², n = (F L0² + σx²)/(L0² + ½σx²), α1 = 1/(1 + 0.001 Hc v/σ0)
 * (Y in Mt, v in mph, F the fission fraction).
 * @param yieldKt total yield, kt
 * @param fissionFraction fission share, 0–1
 * @param windKmh effective wind speed, km/h
 * @param shearKmhPerKm cross-wind shear, (km/h)/km
 */
export function falloutCloud(
  yieldKt: number,
  fissionFraction: number,
  windKmh: number,
  shearKmhPerKm: number,
): FalloutCloud {
  const Y = yieldKt / 1000;
  const v = windKmh / KM_PER_MILE;
  const lnY = Math.log(Y);
  const d = lnY + 2.42;
  const hc = 44 + 6.1 * lnY - 0.205 * Math.abs(d) * d;
  const s0 = Math.exp(0.7 + lnY / 3 - 3.25 / (4 + (lnY + 5.4) ** 2));
  const sh = 0.18 * hc;
  const tc = 1.0573203 * (12 * (hc / 60) - 2.5 * (hc / 60) ** 2) * (1 - 0.5 * Math.exp(-((hc / 25) ** 2)));
  const l0 = v * tc;
  const sx = s0 * Math.sqrt((l0 * l0 + 8 * s0 * s0) / (l0 * l0 + 2 * s0 * s0));
  const l = Math.sqrt(l0 * l0 + 2 * sx * sx);
  const n = (fissionFraction * l0 * l0 + sx * sx) / (l0 * l0 + 0.5 * sx * sx);
  const a1 = 1 / (1 + (0.001 * hc * v) / s0);
  return {
    yieldMt: Y,
    fissionFraction,
    windMph: v,
    shearMphPerKft: (shearKmhPerKm / KM_PER_MILE) * 0.3048,
    hc,
    s0,
    sh,
    tc,
    l0,
    sx,
    l,
    n,
    a1,
    gNorm: 1 / (l * gammaFn(1 + 1 / n)),
  };
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Unit-time reference dose rate (the H+1 dose rate of all the fallout that will land there) at a point, Gy/h:
 * D = K Y F φ(x) g(x) · f(y) with g(x) = e^(−(|x|/L)^n)/(L Γ(1 + 1/n)), φ(x) = Φ((L0/L) x/(α1 σx)),
 * f(y) = e^(−½ (y/(α2 σy))²)/(√(2π) σy), σy² = σ0² + 8|x + 2σx| σ0²/L + 2 (σx Tc σh s)²/L² + ((x + 2σx) L0 Tc σh
 * s)²/L⁴, α2 = 1/(1 + (0.001 Hc v/σ0)(1 − Φ(2x/v))), K = 2 × 10⁶ R/h·mi²/Mt [hanifen-1980] [S].
 * @param c the pattern ({@link falloutCloud})
 * @param downwindKm distance along the wind from ground zero (negative upwind), km
 * @param crosswindKm distance across the wind, km
 */
export function unitTimeDoseRateGyH(c: FalloutCloud, downwindKm: number, crosswindKm: number): number {
  if (!(c.yieldMt > 0) || !(c.fissionFraction > 0) || !(c.windMph > 0)) return 0;
  const x = downwindKm / KM_PER_MILE;
  const y = crosswindKm / KM_PER_MILE;
  const g = c.gNorm * Math.exp(-Math.pow(Math.abs(x) / c.l, c.n));
  const phi = normalCdf(((c.l0 / c.l) * x) / (c.a1 * c.sx));
  const fx = WSEG_DOSE_RATE_CONSTANT * c.yieldMt * c.fissionFraction * phi * g;
  const s02 = c.s0 * c.s0;
  const xs = x + 2 * c.sx;
  const k = c.tc * c.sh * c.shearMphPerKft;
  const sy2 =
    s02 + (8 * Math.abs(xs) * s02) / c.l + (2 * (c.sx * k) ** 2) / (c.l * c.l) + (xs * c.l0 * k) ** 2 / c.l ** 4;
  const sy = Math.sqrt(sy2);
  const a2 = 1 / (1 + ((0.001 * c.hc * c.windMph) / c.s0) * (1 - normalCdf((2 * x) / c.windMph)));
  const fy = Math.exp(-0.5 * (y / (a2 * sy)) ** 2) / (SQRT_2PI * sy);
  return fx * fy * GY_PER_ROENTGEN;
}

/**
 * Mean fallout arrival time on the hot line, h: t_a² = 0.25 + L0² (x + 2σx)² Tc²/(L² (L0² + ½σx²)) + 2σx² T1²/(L0² +
 * ½σx²), T1 = 1 h (WSEG-10 [hanifen-1980] [S]); at least 0.5 h.
 * @param c the pattern
 * @param downwindKm distance along the wind, km
 */
export function arrivalTimeH(c: FalloutCloud, downwindKm: number): number {
  const x = Math.max(0, downwindKm / KM_PER_MILE);
  const q = c.l0 * c.l0 + 0.5 * c.sx * c.sx;
  const xs = x + 2 * c.sx;
  return Math.sqrt(0.25 + (c.l0 * c.l0 * xs * xs * c.tc * c.tc) / (c.l * c.l * q) + (2 * c.sx * c.sx * T1_H ** 2) / q);
}

/**
 * Dose accumulated from arrival to the end of exposure per unit of unit-time dose rate, h: ∫ t^−1.2 dt from t_a to
 * t_e = 5 (t_a^−0.2 − t_e^−0.2) [glasstone-dolan-1977]; 0 when fallout arrives after the end.
 * @param arrivalH arrival time, h
 * @param endH end of exposure, h after the burst
 */
export function doseIntegralH(arrivalH: number, endH: number): number {
  if (!(endH > arrivalH)) return 0;
  const p = DECAY_EXPONENT - 1;
  return (Math.pow(arrivalH, -p) - Math.pow(endH, -p)) / p;
}

/**
 * Unsheltered (free-in-air) fallout dose at a point from arrival to the end of exposure, Gy.
 * @param c the pattern
 * @param downwindKm distance along the wind, km
 * @param crosswindKm distance across the wind, km
 * @param endH end of exposure, h after the burst
 */
export function falloutDoseGy(c: FalloutCloud, downwindKm: number, crosswindKm: number, endH: number): number {
  const r1 = unitTimeDoseRateGyH(c, downwindKm, crosswindKm);
  if (!(r1 > 0)) return 0;
  return r1 * doseIntegralH(arrivalTimeH(c, downwindKm), endH);
}

/**
 * How far a pattern reaches: the downwind and upwind distances (km) beyond which the hot-line dose stays below
 * `minDoseGy`, and the largest cross-wind half-width (km) where it exceeds it, found on a grid along the axis.
 * Callers skip places outside this box (the spatial cut-off).
 * @param c the pattern
 * @param minDoseGy smallest dose that matters, Gy
 * @param endH end of exposure, h
 */
export function falloutReachKm(
  c: FalloutCloud,
  minDoseGy: number,
  endH: number,
): { downwindKm: number; upwindKm: number; halfWidthKm: number } {
  if (!(c.yieldMt > 0) || !(c.fissionFraction > 0) || !(c.windMph > 0))
    return { downwindKm: 0, upwindKm: 0, halfWidthKm: 0 };
  let down = 0;
  let half = 0;
  const step = Math.max(1, 0.02 * c.l * KM_PER_MILE);
  // The hot-line dose falls monotonically beyond a few L; walk until it has stayed below the threshold for 2 L.
  let below = 0;
  for (let x = 0; below < 2 * c.l * KM_PER_MILE && x < 20_000; x += step) {
    const hot = falloutDoseGy(c, x, 0, endH);
    if (hot >= minDoseGy) {
      down = x + step;
      below = 0;
      const r1 = unitTimeDoseRateGyH(c, x, 0);
      // Cross-wind: the Gaussian's half-width at the threshold, y = α2 σy √(2 ln(hot/min)).
      const ratio = hot / minDoseGy;
      const sigmaEff = (r1 > 0 ? crossSigmaKm(c, x) : 0) * Math.sqrt(2 * Math.log(ratio));
      if (sigmaEff > half) half = sigmaEff;
    } else below += step;
  }
  let up = 0;
  for (let x = -step; x > -20 * c.l * KM_PER_MILE; x -= step) {
    if (falloutDoseGy(c, x, 0, endH) >= minDoseGy) up = -x + step;
    else if (x < -4 * c.s0 * KM_PER_MILE) break;
  }
  return { downwindKm: down, upwindKm: up, halfWidthKm: half + step };
}

/** The cross-wind standard deviation α2 σy at a downwind distance, km. */
function crossSigmaKm(c: FalloutCloud, downwindKm: number): number {
  const x = downwindKm / KM_PER_MILE;
  const s02 = c.s0 * c.s0;
  const xs = x + 2 * c.sx;
  const k = c.tc * c.sh * c.shearMphPerKft;
  const sy = Math.sqrt(
    s02 + (8 * Math.abs(xs) * s02) / c.l + (2 * (c.sx * k) ** 2) / (c.l * c.l) + (xs * c.l0 * k) ** 2 / c.l ** 4,
  );
  const a2 = 1 / (1 + ((0.001 * c.hc * c.windMph) / c.s0) * (1 - normalCdf((2 * x) / c.windMph)));
  return a2 * sy * KM_PER_MILE;
}

//// mortality ////

/**
 * Share of people killed by an unsheltered fallout dose: Σ over shelter classes of share · Φ(ln(D/(PF·LD50))/σ).
 * @param doseGy free-in-air dose, Gy
 * @param p the fallout assumptions (shelter mix, LD50, σ)
 */
export function falloutMortality(doseGy: number, p: Pick<FalloutParams, "shelter" | "ld50Gy" | "sigmaLn">): number {
  if (!(doseGy > 0)) return 0;
  let m = 0;
  for (const s of p.shelter) m += s.share * normalCdf(Math.log(doseGy / (s.protectionFactor * p.ld50Gy)) / p.sigmaLn);
  return m;
}

/** A tabulated {@link falloutMortality} (linear in ln dose), for the exchange's incremental collateral. */
export interface MortalityTable {
  /** Share killed at an unsheltered dose, Gy. */
  at(doseGy: number): number;
  /** Dose below which nobody dies (share < 1e-7), Gy. */
  floorGy: number;
}

const mortalityTables = new Map<string, MortalityTable>();

/**
 * Tabulate the mortality of a shelter mix on a grid of ln dose (1,024 points from the dose killing < 1e-7 to the
 * dose killing all but 1e-7); cached by the parameters. Interpolation error < 1e-4.
 * @param p the fallout assumptions
 */
export function mortalityTable(p: Pick<FalloutParams, "shelter" | "ld50Gy" | "sigmaLn">): MortalityTable {
  const key = `${p.ld50Gy}|${p.sigmaLn}|${p.shelter.map((s) => `${s.share}:${s.protectionFactor}`).join(",")}`;
  const hit = mortalityTables.get(key);
  if (hit) return hit;
  const pfs = p.shelter.filter((s) => s.share > 0).map((s) => s.protectionFactor);
  const z = 5.3; // Φ(−5.3) ≈ 6e-8
  const lo = Math.log(Math.min(...pfs, 1) * p.ld50Gy) - z * p.sigmaLn;
  const hi = Math.log(Math.max(...pfs, 1) * p.ld50Gy) + z * p.sigmaLn;
  const N = 1024;
  const h = (hi - lo) / (N - 1);
  const v = new Float64Array(N);
  for (let i = 0; i < N; i++) v[i] = falloutMortality(Math.exp(lo + i * h), p);
  const top = v[N - 1]!;
  const floorGy = Math.exp(lo);
  const t: MortalityTable = {
    floorGy,
    at(doseGy) {
      if (!(doseGy > floorGy)) return 0;
      const u = (Math.log(doseGy) - lo) / h;
      if (u <= 0) return 0;
      if (u >= N - 1) return top;
      const i = Math.floor(u);
      return v[i]! + (u - i) * (v[i + 1]! - v[i]!);
    },
  };
  if (mortalityTables.size > 64) mortalityTables.clear();
  mortalityTables.set(key, t);
  return t;
}
