import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { DefenseLayer, type DefenseLayer as DefenseLayerT } from "../schema/scenario.js";
import { engageSalvo, salvoAttrition, type LayerState } from "./salvo.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

function layer(over: Record<string, unknown>): DefenseLayerT {
  return DefenseLayer.parse({
    id: "gbi",
    name: "Midcourse",
    interceptors: 10,
    pk: 1,
    doctrine: { type: "barrage", shots: 2 },
    source: { source: "test", asOf: "2025-01-01", confidence: "notional" },
    ...over,
  });
}
const state = (l: DefenseLayerT, remaining = l.interceptors): LayerState => ({ layer: l, remaining });
const ballistic = { decoysPerWarhead: 0, flight: "ballistic", target: "value" } as const;

void test("finite inventory: 10 interceptors, barrage 2, 10 warheads → half the warheads engaged", () => {
  const r = engageSalvo([state(layer({}))], { ...ballistic, warheads: 10 });
  close(r.penetration, 0.5, 1e-15);
  assert.deepEqual(r.interceptorsUsed, [10]);
  // With p = 0.8 the engaged half is killed with 0.96: penetration 1 − 0.5·0.96.
  const r2 = engageSalvo([state(layer({ pk: 0.8 }))], { ...ballistic, warheads: 10 });
  close(r2.penetration, 0.52, 1e-15);
  close(r2.interceptorsUsed[0]!, 10, 1e-12);
});

void test("[jimjkelly-nd]: decoys the defence cannot tell apart dilute the inventory (objects = W·(1 + D))", () => {
  const r = engageSalvo([state(layer({}))], { ...ballistic, warheads: 10, decoysPerWarhead: 1 });
  close(r.penetration, 0.75, 1e-15); // 20 objects, 5 engaged
  close(r.interceptorsUsed[0]!, 10, 1e-12);
  // Plenty of interceptors: every object engaged, the spare stays in inventory.
  const big = engageSalvo([state(layer({ interceptors: 100, pk: 0.5 }))], {
    ...ballistic,
    warheads: 10,
    decoysPerWarhead: 3,
  });
  close(big.penetration, 0.25, 1e-15);
  close(big.interceptorsUsed[0]!, 80, 1e-12);
});

void test("unlimited inventories give the layered product Π(1 − P_j)", () => {
  const a = layer({ id: "a", interceptors: 1_000_000, pk: 0.8, tracking: 0.9 });
  const b = layer({ id: "b", interceptors: 1_000_000, pk: 0.5, doctrine: { type: "barrage", shots: 1 } });
  const r = engageSalvo([state(a), state(b)], { ...ballistic, warheads: 10 });
  close(r.penetration, (1 - 0.864) * 0.5, 1e-15);
  close(r.interceptorsUsed[0]!, 20, 1e-12);
  close(r.interceptorsUsed[1]!, 10 * 0.136, 1e-12); // the second layer sees only the survivors of the first
});

void test("successive layers see the survivors: a finite second layer covers a larger share", () => {
  const first = layer({ id: "upper", interceptors: 1_000_000, pk: 0.5, doctrine: { type: "barrage", shots: 1 } });
  const second = layer({ id: "lower", interceptors: 10, pk: 1, doctrine: { type: "barrage", shots: 1 } });
  const r = engageSalvo([state(first), state(second)], { ...ballistic, warheads: 40 });
  close(r.penetration, 0.5 * 0.5, 1e-15); // 20 survivors, 10 engaged
  close(r.interceptorsUsed[0]!, 40, 1e-12);
  close(r.interceptorsUsed[1]!, 10, 1e-12);
});

void test("shoot-look-shoot draws Σ(1 − p)^k per object, so the same inventory engages more objects", () => {
  const sls = layer({ interceptors: 15, pk: 0.5, doctrine: { type: "shoot-look-shoot", shots: 2 } });
  const r = engageSalvo([state(sls)], { ...ballistic, warheads: 20 });
  close(r.penetration, 1 - 0.5 * 0.75, 1e-15); // 1.5 per object → 10 of 20 engaged
  close(r.interceptorsUsed[0]!, 15, 1e-12);
});

void test("only layers that engage the flight profile and cover the target take part", () => {
  const midcourse = layer({ id: "mid", interceptors: 100, engages: ["ballistic"], covers: ["value"] });
  const air = layer({
    id: "air",
    interceptors: 100,
    pk: 0.5,
    doctrine: { type: "barrage", shots: 1 },
    engages: ["cruise", "aircraft"],
  });
  const layers = [state(midcourse), state(air)];
  const cruise = engageSalvo(layers, { warheads: 10, decoysPerWarhead: 0, flight: "cruise", target: "value" });
  close(cruise.penetration, 0.5, 1e-15);
  assert.deepEqual(cruise.interceptorsUsed, [0, 10]);
  const atForces = engageSalvo(layers, { warheads: 10, decoysPerWarhead: 0, flight: "ballistic", target: "forces" });
  assert.equal(atForces.penetration, 1);
  assert.deepEqual(atForces.interceptorsUsed, [0, 0]);
  const hgv = engageSalvo(layers, { warheads: 10, decoysPerWarhead: 0, flight: "hypersonic", target: "value" });
  assert.deepEqual(hgv, { penetration: 1, interceptorsUsed: [0, 0] });
  assert.deepEqual(engageSalvo([], { ...ballistic, warheads: 5 }), { penetration: 1, interceptorsUsed: [] });
});

void test("engageSalvo mutates nothing; the caller subtracts the usage", () => {
  const layers = [state(layer({}))];
  Object.freeze(layers[0]);
  const before = JSON.stringify(layers);
  const r = engageSalvo(layers, { ...ballistic, warheads: 3 });
  assert.equal(JSON.stringify(layers), before);
  close(r.interceptorsUsed[0]!, 6, 1e-12);
  // An exhausted layer lets everything through.
  assert.deepEqual(engageSalvo([state(layer({}), 0)], { ...ballistic, warheads: 3 }), {
    penetration: 1,
    interceptorsUsed: [0],
  });
});

void test("zero warheads: penetration a single warhead would face, nothing fired", () => {
  const r = engageSalvo([state(layer({ pk: 0.5, doctrine: { type: "barrage", shots: 1 } }))], {
    ...ballistic,
    warheads: 0,
  });
  close(r.penetration, 0.5, 1e-15);
  assert.deepEqual(r.interceptorsUsed, [0]);
});

void test("fractional (expected-value) salvos are allowed; bad inputs throw InputError", () => {
  const r = salvoAttrition(
    [{ layer: { pk: 1, tracking: 1, doctrine: { type: "barrage", shots: 1 } }, remaining: 2.5 }],
    5,
    1,
  );
  close(r.penetration, 0.5, 1e-15);
  assert.throws(() => engageSalvo([state(layer({}))], { ...ballistic, warheads: -1 }), InputError);
  assert.throws(
    () => engageSalvo([state(layer({}))], { ...ballistic, warheads: 1, decoysPerWarhead: Number.NaN }),
    InputError,
  );
  assert.throws(() => engageSalvo([state(layer({}), -3)], { ...ballistic, warheads: 1 }), InputError);
});
