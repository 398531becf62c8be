import { test } from "node:test";
import assert from "node:assert/strict";
import { nelderMead } from "./nelder-mead.js";

const rosenbrock = ([x, y]: number[]) => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2;
const himmelblau = ([x, y]: number[]) => (x! * x! + y! - 11) ** 2 + (x! + y! * y! - 7) ** 2;

/** Himmelblau's four minima (f = 0): (3, 2) exactly, the others to 6 decimals (published values). */
const HIMMELBLAU_MINIMA = [
  [3, 2],
  [-2.805118, 3.131312],
  [-3.77931, -3.283186],
  [3.584428, -1.848126],
];

void test("Rosenbrock from (-1.2, 1): minimum (1, 1) within 1e-6", () => {
  const r = nelderMead(rosenbrock, [-1.2, 1]);
  assert.ok(r.converged);
  assert.ok(Math.abs(r.x[0]! - 1) < 1e-6 && Math.abs(r.x[1]! - 1) < 1e-6, `got ${r.x.join(", ")}`);
  assert.ok(r.fx < 1e-12);
});

void test("Rosenbrock in 4 dimensions converges to all ones within 1e-6", () => {
  const f = (x: number[]) => {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1]! - x[i]! ** 2) ** 2 + (1 - x[i]!) ** 2;
    return s;
  };
  // Restart from the result once, the standard remedy for simplex collapse in higher dimensions.
  const first = nelderMead(f, [-1.2, 1, -1.2, 1]);
  const r = nelderMead(f, first.x);
  for (const xi of r.x) assert.ok(Math.abs(xi - 1) < 1e-6, `got ${r.x.join(", ")}`);
});

void test("Himmelblau: each start finds its nearest minimum within 1e-6 (plus 5e-7 rounding of the 6-decimal references)", () => {
  const starts = [
    [2, 2],
    [-2, 2],
    [-3, -3],
    [3, -2],
  ];
  starts.forEach((s, i) => {
    const r = nelderMead(himmelblau, s);
    assert.ok(r.converged);
    assert.ok(r.fx < 1e-12, `f = ${r.fx}`);
    const m = HIMMELBLAU_MINIMA[i]!;
    const tol = i === 0 ? 1e-6 : 1e-6 + 5e-7;
    assert.ok(
      Math.abs(r.x[0]! - m[0]!) < tol && Math.abs(r.x[1]! - m[1]!) < tol,
      `start ${s.join(", ")}: got ${r.x.join(", ")}`,
    );
  });
});

void test("NaN objective values are avoided; limits stop the search; bad starts are refused", () => {
  // NaN left of x = 0.5: the minimum of (x - 1)^2 is still found.
  const r = nelderMead(([x]) => (x! < 0.5 ? NaN : (x! - 1) ** 2), [2]);
  assert.ok(Math.abs(r.x[0]! - 1) < 1e-6);
  const capped = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5 });
  assert.equal(capped.converged, false);
  assert.equal(capped.iterations, 5);
  assert.throws(() => nelderMead(rosenbrock, []), RangeError);
  assert.throws(() => nelderMead(rosenbrock, [NaN, 1]), RangeError);
});
