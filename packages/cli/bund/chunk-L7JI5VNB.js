import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  SUH_2022,
  SUH_DISTANCES,
  notional,
  restate
} from "./chunk-NQBOJXVP.js";

// packages/data/dist/presets/modelling-defaults.js
var DEFAULT_W80 = 300;
var W80_NOTE = "Notional w80 = 300 arriving warheads destroy 80 % of urban-industrial value. Reasoning: one EMT exposes about 51.7 km\xB2 to \u2265 10 psi ([richelson-1980], [owid-nd]), so 300 warheads of 100\u2013500 kt (0.2\u20130.6 EMT each) expose roughly 3,000\u201310,000 km\xB2 to building-collapse overpressure, of the order of the built-up cores of a few hundred of the largest cities of a large industrial state (order-of-magnitude judgement, not checked against census data); fire and fallout add damage the blast area omits. The same value is used for every party and year so that results are comparable; explore 150\u2013600 in sensitivity runs.";
function defaultValue(asOf, extraNote) {
  return {
    damageCurve: { model: "exponential-w80", w80: DEFAULT_W80 },
    source: notional(asOf, extraNote !== void 0 ? `${W80_NOTE} ${extraNote}` : W80_NOTE)
  };
}
var GENERATION_US_RU = [
  { day: 0, generated: 0 },
  { day: 2, generated: 0.3 },
  { day: 5, generated: 0.7 },
  { day: 7, generated: 1 }
];
var GENERATION_CN = [
  { day: 0, generated: 0 },
  { day: 3, generated: 0.2 },
  { day: 7, generated: 0.6 },
  { day: 14, generated: 1 }
];
var DISTANCE_US_RU = [
  { between: ["us", "ru"], km: 7826, source: SUH_DISTANCES }
];
var DISTANCES_US_RU_CN = [
  { between: ["us", "ru"], km: 7826, source: SUH_DISTANCES },
  { between: ["us", "cn"], km: 11152, source: SUH_DISTANCES },
  { between: ["ru", "cn"], km: 5795, source: SUH_DISTANCES }
];
var MM3_CEP_RULE = "Suh gives one CEP range for Minuteman III, 183\u2013213 m, not split by re-entry vehicle. Rule used in every preset: the lower end (183 m) for the Mk21, the newest RV (designed for Peacekeeper, on Minuteman III from 2006); the upper end (213 m) for the older Mk12 and Mk12A. The assignment by RV is ours.";
var MM3_CEP_M = { mk12: 213, mk12a: 213, mk21: 183 };
function mm3CepSource(rv) {
  const name = { mk12: "Mk12", mk12a: "Mk12A", mk21: "Mk21" }[rv];
  return restate(SUH_2022, "estimate", `${MM3_CEP_RULE} ${name}: ${MM3_CEP_M[rv]} m.`);
}

export {
  defaultValue,
  GENERATION_US_RU,
  GENERATION_CN,
  DISTANCE_US_RU,
  DISTANCES_US_RU_CN,
  MM3_CEP_M,
  mm3CepSource
};
