/**
 * Whole-warhead loads (issue 10): a treaty count is a whole number of warheads, so an element whose loaded warheads
 * per launcher is a fractional average becomes two elements with whole loads — the original id keeps the launchers
 * at the lower load, a new element `<id>-<n>w` the launchers at one warhead more. The warheads of each element are
 * rounded to whole warheads by largest remainder within each leg of the party (ICBMs, SLBMs, bombers, others), so
 * every leg keeps its total (e.g. Russia's 857 ICBM, 631 SLBM, 230 bomber warheads in 2026).
 *
 * Stored warheads (upload potential) go to the new element up to what its launchers can take, the rest stay with
 * the original (which keeps the non-deployed and test launchers).
 */
import type { ElementInput } from "./modelling-defaults.js";

const LEG: Readonly<Record<string, string>> = {
  "icbm-silo": "icbm",
  "icbm-mobile": "icbm",
  slbm: "slbm",
  bomber: "bomber",
};

/** Treaty attributes without the converted-launcher count (which stays with the original element). */
function withoutConverted(t: NonNullable<ElementInput["treaty"]>): NonNullable<ElementInput["treaty"]> {
  const { convertedNonNuclear: _converted, ...rest } = t;
  return rest;
}

/** Armed (not converted) deployed launchers of an element as written. */
const armed = (e: ElementInput) => Math.max(0, e.launchers.deployed - (e.treaty?.convertedNonNuclear ?? 0));

/**
 * Return the party's elements with whole-warhead loads (see the module comment). Elements already whole, conventional
 * elements and elements with no armed launchers are returned unchanged, in order; each split element is followed by
 * its new part.
 * @param forces the party's elements
 */
export function wholeLoads(forces: readonly ElementInput[]): ElementInput[] {
  const frac = (e: ElementInput) =>
    e.nuclear !== false && armed(e) > 0 && Math.abs(e.warheadsPerLauncher - Math.round(e.warheadsPerLauncher)) > 1e-9;
  // Whole warheads per element: largest remainder within each leg.
  const total = new Map<string, number>();
  const legs = new Map<string, ElementInput[]>();
  for (const e of forces.filter(frac)) {
    const leg = LEG[e.category] ?? "other";
    legs.set(leg, [...(legs.get(leg) ?? []), e]);
  }
  for (const es of legs.values()) {
    const exact = es.map((e) => armed(e) * e.warheadsPerLauncher);
    const floors = exact.map((x) => Math.floor(x + 1e-9));
    let extra = Math.round(exact.reduce((t, x) => t + x, 0)) - floors.reduce((t, x) => t + x, 0);
    const order = exact.map((x, i) => [x - floors[i]!, i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
    for (const [, i] of order) if (extra-- > 0) floors[i]! += 1;
    es.forEach((e, i) => total.set(e.id, floors[i]!));
  }
  const out: ElementInput[] = [];
  for (const e of forces) {
    const w = total.get(e.id);
    if (w === undefined) {
      out.push(e);
      continue;
    }
    const n = armed(e);
    const lo = Math.floor(w / n);
    const k = w - lo * n; // launchers carrying lo + 1
    const converted = e.treaty?.convertedNonNuclear ?? 0;
    const max = e.maxWarheadsPerLauncher ?? lo + 1;
    const stored = e.treaty?.storedWarheads ?? 0;
    const storedHi = Math.min(stored, k * Math.max(0, max - (lo + 1)));
    const note = `Whole-warhead split of an average load of ${e.warheadsPerLauncher.toFixed(3)} on ${n} launchers (${w} warheads): ${n - k} at ${lo} (${e.id}), ${k} at ${lo + 1} (${e.id}-${lo + 1}w).`;
    out.push({
      ...e,
      launchers: { ...e.launchers, deployed: n - k + converted },
      warheadsPerLauncher: lo,
      ...(e.treaty ? { treaty: { ...e.treaty, ...(stored > 0 ? { storedWarheads: stored - storedHi } : {}) } } : {}),
      notes: e.notes ? `${e.notes} ${note}` : note,
    });
    if (k > 0)
      out.push({
        ...e,
        id: `${e.id}-${lo + 1}w`,
        name: `${e.name} — launchers loaded with ${lo + 1}`,
        launchers: { deployed: k },
        warheadsPerLauncher: lo + 1,
        ...(e.treaty
          ? { treaty: { ...withoutConverted(e.treaty), ...(stored > 0 ? { storedWarheads: storedHi } : {}) } }
          : {}),
        notes: e.notes ? `${e.notes} ${note}` : note,
      });
  }
  return out;
}
