/**
 * C3 targets of the 2026 presets: national command centres, early-warning radars and missile-defence radars of the
 * US, Russia and China (issue 10; methods §3 "C3, warning and entanglement"). Site counts are from open reporting;
 * hardness values are planning placeholders (no authoritative public figure exists for any of them). Every early-warning
 * and command site is dual-use (`[acton-2018]`): it serves conventional and nuclear operations alike, so a
 * conventional strike on it degrades nuclear warning.
 */
import type { Citation } from "@seceq/core";
import { cite, DOD_CMPR_2024, FAS_RU_2022_KUETT, notional, restate } from "./citations.js";
import type { PartyInput } from "./modelling-defaults.js";

type C3Input = NonNullable<PartyInput["c3"]>;

const A = "2026-02-05";

/** Acton (2018), "Escalation through Entanglement": dual-use warning and C3 assets. */
export const ACTON_2018: Citation = cite(
  "Acton, J. M. (2018), 'Escalation through Entanglement', International Security 43(1), 56–99",
  "2018-08-01",
  "estimate",
  {
    url: "https://doi.org/10.1162/isec_a_00320",
    note: "Early-warning radars and command-and-control systems of the US and Russia serve both conventional and nuclear operations; striking them in a conventional war degrades nuclear warning.",
  },
);

/** Podvig, russianforces.org, "Early warning": the Russian early-warning radar network. */
const PODVIG_EW: Citation = cite(
  "Podvig, P., Russian Strategic Nuclear Forces (russianforces.org), 'Early warning'",
  A,
  "estimate",
  {
    url: "https://russianforces.org/sprn/",
    note: "About ten operational early-warning radar sites (Voronezh family at most sites; Daryal at Pechora; Volga at Baranovichi closed 2025?) — counted as 10 sites.",
  },
);

const US_SITES = cite(
  "US Space Force / Missile Defense Agency fact sheets (open background), early-warning and missile-defence radars",
  A,
  "estimate",
  {
    note: "Upgraded early-warning radars at Beale, Cape Cod, Clear, Pituffik (Thule) and Fylingdales (5 sites); GMD fire-control and tracking radars: Cobra Dane (Shemya), Long Range Discrimination Radar (Clear), Sea-Based X-band (counted as 3 aim points). Counts from background knowledge, to be checked.",
  },
);

const RADAR_HARDNESS = notional(
  A,
  "Large phased-array radars are soft: 10 psi (antenna faces and power plant fail at low overpressure); placeholder.",
);
const BUNKER_HARDNESS = notional(
  A,
  "Deep command posts: 1,000 psi placeholder (open literature quotes '1,000+ psi' for C3 bunkers; deep-buried ones are beyond the blast model).",
);

/** US C3 targets on 5 Feb 2026. */
export const US_C3_2026: C3Input = {
  sites: [
    {
      id: "us-command",
      name: "National and nuclear command centres (Raven Rock, Cheyenne Mountain, NMCC, STRATCOM Offutt)",
      kind: "command",
      sites: 4,
      hardnessPsi: 1000,
      source: restate(
        BUNKER_HARDNESS,
        "notional",
        "Four fixed sites named in open reporting; airborne command posts (E-4B, E-6B) are not targetable and not counted.",
      ),
    },
    {
      id: "us-early-warning",
      name: "Upgraded early-warning radars (Beale, Cape Cod, Clear, Pituffik, Fylingdales)",
      kind: "early-warning",
      sites: 5,
      hardnessPsi: 10,
      source: US_SITES,
      notes: `${RADAR_HARDNESS.note ?? ""} Space-based warning (SBIRS, Next-Gen OPIR) is modelled through \`degradation.asat\`.`,
    },
    {
      id: "us-gmd-radars",
      name: "GMD tracking and fire-control radars (Cobra Dane, LRDR, SBX)",
      kind: "defense-radar",
      sites: 3,
      hardnessPsi: 10,
      supports: ["gmd"],
      source: US_SITES,
    },
  ],
  degradation: { asat: 0, cyber: 0 },
};

/** Russian C3 targets on 5 Feb 2026. */
export const RU_C3_2026: C3Input = {
  sites: [
    {
      id: "ru-command",
      name: "National and nuclear command centres (General Staff, Kosvinsky Kamen, Yamantau, reserve posts)",
      kind: "command",
      sites: 5,
      hardnessPsi: 1000,
      source: restate(
        BUNKER_HARDNESS,
        "notional",
        "Five fixed sites: an order-of-magnitude count of the deep command posts named in open reporting.",
      ),
    },
    {
      id: "ru-early-warning",
      name: "Early-warning radars (Voronezh family, Daryal)",
      kind: "early-warning",
      sites: 10,
      hardnessPsi: 10,
      source: PODVIG_EW,
      notes: `${RADAR_HARDNESS.note ?? ""} Space-based warning (Tundra/EKS) is modelled through \`degradation.asat\`.`,
    },
    {
      id: "ru-don-2n",
      name: "Don-2N battle-management radar of the Moscow ABM system (Sofrino)",
      kind: "defense-radar",
      sites: 1,
      hardnessPsi: 30,
      supports: ["a-135-a-235"],
      source: restate(
        FAS_RU_2022_KUETT,
        "notional",
        "One radar directs the Moscow ABM interceptors. Hardness 30 psi: a placeholder above soft radars for its massive concrete structure.",
      ),
    },
  ],
  degradation: { asat: 0, cyber: 0 },
};

/** Chinese C3 targets on 5 Feb 2026. */
export const CN_C3_2026: C3Input = {
  sites: [
    {
      id: "cn-command",
      name: "Central Military Commission and Rocket Force command posts (Western Hills and others)",
      kind: "command",
      sites: 3,
      hardnessPsi: 1000,
      source: restate(BUNKER_HARDNESS, "notional", "Three deep command posts: order-of-magnitude count."),
    },
    {
      id: "cn-early-warning",
      name: "Large phased-array early-warning radars",
      kind: "early-warning",
      sites: 4,
      hardnessPsi: 10,
      source: restate(
        DOD_CMPR_2024,
        "estimate",
        "The DoD reports China is building an early-warning counterstrike (launch-on-warning) posture with ground radars and satellites; 4 radar sites is an estimate.",
      ),
    },
  ],
  degradation: { asat: 0, cyber: 0 },
};
