import { test } from "node:test";
import assert from "node:assert/strict";
import { fitRichardson, richardsonAnalysis } from "./richardson.js";

test("[richardson-1960]: a = b = 1, m = n = 2 is stable (det 3); a = b = 2, m = n = 1 runs away (det −3)", () => {
  const s = richardsonAnalysis({ a: 1, b: 1, m: 2, n: 2, r: 1, s: 1 });
  assert.equal(s.det, 3);
  assert.equal(s.stable, true);
  assert.deepEqual(s.equilibrium, { x: 1, y: 1 }); // (a·s + n·r)/det = 3/3
  const u = richardsonAnalysis({ a: 2, b: 2, m: 1, n: 1, r: 1, s: 1 });
  assert.equal(u.det, -3);
  assert.equal(u.outcome, "runaway race");
});

test("fitRichardson recovers the coefficients of a simulated race", () => {
  const p = { a: 0.3, b: 0.2, m: 0.5, n: 0.4, r: 50, s: 80 };
  const t: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  let X = 100;
  let Y = 300;
  for (let i = 0; i < 30; i++) {
    t.push(i);
    x.push(X);
    y.push(Y);
    const dx = p.a * Y - p.m * X + p.r;
    const dy = p.b * X - p.n * Y + p.s;
    X += dx;
    Y += dy;
  }
  const f = fitRichardson(t, x, y)!;
  for (const k of ["a", "b", "m", "n", "r", "s"] as const) assert.ok(Math.abs(f[k] - p[k]) < 1e-6, `${k}: ${f[k]}`);
  assert.equal(f.stable, true);
  assert.equal(fitRichardson([0, 1, 2], [1, 2, 3], [1, 2, 3]), undefined);
});

test("negative restraint coefficients are unstable even with a positive determinant", () => {
  const r = richardsonAnalysis({ a: 0.01, b: 0.01, m: -0.1, n: -0.146, r: 0, s: 0 });
  assert.ok(r.det > 0);
  assert.equal(r.stable, false);
  assert.equal(r.outcome, "runaway race");
});
