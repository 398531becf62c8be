/**
 * From a point of the negotiation space to a framework: dimension values become the ceilings of treaty-engine limits
 * ({@link Framework}) and per-launcher caps. The treaty engine has no per-launcher quantity, so caps travel beside the
 * framework and are applied as downloads ({@link applyPerLauncherCaps}) before the party restructures for the limits;
 * the framework's `notes` state them so a printed framework is complete.
 */
import type { Party } from "../schema/scenario.js";
import type { Framework, Limit, Selector } from "../treaty/framework-schema.js";
import { matchesElement } from "../treaty/counting-rules.js";
import { coordinateValue, type ResolvedNegotiationSpec } from "./negotiation-spec.js";
import { getOwn, setOwn } from "../_shared/own-keys.js";

/** A cap on warheads per deployed launcher for one party. */
export interface NegotiatedCap {
  /** Dimension id. */
  id: string;
  name: string;
  party: string;
  /** Elements capped. */
  selector: Selector;
  /** Most warheads per deployed launcher. */
  cap: number;
}

/** A framework of the space: treaty limits, per-launcher caps, and the coordinate values that made it. */
export interface NegotiatedFramework {
  framework: Framework;
  caps: NegotiatedCap[];
  /** Value of each coordinate, by coordinate key (units of its dimension). */
  values: Record<string, number>;
}

/**
 * Map a point of the unit cube to coordinate values: coordinate i takes level floor(u_i × levels), so every level
 * gets an equal share of [0, 1); values outside [0, 1] are clamped to the end levels; NaN counts as 0.
 * @param spec the resolved spec
 * @param u one number per coordinate
 * @returns one value per coordinate, units of its dimension, on the step grid
 */
export function valuesAt(spec: Pick<ResolvedNegotiationSpec, "coordinates">, u: readonly number[]): number[] {
  return spec.coordinates.map((c, i) => {
    const x = u[i] ?? 0;
    const level = Number.isNaN(x) ? 0 : Math.floor(Math.max(0, Math.min(1, x)) * c.levels);
    return coordinateValue(c, Math.min(c.levels - 1, level));
  });
}

/** The loosest point of the space: every coordinate at its highest value. */
export function loosestValues(spec: Pick<ResolvedNegotiationSpec, "coordinates">): number[] {
  return spec.coordinates.map((c) => c.max);
}

const fmtValue = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** A one-line label of a point, e.g. `warheads 1,200 · launchers 550 · icbm-mirv 1`. */
export function describeValues(spec: Pick<ResolvedNegotiationSpec, "coordinates">, values: readonly number[]): string {
  return spec.coordinates.map((c, i) => `${c.key} ${fmtValue(values[i]!)}`).join(" · ");
}

/**
 * Build the framework of a point of the space.
 * @param spec the resolved spec
 * @param values one value per coordinate (see {@link valuesAt}), units of each dimension
 * @returns the framework (limits bind the negotiating parties), the caps, and the values by key
 */
export function buildFramework(spec: ResolvedNegotiationSpec, values: readonly number[]): NegotiatedFramework {
  if (values.length !== spec.coordinates.length)
    throw new RangeError(`expected ${spec.coordinates.length} values, got ${values.length}`);
  const byKey: Record<string, number> = {};
  spec.coordinates.forEach((c, i) => setOwn(byKey, c.key, values[i]!));
  const [a, b] = spec.parties;
  const ceiling = (dim: number): { max: number } | { perParty: Record<string, number> } => {
    const cs = spec.coordinates.map((c, i) => ({ c, v: values[i]! })).filter((x) => x.c.dimension === dim);
    if (cs.length === 1 && cs[0]!.c.party === undefined) return { max: cs[0]!.v };
    return { perParty: Object.fromEntries(cs.map((x) => [x.c.party!, x.v])) };
  };
  const limits: Limit[] = [];
  const caps: NegotiatedCap[] = [];
  spec.dimensions.forEach((d, i) => {
    const name = d.name ?? d.id;
    const c = ceiling(i);
    if (d.limit) {
      limits.push({
        id: d.id,
        name: d.limit.name ?? name,
        quantity: d.limit.quantity,
        ...(d.limit.rule !== undefined ? { rule: d.limit.rule } : {}),
        selector: { ...d.limit.selector, parties: [a, b] },
        ...c,
        ...(d.limit.params !== undefined ? { params: d.limit.params } : {}),
        citation: d.limit.citation ?? `negotiation space "${spec.id}", dimension "${d.id}"`,
      });
    } else {
      for (const p of spec.parties)
        caps.push({
          id: d.id,
          name,
          party: p,
          selector: d.warheadsPerLauncher!.selector,
          cap: "max" in c ? c.max : getOwn(c.perParty, p)!,
        });
    }
  });
  const capNote = caps.length
    ? `Per-launcher caps, applied as downloads before the limits: ${caps
        .map((k) => `${k.id} ${k.party} ≤ ${fmtValue(k.cap)} warheads per launcher`)
        .join("; ")}.`
    : undefined;
  const framework: Framework = {
    schemaVersion: 1,
    id: spec.id,
    name: `${spec.name ?? spec.id}: ${describeValues(spec, values)}`,
    citation: `seceq negotiation search over "${spec.id}"`,
    parties: [a, b],
    inForce: {},
    events: [],
    limits,
    ...(capNote ? { notes: capNote } : {}),
  };
  return { framework, caps, values: byKey };
}

/**
 * Apply per-launcher caps to a party: every nuclear or conventional element a cap's selector matches carries at most
 * `cap` warheads per deployed launcher (downloaded, the removed warheads retired), and its upload capacity is capped.
 * Caps of other parties are ignored; with several caps on one element the lowest applies.
 * @param party the party
 * @param caps caps (any party's)
 * @returns the party with capped elements (the same object when nothing changes)
 */
export function applyPerLauncherCaps(party: Party, caps: readonly NegotiatedCap[]): Party {
  const mine = caps.filter((k) => k.party === party.id);
  if (mine.length === 0) return party;
  let changed = false;
  const forces = party.forces.map((e) => {
    const cap = Math.min(...mine.filter((k) => matchesElement(e, k.selector)).map((k) => k.cap));
    if (!Number.isFinite(cap)) return e;
    const wpl = Math.min(e.warheadsPerLauncher, cap);
    const max = e.maxWarheadsPerLauncher !== undefined ? Math.min(e.maxWarheadsPerLauncher, cap) : undefined;
    if (wpl === e.warheadsPerLauncher && max === e.maxWarheadsPerLauncher) return e;
    changed = true;
    return { ...e, warheadsPerLauncher: wpl, ...(max !== undefined ? { maxWarheadsPerLauncher: max } : {}) };
  });
  return changed ? { ...party, forces } : party;
}
