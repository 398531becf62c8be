/**
 * SORT / Moscow Treaty (2002) as data: 1,700–2,200 operationally deployed strategic warheads by 31 Dec 2012
 * ([sort-2002]).
 */
import { FRAMEWORK_SCHEMA_VERSION, type Framework } from "../framework-schema.js";

/** SORT rule pack, as a framework (valid and in canonical form: `rule-packs/index.test.ts`). */
export const SORT: Framework = {
  schemaVersion: FRAMEWORK_SCHEMA_VERSION,
  id: "sort",
  name: "SORT / Moscow Treaty (2002)",
  description:
    "1,700–2,200 strategic nuclear warheads (the US reading: operationally deployed) by 31 Dec 2012. No agreed " +
    "counting rules and no verification of its own. Superseded by New START on 5 Feb 2011, before its limit bound.",
  citation: "Treaty between the USA and the Russian Federation on Strategic Offensive Reductions, Moscow, 24 May 2002",
  parties: ["us", "ru"],
  inForce: { from: "2003-06-01", to: "2011-02-05" },
  bindingFrom: "2012-12-31",
  events: [
    { date: "2002-05-24", kind: "signature", description: "signed in Moscow", citation: "SORT; atomicarchive.com" },
    { date: "2003-06-01", kind: "entry-into-force", description: "entered into force", citation: "SORT Art. IV" },
    {
      date: "2011-02-05",
      kind: "superseded",
      description: "superseded by New START on its entry into force",
      citation: "New START Art. XIV; [sort-2002]",
    },
    {
      date: "2012-12-31",
      kind: "limits-binding",
      description: "date by which the 1,700–2,200 level was to be met (and the treaty's nominal end)",
      citation: "SORT Art. I, Art. IV",
    },
  ],
  limits: [
    {
      id: "warheads",
      name: "Strategic nuclear warheads (operationally deployed)",
      quantity: "warheads",
      rule: "loaded",
      selector: {
        categories: ["icbm-silo", "icbm-mobile", "slbm", "bomber"],
        accountable: true,
        nuclear: true,
        status: "deployed",
      },
      max: 2200,
      min: 1700,
      citation: "SORT Art. I (1,700–2,200 by 31 Dec 2012; each party sets its own structure)",
      note: "SORT defined no counting rules; warheads loaded on deployed launchers and at bomber bases are counted.",
    },
  ],
};
