/**
 * Parity indicators of a party's forces ([richelson-1980], [suh-2022]): deliverable warheads, EMT and CMP.
 */
import { armedLaunchers, reaches, type ForceElement } from "../schema/scenario.js";
import { requireNonNegative } from "../physics/checks.js";
import { cmpPerWarhead, type CmpConvention } from "./cmp.js";
import { emtPerWarhead } from "./emt.js";

/** Options of {@link partyParity}. */
export interface PartyParityOptions {
  /** CMP convention; default `richelson`. */
  convention?: CmpConvention | undefined;
  /**
   * Distance the warheads must reach (e.g. the inter-capital distance of a dyad), km. When set, an element counts
   * only if `rangeKm ≥ reachKm`; SLBMs always count (Suh's dyadic rule, [suh-2022]). Default: all count.
   */
  reachKm?: number | undefined;
}

/** Parity figures of one force element. */
export interface ElementParity {
  id: string;
  /** Warheads on deployed launchers: deployed × warheadsPerLauncher. */
  warheads: number;
  /** EMT of those warheads. */
  emt: number;
  /** CMP of those warheads (0 for bombers under the Suh convention). */
  cmp: number;
  /** Whether the element reaches `reachKm`; totals count only elements that reach. */
  reaches: boolean;
}

/** Totals of a party's parity figures. */
export interface ParityTotals {
  /** Deliverable warheads. */
  deliverableWarheads: number;
  /** Equivalent megatonnage. */
  emt: number;
  /** Counter-military potential in the chosen convention. */
  cmp: number;
}

/** {@link ParityTotals} with the figures of each nuclear element. */
export interface PartyParity extends ParityTotals {
  /** One row per nuclear element, in input order; own figures whether or not it reaches. */
  byElement: ElementParity[];
}

/**
 * True when an element delivers gravity bombs: a `bomber` not equipped for air-launched cruise missiles (neither
 * `treaty.alcmEquipped` nor a `cruise` flight profile). Suh excludes these from CMP; ALCM carriers stay in.
 */
export function isGravityBomb(f: ForceElement): boolean {
  return f.category === "bomber" && !f.treaty?.alcmEquipped && f.flight !== "cruise";
}

/**
 * Parity figures of a party's forces: nuclear elements only; warheads = deployed launchers × warheads per launcher
 * (no stockpile cap); EMT per warhead by {@link emtPerWarhead}; CMP by {@link cmpPerWarhead}. Under the Suh
 * convention gravity bombs (see {@link isGravityBomb}) are left out of CMP because their accuracy is unknown, but stay in
 * EMT and the warhead count. With `reachKm`, only elements that reach count in the totals.
 * @param forces the party's force elements
 * @param options CMP convention (default `richelson`) and required reach (default none)
 * @returns totals and per-element figures
 */
export function partyParity(forces: readonly ForceElement[], options: PartyParityOptions = {}): PartyParity {
  const convention = options.convention ?? "richelson";
  const reachKm = options.reachKm === undefined ? undefined : requireNonNegative("reachKm", options.reachKm);
  const byElement: ElementParity[] = [];
  const totals: ParityTotals = { deliverableWarheads: 0, emt: 0, cmp: 0 };
  for (const f of forces) {
    if (!f.nuclear) continue;
    const warheads = armedLaunchers(f) * f.warheadsPerLauncher;
    const reach = reaches(f, reachKm);
    const emt = warheads * emtPerWarhead(f.yieldKt);
    const cmp = convention === "suh" && isGravityBomb(f) ? 0 : warheads * cmpPerWarhead(f.yieldKt, f.cepM, convention);
    byElement.push({ id: f.id, warheads, emt, cmp, reaches: reach });
    if (reach) {
      totals.deliverableWarheads += warheads;
      totals.emt += emt;
      totals.cmp += cmp;
    }
  }
  return { ...totals, byElement };
}

/** One system in the parity calculator. */
export interface ParitySystem {
  /** Warheads, ≥ 0. */
  count: number;
  /** Yield per warhead, kt (≥ 0). */
  yieldKt: number;
  /** CEP, m (> 0). */
  cepM: number;
}

/**
 * Parity calculator behind `seceq calc parity`: totals over systems given as warhead counts.
 * @param systems warhead count, yield and CEP of each system
 * @param convention CMP convention; default `richelson`
 * @returns deliverable warheads, EMT and CMP
 */
export function calcParity(systems: readonly ParitySystem[], convention: CmpConvention = "richelson"): ParityTotals {
  const totals: ParityTotals = { deliverableWarheads: 0, emt: 0, cmp: 0 };
  systems.forEach((s, i) => {
    const n = requireNonNegative(`systems[${i}].count`, s.count);
    totals.deliverableWarheads += n;
    totals.emt += n * emtPerWarhead(s.yieldKt);
    totals.cmp += n * cmpPerWarhead(s.yieldKt, s.cepM, convention);
  });
  return totals;
}
