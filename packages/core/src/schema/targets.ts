/**
 * Command, control, communications (C3), early-warning and missile-defence sites as target classes, and named
 * degradations of warning (space/ASAT, cyber). Referenced from a party's `c3` field; the exchange engine reads them
 * (methods §3, "C3, warning and entanglement").
 *
 * A party's warning — the probability that its launch under attack succeeds — is
 * `luaFraction · (1 − asat)(1 − cyber) · Π_kind s_kind`, where `s_kind` is the surviving share of its
 * `early-warning` and of its `command` sites (kinds with no sites count as intact). A `defense-radar` site supports
 * the defence layers it lists: their tracking probability is multiplied by the surviving share of their radars.
 */
import { z } from "zod";

/** Identifier (same rule as scenario ids). */
const Id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, "must be lower-case letters, digits and dashes, starting with a letter");
const Probability = z.number().min(0, "must be a probability in [0, 1]").max(1, "must be a probability in [0, 1]");
const Citation = z.strictObject({
  source: z.string().min(1, "must name a source"),
  asOf: z.iso.date({ error: "must be a date written YYYY-MM-DD" }),
  confidence: z.enum(["published", "derived", "estimate", "notional"]),
  url: z.url().optional(),
  note: z.string().optional(),
});

/**
 * Kind of C3 target:
 * - `command`: national and nuclear command centres; their loss lowers the probability of launch under attack.
 * - `early-warning`: early-warning radars (and ground stations of warning satellites); their loss lowers it too.
 * - `defense-radar`: missile-defence fire-control and tracking radars; their loss lowers the tracking probability of
 *   the defence layers they support.
 */
export const C3Kind = z.enum(["command", "early-warning", "defense-radar"]);
export type C3Kind = z.infer<typeof C3Kind>;

/** One class of C3 sites of a party (same kind, hardness and role). */
export const C3Site = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: C3Kind,
  /** Number of sites (aim points), ≥ 1. */
  sites: z.number().int("must be a whole number").min(1).max(10_000),
  /** Peak overpressure a site withstands, psi (radars ~5–10; buried command posts 1,000+). */
  hardnessPsi: z.number().positive("must be > 0 psi").max(100_000),
  /**
   * Serves both nuclear and conventional operations (default true). A conventional strike on a dual-use site is
   * reported as entanglement: it degrades nuclear warning or command.
   */
  dualUse: z.boolean().default(true),
  /** For `defense-radar`: ids of the party's defence layers the radars support. */
  supports: z.array(Id).max(64).default([]),
  source: Citation,
  notes: z.string().optional(),
});
export type C3Site = z.infer<typeof C3Site>;

/** Named degradations of a party's warning before any strike: shares of warning lost, each 0–1. */
export const WarningDegradation = z.strictObject({
  /** Share of warning lost to anti-satellite attack on space-based sensors and relays. Default 0. */
  asat: Probability.default(0),
  /** Share of warning lost to cyber attack on warning and command networks. Default 0. */
  cyber: Probability.default(0),
  source: Citation.optional(),
});
export type WarningDegradation = z.infer<typeof WarningDegradation>;

/** A party's C3: target sites and warning degradation. */
export const C3 = z.strictObject({
  sites: z.array(C3Site).max(64).default([]),
  degradation: WarningDegradation.default({ asat: 0, cyber: 0 }),
});
export type C3 = z.infer<typeof C3>;

/**
 * Share of a party's warning that survives, 0–1: `(1 − asat)(1 − cyber) · s_warning · s_command`.
 * @param degradation named degradations (ASAT, cyber)
 * @param surviving surviving share of the party's early-warning and command sites (1 for a kind it has none of)
 */
export function warningShare(
  degradation: Pick<WarningDegradation, "asat" | "cyber"> | undefined,
  surviving: { earlyWarning: number; command: number },
): number {
  const asat = degradation?.asat ?? 0;
  const cyber = degradation?.cyber ?? 0;
  return clampShare((1 - asat) * (1 - cyber) * clampShare(surviving.earlyWarning) * clampShare(surviving.command));
}

/** x clamped to 0–1, NaN to 0 (a module function: the draw-down calls {@link warningShare} at every step). */
function clampShare(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0;
}
