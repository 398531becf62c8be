/**
 * Richardson arms-race model ([richardson-1960], [brown-pbrown-nd]): dx/dt = a·y − m·x + r, dy/dt = b·x − n·y + s.
 * a, b: reaction ("fear") coefficients; m, n: restraint ("fatigue"); r, s: grievances.
 * The equilibrium is stable iff the Jacobian [[−m, a], [b, −n]] has positive determinant m·n − a·b and negative trace
 * −(m + n); with positive restraint coefficients (the textbook case) the determinant alone decides.
 */

/** Richardson coefficients. */
export interface RichardsonParams {
  a: number;
  b: number;
  m: number;
  n: number;
  r: number;
  s: number;
}

/** Equilibrium and stability of a Richardson system. */
export interface RichardsonAnalysis {
  /** m·n − a·b. */
  det: number;
  /** True when det > 0 and m + n > 0: the race settles to the equilibrium. */
  stable: boolean;
  /** Equilibrium levels (undefined when det = 0). */
  equilibrium?: { x: number; y: number };
  /** "stable race", "runaway race" or "mutual disarmament" (equilibrium at or below zero). */
  outcome: "stable race" | "runaway race" | "mutual disarmament";
}

/** Analyse a Richardson system: determinant, stability and equilibrium x* = (a·s + n·r)/det, y* = (b·r + m·s)/det. */
export function richardsonAnalysis(p: RichardsonParams): RichardsonAnalysis {
  const det = p.m * p.n - p.a * p.b;
  const stable = det > 0 && p.m + p.n > 0;
  if (det === 0) return { det, stable, outcome: "runaway race" };
  const x = (p.a * p.s + p.n * p.r) / det;
  const y = (p.b * p.r + p.m * p.s) / det;
  const outcome = !stable ? "runaway race" : x <= 0 && y <= 0 ? "mutual disarmament" : "stable race";
  return { det, stable, equilibrium: { x, y }, outcome };
}

/** Solve a 3×3 linear system by Gaussian elimination with partial pivoting; undefined when (nearly) singular. */
function solve3(A: number[][], b: number[]): number[] | undefined {
  const M = A.map((row, i) => [...row, b[i]!]);
  // Pivots below this relative size mean collinear regressors (e.g. series held at a common cap): no usable fit.
  const scale = Math.max(...A.flat().map(Math.abs));
  for (let c = 0; c < 3; c++) {
    let piv = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    if (!(Math.abs(M[piv]![c]!) > 1e-12 * scale)) return undefined;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k < 4; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return [0, 1, 2].map((i) => M[i]![3]! / M[i]![i]!);
}

/**
 * Fit a Richardson model to two time series by ordinary least squares on finite differences:
 * (x[t+1] − x[t])/Δt = a·y[t] − m·x[t] + r, and likewise for y. Needs at least 4 points.
 * @param t times (e.g. years), increasing
 * @param x levels of side X (e.g. deployed warheads)
 * @param y levels of side Y
 * @returns fitted parameters and their analysis, or undefined when the system is singular or too short
 */
export function fitRichardson(
  t: readonly number[],
  x: readonly number[],
  y: readonly number[],
): (RichardsonParams & RichardsonAnalysis & { points: number }) | undefined {
  const n = Math.min(t.length, x.length, y.length);
  if (n < 4) return undefined;
  // Normal equations for dx = a·y − m·x + r with regressors (y, −x, 1), and dy = b·x − n·y + s with (x, −y, 1).
  const AtA1 = [0, 1, 2].map(() => [0, 0, 0]);
  const AtA2 = [0, 1, 2].map(() => [0, 0, 0]);
  const Atb1 = [0, 0, 0];
  const Atb2 = [0, 0, 0];
  for (let i = 0; i + 1 < n; i++) {
    const dt = t[i + 1]! - t[i]!;
    if (!(dt > 0)) return undefined;
    const dx = (x[i + 1]! - x[i]!) / dt;
    const dy = (y[i + 1]! - y[i]!) / dt;
    const r1 = [y[i]!, -x[i]!, 1];
    const r2 = [x[i]!, -y[i]!, 1];
    for (let p = 0; p < 3; p++) {
      Atb1[p]! += r1[p]! * dx;
      Atb2[p]! += r2[p]! * dy;
      for (let q = 0; q < 3; q++) {
        AtA1[p]![q]! += r1[p]! * r1[q]!;
        AtA2[p]![q]! += r2[p]! * r2[q]!;
      }
    }
  }
  const s1 = solve3(AtA1, Atb1);
  const s2 = solve3(AtA2, Atb2);
  if (!s1 || !s2) return undefined;
  const params = { a: s1[0]!, m: s1[1]!, r: s1[2]!, b: s2[0]!, n: s2[1]!, s: s2[2]! };
  return { ...params, ...richardsonAnalysis(params), points: n };
}
