/**
 * Restructure one negotiating party to comply with a framework of the space: per-launcher caps first (downloads),
 * then the treaty engine's path to compliance ({@link pathToCompliance}), which keeps as much survivable retaliatory
 * capacity as possible.
 *
 * XXX: the path-to-compliance integer program struggles with the fractional average loads of the presets (e.g. 4.5
 * W76-1 per Trident, 2.82 per Yars). Measured here on us-russia-2026, New START-style ceilings (Nov 2026): its branch
 * and bound ran for seconds per solve, hit its budget and answered "infeasible" for feasible limits, or returned a
 * posture flagged "may not be optimal". With whole-number loads per launcher it solves optimally in ~5 ms. Until the
 * treaty engine handles fractional loads, each element with a fractional load goes to it as two elements with whole
 * loads: the floor, and the ceiling on `<id>__hi`. The two carry the same total warheads and are merged back
 * afterwards. The split lets the heavier-loaded missiles be kept first when launchers are cut, as a party holding a
 * mix of loads would do. Element totals must be whole warheads; {@link wholeWarheadLoads} rounds them once at the
 * start.
 */
import type { ForceElement, Party, Posture, Scenario } from "../schema/scenario.js";
import type { Framework } from "../treaty/framework-schema.js";
import { countingState } from "../treaty/counting-rules.js";
import { pathToCompliance, type PathStatus } from "../treaty/path-to-compliance.js";
import { applyPerLauncherCaps, type NegotiatedFramework } from "./build-framework.js";

/** Suffix of the id of the ceiling-load half of a split element. */
// Underscores are not allowed in user ids (schema `Id`), so the internal half can never collide with a real element.
const HI = "__hi";

/** Result of {@link restructureParty}. */
export interface Restructured {
  /** The party after caps and compliance (the input party when nothing had to change). */
  party: Party;
  /** Path-to-compliance outcome, or `capped-only` when only per-launcher caps changed the party. */
  status: PathStatus | "capped-only" | "unchanged";
  /** A sentence on the outcome (the engine's message when it could not comply). */
  message: string;
}

/**
 * Round each element's loaded warheads to a whole number: `warheadsPerLauncher` becomes round(D × wpl) / D, D the
 * deployed launchers not converted (changes the total by at most half a warhead per element; elements without
 * deployed launchers are unchanged).
 */
export function wholeWarheadLoads(scenario: Scenario): Scenario {
  return {
    ...scenario,
    parties: scenario.parties.map((p) => ({
      ...p,
      forces: p.forces.map((e) => {
        const d = countingState(e).deployed;
        if (d <= 0) return e;
        const total = Math.round(d * e.warheadsPerLauncher);
        return Math.abs(total - d * e.warheadsPerLauncher) < 1e-9 ? e : { ...e, warheadsPerLauncher: total / d };
      }),
    })),
  };
}

function splitElement(e: ForceElement): ForceElement[] {
  const s = countingState(e);
  const f = Math.floor(e.warheadsPerLauncher + 1e-9);
  if (s.deployed <= 0 || Math.abs(e.warheadsPerLauncher - f) < 1e-9) return [e];
  const k = Math.round(s.deployed * (e.warheadsPerLauncher - f));
  if (k <= 0) return [{ ...e, warheadsPerLauncher: f }];
  if (k >= s.deployed) return [{ ...e, warheadsPerLauncher: f + 1 }];
  const lo: ForceElement = {
    ...e,
    launchers: { ...e.launchers, deployed: e.launchers.deployed - k },
    warheadsPerLauncher: f,
  };
  const hi: ForceElement = {
    ...e,
    id: `${e.id}${HI}`,
    launchers: { deployed: k, nonDeployed: 0, test: 0 },
    warheadsPerLauncher: f + 1,
    ...(e.treaty ? { treaty: { ...e.treaty, convertedNonNuclear: 0, storedWarheads: 0 } } : {}),
  };
  return [lo, hi];
}

function mergeElements(original: ForceElement, lo: ForceElement, hi: ForceElement | undefined): ForceElement {
  if (!hi) return lo;
  const sLo = countingState(lo);
  const deployed = lo.launchers.deployed + hi.launchers.deployed;
  const unconverted = sLo.deployed + hi.launchers.deployed;
  const warheads = sLo.warheads + hi.launchers.deployed * hi.warheadsPerLauncher;
  return {
    ...lo,
    launchers: {
      deployed,
      nonDeployed: lo.launchers.nonDeployed + hi.launchers.nonDeployed,
      test: lo.launchers.test + hi.launchers.test,
    },
    warheadsPerLauncher: unconverted > 0 ? warheads / unconverted : original.warheadsPerLauncher,
    ...(original.maxWarheadsPerLauncher !== undefined
      ? { maxWarheadsPerLauncher: original.maxWarheadsPerLauncher }
      : {}),
  };
}

/**
 * Bring one party within a framework of the space: apply the per-launcher caps, then solve the path to compliance
 * (every limit treated as binding). Element loads must be whole warheads per element ({@link wholeWarheadLoads}).
 * @param scenario the scenario (other parties are not changed and do not matter)
 * @param negotiated the framework and caps
 * @param partyId the party to restructure
 * @param posture posture whose survivable fractions the path to compliance protects; default `generated`
 */
export function restructureParty(
  scenario: Scenario,
  negotiated: Pick<NegotiatedFramework, "framework" | "caps">,
  partyId: string,
  posture: Posture = "generated",
): Restructured {
  const original = scenario.parties.find((p) => p.id === partyId);
  if (!original) throw new RangeError(`unknown party "${partyId}"`);
  const capped = applyPerLauncherCaps(original, negotiated.caps);
  const wasCapped = capped !== original;
  const split = { ...capped, forces: capped.forces.flatMap(splitElement) };
  const splitIds = new Set(split.forces.filter((e) => e.id.endsWith(HI)).map((e) => e.id.slice(0, -HI.length)));
  const framework: Framework =
    splitIds.size === 0
      ? negotiated.framework
      : {
          ...negotiated.framework,
          limits: negotiated.framework.limits.map((l) =>
            l.selector.elements?.some((id) => splitIds.has(id))
              ? {
                  ...l,
                  selector: {
                    ...l.selector,
                    elements: l.selector.elements.flatMap((id) => (splitIds.has(id) ? [id, `${id}${HI}`] : [id])),
                  },
                }
              : l,
          ),
        };
  const path = pathToCompliance(
    { ...scenario, parties: scenario.parties.map((p) => (p.id === partyId ? split : p)) },
    framework,
    partyId,
    { posture },
  );
  if (path.status === "infeasible") return { party: capped, status: "infeasible", message: path.message };
  if (path.status !== "solved")
    return {
      party: capped,
      status: wasCapped ? "capped-only" : "unchanged",
      message: wasCapped ? `${partyId} meets the limits after the per-launcher caps` : path.message,
    };
  const forces = capped.forces.map((e) => {
    const lo = path.posture.forces.find((x) => x.id === e.id)!;
    const hi = path.posture.forces.find((x) => x.id === `${e.id}${HI}`);
    return mergeElements(e, lo, hi);
  });
  return { party: { ...path.posture, forces }, status: "solved", message: path.message };
}
