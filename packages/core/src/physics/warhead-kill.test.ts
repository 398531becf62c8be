import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { ForceElement } from "../schema/scenario.js";
import { warheadKill } from "./warhead-kill.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

function element(over: Record<string, unknown>): ForceElement {
  return ForceElement.parse({
    id: "mm3-w87",
    name: "Minuteman III / W87",
    category: "icbm-silo",
    launchers: { deployed: 200 },
    warheadsPerLauncher: 1,
    yieldKt: 300,
    cepM: 120,
    reliability: 0.8,
    rangeKm: 13000,
    basing: { hardnessPsi: 2000, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: { source: "test", asOf: "2025-01-01", confidence: "notional" },
    ...over,
  });
}

void test("nuclear: a scenario ForceElement gives the W87 numbers of Brown's formula ([brown-1976], [D]) (LR 247 m, SSKP 0.947, TKP 0.758)", () => {
  const k = warheadKill(element({}), 2000, "brown-1976");
  close(k.lethalRadiusM, 247, 1);
  close(k.sskp, 0.947, 0.001);
  close(k.tkp, 0.758, 0.001);
  close(k.tkp, 0.8 * k.sskp, 1e-15);
  assert.deepEqual(k.warnings, []);
});

void test("nuclear: the model is used and its validity warnings are passed on", () => {
  const w87 = element({});
  assert.ok(warheadKill(w87, 2000, "cube-root-2.62").sskp > warheadKill(w87, 2000, "brown-1976").sskp);
  const soft = warheadKill(w87, 5, "brown-1976");
  assert.equal(soft.warnings.length, 1);
  assert.match(soft.warnings[0]!, /poor below 100 psi/);
  assert.deepEqual(warheadKill(w87, 5, "overpressure").warnings, []);
  close(warheadKill(w87, 5, "overpressure").sskp, 1, 1e-9);
});

void test("conventional: SSKP = P_hit · P_defeat(h), full within the class's hardness, h_max/h beyond", () => {
  const cps = element({
    id: "cps",
    nuclear: false,
    yieldKt: 0.001,
    cepM: 5,
    reliability: 0.9,
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.6, warheadClass: "penetrator" },
  });
  const k = warheadKill(cps, 1000, "brown-1976");
  assert.equal(k.lethalRadiusM, 5);
  close(k.sskp, 0.3, 1e-15);
  close(k.tkp, 0.27, 1e-15);
  assert.deepEqual(k.warnings, []);
  // Within the class's 1,000 psi the lethal-radius model and hardness play no part.
  assert.deepEqual(warheadKill(cps, 5, "overpressure"), k);
  // A 2,000 psi silo is twice as hard as a penetrator defeats in full: half the defeat probability.
  close(warheadKill(cps, 2000, "brown-1976").sskp, 0.15, 1e-15);
  // The default class (blast-fragmentation, 50 psi) barely scratches a silo: 0.6 · 0.5 · 50/2000.
  const blast = element({ ...cps, conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.6 } });
  close(warheadKill(blast, 2000, "brown-1976").sskp, 0.0075, 1e-15);
  // An explicit limit overrides the class; kill probability never rises with hardness.
  const mop = element({
    ...cps,
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.6, defeatsHardnessPsi: 5000 },
  });
  close(warheadKill(mop, 5000, "brown-1976").sskp, 0.3, 1e-15);
  let prev = 1;
  for (const h of [1, 10, 100, 1000, 3000, 10000]) {
    const p = warheadKill(mop, h, "brown-1976").sskp;
    assert.ok(p <= prev + 1e-15);
    prev = p;
  }
});

void test("invalid weapons throw InputError", () => {
  assert.throws(
    () => warheadKill({ nuclear: false, yieldKt: 1, cepM: 5, reliability: 0.9 }, 2000, "brown-1976"),
    /needs `conventional/,
  );
  assert.throws(
    () => warheadKill({ nuclear: true, yieldKt: 300, cepM: 120, reliability: 1.5 }, 2000, "brown-1976"),
    InputError,
  );
  assert.throws(
    () => warheadKill({ nuclear: true, yieldKt: 300, cepM: 120, reliability: 0.8 }, 0, "brown-1976"),
    InputError,
  );
  // CEP 0 is the limit SSKP = 1 (the schema refuses it in scenarios).
  assert.equal(warheadKill({ nuclear: true, yieldKt: 300, cepM: 0, reliability: 0.8 }, 2000, "brown-1976").tkp, 0.8);
});
