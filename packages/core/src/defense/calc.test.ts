import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { calcDefense } from "./calc.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

void test("one layer, unlimited: penetration 1 − q(1 − (1 − p)^n); survival 1 − tkp·penetration", () => {
  const r = calcDefense(0.8, [{ pk: 0.8, tracking: 0.9, shots: 2 }]);
  close(r.penetration, 0.136, 1e-15);
  close(r.pTargetSurvives, 1 - 0.8 * 0.136, 1e-15);
});

void test("layered product and W independent warheads: (1 − tkp·Π(1 − P_j))^W", () => {
  const layers = [
    { pk: 0.8, tracking: 0.9, shots: 2 },
    { pk: 0.5, tracking: 1 },
  ];
  const r = calcDefense(0.758, layers, 3);
  close(r.penetration, 0.068, 1e-15);
  close(r.pTargetSurvives, (1 - 0.758 * 0.068) ** 3, 1e-15);
  // No defence: two W87 shots by Brown's formula ([brown-1976], [D]; TKP 0.758) leave the target 5.9 % survival.
  close(calcDefense(0.758, [], 2).pTargetSurvives, 1 - 0.941, 0.0005);
});

void test("with inventories the salvo is attrited: 10 interceptors, 2 shots, 10 warheads → half engaged", () => {
  const r = calcDefense(0.9, [{ interceptors: 10, pk: 1, tracking: 1, shots: 2 }], 10);
  close(r.penetration, 0.5, 1e-15);
  close(r.pTargetSurvives, (1 - 0.45) ** 10, 1e-15);
  // A large inventory reproduces the unlimited result.
  close(calcDefense(0.9, [{ interceptors: 1000, pk: 0.7, tracking: 0.95 }], 4).penetration, 1 - 0.665, 1e-15);
});

void test("calcDefense refuses bad numbers", () => {
  assert.throws(() => calcDefense(1.5, []), InputError);
  assert.throws(() => calcDefense(0.5, [{ pk: 2, tracking: 1 }]), InputError);
  assert.throws(() => calcDefense(0.5, [{ pk: 0.5, tracking: 1, interceptors: -1 }]), InputError);
  assert.throws(() => calcDefense(0.5, [{ pk: 0.5, tracking: 1, shots: 0 }]), InputError);
  assert.throws(() => calcDefense(0.5, [], -2), InputError);
});
