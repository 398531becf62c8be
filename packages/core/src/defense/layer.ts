/**
 * One defence layer against one engaged object (standard analytic forms, as in [jimjkelly-nd]): kill probability by doctrine and expected
 * interceptor expenditure.
 */
import type { DefenseLayer } from "../schema/scenario.js";
import { InputError } from "../_shared/issues.js";
import { requireProbability } from "../physics/checks.js";

/** The layer fields the attrition formulas read; a scenario `DefenseLayer` fits. */
export type EngagementLayer = Pick<DefenseLayer, "pk" | "tracking" | "doctrine">;

function shotsOf(layer: EngagementLayer): number {
  const n = layer.doctrine.shots;
  if (!Number.isInteger(n) || n < 1)
    throw new InputError([
      {
        code: "out_of_range",
        path: ["doctrine", "shots"],
        message: `shots must be a whole number ≥ 1 (got ${String(n)})`,
      },
    ]);
  return n;
}

/**
 * Probability that the layer kills one object it engages, P = q · (1 − (1 − p)^n), with interceptor SSPK p,
 * common-mode tracking/discrimination probability q and n shots.
 * - `barrage` n: n interceptors at once.
 * - `shoot-look-shoot` n: up to n engagements, firing again only at survivors. With a perfect look the kill
 *   probability equals the barrage's; the saving is in interceptors ({@link interceptorsPerObject}).
 * @param layer pk and tracking in [0, 1], doctrine with shots ≥ 1
 * @returns kill probability per engaged object, [0, 1]
 */
export function layerKillProbability(layer: EngagementLayer): number {
  const p = requireProbability("pk", layer.pk);
  const q = requireProbability("tracking", layer.tracking);
  const n = shotsOf(layer);
  return q * -Math.expm1(n * Math.log1p(-p));
}

/**
 * Expected interceptors fired at one engaged object.
 * - `barrage` n: n.
 * - `shoot-look-shoot` n: Σ_{k<n} (1 − p)^k (a perfect look; e.g. 1 + (1 − p) for two shots).
 *
 * Tracking does not reduce expenditure: a common-mode tracking or discrimination failure is not known to the
 * defender when it fires, so every engaged object draws interceptors (and an SLS look assesses the object the layer
 * believes it engaged). This is the conservative choice for the defender's inventory.
 * @param layer pk in [0, 1], doctrine with shots ≥ 1
 * @returns interceptors per engaged object, in [1, n]
 */
export function interceptorsPerObject(layer: EngagementLayer): number {
  const p = requireProbability("pk", layer.pk);
  const n = shotsOf(layer);
  switch (layer.doctrine.type) {
    case "barrage":
      return n;
    case "shoot-look-shoot": {
      if (p === 0) return n;
      return -Math.expm1(n * Math.log1p(-p)) / p;
    }
  }
}
