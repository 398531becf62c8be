/**
 * New START (Prague, 2010) as data: the three central limits with the treaty's counting rules, its dates, and the
 * events of its last years ([new-start-2010]).
 */
import { FRAMEWORK_SCHEMA_VERSION, type Framework } from "../framework-schema.js";

const STRATEGIC = ["icbm-silo", "icbm-mobile", "slbm", "bomber"] as const;

/** New START rule pack, as a framework (valid and in canonical form: `rule-packs/index.test.ts`). */
export const NEW_START: Framework = {
  schemaVersion: FRAMEWORK_SCHEMA_VERSION,
  id: "new-start",
  name: "New START (Prague, 2010)",
  description:
    "US–Russia central limits on deployed strategic warheads, deployed ICBMs/SLBMs/heavy bombers, and deployed and " +
    "non-deployed launchers. Binding from 5 Feb 2018; expired 5 Feb 2026.",
  citation:
    "Treaty between the USA and the Russian Federation on Measures for the Further Reduction and Limitation of " +
    "Strategic Offensive Arms, signed Prague 8 Apr 2010",
  parties: ["us", "ru"],
  inForce: { from: "2011-02-05", to: "2026-02-05" },
  bindingFrom: "2018-02-05",
  events: [
    { date: "2010-04-08", kind: "signature", description: "signed in Prague", citation: "[new-start-2010]" },
    {
      date: "2011-02-05",
      kind: "entry-into-force",
      description: "entered into force for ten years",
      citation: "New START Art. XIV",
    },
    {
      date: "2018-02-05",
      kind: "limits-binding",
      description: "central limits binding, seven years after entry into force",
      citation: "New START Art. II.1; State Dept 'New START Treaty Aggregate Numbers' page",
    },
    {
      date: "2020-03-01",
      kind: "statement",
      description: "on-site inspections paused (COVID-19)",
      citation: "[state-2020]",
    },
    {
      date: "2021-02-03",
      kind: "extension",
      description: "extended by five years, to 5 Feb 2026",
      citation: "New START Art. XIV; State Dept, 3 Feb 2021",
    },
    {
      date: "2023-02-21",
      kind: "statement",
      party: "ru",
      description: "President Putin announced Russia's suspension of the treaty",
      citation: "Presidential address to the Federal Assembly, 21 Feb 2023",
    },
    {
      date: "2023-02-28",
      kind: "suspension",
      party: "ru",
      description:
        "Russia suspended the treaty (Federal Law No. 38-FZ) and said it would still respect the numerical limits",
      citation: "Federal Law No. 38-FZ, 28 Feb 2023; Russian MFA statement",
    },
    {
      date: "2025-09-22",
      kind: "statement",
      party: "ru",
      description: "Russia offered to observe the central limits for one year after expiry if the US reciprocated",
      citation: "[new-start-2010]",
    },
    {
      date: "2026-02-05",
      kind: "expiry",
      description: "expired; no follow-on agreement",
      citation: "New START Art. XIV, as extended [new-start-2010]",
    },
  ],
  limits: [
    {
      id: "deployed-launchers",
      name: "Deployed ICBMs, deployed SLBMs and deployed heavy bombers",
      quantity: "deployed-launchers",
      rule: "new-start-launchers",
      selector: { categories: [...STRATEGIC], accountable: true, status: "deployed" },
      max: 700,
      citation: "New START Art. II.1(a); State Dept fact sheet, 1 Dec 2020",
    },
    {
      id: "warheads",
      name: "Warheads on deployed ICBMs and SLBMs, and counted for deployed heavy bombers",
      quantity: "warheads",
      rule: "new-start-warheads",
      selector: { categories: [...STRATEGIC], accountable: true, status: "deployed" },
      max: 1550,
      citation: "New START Art. II.1(b), Art. III.2",
    },
    {
      id: "launchers",
      name: "Deployed and non-deployed ICBM launchers, SLBM launchers and heavy bombers",
      quantity: "launchers",
      rule: "new-start-launchers",
      selector: { categories: [...STRATEGIC], accountable: true, status: "all" },
      max: 800,
      citation:
        "New START Art. II.1(c); State Dept 'Deployed and Non-Deployed Launchers' fact sheet, 2 Aug 2010 " +
        "(test and training launchers count as non-deployed; converted heavy bombers are out of account)",
    },
  ],
  notes:
    "Russia disputes the US conversion of 56 Trident II tubes and 41 B-52H, and 4 'training silos' (Russian MFA, " +
    "March 2022): counted here as the US counts them.",
};
