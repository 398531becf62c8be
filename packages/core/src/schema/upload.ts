/**
 * Upload assumptions (methods §7, "Upload potential and breakout"): how long each kind of launcher takes to carry
 * its upload capacity. Named estimates [U]; the per-element capacity comes from the scenario (stored warheads,
 * maximum loads, non-deployed launchers).
 */
import { z } from "zod";

/**
 * Days to upload an element's full capacity, by category (estimates [U], the project's own): bombers load stored
 * weapons at their bases in days; SLBMs are uploaded boat by boat in port over a refit cycle; silo ICBMs need their
 * front sections re-fitted missile by missile; mobile ICBMs in garrison in between.
 */
export const DEFAULT_UPLOAD_DAYS = {
  "icbm-silo": 540,
  "icbm-mobile": 180,
  slbm: 365,
  bomber: 30,
  other: 90,
} as const;

/** Days for a non-deployed launcher to be armed and deployed (reserve launchers). Default 365 [U]. */
export const DEFAULT_RESERVE_LAUNCHER_DAYS = 365;

/** Upload assumptions, nested in a scenario's `assumptions.upload`. */
export const UploadAssumptions = z.strictObject({
  /** Days to upload the full capacity, by category; `other` for the rest. */
  days: z
    .strictObject({
      "icbm-silo": z.number().positive().max(3650).default(DEFAULT_UPLOAD_DAYS["icbm-silo"]),
      "icbm-mobile": z.number().positive().max(3650).default(DEFAULT_UPLOAD_DAYS["icbm-mobile"]),
      slbm: z.number().positive().max(3650).default(DEFAULT_UPLOAD_DAYS.slbm),
      bomber: z.number().positive().max(3650).default(DEFAULT_UPLOAD_DAYS.bomber),
      other: z.number().positive().max(3650).default(DEFAULT_UPLOAD_DAYS.other),
    })
    .default({ ...DEFAULT_UPLOAD_DAYS }),
  /** Days to arm and deploy a non-deployed (reserve) launcher. Default 365. */
  reserveLauncherDays: z.number().positive().max(3650).default(DEFAULT_RESERVE_LAUNCHER_DAYS),
  /**
   * Breakout margin: a side has broken out of a warhead ceiling when its uploaded warheads exceed the ceiling by this
   * share of it. Default 0.1 (10 %) [U].
   */
  breakoutMargin: z.number().min(0).max(10).default(0.1),
});
export type UploadAssumptions = z.infer<typeof UploadAssumptions>;
