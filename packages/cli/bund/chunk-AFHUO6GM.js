import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  wholeLoads
} from "./chunk-F53KMMGD.js";
import {
  DISTANCE_US_RU,
  GENERATION_US_RU,
  MM3_CEP_M,
  defaultValue,
  mm3CepSource
} from "./chunk-L7JI5VNB.js";
import {
  ATOMICARCHIVE_US,
  FAS_RU_2022_KUETT,
  FAS_US_2020,
  GMD_44,
  STATE_NEW_START_2020,
  SUH_2022,
  background,
  hardness,
  notional,
  restate
} from "./chunk-NQBOJXVP.js";

// packages/data/dist/presets/new-start-2020-09.js
var A = "2020-09-01";
var PUB = STATE_NEW_START_2020;
var REL = notional(A, "Reliability 0.85 for regularly tested missiles; no public figure.");
var REL_OLD = notional(A, "Reliability 0.8 for older systems; no public figure.");
var REL_BOMBER = notional(A, "Reliability 0.8 for bomber weapons; air-defence attrition not modelled.");
var US_SILO = hardness(A, "US Minuteman silo ~2,000 psi; not survivable; one launcher per aim point.");
var US_SSBN = notional(A, "Soft in port (10 psi); 20 tubes per boat; 0.67 at sea day-to-day, 0.9 generated.");
var BOMBER = notional(A, "Soft (5 psi); 0 day-to-day, 0.5 generated (US) / 0.3 (Russia); aim point = base.");
var RU_HEAVY = hardness(A, "Heavy-ICBM silo ~5,000 psi; not survivable.");
var RU_SILO = hardness(A, "Non-heavy Russian silo ~3,000 psi; not survivable.");
var RU_MOBILE = notional(A, "Nine launchers per regiment garrison, soft (10 psi); 0.3 dispersed day-to-day, 0.9 generated.");
var RU_SSBN = notional(A, "Soft in port (10 psi); 16 tubes per boat; 0.3 at sea day-to-day, 0.8 generated.");
var MM3_RANGE = background(A, "Minuteman III range ~13,000 km.");
var D5_RANGE = background(A, "Trident II D5 range ~12,000 km.");
var D5_MAX = restate(ATOMICARCHIVE_US, "estimate", "1\u20138 warheads per Trident II D5 (W76-1 or W88).");
var B52_RANGE = background(A, "B-52H unrefueled range ~14,000 km; the ALCM (~2,500 km) adds stand-off.");
var US_SLBM_RVS_2020 = 1457 - 48 - 397;
var US_W76_1_LOAD_2020 = (US_SLBM_RVS_2020 - 20 - 200) / 160;
var US_LOADS = restate(PUB, "derived", "Loads derived: ICBM RVs 397 (single warhead); SLBM RVs 1,457 \u2212 48 \u2212 397 = 1,012, split 20 W76-2 missiles \xD7 1, 50 W88 missiles \xD7 4 and 160 W76-1 missiles \xD7 4.95 (split estimated).");
var US_FORCES = [
  {
    id: "mm3-w87",
    name: "Minuteman III, Mk21 / W87",
    category: "icbm-silo",
    launchers: { deployed: 200, nonDeployed: 53, test: 4 },
    warheadsPerLauncher: 1,
    yieldKt: 300,
    cepM: MM3_CEP_M.mk21,
    reliability: 0.85,
    rangeKm: 13e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: restate(PUB, "published", "397 deployed Minuteman III; 57 non-deployed launchers including 4 test launchers (all carried on this element)."),
    fieldSources: {
      launchers: restate(PUB, "estimate", "The 200 W87 / 197 W78 split of the 397 deployed missiles is our estimate."),
      warheadsPerLauncher: US_LOADS,
      yieldKt: ATOMICARCHIVE_US,
      cepM: mm3CepSource("mk21"),
      rangeKm: MM3_RANGE,
      reliability: REL,
      basing: US_SILO
    }
  },
  {
    id: "mm3-w78",
    name: "Minuteman III, Mk12A / W78",
    category: "icbm-silo",
    launchers: { deployed: 197 },
    warheadsPerLauncher: 1,
    maxWarheadsPerLauncher: 3,
    yieldKt: 335,
    cepM: MM3_CEP_M.mk12a,
    reliability: 0.85,
    rangeKm: 13e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: restate(PUB, "estimate", "Remainder of the 397 deployed Minuteman III."),
    fieldSources: {
      warheadsPerLauncher: US_LOADS,
      yieldKt: SUH_2022,
      cepM: mm3CepSource("mk12a"),
      rangeKm: MM3_RANGE,
      maxWarheadsPerLauncher: restate(ATOMICARCHIVE_US, "estimate", "1\u20133 \xD7 W78 on the Mk12A bus."),
      reliability: REL,
      basing: US_SILO
    }
  },
  {
    id: "d5-w76-1",
    name: "Trident II D5, W76-1",
    category: "slbm",
    launchers: { deployed: 160, nonDeployed: 50 },
    warheadsPerLauncher: US_W76_1_LOAD_2020,
    maxWarheadsPerLauncher: 8,
    yieldKt: 90,
    cepM: 90,
    reliability: 0.85,
    rangeKm: 12e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 20, survivableFraction: { dayToDay: 0.67, generated: 0.9 } },
    source: restate(PUB, "published", "230 deployed Trident II; 50 non-deployed SLBM launchers (carried on this element); 280 in all."),
    fieldSources: {
      launchers: restate(PUB, "estimate", "Split of the 230 deployed missiles by warhead type is our estimate."),
      warheadsPerLauncher: US_LOADS,
      maxWarheadsPerLauncher: D5_MAX,
      yieldKt: ATOMICARCHIVE_US,
      cepM: SUH_2022,
      rangeKm: D5_RANGE,
      reliability: REL,
      basing: US_SSBN
    }
  },
  {
    id: "d5-w76-2",
    name: "Trident II D5, W76-2 low-yield",
    category: "slbm",
    launchers: { deployed: 20 },
    warheadsPerLauncher: 1,
    maxWarheadsPerLauncher: 8,
    yieldKt: 8,
    cepM: 90,
    reliability: 0.85,
    rangeKm: 12e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 20, survivableFraction: { dayToDay: 0.67, generated: 0.9 } },
    source: restate(PUB, "estimate", "W76-2 first deployed in late 2019; about 20 single-warhead missiles assumed."),
    fieldSources: {
      warheadsPerLauncher: US_LOADS,
      maxWarheadsPerLauncher: D5_MAX,
      yieldKt: background(A, "W76-2 commonly estimated at 5\u20138 kt (FAS)."),
      cepM: SUH_2022,
      rangeKm: D5_RANGE,
      reliability: REL,
      basing: US_SSBN
    }
  },
  {
    id: "d5-w88",
    name: "Trident II D5, W88",
    category: "slbm",
    launchers: { deployed: 50 },
    warheadsPerLauncher: 4,
    maxWarheadsPerLauncher: 8,
    yieldKt: 455,
    cepM: 90,
    reliability: 0.85,
    rangeKm: 12e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 20, survivableFraction: { dayToDay: 0.67, generated: 0.9 } },
    source: restate(PUB, "estimate", "50 missiles with four W88 each (our estimate)."),
    fieldSources: {
      warheadsPerLauncher: US_LOADS,
      maxWarheadsPerLauncher: D5_MAX,
      yieldKt: SUH_2022,
      cepM: SUH_2022,
      rangeKm: D5_RANGE,
      reliability: REL,
      basing: US_SSBN
    }
  },
  {
    id: "b52h-alcm",
    name: "B-52H with ALCM / W80-1",
    category: "bomber",
    launchers: { deployed: 36, nonDeployed: 6, test: 4 },
    warheadsPerLauncher: 200 / 36,
    maxWarheadsPerLauncher: 20,
    yieldKt: 150,
    yieldOptionsKt: [5, 150],
    cepM: 30,
    reliability: 0.8,
    rangeKm: 14e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 18, survivableFraction: { dayToDay: 0, generated: 0.5 } },
    treaty: { nuclearEquipped: true, alcmEquipped: true },
    source: restate(PUB, "published", "36 deployed B-52H; 10 non-deployed (test aircraft included). New START counts one warhead per deployed bomber."),
    fieldSources: {
      launchers: restate(PUB, "estimate", "The 5 test bombers split 4 B-52H / 1 B-2A by us."),
      warheadsPerLauncher: restate(FAS_US_2020, "estimate", "~300 weapons at bomber bases (FAS 2020); ~200 of them taken as ALCMs for the 36 deployed B-52H (our split). Physical load, not the treaty count."),
      maxWarheadsPerLauncher: background(A, "B-52H: up to 20 ALCMs (8 on the internal rotary launcher, 12 on pylons)."),
      yieldKt: ATOMICARCHIVE_US,
      yieldOptionsKt: ATOMICARCHIVE_US,
      cepM: restate(SUH_2022, "estimate", "Upper end of Suh's ALCM 10\u201330.5 m."),
      rangeKm: B52_RANGE,
      reliability: REL_BOMBER,
      basing: BOMBER
    }
  },
  {
    id: "b2a",
    name: "B-2A with B61/B83 bombs",
    category: "bomber",
    launchers: { deployed: 12, nonDeployed: 7, test: 1 },
    warheadsPerLauncher: 100 / 12,
    maxWarheadsPerLauncher: 16,
    yieldKt: 360,
    yieldOptionsKt: [10, 360],
    cepM: 116,
    reliability: 0.8,
    rangeKm: 11e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 12, survivableFraction: { dayToDay: 0, generated: 0.5 } },
    treaty: { nuclearEquipped: true, alcmEquipped: false },
    source: restate(PUB, "published", "12 deployed B-2A; 8 non-deployed (test aircraft included)."),
    fieldSources: {
      warheadsPerLauncher: restate(FAS_US_2020, "estimate", "~300 weapons at bomber bases (FAS 2020); the remaining ~100 taken as bombs for the 12 deployed B-2A at Whiteman (our split). Physical load, not the treaty count."),
      maxWarheadsPerLauncher: background(A, "B-2A: up to 16 bombs on two rotary launchers."),
      yieldKt: ATOMICARCHIVE_US,
      yieldOptionsKt: ATOMICARCHIVE_US,
      cepM: restate(SUH_2022, "estimate", "Suh's late-1990s gravity-bomb CEP as a placeholder."),
      rangeKm: background(A, "B-2A unrefueled range ~11,000 km."),
      reliability: REL_BOMBER,
      basing: BOMBER
    }
  },
  {
    id: "b52h-conventional",
    name: "B-52H equipped for non-nuclear armaments",
    category: "bomber",
    nuclear: false,
    launchers: { deployed: 30, nonDeployed: 11 },
    warheadsPerLauncher: 12,
    yieldKt: 45e-5,
    cepM: 3,
    reliability: 0.8,
    rangeKm: 14e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 15, survivableFraction: { dayToDay: 0, generated: 0.5 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.3 },
    treaty: { accountable: false, nuclearEquipped: false },
    source: restate(PUB, "published", "41 B-52H equipped for non-nuclear armaments, outside the New START totals."),
    fieldSources: {
      launchers: background(A, "30 operational + 11 stored, after 2015 conversion reports (our split)."),
      warheadsPerLauncher: notional(A, "12 stand-off missiles per sortie."),
      yieldKt: background(A, "~450 kg high-explosive unitary warhead expressed in kt TNT; not used for conventional weapons."),
      cepM: background(A, "JASSM-class terminal seeker: a few metres."),
      rangeKm: B52_RANGE,
      conventional: notional(A, "Soft/medium aim point effect; one value for all targets."),
      reliability: REL_BOMBER,
      basing: BOMBER
    }
  }
];
var US_2020 = {
  id: "us",
  name: "United States",
  posture: "dayToDay",
  forces: wholeLoads(US_FORCES),
  defenses: [
    {
      id: "gmd",
      name: "Ground-based Midcourse Defense",
      interceptors: 44,
      pk: 9 / 17,
      tracking: 0.8,
      doctrine: { type: "barrage", shots: 4 },
      engages: ["ballistic"],
      covers: ["value"],
      source: GMD_44,
      notes: "pk = 9/17 test record to May 2017 (Reuters); tracking and salvo size notional; covers value only."
    }
  ],
  value: defaultValue(A),
  generation: GENERATION_US_RU
};
var RU_DOWNLOAD_2020 = (1447 - 48 - 109) / 1800;
var RU_LOADS = restate(FAS_RU_2022_KUETT, "derived", "Loads derived so the published aggregate holds: RVs = 1,447 \u2212 48 deployed bombers = 1,399; single-warhead ICBMs 109; MIRVed missiles (SS-18 10, Yars 4, R-29R 3, Sineva 4, Bulava 6 maximum; 1,800 in all) carry the uniform share 1,290/1,800 = 0.717.");
var RU_STRUCTURE = "Russia publishes aggregates only. Structure estimated for Sep 2020 from FAS (2020\u20132022 tables as summarised by K\xFCtt) and deployment history: launcher counts are estimates chosen to meet 510 deployed.";
var RU_BOMBER_SHARE_2020 = 200 / (38 * 8 + 10 * 12);
var RU_BOMBER_LOADS = background(A, "About 200 weapons at Russian bomber bases (FAS estimates of the period), spread over the deployed aircraft in proportion to a typical load (Tu-95MS 8, Tu-160 12): share 200/424. Physical load, not the New START one-per-bomber count.");
var ruElement = (e, basing, cepSource, extra = {}) => ({
  ...e,
  reliability: e.reliability ?? 0.85,
  source: restate(FAS_RU_2022_KUETT, "estimate", RU_STRUCTURE),
  fieldSources: {
    warheadsPerLauncher: RU_LOADS,
    cepM: cepSource,
    reliability: (e.reliability ?? 0.85) < 0.85 ? REL_OLD : REL,
    basing,
    ...extra
  }
});
var RU_FORCES = [
  ruElement({
    id: "rs-20v-voevoda",
    name: "RS-20V Voevoda (SS-18 Mod 6)",
    category: "icbm-silo",
    launchers: { deployed: 46 },
    warheadsPerLauncher: 10 * RU_DOWNLOAD_2020,
    maxWarheadsPerLauncher: 10,
    yieldKt: 500,
    cepM: 220,
    reliability: 0.8,
    rangeKm: 11e3,
    basing: { hardnessPsi: 5e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { heavyIcbm: true, throwWeightKg: 8800 }
  }, RU_HEAVY, restate(SUH_2022, "estimate", "Suh's SS-18 Mod 5 value.")),
  ruElement({
    id: "avangard",
    name: "UR-100NUTTH with Avangard HGV",
    category: "icbm-silo",
    flight: "hypersonic",
    launchers: { deployed: 4 },
    warheadsPerLauncher: 1,
    yieldKt: 1e3,
    cepM: 300,
    reliability: 0.8,
    rangeKm: 1e4,
    basing: { hardnessPsi: 5e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } }
  }, RU_HEAVY, notional(A, "Accuracy not public; 300 m placeholder.")),
  ruElement({
    id: "topol-m-silo",
    name: "Topol-M, silo (SS-27 Mod 1)",
    category: "icbm-silo",
    launchers: { deployed: 60 },
    warheadsPerLauncher: 1,
    yieldKt: 800,
    cepM: 348,
    rangeKm: 11e3,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } }
  }, RU_SILO, SUH_2022),
  ruElement({
    id: "topol-m-mobile",
    name: "Topol-M, road-mobile (SS-27 Mod 1)",
    category: "icbm-mobile",
    launchers: { deployed: 18 },
    warheadsPerLauncher: 1,
    yieldKt: 800,
    cepM: 348,
    rangeKm: 11e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 9, survivableFraction: { dayToDay: 0.3, generated: 0.9 } }
  }, RU_MOBILE, SUH_2022),
  ruElement({
    id: "topol-ss-25",
    name: "RT-2PM Topol (SS-25), road-mobile",
    category: "icbm-mobile",
    launchers: { deployed: 27 },
    warheadsPerLauncher: 1,
    yieldKt: 550,
    cepM: 391,
    reliability: 0.8,
    rangeKm: 10500,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 9, survivableFraction: { dayToDay: 0.3, generated: 0.9 } }
  }, RU_MOBILE, restate(SUH_2022, "published", "Suh: SS-25 200\u2013430 m, also 391.")),
  ruElement({
    id: "yars-mobile",
    name: "RS-24 Yars, road-mobile (SS-27 Mod 2)",
    category: "icbm-mobile",
    launchers: { deployed: 135 },
    warheadsPerLauncher: 4 * RU_DOWNLOAD_2020,
    maxWarheadsPerLauncher: 4,
    yieldKt: 100,
    cepM: 348,
    rangeKm: 11e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 9, survivableFraction: { dayToDay: 0.3, generated: 0.9 } }
  }, RU_MOBILE, restate(SUH_2022, "estimate", "Suh's SS-27 value applied to the Mod 2.")),
  ruElement({
    id: "yars-silo",
    name: "RS-24 Yars, silo (SS-27 Mod 2)",
    category: "icbm-silo",
    launchers: { deployed: 12 },
    warheadsPerLauncher: 4 * RU_DOWNLOAD_2020,
    maxWarheadsPerLauncher: 4,
    yieldKt: 100,
    cepM: 348,
    rangeKm: 11e3,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } }
  }, RU_SILO, restate(SUH_2022, "estimate", "Suh's SS-27 value applied to the Mod 2.")),
  ruElement({
    id: "icbm-nondeployed",
    name: "Non-deployed ICBM launchers (types not published)",
    category: "icbm-silo",
    launchers: { deployed: 0, nonDeployed: 218 },
    warheadsPerLauncher: 0,
    yieldKt: 100,
    cepM: 348,
    rangeKm: 11e3,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } }
  }, RU_SILO, notional(A, "Placeholder values; the element carries no deployed launchers."), {
    launchers: restate(FAS_RU_2022_KUETT, "derived", "764 \u2212 510 deployed \u2212 16 (one Delta IV in overhaul) \u2212 20 non-deployed bombers = 218 non-deployed ICBM launchers, types not published."),
    warheadsPerLauncher: notional(A, "No deployed launchers; 0.")
  }),
  ruElement({
    id: "r-29r-delta-iii",
    name: "R-29R (SS-N-18) on the last Delta III SSBN",
    category: "slbm",
    launchers: { deployed: 16 },
    warheadsPerLauncher: 3 * RU_DOWNLOAD_2020,
    maxWarheadsPerLauncher: 3,
    yieldKt: 200,
    cepM: 900,
    reliability: 0.8,
    rangeKm: 6500,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.3, generated: 0.8 } }
  }, RU_SSBN, restate(SUH_2022, "published", "Lower end of Suh's SS-N-18 900\u20131,400 m.")),
  ruElement({
    id: "sineva-delta-iv",
    name: "R-29RMU2 Sineva/Layner (SS-N-23) on Delta IV SSBNs",
    category: "slbm",
    launchers: { deployed: 80, nonDeployed: 16 },
    warheadsPerLauncher: 4 * RU_DOWNLOAD_2020,
    maxWarheadsPerLauncher: 4,
    yieldKt: 100,
    cepM: 500,
    rangeKm: 8300,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.3, generated: 0.8 } }
  }, RU_SSBN, SUH_2022),
  ruElement({
    id: "bulava-borei",
    name: "Bulava (SS-N-32) on Borei SSBNs",
    category: "slbm",
    launchers: { deployed: 64 },
    warheadsPerLauncher: 6 * RU_DOWNLOAD_2020,
    maxWarheadsPerLauncher: 6,
    yieldKt: 100,
    cepM: 350,
    reliability: 0.8,
    rangeKm: 8e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.3, generated: 0.8 } }
  }, RU_SSBN, notional(A, "No public accuracy; 350 m placeholder.")),
  ruElement({
    id: "tu-95ms",
    name: "Tu-95MS (Bear-H) with ALCMs",
    category: "bomber",
    launchers: { deployed: 38, nonDeployed: 17 },
    warheadsPerLauncher: 8 * RU_BOMBER_SHARE_2020,
    maxWarheadsPerLauncher: 16,
    yieldKt: 200,
    cepM: 25,
    reliability: 0.8,
    rangeKm: 15e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 19, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { nuclearEquipped: true, alcmEquipped: true }
  }, BOMBER, SUH_2022, { warheadsPerLauncher: RU_BOMBER_LOADS }),
  ruElement({
    id: "tu-160",
    name: "Tu-160 (Blackjack) with ALCMs",
    category: "bomber",
    launchers: { deployed: 10, nonDeployed: 3 },
    warheadsPerLauncher: 12 * RU_BOMBER_SHARE_2020,
    maxWarheadsPerLauncher: 12,
    yieldKt: 200,
    cepM: 25,
    reliability: 0.8,
    rangeKm: 12300,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 10, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { nuclearEquipped: true, alcmEquipped: true }
  }, BOMBER, SUH_2022, { warheadsPerLauncher: RU_BOMBER_LOADS })
];
var RU_2020 = {
  id: "ru",
  name: "Russia",
  posture: "dayToDay",
  forces: wholeLoads(RU_FORCES),
  defenses: [
    {
      id: "a-135",
      name: "Moscow ABM system A-135",
      interceptors: 68,
      pk: 0.6,
      tracking: 0.8,
      doctrine: { type: "barrage", shots: 1 },
      engages: ["ballistic"],
      covers: ["value"],
      source: restate(FAS_RU_2022_KUETT, "estimate", "About 70 warheads for the Moscow ABM system; pk and tracking notional."),
      notes: "Protects the Moscow region only."
    }
  ],
  value: defaultValue(A),
  generation: GENERATION_US_RU
};
var NEW_START_2020_09 = {
  schemaVersion: 1,
  id: "new-start-2020-09",
  name: "New START data exchange, 1 Sep 2020",
  description: "US and Russian forces accountable under New START on 1 Sep 2020: US 675 deployed / 1,457 warheads / 800 launchers (published breakdown), Russia 510 / 1,447 / 764 (published aggregates, estimated structure).",
  asOf: A,
  parties: [US_2020, RU_2020],
  distancesKm: DISTANCE_US_RU,
  notes: "Treaty-accountable forces only (no non-strategic or conventional strike forces). Bomber warheadsPerLauncher is the physical load at the bases (FAS 2020: ~300 US weapons; Russian ~200 weapons spread in proportion to typical loads, 200/424 of Tu-95MS 8 and Tu-160 12), not the New START one-per-bomber count."
};

export {
  US_SLBM_RVS_2020,
  US_W76_1_LOAD_2020,
  US_2020,
  RU_DOWNLOAD_2020,
  RU_BOMBER_SHARE_2020,
  RU_2020,
  NEW_START_2020_09
};
