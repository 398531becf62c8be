import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../_shared/issues.js";
import { interceptorsPerObject, layerKillProbability } from "./layer.js";

const close = (a: number, b: number, tol: number, what = ""): void =>
  assert.ok(Math.abs(a - b) <= tol, `${what} got ${a}, expected ${b} ± ${tol}`);

void test("[jimjkelly-nd]: barrage P = q · (1 − (1 − p)^n)", () => {
  close(layerKillProbability({ pk: 0.8, tracking: 0.9, doctrine: { type: "barrage", shots: 2 } }), 0.9 * 0.96, 1e-15);
  close(layerKillProbability({ pk: 0.5, tracking: 1, doctrine: { type: "barrage", shots: 3 } }), 0.875, 1e-15);
  close(layerKillProbability({ pk: 0.7, tracking: 0.95, doctrine: { type: "barrage", shots: 1 } }), 0.665, 1e-15);
  assert.equal(layerKillProbability({ pk: 1, tracking: 0.9, doctrine: { type: "barrage", shots: 4 } }), 0.9);
  assert.equal(layerKillProbability({ pk: 0, tracking: 1, doctrine: { type: "barrage", shots: 4 } }), 0);
});

void test("[jimjkelly-nd]: shoot-look-shoot with a perfect look kills like a barrage of the same size", () => {
  for (const p of [0.3, 0.5, 0.8])
    for (const n of [2, 3, 5])
      close(
        layerKillProbability({ pk: p, tracking: 0.9, doctrine: { type: "shoot-look-shoot", shots: n } }),
        layerKillProbability({ pk: p, tracking: 0.9, doctrine: { type: "barrage", shots: n } }),
        1e-15,
      );
});

void test("[jimjkelly-nd]: interceptors per engaged object — barrage n; SLS Σ_{k<n}(1 − p)^k (1 + (1 − p) for two shots)", () => {
  assert.equal(interceptorsPerObject({ pk: 0.8, tracking: 0.5, doctrine: { type: "barrage", shots: 2 } }), 2);
  close(interceptorsPerObject({ pk: 0.8, tracking: 1, doctrine: { type: "shoot-look-shoot", shots: 2 } }), 1.2, 1e-15);
  close(interceptorsPerObject({ pk: 0.8, tracking: 1, doctrine: { type: "shoot-look-shoot", shots: 3 } }), 1.24, 1e-15);
  close(
    interceptorsPerObject({ pk: 0.5, tracking: 1, doctrine: { type: "shoot-look-shoot", shots: 4 } }),
    1.875,
    1e-15,
  );
  assert.equal(interceptorsPerObject({ pk: 0, tracking: 1, doctrine: { type: "shoot-look-shoot", shots: 3 } }), 3);
  assert.equal(interceptorsPerObject({ pk: 1, tracking: 1, doctrine: { type: "shoot-look-shoot", shots: 3 } }), 1);
  // Tracking does not change expenditure (documented policy: untracked objects still draw fire).
  assert.equal(
    interceptorsPerObject({ pk: 0.6, tracking: 0.2, doctrine: { type: "shoot-look-shoot", shots: 2 } }),
    interceptorsPerObject({ pk: 0.6, tracking: 1, doctrine: { type: "shoot-look-shoot", shots: 2 } }),
  );
});

void test("layers refuse probabilities outside [0, 1] and shot counts below 1", () => {
  assert.throws(
    () => layerKillProbability({ pk: 1.2, tracking: 1, doctrine: { type: "barrage", shots: 1 } }),
    InputError,
  );
  assert.throws(
    () => layerKillProbability({ pk: 0.5, tracking: -1, doctrine: { type: "barrage", shots: 1 } }),
    InputError,
  );
  assert.throws(() => layerKillProbability({ pk: 0.5, tracking: 1, doctrine: { type: "barrage", shots: 0 } }), /shots/);
  assert.throws(
    () => interceptorsPerObject({ pk: 0.5, tracking: 1, doctrine: { type: "barrage", shots: 1.5 } }),
    InputError,
  );
});
