/**
 * Preset `us-russia-china-2035`: the 2026 US and Russian forces with China's force projected to 2035 (issue 10,
 * three-party coupling). The US Department of Defense projects that China "will likely field a stockpile of about
 * 1,500 warheads by its 2035 timeline" (Military and Security Developments Involving the PRC 2022). The projection
 * here scales every deployed Chinese nuclear launcher count of the 2026 preset by 1,500 / (warheads on deployed
 * launchers in 2026) and rounds to whole launchers: same force structure, larger; a derived estimate, not a forecast.
 * US and Russian forces are held at 2026 levels to isolate China's effect on the US–Russia index.
 */
import type { ScenarioInput } from "@seceq/core";
import { cite } from "./citations.js";
import { DISTANCES_US_RU_CN, type PartyInput } from "./modelling-defaults.js";
import { AS_OF_2026, RU_2026, US_2026 } from "./us-russia-2026.js";
import { CN_2026 } from "./us-russia-china-2026.js";

/** DoD CMPR 2022: about 1,500 warheads by 2035. */
export const DOD_CMPR_2022 = cite(
  "US DoD, 'Military and Security Developments Involving the People's Republic of China 2022'",
  "2022-11-29",
  "estimate",
  { note: "The PRC will likely field a stockpile of about 1,500 warheads by its 2035 timeline (a projection)." },
);

/** China's projected 2035 warhead total (DoD CMPR 2022). */
export const CN_2035_WARHEADS = 1500;

const cn2026Warheads = CN_2026.forces
  .filter((f) => f.nuclear !== false)
  .reduce((t, f) => t + f.launchers.deployed * f.warheadsPerLauncher, 0);

/** Scale factor of the projection: 1,500 / China's 2026 warheads on deployed launchers. */
export const CN_2035_SCALE = CN_2035_WARHEADS / cn2026Warheads;

/** China in 2035 (projection, see the module comment). */
export const CN_2035: PartyInput = {
  ...CN_2026,
  forces: CN_2026.forces.map((f) =>
    f.nuclear === false
      ? f
      : {
          ...f,
          launchers: { ...f.launchers, deployed: Math.round(f.launchers.deployed * CN_2035_SCALE) },
          fieldSources: {
            ...f.fieldSources,
            launchers: {
              ...DOD_CMPR_2022,
              confidence: "derived",
              note: `${DOD_CMPR_2022.note ?? ""} 2026 deployed launchers × ${CN_2035_SCALE.toFixed(3)}, rounded.`,
            },
          },
        },
  ),
};

/** US and Russia at 2026 levels with China's projected 2035 force. */
export const US_RUSSIA_CHINA_2035: ScenarioInput = {
  schemaVersion: 1,
  id: "us-russia-china-2035",
  name: "US and Russia (2026 forces) with China's projected 2035 force",
  description:
    "China scaled to about 1,500 warheads (DoD projection for 2035) with its 2026 force structure; US and Russian " +
    "forces held at their 5 Feb 2026 levels to isolate China's effect on the US–Russia index.",
  asOf: AS_OF_2026,
  parties: [US_2026, RU_2026, CN_2035],
  distancesKm: DISTANCES_US_RU_CN,
  notes: `China's launchers: ${DOD_CMPR_2022.source}; projection rule in the preset module.`,
};
