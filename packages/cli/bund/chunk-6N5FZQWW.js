import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  CN_2026
} from "./chunk-BTSYSKZD.js";
import {
  AS_OF_2026,
  RU_2026,
  US_2026
} from "./chunk-KH3G6G5M.js";
import {
  DISTANCES_US_RU_CN
} from "./chunk-L7JI5VNB.js";
import {
  cite
} from "./chunk-NQBOJXVP.js";

// packages/data/dist/presets/us-russia-china-2035.js
var DOD_CMPR_2022 = cite("US DoD, 'Military and Security Developments Involving the People's Republic of China 2022'", "2022-11-29", "estimate", { note: "The PRC will likely field a stockpile of about 1,500 warheads by its 2035 timeline (a projection)." });
var CN_2035_WARHEADS = 1500;
var cn2026Warheads = CN_2026.forces.filter((f) => f.nuclear !== false).reduce((t, f) => t + f.launchers.deployed * f.warheadsPerLauncher, 0);
var CN_2035_SCALE = CN_2035_WARHEADS / cn2026Warheads;
var CN_2035 = {
  ...CN_2026,
  forces: CN_2026.forces.map((f) => f.nuclear === false ? f : {
    ...f,
    launchers: { ...f.launchers, deployed: Math.round(f.launchers.deployed * CN_2035_SCALE) },
    fieldSources: {
      ...f.fieldSources,
      launchers: {
        ...DOD_CMPR_2022,
        confidence: "derived",
        note: `${DOD_CMPR_2022.note ?? ""} 2026 deployed launchers \xD7 ${CN_2035_SCALE.toFixed(3)}, rounded.`
      }
    }
  })
};
var US_RUSSIA_CHINA_2035 = {
  schemaVersion: 1,
  id: "us-russia-china-2035",
  name: "US and Russia (2026 forces) with China's projected 2035 force",
  description: "China scaled to about 1,500 warheads (DoD projection for 2035) with its 2026 force structure; US and Russian forces held at their 5 Feb 2026 levels to isolate China's effect on the US\u2013Russia index.",
  asOf: AS_OF_2026,
  parties: [US_2026, RU_2026, CN_2035],
  distancesKm: DISTANCES_US_RU_CN,
  notes: `China's launchers: ${DOD_CMPR_2022.source}; projection rule in the preset module.`
};

export {
  DOD_CMPR_2022,
  CN_2035_WARHEADS,
  CN_2035_SCALE,
  CN_2035,
  US_RUSSIA_CHINA_2035
};
