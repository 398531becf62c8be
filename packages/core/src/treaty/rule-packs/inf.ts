/**
 * INF Treaty (1987) as data: no ground-launched ballistic or cruise missiles of 500–5,500 km range, nuclear or
 * conventional, nor their launchers ([inf-1987]).
 */
import { FRAMEWORK_SCHEMA_VERSION, type Framework } from "../framework-schema.js";

const BAND = { min: 500, max: 5500 };

/** INF rule pack, as a framework (valid and in canonical form: `rule-packs/index.test.ts`). */
export const INF: Framework = {
  schemaVersion: FRAMEWORK_SCHEMA_VERSION,
  id: "inf",
  name: "INF Treaty (1987)",
  description:
    "Ban on US and Soviet (later Russian) ground-launched ballistic and cruise missiles with ranges of 500–5,500 km, " +
    "nuclear or conventional, and their launchers. Sea- and air-launched missiles are not covered.",
  citation:
    "Treaty between the USA and the USSR on the Elimination of their Intermediate-Range and Shorter-Range Missiles, " +
    "Washington, 8 Dec 1987",
  parties: ["us", "ru"],
  inForce: { from: "1988-06-01", to: "2019-08-02" },
  bindingFrom: "1991-06-01",
  events: [
    { date: "1987-12-08", kind: "signature", description: "signed in Washington", citation: "INF Treaty" },
    {
      date: "1988-06-01",
      kind: "entry-into-force",
      description: "entered into force",
      citation: "INF Treaty; US Senate advice and consent 27 May 1988",
    },
    {
      date: "1991-06-01",
      kind: "limits-binding",
      description: "all intermediate-range missiles and launchers eliminated (three years after entry into force)",
      citation: "INF Treaty Art. IV (shorter-range missiles within 18 months, Art. V)",
    },
    {
      date: "2019-02-01",
      kind: "suspension",
      party: "us",
      description: "the US suspended its obligations, citing Russia's 9M729 (SSC-8)",
      citation: "CRS INF insight [inf-1987]",
    },
    {
      date: "2019-08-02",
      kind: "withdrawal",
      party: "us",
      description: "US withdrawal took effect; the treaty ended",
      citation: "[inf-1987]",
    },
  ],
  limits: [
    {
      id: "glbm",
      name: "Ground-launched ballistic missiles of 500–5,500 km and their launchers",
      quantity: "launchers",
      rule: "launchers",
      selector: { categories: ["ground-ballistic"], rangeKm: BAND, status: "all" },
      max: 0,
      citation: "INF Treaty Art. I, Art. II.1, II.3–4 (500–5,500 km), Art. IV–VI",
      note: "Nuclear and conventional alike; each launcher holds one missile, so launchers stand for missiles too.",
    },
    {
      id: "glcm",
      name: "Ground-launched cruise missiles of 500–5,500 km and their launchers",
      quantity: "launchers",
      rule: "launchers",
      selector: { categories: ["ground-cruise"], rangeKm: BAND, status: "all" },
      max: 0,
      citation: "INF Treaty Art. I, Art. II.2, II.3–4 (500–5,500 km), Art. IV–VI",
      note: "Sea-launched (sea-cruise) and air-launched cruise missiles are outside the treaty.",
    },
  ],
};
