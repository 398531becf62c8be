import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  AS_OF_2026,
  CN_C3_2026,
  RU_2026,
  US_2026
} from "./chunk-KH3G6G5M.js";
import {
  DISTANCES_US_RU_CN,
  GENERATION_CN,
  defaultValue
} from "./chunk-L7JI5VNB.js";
import {
  DOD_CMPR_2024,
  DOD_CMPR_2025,
  FAS_CN_2025,
  JAPAN_DWP_2025,
  SUH_2022,
  background,
  hardness,
  notional,
  restate
} from "./chunk-NQBOJXVP.js";

// packages/data/dist/presets/us-russia-china-2026.js
var A = AS_OF_2026;
var REL = notional(A, "Reliability 0.8: limited public test data; placeholder.");
var REL_NEW = notional(A, "Reliability 0.85 for the newest solid-fuel ICBM; placeholder.");
var CN_SILO = hardness(A, "No public hardness for Chinese silos: the US ~2,000 psi placeholder is used; not survivable; one launcher per aim point.");
var CN_MOBILE = notional(A, "Road-mobile brigade garrison (DoD: 6\u201312 launchers per ICBM brigade) \u2192 6 per aim point, soft (10 psi); 0.3 dispersed day-to-day, 0.8 generated.");
var CN_LAND_LOADS = "Warheads derived from the FAS 2025 assignment: ~376 land-based warheads = DF-5A 6 + DF-5B 60 + DF-31A 24 + DF-31AG 64 + DF-41 108 (= 262) + DF-26 114.";
var CN_FORCES = [
  {
    id: "df-5a",
    name: "DF-5A (CSS-4 Mod 2), silo",
    category: "icbm-silo",
    launchers: { deployed: 6 },
    warheadsPerLauncher: 1,
    yieldKt: 5e3,
    cepM: 500,
    reliability: 0.8,
    rangeKm: 12e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: restate(FAS_CN_2025, "estimate", "Six single-warhead DF-5A (our reading of the FAS structure)."),
    fieldSources: {
      yieldKt: SUH_2022,
      cepM: SUH_2022,
      rangeKm: background(A, "12,000 km (secondary pages; unconfirmed [U])."),
      reliability: REL,
      basing: CN_SILO
    }
  },
  {
    id: "df-5b",
    name: "DF-5B (CSS-4 Mod 3), silo, MIRV",
    category: "icbm-silo",
    launchers: { deployed: 12 },
    warheadsPerLauncher: 5,
    maxWarheadsPerLauncher: 5,
    yieldKt: 250,
    cepM: 500,
    reliability: 0.8,
    rangeKm: 13e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: restate(FAS_CN_2025, "estimate", "Twelve DF-5B with up to five warheads each (DoD: the DF-5 can carry five)."),
    fieldSources: {
      yieldKt: background(A, "Typical Chinese MIRV warhead 200\u2013300 kt (unconfirmed [U])."),
      cepM: restate(SUH_2022, "estimate", "Suh's DF-5 value used for the DF-5B."),
      reliability: REL,
      basing: CN_SILO
    }
  },
  {
    id: "df-5c",
    name: "DF-5C (new DF-5 variant), silo",
    category: "icbm-silo",
    launchers: { deployed: 0, nonDeployed: 6 },
    warheadsPerLauncher: 1,
    yieldKt: 5e3,
    cepM: 500,
    reliability: 0.8,
    rangeKm: 13e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: notional(A, "Shown in the Sept 2025 parade; FAS 2025 reports new DF-5 silos under construction. Numbers, loading and status not public: six empty silos, inert by default."),
    fieldSources: {
      yieldKt: restate(SUH_2022, "estimate", "Suh's DF-5 yield (5 Mt) applied to the DF-5C; no figure for the new variant."),
      cepM: restate(SUH_2022, "estimate", "Suh's DF-5 CEP (500 m) applied to the DF-5C; no figure for the new variant."),
      rangeKm: background(A, "DF-5B/C ~13,000 km (secondary pages; unconfirmed [U])."),
      reliability: REL,
      basing: CN_SILO
    }
  },
  {
    id: "df-31a",
    name: "DF-31A (CSS-10 Mod 2), road-mobile",
    category: "icbm-mobile",
    launchers: { deployed: 24 },
    warheadsPerLauncher: 1,
    yieldKt: 250,
    cepM: 300,
    reliability: 0.8,
    rangeKm: 11200,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 6, survivableFraction: { dayToDay: 0.3, generated: 0.8 } },
    source: restate(FAS_CN_2025, "estimate", CN_LAND_LOADS),
    fieldSources: {
      yieldKt: background(A, "200\u2013300 kt (unconfirmed [U])."),
      cepM: notional(A, "No public figure; 300 m placeholder (Suh: JL-1 300\u2013400 m, DF-21 700 m for older systems)."),
      rangeKm: background(A, "11,200 km (secondary pages)."),
      reliability: REL,
      basing: CN_MOBILE
    }
  },
  {
    id: "df-31ag",
    name: "DF-31AG (CSS-10 Mod 3), road-mobile",
    category: "icbm-mobile",
    launchers: { deployed: 64 },
    warheadsPerLauncher: 1,
    yieldKt: 250,
    cepM: 300,
    reliability: 0.8,
    rangeKm: 11200,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 6, survivableFraction: { dayToDay: 0.3, generated: 0.8 } },
    source: restate(FAS_CN_2025, "estimate", CN_LAND_LOADS),
    fieldSources: {
      yieldKt: background(A, "200\u2013300 kt (unconfirmed [U])."),
      cepM: notional(A, "No public figure; 300 m placeholder."),
      rangeKm: background(A, "11,200 km (secondary pages)."),
      reliability: REL,
      basing: CN_MOBILE
    }
  },
  {
    id: "df-41-mobile",
    name: "DF-41 (CSS-20), road-mobile, MIRV",
    category: "icbm-mobile",
    launchers: { deployed: 36 },
    warheadsPerLauncher: 3,
    maxWarheadsPerLauncher: 3,
    yieldKt: 250,
    cepM: 150,
    reliability: 0.85,
    rangeKm: 12e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 6, survivableFraction: { dayToDay: 0.3, generated: 0.8 } },
    source: restate(FAS_CN_2025, "estimate", CN_LAND_LOADS),
    fieldSources: {
      launchers: background(A, "Three brigades of twelve launchers (our reading of FAS/DoD brigade sizes)."),
      maxWarheadsPerLauncher: background(A, "DoD and FAS assume up to three warheads; some sources claim up to ten."),
      yieldKt: background(A, "200\u2013300 kt (unconfirmed [U])."),
      cepM: notional(A, "No public figure; 150 m placeholder for the newest ICBM."),
      reliability: REL_NEW,
      basing: CN_MOBILE
    }
  },
  {
    id: "silo-icbm-df31-class",
    name: "DF-31-class ICBMs in the new silo fields (Yumen, Hami, Ordos)",
    category: "icbm-silo",
    launchers: { deployed: 100, nonDeployed: 200 },
    warheadsPerLauncher: 1,
    yieldKt: 250,
    cepM: 300,
    reliability: 0.8,
    rangeKm: 11200,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: restate(DOD_CMPR_2025, "estimate", "More than 100 DF-31-class ICBMs likely loaded (CMPR 2025): 100 deployed; the rest of the \u2265300 silos (CMPR 2024) carried as empty. Their 100 warheads come from the ~132 FAS counts as produced for future systems."),
    fieldSources: {
      launchers: restate(DOD_CMPR_2024, "published", "At least 300 new silos in three fields."),
      yieldKt: background(A, "200\u2013300 kt (unconfirmed [U])."),
      cepM: notional(A, "No public figure; 300 m placeholder."),
      reliability: REL,
      basing: CN_SILO
    }
  },
  {
    id: "jl-3-type-094",
    name: "JL-2/JL-3 SLBMs on six Type 094 (Jin) SSBNs",
    category: "slbm",
    launchers: { deployed: 72 },
    warheadsPerLauncher: 1,
    yieldKt: 250,
    cepM: 300,
    reliability: 0.8,
    rangeKm: 1e4,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 12, survivableFraction: { dayToDay: 0.2, generated: 0.6 } },
    source: restate(FAS_CN_2025, "estimate", "Six Type 094 \xD7 12 tubes = 72, one warhead each (~72 SLBM warheads); boats being refitted with JL-3."),
    fieldSources: {
      yieldKt: background(A, "200\u2013300 kt (unconfirmed [U])."),
      cepM: restate(SUH_2022, "estimate", "Lower end of Suh's JL-1 300\u2013400 m used as a placeholder."),
      rangeKm: background(A, "JL-3 ~10,000 km (secondary pages)."),
      reliability: REL,
      basing: notional(A, "Soft in port (10 psi), 12 tubes per boat; near-continuous patrols reported but a small share at sea: 0.2 day-to-day, 0.6 generated.")
    }
  },
  {
    id: "h-6n",
    name: "H-6N bomber with air-launched ballistic missile",
    category: "bomber",
    launchers: { deployed: 20 },
    warheadsPerLauncher: 1,
    yieldKt: 250,
    cepM: 100,
    reliability: 0.8,
    rangeKm: 6e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 10, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { nuclearEquipped: true, alcmEquipped: false },
    source: restate(FAS_CN_2025, "estimate", "~20 warheads assigned to bombers; one per aircraft assumed."),
    fieldSources: {
      launchers: notional(A, "20 aircraft = one per assigned warhead; the nuclear-tasked H-6N count is not public."),
      yieldKt: notional(A, "250 kt placeholder."),
      cepM: notional(A, "100 m placeholder for an air-launched ballistic missile."),
      rangeKm: background(A, "H-6N radius plus missile range, ~6,000 km. Under the capital-distance rule (reach when range \u2265 distance) it reaches Moscow (5,795 km, with ~200 km to spare) but not Washington (11,152 km)."),
      reliability: REL,
      basing: notional(A, "Soft; two bases assumed (10 per aim point); 0 day-to-day, 0.3 generated.")
    },
    notes: "Reaches Moscow (5,795 km) but not Washington (11,152 km) under the capital-distance rule; the ~6,000 km is an open-source radius-plus-missile figure, so the Moscow margin is within its uncertainty."
  },
  {
    id: "df-26-nuclear",
    name: "DF-26 (nuclear-assigned share), road-mobile IRBM",
    category: "ground-ballistic",
    launchers: { deployed: 114 },
    warheadsPerLauncher: 1,
    yieldKt: 250,
    cepM: 150,
    reliability: 0.8,
    rangeKm: 4e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 12, survivableFraction: { dayToDay: 0.3, generated: 0.8 } },
    treaty: { accountable: false },
    source: restate(JAPAN_DWP_2025, "estimate", "250 dual-capable DF-26 launchers; 114 carry the nuclear warheads derived below, the rest are listed as conventional."),
    fieldSources: {
      launchers: restate(FAS_CN_2025, "derived", CN_LAND_LOADS),
      yieldKt: background(A, "200\u2013300 kt (unconfirmed [U])."),
      cepM: notional(A, "No public figure; 150 m placeholder."),
      rangeKm: background(A, "4,000 km (secondary pages)."),
      reliability: REL,
      basing: notional(A, "Road-mobile brigades (24\u201348 launchers per non-ICBM brigade, DoD) \u2192 12 per garrison aim point; 0.3/0.8.")
    },
    notes: "Regional system: cannot reach Moscow or Washington under the capital-distance rule."
  },
  {
    id: "df-26-conventional",
    name: "DF-26 (conventional share), road-mobile IRBM",
    category: "ground-ballistic",
    nuclear: false,
    launchers: { deployed: 136 },
    warheadsPerLauncher: 1,
    yieldKt: 12e-4,
    cepM: 150,
    reliability: 0.8,
    rangeKm: 4e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 12, survivableFraction: { dayToDay: 0.3, generated: 0.8 } },
    conventional: { vulnerableRadiusM: 10, pDefeatGivenHit: 0.3 },
    treaty: { accountable: false },
    source: restate(JAPAN_DWP_2025, "derived", "250 launchers \u2212 114 nuclear-assigned = 136."),
    fieldSources: {
      yieldKt: notional(A, "~1,200 kg HE warhead placeholder in kt TNT; not used for conventional weapons."),
      cepM: notional(A, "150 m placeholder."),
      conventional: notional(A, "Soft/medium aim point effect."),
      reliability: REL,
      basing: notional(A, "As for the nuclear share.")
    }
  },
  {
    id: "df-17",
    name: "DF-17 hypersonic glide vehicle (conventional)",
    category: "hgv",
    nuclear: false,
    launchers: { deployed: 48 },
    warheadsPerLauncher: 1,
    yieldKt: 5e-4,
    cepM: 10,
    reliability: 0.8,
    rangeKm: 1600,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 12, survivableFraction: { dayToDay: 0.3, generated: 0.8 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.3 },
    treaty: { accountable: false },
    source: restate(JAPAN_DWP_2025, "estimate", "48 DF-17 (inventory unchanged 2024\u20132025); range 1,600 km (Chinese claims up to 2,500 km)."),
    fieldSources: {
      yieldKt: notional(A, "~500 kg HE placeholder in kt TNT; not used for conventional weapons."),
      cepM: notional(A, "10 m placeholder."),
      conventional: notional(A, "Soft/medium aim point effect."),
      reliability: REL,
      basing: notional(A, "Road-mobile; 12 per garrison aim point; 0.3/0.8.")
    }
  }
];
var CN_2026 = {
  id: "cn",
  name: "China",
  posture: "dayToDay",
  forces: CN_FORCES,
  defenses: [],
  value: defaultValue(A),
  generation: GENERATION_CN,
  c3: CN_C3_2026
};
var US_RUSSIA_CHINA_2026 = {
  schemaVersion: 1,
  id: "us-russia-china-2026",
  name: "US, Russia and China after New START (5 Feb 2026)",
  description: "The default US and Russian forces plus China's, from FAS Nuclear Notebook 2025, the Pentagon's China reports 2024\u20132025 and Japan's 2025 white paper. China: ~568 warheads assigned to launchers of ~600 (FAS 2025); about 100 of the \u2265300 new silos loaded.",
  asOf: A,
  parties: [US_2026, RU_2026, CN_2026],
  distancesKm: DISTANCES_US_RU_CN,
  notes: "China has no strategic missile defence listed. Chinese warheads are thought to be stored apart from launchers in peacetime (FAS 2025; SIPRI 2025 reports a small number mated), so day-to-day readiness is overstated here; the slower generation schedule partly stands in for this. Hold-back against third parties is derived (assumptions.thirdParty): each side keeps the share of its forces that can destroy 25 % of the third party's value."
};

export {
  CN_2026,
  US_RUSSIA_CHINA_2026
};
