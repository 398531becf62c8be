/**
 * START I (1991) as data: SNDV and accountable-warhead limits with the ballistic, mobile-ICBM and heavy-ICBM
 * sublimits, bomber attribution, and the throw-weight ceiling ([start1-1991], [fas-start1-nd]).
 */
import { FRAMEWORK_SCHEMA_VERSION, type Framework } from "../framework-schema.js";

const STRATEGIC = ["icbm-silo", "icbm-mobile", "slbm", "bomber"] as const;
const BALLISTIC = ["icbm-silo", "icbm-mobile", "slbm"] as const;
const FAS = "FAS 'START: Central Limits'";

/** START I rule pack, as a framework (valid and in canonical form: `rule-packs/index.test.ts`). */
export const START1: Framework = {
  schemaVersion: FRAMEWORK_SCHEMA_VERSION,
  id: "start1",
  name: "START I (1991)",
  description:
    "US–USSR (later Russia) limits on strategic nuclear delivery vehicles, accountable warheads with sublimits, and " +
    "ballistic-missile throw-weight. Reductions over seven years in three phases; fifteen-year term.",
  citation:
    "Treaty between the USA and the USSR on the Reduction and Limitation of Strategic Offensive Arms, 31 Jul 1991",
  parties: ["us", "ru"],
  inForce: { from: "1994-12-05", to: "2009-12-05" },
  bindingFrom: "2001-12-05",
  events: [
    { date: "1991-07-31", kind: "signature", description: "signed in Moscow", citation: FAS },
    {
      date: "1994-12-05",
      kind: "entry-into-force",
      description: "entered into force for fifteen years",
      citation: FAS,
    },
    {
      date: "2001-12-05",
      kind: "limits-binding",
      description: "central limits binding, seven years after entry into force",
      citation: FAS,
    },
    { date: "2009-12-05", kind: "expiry", description: "expired", citation: "[start1-1991], [fas-start1-nd]" },
  ],
  limits: [
    {
      id: "sndv",
      name: "Strategic nuclear delivery vehicles (deployed ICBMs, SLBMs and their launchers, deployed heavy bombers)",
      quantity: "deployed-launchers",
      rule: "launchers",
      selector: { categories: [...STRATEGIC], accountable: true, status: "deployed" },
      max: 1600,
      citation: `START I Art. II; ${FAS}`,
    },
    {
      id: "warheads",
      name: "Accountable warheads",
      quantity: "warheads",
      rule: "start1-attributed",
      selector: { categories: [...STRATEGIC], accountable: true, status: "deployed" },
      max: 6000,
      params: { alcmAttribution: { us: { first: 150, attributed: 10 }, ru: { first: 180, attributed: 8 } } },
      citation: `START I Art. II, Art. III (ALCM bombers: US first 150 at 10, USSR first 180 at 8); ${FAS}`,
    },
    {
      id: "ballistic-warheads",
      name: "Warheads on deployed ICBMs and SLBMs",
      quantity: "warheads",
      rule: "start1-attributed",
      selector: { categories: [...BALLISTIC], accountable: true, status: "deployed" },
      max: 4900,
      sublimitOf: "warheads",
      citation: `START I Art. II; ${FAS}`,
    },
    {
      id: "mobile-icbm-warheads",
      name: "Warheads on deployed mobile ICBMs",
      quantity: "warheads",
      rule: "start1-attributed",
      selector: { categories: ["icbm-mobile"], accountable: true, status: "deployed" },
      max: 1100,
      sublimitOf: "ballistic-warheads",
      citation: `START I Art. II; ${FAS}`,
    },
    {
      id: "heavy-icbm-warheads",
      name: "Warheads on deployed heavy ICBMs (154 heavy ICBMs)",
      quantity: "warheads",
      rule: "start1-attributed",
      selector: { categories: ["icbm-silo", "icbm-mobile"], heavyIcbm: true, accountable: true, status: "deployed" },
      max: 1540,
      sublimitOf: "ballistic-warheads",
      citation: `START I Art. II; ${FAS}`,
    },
    {
      id: "throw-weight",
      name: "Aggregate throw-weight of deployed ICBMs and SLBMs",
      quantity: "throw-weight-t",
      rule: "throw-weight",
      selector: { categories: [...BALLISTIC], accountable: true, status: "deployed" },
      max: 3600,
      citation: `START I Art. II; ${FAS} (3,600 metric tons)`,
    },
  ],
  notes:
    "USSR obligations are read against party id `ru` (Russia succeeded the USSR). Downloading rules (SS-N-18 " +
    "attributed 3 RVs, Minuteman III by 1–2 RVs) are expressed per element with `treaty.attributedWarheads`.",
};
