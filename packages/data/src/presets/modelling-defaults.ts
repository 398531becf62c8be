/**
 * Modelling placeholders shared by the presets: value-target damage curves, crisis generation schedules,
 * inter-capital distances and the Minuteman III CEP rule. Each carries its citation; the notional ones say why they
 * were chosen.
 */
import type { Citation, ScenarioInput } from "@seceq/core";
import { notional, restate, SUH_2022, SUH_DISTANCES } from "./citations.js";

/** A party as written in a preset. */
export type PartyInput = ScenarioInput["parties"][number];
/** A force element as written in a preset. */
export type ElementInput = PartyInput["forces"][number];
/** A defence layer as written in a preset. */
export type DefenseLayerInput = NonNullable<PartyInput["defenses"]>[number];

/**
 * Arriving warheads that destroy 80 % of a party's urban-industrial value (exponential-w80 damage curve), used for
 * every party in the presets. Notional.
 */
export const DEFAULT_W80 = 300;

const W80_NOTE =
  "Notional w80 = 300 arriving warheads destroy 80 % of urban-industrial value. Reasoning: one EMT exposes about " +
  "51.7 km² to ≥ 10 psi ([richelson-1980], [owid-nd]), so 300 warheads of 100–500 kt (0.2–0.6 EMT each) expose roughly " +
  "3,000–10,000 km² to building-collapse overpressure, of the order of the built-up cores of a few hundred of the " +
  "largest cities of a large industrial state (order-of-magnitude judgement, not checked against census data); fire " +
  "and fallout add damage the blast area omits. The same value is used for every party and year so that results are " +
  "comparable; explore 150–600 in sensitivity runs.";

/**
 * The value target base of a party: exponential-w80 damage curve with the notional {@link DEFAULT_W80}.
 * @param asOf scenario date for the citation
 * @param extraNote party-specific remark appended to the reasoning
 */
export function defaultValue(asOf: string, extraNote?: string): PartyInput["value"] {
  return {
    damageCurve: { model: "exponential-w80", w80: DEFAULT_W80 },
    source: notional(asOf, extraNote !== undefined ? `${W80_NOTE} ${extraNote}` : W80_NOTE),
  };
}

/**
 * Generation schedule of the US and Russia (and the USSR): day 0 → 0, day 2 → 0.3, day 5 → 0.7, day 7 → 1 (share of
 * the day-to-day → generated change completed). Notional: bombers to alert and SSBNs in port to sea within about a
 * week, mobile ICBMs dispersed first.
 */
export const GENERATION_US_RU: NonNullable<PartyInput["generation"]> = [
  { day: 0, generated: 0 },
  { day: 2, generated: 0.3 },
  { day: 5, generated: 0.7 },
  { day: 7, generated: 1 },
];

/**
 * Generation schedule of China: day 0 → 0, day 3 → 0.2, day 7 → 0.6, day 14 → 1. Notional and slower than the US and
 * Russian schedules because Chinese warheads are thought to be stored apart from launchers in peacetime (FAS 2025).
 */
export const GENERATION_CN: NonNullable<PartyInput["generation"]> = [
  { day: 0, generated: 0 },
  { day: 3, generated: 0.2 },
  { day: 7, generated: 0.6 },
  { day: 14, generated: 1 },
];

/** Inter-capital distance US–Russia (USSR), km (Suh data note). */
export const DISTANCE_US_RU: NonNullable<ScenarioInput["distancesKm"]> = [
  { between: ["us", "ru"], km: 7826, source: SUH_DISTANCES },
];

/** Inter-capital distances among the US, Russia and China, km (Suh data note). */
export const DISTANCES_US_RU_CN: NonNullable<ScenarioInput["distancesKm"]> = [
  { between: ["us", "ru"], km: 7826, source: SUH_DISTANCES },
  { between: ["us", "cn"], km: 11152, source: SUH_DISTANCES },
  { between: ["ru", "cn"], km: 5795, source: SUH_DISTANCES },
];

/** Minuteman III re-entry vehicle: Mk12 (W62), Mk12A (W78) or Mk21 (W87). */
export type Mm3Rv = "mk12" | "mk12a" | "mk21";

const MM3_CEP_RULE =
  "Suh gives one CEP range for Minuteman III, 183–213 m, not split by re-entry vehicle. Rule used in every preset: " +
  "the lower end (183 m) for the Mk21, the newest RV (designed for Peacekeeper, on Minuteman III from 2006); the " +
  "upper end (213 m) for the older Mk12 and Mk12A. The assignment by RV is ours.";

/**
 * Minuteman III CEP by re-entry vehicle, m, from Suh's 183–213 m ([suh-2022]): Mk21 183 (lower end), Mk12 and
 * Mk12A 213 (upper end). One value per RV for every preset and year; cite it with {@link mm3CepSource}.
 */
export const MM3_CEP_M: Readonly<Record<Mm3Rv, number>> = { mk12: 213, mk12a: 213, mk21: 183 };

/**
 * Citation of {@link MM3_CEP_M}: Suh's data note, confidence `estimate` (the split of Suh's range by RV is ours).
 * @param rv the re-entry vehicle
 */
export function mm3CepSource(rv: Mm3Rv): Citation {
  const name = { mk12: "Mk12", mk12a: "Mk12A", mk21: "Mk21" }[rv];
  return restate(SUH_2022, "estimate", `${MM3_CEP_RULE} ${name}: ${MM3_CEP_M[rv]} m.`);
}
