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
  CARNEGIE_2025,
  CARNEGIE_2026,
  DARK_EAGLE_2026,
  DOD_CMPR_2024,
  FAS_RU_2022_KUETT,
  FAS_RU_2025,
  FAS_US_2024,
  FAS_US_2025,
  GMD_44,
  SPIDERWEB_2025,
  STATE_NEW_START_2020,
  SUH_2022,
  background,
  cite,
  hardness,
  notional,
  restate
} from "./chunk-NQBOJXVP.js";

// packages/data/dist/presets/c3-2026.js
var A = "2026-02-05";
var ACTON_2018 = cite("Acton, J. M. (2018), 'Escalation through Entanglement', International Security 43(1), 56\u201399", "2018-08-01", "estimate", {
  url: "https://doi.org/10.1162/isec_a_00320",
  note: "Early-warning radars and command-and-control systems of the US and Russia serve both conventional and nuclear operations; striking them in a conventional war degrades nuclear warning."
});
var PODVIG_EW = cite("Podvig, P., Russian Strategic Nuclear Forces (russianforces.org), 'Early warning'", A, "estimate", {
  url: "https://russianforces.org/sprn/",
  note: "About ten operational early-warning radar sites (Voronezh family at most sites; Daryal at Pechora; Volga at Baranovichi closed 2025?) \u2014 counted as 10 sites."
});
var US_SITES = cite("US Space Force / Missile Defense Agency fact sheets (open background), early-warning and missile-defence radars", A, "estimate", {
  note: "Upgraded early-warning radars at Beale, Cape Cod, Clear, Pituffik (Thule) and Fylingdales (5 sites); GMD fire-control and tracking radars: Cobra Dane (Shemya), Long Range Discrimination Radar (Clear), Sea-Based X-band (counted as 3 aim points). Counts from background knowledge, to be checked."
});
var RADAR_HARDNESS = notional(A, "Large phased-array radars are soft: 10 psi (antenna faces and power plant fail at low overpressure); placeholder.");
var BUNKER_HARDNESS = notional(A, "Deep command posts: 1,000 psi placeholder (open literature quotes '1,000+ psi' for C3 bunkers; deep-buried ones are beyond the blast model).");
var US_C3_2026 = {
  sites: [
    {
      id: "us-command",
      name: "National and nuclear command centres (Raven Rock, Cheyenne Mountain, NMCC, STRATCOM Offutt)",
      kind: "command",
      sites: 4,
      hardnessPsi: 1e3,
      source: restate(BUNKER_HARDNESS, "notional", "Four fixed sites named in open reporting; airborne command posts (E-4B, E-6B) are not targetable and not counted.")
    },
    {
      id: "us-early-warning",
      name: "Upgraded early-warning radars (Beale, Cape Cod, Clear, Pituffik, Fylingdales)",
      kind: "early-warning",
      sites: 5,
      hardnessPsi: 10,
      source: US_SITES,
      notes: `${RADAR_HARDNESS.note ?? ""} Space-based warning (SBIRS, Next-Gen OPIR) is modelled through \`degradation.asat\`.`
    },
    {
      id: "us-gmd-radars",
      name: "GMD tracking and fire-control radars (Cobra Dane, LRDR, SBX)",
      kind: "defense-radar",
      sites: 3,
      hardnessPsi: 10,
      supports: ["gmd"],
      source: US_SITES
    }
  ],
  degradation: { asat: 0, cyber: 0 }
};
var RU_C3_2026 = {
  sites: [
    {
      id: "ru-command",
      name: "National and nuclear command centres (General Staff, Kosvinsky Kamen, Yamantau, reserve posts)",
      kind: "command",
      sites: 5,
      hardnessPsi: 1e3,
      source: restate(BUNKER_HARDNESS, "notional", "Five fixed sites: an order-of-magnitude count of the deep command posts named in open reporting.")
    },
    {
      id: "ru-early-warning",
      name: "Early-warning radars (Voronezh family, Daryal)",
      kind: "early-warning",
      sites: 10,
      hardnessPsi: 10,
      source: PODVIG_EW,
      notes: `${RADAR_HARDNESS.note ?? ""} Space-based warning (Tundra/EKS) is modelled through \`degradation.asat\`.`
    },
    {
      id: "ru-don-2n",
      name: "Don-2N battle-management radar of the Moscow ABM system (Sofrino)",
      kind: "defense-radar",
      sites: 1,
      hardnessPsi: 30,
      supports: ["a-135-a-235"],
      source: restate(FAS_RU_2022_KUETT, "notional", "One radar directs the Moscow ABM interceptors. Hardness 30 psi: a placeholder above soft radars for its massive concrete structure.")
    }
  ],
  degradation: { asat: 0, cyber: 0 }
};
var CN_C3_2026 = {
  sites: [
    {
      id: "cn-command",
      name: "Central Military Commission and Rocket Force command posts (Western Hills and others)",
      kind: "command",
      sites: 3,
      hardnessPsi: 1e3,
      source: restate(BUNKER_HARDNESS, "notional", "Three deep command posts: order-of-magnitude count.")
    },
    {
      id: "cn-early-warning",
      name: "Large phased-array early-warning radars",
      kind: "early-warning",
      sites: 4,
      hardnessPsi: 10,
      source: restate(DOD_CMPR_2024, "estimate", "The DoD reports China is building an early-warning counterstrike (launch-on-warning) posture with ground radars and satellites; 4 radar sites is an estimate.")
    }
  ],
  degradation: { asat: 0, cyber: 0 }
};

// packages/data/dist/presets/upload-2026.js
var A2 = "2026-02-05";
var US_STORED_2026 = {
  "mm3-w78": 400,
  // 200 Minuteman III from 1 to 3 W78 (Mk12A)
  "d5-w76-1": 908,
  // 168 Trident II from 4.5 to 8 (588) + 40 non-deployed tubes × 8 (320)
  "d5-w88": 192,
  // 48 Trident II from 4 to 8 W88
  "b52h-alcm": 300,
  // ALCMs in storage beyond the ~200 at bomber bases (B-52H takes 20)
  b2a: 92
  // 12 B-2A from 100 bombs to 16 each
};
var RU_UPLOAD_LOADS = {
  "rs-20v-voevoda": 10,
  "yars-silo": 4,
  "yars-mobile": 4,
  "bulava-borei": 6,
  "sineva-delta-iv": 4,
  "tu-95ms": 8,
  "tu-160": 12
};
var RU_RESERVE_LOADED = /* @__PURE__ */ new Set(["bulava-borei"]);
function storedToLoad(forces) {
  const out = {};
  for (const f of forces) {
    const load = RU_UPLOAD_LOADS[f.id];
    if (load === void 0)
      continue;
    const reserve = RU_RESERVE_LOADED.has(f.id) ? (f.launchers.nonDeployed ?? 0) * load : 0;
    out[f.id] = Math.round(f.launchers.deployed * (load - f.warheadsPerLauncher)) + reserve;
  }
  return out;
}
var US_UPLOAD = restate(FAS_US_2025, "derived", `Non-deployed warheads ~1,930 = stockpile ~3,700 (FAS 2025) \u2212 ~1,770 deployed (${FAS_US_2024.source}), split by launcher capacity (our estimate): MM3/W78 400, D5/W76-1 908, D5/W88 192, ALCM 300, B-2A 92.`);
var RU_UPLOAD = restate(FAS_RU_2025, "derived", "Non-deployed strategic warheads ~1,114 = 4,309 \u2212 1,718 \u2212 1,477 (FAS 2025), split by returning each MIRVed missile to its maximum load and each bomber to its typical load (Tu-95MS 8, Tu-160 12), and loading the 16 non-deployed Bulava tubes (our estimate).");
function withStored(forces, stored, source) {
  const m = new Map(Object.entries(stored));
  return forces.map((f) => {
    const n = m.get(f.id);
    if (n === void 0)
      return f;
    return {
      ...f,
      treaty: { ...f.treaty, storedWarheads: n },
      // `fieldSources` is keyed by element field: the stored warheads sit in `treaty`, whose citation may already cover
      // another attribute (throw-weight); then the upload source is added to its note.
      fieldSources: {
        ...f.fieldSources,
        treaty: f.fieldSources?.treaty ? restate(f.fieldSources.treaty, f.fieldSources.treaty.confidence, `treaty.storedWarheads ${n}: ${source.source} (${source.confidence}): ${source.note ?? ""}`) : source
      }
    };
  });
}
var withUsUpload = (forces) => withStored(forces, US_STORED_2026, US_UPLOAD);
var withRuUpload = (forces) => withStored(forces, storedToLoad(forces), RU_UPLOAD);
var PUTIN_2018 = cite("Putin, V., Presidential Address to the Federal Assembly, 1 March 2018", "2018-03-01", "published", {
  url: "http://en.kremlin.ru/events/president/news/56957",
  note: "Announced a nuclear-powered, nuclear-armed cruise missile of unlimited range (Burevestnik) and a nuclear-armed unmanned underwater vehicle (Poseidon)."
});
var TESTS_2025 = cite("Press reports of Russian statements, October 2025 (Burevestnik and Poseidon tests)", "2025-10-29", "estimate", {
  note: "Russia's General Staff reported a Burevestnik flight of about 14,000 km (26 Oct 2025); Putin announced a Poseidon test (29 Oct 2025). Neither is reported deployed."
});
var RU_NEW_KINDS_2026 = [
  {
    id: "poseidon",
    name: "Poseidon (Status-6) nuclear-armed autonomous torpedo",
    category: "sea-cruise",
    flight: "cruise",
    launchers: { deployed: 0 },
    warheadsPerLauncher: 1,
    maxWarheadsPerLauncher: 1,
    yieldKt: 2e3,
    cepM: 1e3,
    reliability: 0.7,
    rangeKm: 1e4,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 6, survivableFraction: { dayToDay: 0.5, generated: 0.9 } },
    treaty: { accountable: false },
    source: PUTIN_2018,
    fieldSources: {
      launchers: TESTS_2025,
      maxWarheadsPerLauncher: notional(A2, "One warhead per vehicle."),
      yieldKt: notional(A2, "Reported up to ~2 Mt (press reports; claims of 100 Mt are not credible); placeholder."),
      cepM: notional(A2, "Not public; 1 km placeholder (a coastal-city weapon, not a counterforce one)."),
      reliability: notional(A2, "Developmental system; 0.7 placeholder."),
      rangeKm: notional(A2, "'Intercontinental' (2018 address); 10,000 km placeholder."),
      basing: notional(A2, "Carried by special-purpose submarines (Belgorod; up to 6 each reported); soft in port.")
    },
    notes: "0 deployed. Not counted by New START; a framework can count it by id or category."
  },
  {
    id: "burevestnik",
    name: "Burevestnik (9M730, SSC-X-9 Skyfall) nuclear-powered cruise missile",
    category: "ground-cruise",
    flight: "cruise",
    launchers: { deployed: 0 },
    warheadsPerLauncher: 1,
    maxWarheadsPerLauncher: 1,
    yieldKt: 200,
    cepM: 100,
    reliability: 0.6,
    rangeKm: 2e4,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { accountable: false },
    source: PUTIN_2018,
    fieldSources: {
      launchers: TESTS_2025,
      maxWarheadsPerLauncher: notional(A2, "One warhead per missile."),
      yieldKt: notional(A2, "Warhead yield not public; 200 kt placeholder."),
      cepM: notional(A2, "Not public; 100 m placeholder."),
      reliability: notional(A2, "Several failed tests reported before 2025; 0.6 placeholder."),
      rangeKm: notional(A2, "'Unlimited' range claimed; a 14,000 km test flight reported in Oct 2025; 20,000 km placeholder."),
      basing: notional(A2, "Fixed launch sites, soft; placeholder.")
    },
    notes: "0 deployed. Not counted by New START; a framework can count it by id or category."
  }
];

// packages/data/dist/presets/us-russia-2026.js
var AS_OF_2026 = "2026-02-05";
var A3 = AS_OF_2026;
var REL_MODERN = notional(A3, "Reliability (launch \xD7 flight \xD7 detonation) 0.85 for modern, regularly flight-tested missiles; no public figure.");
var REL_AGED = notional(A3, "Reliability 0.8: older or less consistently tested system; no public figure.");
var REL_BOMBER = notional(A3, "Reliability 0.8 for bomber-delivered weapons (launch, flight, weapon); air-defence attrition is not modelled.");
var REL_CONV = notional(A3, "Reliability 0.85 for a conventional precision missile; no public figure.");
var US_SILO = hardness(A3, "US Minuteman silo ~2,000 psi (1,000\u20132,000 quoted); silos are not survivable (0 day-to-day, 0 generated); one launcher per aim point.");
var US_SSBN = notional(A3, "SSBN in port is soft (10 psi). Survivable share ~2/3 day-to-day (boats at sea) and 0.9 generated (boats in port surge); 20 tubes per boat per aim point.");
var US_BOMBER_B52 = notional(A3, "Bombers on the ground are soft (5 psi). No bombers on alert day-to-day (0); half generated to alert/dispersal (0.5). Aim point = base: 36 deployed B-52H at two bases (Minot, Barksdale) \u2192 18 per aim point.");
var US_BOMBER_B2 = notional(A3, "Soft (5 psi); 0 day-to-day, 0.5 generated; all B-2A at one base (Whiteman) \u2192 12 per aim point.");
var RU_HEAVY_SILO = hardness(A3, "Russian heavy-ICBM (SS-18 class) silo ~5,000 psi (4,000\u20136,000 quoted, some higher); not survivable; one launcher per aim point.");
var RU_SILO = hardness(A3, "Russian non-heavy ICBM silo (converted SS-19/SS-18-era silos) ~3,000 psi: between the US ~2,000 and heavy ~5,000 placeholders; not survivable.");
var RU_MOBILE = notional(A3, "Road-mobile regiments of nine launchers (K\xFCtt/FAS 2022): garrison aim point holds 9 launchers, soft (10 psi). Partly dispersed day-to-day (0.3 on patrol routes), mostly dispersed when generated (0.9).");
var RU_SSBN = notional(A3, "SSBN in port is soft (10 psi); 16 tubes per boat per aim point. Russian SSBNs patrol less than US boats: 0.3 survivable day-to-day, 0.8 generated.");
var RU_BOMBER = notional(A3, "Soft (5 psi); 0 day-to-day, 0.3 generated (few airfields, limited alert practice). Aim point = main base.");
var RU_LEGS_2026 = { icbm: 857, slbm: 631, bomber: 1718 - 857 - 631, deployedBombers: 48 + 13 };
var RU_LEG_RULE = "FAS 2025: 1,718 deployed (~870 ICBM, ~640 SLBM, 'more than 200' at bomber bases). Literally, 870 + 640 + 61 deployed bombers (one counted warhead each) = 1,571 under New START rules, above the 1,550 Russia said it would keep to (2023; last declared 1,474 in Mar 2022). Both missile legs are scaled by 1,489/1,510 to a count of 1,550 and rounded down (ICBM 857, SLBM 631; count 1,549); the FAS total is kept, so 230 weapons are at bomber bases.";
var RU_ICBM_LOADS = `Loaded warheads derived. ${RU_LEG_RULE} With the single-warhead systems fixed (Avangard 12, Topol-M 78), the MIRVed SS-18 (10 max) and Yars (4 max) carry a uniform share (857 \u2212 90)/1,108 = 767/1,108 = 0.692 of their maximum loads.`;
var RU_SLBM_LOADS = `Loaded warheads derived. ${RU_LEG_RULE} The deployed Bulava (6 max) and Sineva/Layner (4 max) carry a uniform share 631/992 = 0.636 of their maximum loads.`;
var RU_BOMBER_LOADS = `Weapons at bomber bases derived. ${RU_LEG_RULE} The 230 are spread over the deployed aircraft in proportion to a typical load (Tu-95MS 8, Tu-160 12; 48 \xD7 8 + 13 \xD7 12 = 540): share 230/540 = 0.426. Physical load, not the New START one-per-bomber count.`;
var RU_ICBM_DOWNLOAD_2026 = (RU_LEGS_2026.icbm - 90) / 1108;
var RU_SLBM_DOWNLOAD_2026 = RU_LEGS_2026.slbm / 992;
var RU_BOMBER_SHARE_2026 = RU_LEGS_2026.bomber / 540;
var US_FORCES = [
  {
    id: "mm3-w87",
    name: "Minuteman III, Mk21 / W87",
    category: "icbm-silo",
    launchers: { deployed: 200, nonDeployed: 50, test: 4 },
    warheadsPerLauncher: 1,
    yieldKt: 300,
    cepM: MM3_CEP_M.mk21,
    reliability: 0.85,
    rangeKm: 13e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 1150 },
    source: restate(FAS_US_2024, "estimate", "400 single-warhead Minuteman III in 450 silos; the 200/200 split between W87 and W78 follows the atomicarchive/FAS table."),
    fieldSources: {
      launchers: restate(STATE_NEW_START_2020, "estimate", "The 50 empty operational silos (450 \u2212 400) and the 4 test launchers (last published 1 Sep 2020) are carried on this element."),
      yieldKt: ATOMICARCHIVE_US,
      cepM: mm3CepSource("mk21"),
      reliability: REL_MODERN,
      basing: US_SILO,
      treaty: background(A3, "Minuteman III throw-weight ~1,150 kg (START I data, recollected; not re-read here).")
    },
    notes: "W87 planning yield 300 kt. Empty silos and test launchers are listed here only for treaty counting."
  },
  {
    id: "mm3-w78",
    name: "Minuteman III, Mk12A / W78",
    category: "icbm-silo",
    launchers: { deployed: 200 },
    warheadsPerLauncher: 1,
    maxWarheadsPerLauncher: 3,
    yieldKt: 335,
    cepM: MM3_CEP_M.mk12a,
    reliability: 0.85,
    rangeKm: 13e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 1150 },
    source: restate(FAS_US_2024, "estimate", "Half of the 400 deployed Minuteman III carry the W78 (atomicarchive/FAS table)."),
    fieldSources: {
      yieldKt: SUH_2022,
      cepM: mm3CepSource("mk12a"),
      maxWarheadsPerLauncher: ATOMICARCHIVE_US,
      reliability: REL_MODERN,
      basing: US_SILO,
      treaty: background(A3, "Minuteman III throw-weight ~1,150 kg (START I data, recollected).")
    },
    notes: "Downloaded to one warhead; the Mk12A bus can carry three (upload hedge)."
  },
  {
    id: "d5-w76-1",
    name: "Trident II D5LE, W76-1 (Ohio SSBN)",
    category: "slbm",
    launchers: { deployed: 168, nonDeployed: 40 },
    warheadsPerLauncher: 4.5,
    maxWarheadsPerLauncher: 8,
    yieldKt: 90,
    cepM: 90,
    reliability: 0.85,
    rangeKm: 12e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 20, survivableFraction: { dayToDay: 0.67, generated: 0.9 } },
    treaty: { throwWeightKg: 2800 },
    source: restate(FAS_US_2024, "estimate", "14 Ohio SSBNs \xD7 20 tubes = 280; 12 operational (240 tubes), 2 in overhaul (40 non-deployed). ~970 SLBM warheads split: 24 missiles with one W76-2, 48 with four W88, 168 with 4.5 W76-1 on average (972 in all). The split is our estimate."),
    fieldSources: {
      yieldKt: ATOMICARCHIVE_US,
      cepM: SUH_2022,
      reliability: REL_MODERN,
      basing: US_SSBN,
      treaty: background(A3, "Trident II throw-weight ~2,800 kg (START I data, recollected).")
    },
    notes: "The 40 tubes of the two boats in overhaul are carried on this element."
  },
  {
    id: "d5-w76-2",
    name: "Trident II D5LE, W76-2 low-yield",
    category: "slbm",
    launchers: { deployed: 24 },
    warheadsPerLauncher: 1,
    maxWarheadsPerLauncher: 8,
    yieldKt: 8,
    cepM: 90,
    reliability: 0.85,
    rangeKm: 12e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 20, survivableFraction: { dayToDay: 0.67, generated: 0.9 } },
    treaty: { throwWeightKg: 2800 },
    source: restate(FAS_US_2024, "estimate", "About two single-warhead W76-2 missiles per operational boat (our estimate)."),
    fieldSources: {
      yieldKt: background(A3, "W76-2 yield commonly estimated at 5\u20138 kt (FAS); the table read here says only 'low'."),
      cepM: SUH_2022,
      reliability: REL_MODERN,
      basing: US_SSBN
    }
  },
  {
    id: "d5-w88",
    name: "Trident II D5LE, W88",
    category: "slbm",
    launchers: { deployed: 48 },
    warheadsPerLauncher: 4,
    maxWarheadsPerLauncher: 8,
    yieldKt: 455,
    cepM: 90,
    reliability: 0.85,
    rangeKm: 12e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 20, survivableFraction: { dayToDay: 0.67, generated: 0.9 } },
    treaty: { throwWeightKg: 2800 },
    source: restate(FAS_US_2024, "estimate", "192 deployed W88 of ~384 built (atomicarchive/FAS table); share deployed is our estimate."),
    fieldSources: { yieldKt: SUH_2022, cepM: SUH_2022, reliability: REL_MODERN, basing: US_SSBN }
  },
  {
    id: "b52h-alcm",
    name: "B-52H with AGM-86B ALCM / W80-1",
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
    source: restate(FAS_US_2024, "estimate", "46 nuclear-capable B-52H; ~200 ALCMs of the 300 weapons FAS puts at bomber bases are assigned to the 36 deployed aircraft (200/36 = 5.6 each)."),
    fieldSources: {
      launchers: restate(STATE_NEW_START_2020, "estimate", "Deployed/non-deployed split of 1 Sep 2020 (36 + 10) kept; the 5 test bombers of that date split 4 B-52H / 1 B-2A by us."),
      yieldKt: ATOMICARCHIVE_US,
      cepM: restate(SUH_2022, "estimate", "Upper end of Suh's ALCM 10\u201330.5 m."),
      reliability: REL_BOMBER,
      rangeKm: background(A3, "B-52H unrefueled range ~14,000 km; ALCM range ~2,500 km adds stand-off."),
      basing: US_BOMBER_B52
    },
    notes: "Weapons are stored at the bases day-to-day and loaded when generated; upload capacity 20 ALCMs."
  },
  {
    id: "b2a",
    name: "B-2A with B61-7/-11/-12 and B83-1 bombs",
    category: "bomber",
    launchers: { deployed: 12, nonDeployed: 6, test: 1 },
    warheadsPerLauncher: 100 / 12,
    maxWarheadsPerLauncher: 16,
    yieldKt: 360,
    yieldOptionsKt: [10, 360],
    cepM: 116,
    reliability: 0.8,
    rangeKm: 11e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 12, survivableFraction: { dayToDay: 0, generated: 0.5 } },
    treaty: { nuclearEquipped: true, alcmEquipped: false },
    source: restate(FAS_US_2024, "estimate", "~100 of the 300 bomber-base weapons assigned to the 12 deployed B-2A (100/12 = 8.3 each); 19 aircraft after the 2022 ground accident."),
    fieldSources: {
      launchers: background(A3, "19 B-2A (20 built after the 2008 crash, one retired after a 2022 mishap); deployed 12 as in 2020."),
      yieldKt: ATOMICARCHIVE_US,
      cepM: restate(SUH_2022, "estimate", "Suh's late-1990s gravity-bomb CEP (116 m) used as a placeholder; the guided B61-12 is far more accurate."),
      reliability: REL_BOMBER,
      rangeKm: background(A3, "B-2A unrefueled range ~11,000 km."),
      basing: US_BOMBER_B2
    },
    notes: "Planning yield 360 kt (B61-7); B83-1 (up to 1,200 kt) and B61-12 (\u2264 50 kt) are also assigned."
  },
  {
    id: "b52h-conventional",
    name: "B-52H converted to non-nuclear role (JASSM-ER, conventional)",
    category: "bomber",
    nuclear: false,
    launchers: { deployed: 30, nonDeployed: 11 },
    warheadsPerLauncher: 12,
    maxWarheadsPerLauncher: 20,
    yieldKt: 45e-5,
    cepM: 3,
    reliability: 0.8,
    rangeKm: 14e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 15, survivableFraction: { dayToDay: 0, generated: 0.5 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.3 },
    treaty: { accountable: false, nuclearEquipped: false },
    source: restate(STATE_NEW_START_2020, "estimate", "41 B-52H 'equipped for non-nuclear armaments' (out of New START account). Split 30 operational + 11 in storage after the 2015 conversion reports (30 converted at Barksdale, 12 stored aircraft at AMARG)."),
    fieldSources: {
      warheadsPerLauncher: notional(A3, "12 stand-off missiles per sortie (external pylons); 20 maximum."),
      maxWarheadsPerLauncher: background(A3, "B-52H: up to 20 stand-off missiles (8 internal, 12 on pylons)."),
      rangeKm: background(A3, "B-52H unrefueled range ~14,000 km."),
      yieldKt: background(A3, "~450 kg high-explosive unitary warhead expressed in kt TNT; not used for conventional weapons."),
      cepM: background(A3, "JASSM-class terminal seeker: a few metres."),
      conventional: notional(A3, "Effect of one hit on a soft or medium aim point (bomber on apron, submarine at pier, mobile-launcher shelter); hardened silos would need far lower values. The engine applies one value to all targets."),
      reliability: REL_BOMBER,
      basing: US_BOMBER_B52
    },
    notes: "Listed as a separate conventional element (not via convertedNonNuclear) so that the nuclear B-52H element carries only nuclear-capable aircraft. Air-defence penetration is not modelled."
  },
  {
    id: "tomahawk",
    name: "Tomahawk land-attack cruise missile (ship and submarine launched)",
    category: "sea-cruise",
    nuclear: false,
    flight: "cruise",
    launchers: { deployed: 400 },
    warheadsPerLauncher: 1,
    yieldKt: 45e-5,
    cepM: 10,
    reliability: 0.85,
    rangeKm: 1600,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 40, survivableFraction: { dayToDay: 0.8, generated: 0.9 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.3 },
    treaty: { accountable: false },
    source: background(A3, "Tomahawk range ~1,600 km, ~450 kg warhead, inventory in the low thousands. 'Launchers' = missiles available for a first salvo (notional 400), not the inventory."),
    fieldSources: {
      launchers: notional(A3, "400 missiles loaded on ships and submarines within range for a first salvo; a lever, not a count."),
      conventional: notional(A3, "Soft/medium aim point effect, as for the conventional B-52H."),
      reliability: REL_CONV,
      basing: notional(A3, "Ships at sea are not targetable (0.8 day-to-day, 0.9 generated); 40 missiles per ship in port.")
    }
  },
  {
    id: "lrhw-dark-eagle",
    name: "Long-Range Hypersonic Weapon 'Dark Eagle' (Army)",
    category: "hgv",
    nuclear: false,
    launchers: { deployed: 0, nonDeployed: 4 },
    warheadsPerLauncher: 2,
    yieldKt: 13e-6,
    cepM: 10,
    reliability: 0.8,
    rangeKm: 2775,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 4, survivableFraction: { dayToDay: 0.2, generated: 0.8 } },
    conventional: { vulnerableRadiusM: 3, pDefeatGivenHit: 0.5 },
    treaty: { accountable: false },
    source: DARK_EAGLE_2026,
    fieldSources: {
      launchers: restate(DARK_EAGLE_2026, "estimate", "One battery of four launchers; missiles not fielded as of Jan 2026, so 0 deployed."),
      warheadsPerLauncher: background(A3, "Two missiles per launcher trailer."),
      cepM: notional(A3, "Precision glide body; 10 m placeholder."),
      conventional: notional(A3, "Kinetic effect against soft/medium point targets."),
      reliability: notional(A3, "0.8: new system with a mixed test record."),
      basing: notional(A3, "Road-mobile battery; deployed to the Indo-Pacific, not within reach of Russia from home.")
    },
    notes: "Inert by default (0 deployed); set launchers.deployed to 4 to model the first battery. Navy CPS is not yet deployed and is omitted."
  },
  {
    id: "b61-europe",
    name: "B61-3/-4/-12 gravity bombs at NATO bases (dual-capable aircraft)",
    category: "non-strategic",
    flight: "aircraft",
    launchers: { deployed: 100 },
    warheadsPerLauncher: 1,
    yieldKt: 50,
    yieldOptionsKt: [0.3, 1.5, 10, 50],
    cepM: 30,
    reliability: 0.8,
    rangeKm: 1e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 17, survivableFraction: { dayToDay: 0, generated: 0.2 } },
    treaty: { accountable: false },
    source: restate(FAS_US_2024, "estimate", "Approximately 100 tactical bombs at European bases."),
    fieldSources: {
      yieldKt: background(A3, "B61-12 dial-a-yield 0.3/1.5/10/50 kt; B61-4 up to 50 kt."),
      cepM: background(A3, "B61-12 guided tail kit: tens of metres."),
      rangeKm: notional(A3, "Combat radius of the carrying aircraft, ~1,000 km; forward basing, not capital distance, decides reach."),
      reliability: REL_BOMBER,
      basing: notional(A3, "~100 bombs at six bases in five countries (~17 per base); soft; 0.2 dispersed when generated.")
    },
    notes: "Cannot reach Russia under the inter-capital distance rule; kept for parity and treaty counts."
  }
];
var US_DEFENSES = [
  {
    id: "gmd",
    name: "Ground-based Midcourse Defense (Fort Greely, Vandenberg)",
    interceptors: 44,
    pk: 9 / 17,
    tracking: 0.8,
    doctrine: { type: "barrage", shots: 4 },
    engages: ["ballistic"],
    covers: ["value"],
    source: GMD_44,
    notes: "pk = 9/17 = 0.53, the GMD intercept-test record 1999\u2013May 2017 (Reuters, 30 May 2017), scripted tests. tracking 0.8 and a four-interceptor salvo per warhead are notional (discrimination against decoys is the known weakness). Designed against limited attacks; 44 interceptors do not cover silos. Next Generation Interceptor not yet deployed."
  },
  {
    id: "aegis-sm3-iia",
    name: "Aegis BMD with SM-3 Block IIA (homeland role)",
    interceptors: 24,
    pk: 0.5,
    tracking: 0.5,
    doctrine: { type: "barrage", shots: 2 },
    engages: ["ballistic"],
    covers: ["value"],
    source: notional(A3, "Interceptor count, pk and tracking are placeholders: SM-3 Block IIA is the only Aegis interceptor credited with any ICBM-class capability (a single test), and most BMD ships serve regional missions. 24 = a few ships' magazines assumed available for homeland defence. SM-3 IA/IB and SM-6 cannot engage ICBMs in midcourse and are omitted."),
    notes: "Low tracking (0.5) reflects uncertain cueing and discrimination against ICBM-class targets from sea."
  }
];
var US_2026 = {
  id: "us",
  name: "United States",
  posture: "dayToDay",
  // The US retains the option to launch under attack (DoD Report on Nuclear Employment Strategy, 2013).
  options: { launchUnderAttack: true, holdBackFraction: 0 },
  forces: wholeLoads(withUsUpload(US_FORCES)),
  defenses: US_DEFENSES,
  value: defaultValue(A3),
  generation: GENERATION_US_RU,
  c3: US_C3_2026
};
var RU_FORCES = [
  {
    id: "rs-20v-voevoda",
    name: "RS-20V Voevoda (SS-18 Mod 6)",
    category: "icbm-silo",
    launchers: { deployed: 34 },
    warheadsPerLauncher: 10 * RU_ICBM_DOWNLOAD_2026,
    maxWarheadsPerLauncher: 10,
    yieldKt: 500,
    yieldOptionsKt: [500, 800],
    cepM: 220,
    reliability: 0.8,
    rangeKm: 11e3,
    basing: { hardnessPsi: 5e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { heavyIcbm: true, throwWeightKg: 8800 },
    source: restate(FAS_RU_2022_KUETT, "estimate", "40 SS-18 in 2022 (FAS via K\xFCtt); 34 assumed in 2026 because the second Avangard regiment took six former SS-18 silos at Dombarovsky."),
    fieldSources: {
      warheadsPerLauncher: restate(FAS_RU_2025, "derived", RU_ICBM_LOADS),
      yieldKt: background(A3, "SS-18 Mod 6: 10 \xD7 500\u2013800 kt (FAS tables)."),
      cepM: restate(SUH_2022, "estimate", "Suh's SS-18 Mod 5 value (220 m); no figure for Mod 6."),
      reliability: REL_AGED,
      basing: RU_HEAVY_SILO,
      treaty: background(A3, "SS-18 throw-weight 8,800 kg (START I data, recollected; reproduces the published 1990 total).")
    },
    notes: "Sarmat (RS-28) is not on combat duty as of early 2026 (Carnegie, Jan 2025) and is not listed."
  },
  {
    id: "avangard",
    name: "UR-100NUTTH with Avangard HGV (SS-19 Mod 4)",
    category: "icbm-silo",
    flight: "hypersonic",
    launchers: { deployed: 12 },
    warheadsPerLauncher: 1,
    yieldKt: 1e3,
    cepM: 300,
    reliability: 0.8,
    rangeKm: 1e4,
    basing: { hardnessPsi: 5e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 4350 },
    source: restate(CARNEGIE_2025, "published", "Two Avangard regiments delivered; six launchers per regiment (12)."),
    fieldSources: {
      launchers: background(A3, "Six silo launchers per Avangard regiment."),
      rangeKm: background(A3, "UR-100NUTTH (SS-19) booster range ~10,000 km; Avangard's own glide range is not public."),
      yieldKt: notional(A3, "Avangard yield not public (claims range from hundreds of kt to megatons); 1,000 kt placeholder."),
      cepM: notional(A3, "Manoeuvring glide vehicle; accuracy not public. 300 m placeholder."),
      reliability: REL_AGED,
      basing: restate(RU_HEAVY_SILO, "notional", "Deployed in former SS-18 silos at Dombarovsky."),
      treaty: background(A3, "SS-19 booster throw-weight 4,350 kg (START I data, recollected).")
    }
  },
  {
    id: "topol-m-silo",
    name: "RS-12M2 Topol-M, silo (SS-27 Mod 1)",
    category: "icbm-silo",
    launchers: { deployed: 60 },
    warheadsPerLauncher: 1,
    yieldKt: 800,
    cepM: 348,
    reliability: 0.85,
    rangeKm: 11e3,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 1200 },
    source: FAS_RU_2022_KUETT,
    fieldSources: {
      yieldKt: background(A3, "Topol-M 800 kt (FAS; a Russian press account gives 800 kt, another 550 kt)."),
      cepM: SUH_2022,
      rangeKm: background(A3, "10,000\u201311,000 km."),
      reliability: REL_MODERN,
      basing: RU_SILO,
      treaty: background(A3, "Topol-M throw-weight ~1,200 kg (unconfirmed).")
    }
  },
  {
    id: "topol-m-mobile",
    name: "RS-12M2 Topol-M, road-mobile (SS-27 Mod 1)",
    category: "icbm-mobile",
    launchers: { deployed: 18 },
    warheadsPerLauncher: 1,
    yieldKt: 800,
    cepM: 348,
    reliability: 0.85,
    rangeKm: 11e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 9, survivableFraction: { dayToDay: 0.3, generated: 0.9 } },
    treaty: { throwWeightKg: 1200 },
    source: FAS_RU_2022_KUETT,
    fieldSources: {
      yieldKt: background(A3, "Topol-M 800 kt (FAS)."),
      cepM: SUH_2022,
      reliability: REL_MODERN,
      basing: RU_MOBILE,
      treaty: background(A3, "Topol-M throw-weight ~1,200 kg (unconfirmed).")
    }
  },
  {
    id: "yars-silo",
    name: "RS-24 Yars, silo (SS-27 Mod 2), Kozelsk",
    category: "icbm-silo",
    launchers: { deployed: 30 },
    warheadsPerLauncher: 4 * RU_ICBM_DOWNLOAD_2026,
    maxWarheadsPerLauncher: 4,
    yieldKt: 100,
    cepM: 348,
    reliability: 0.85,
    rangeKm: 11e3,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: restate(CARNEGIE_2025, "estimate", "20 silo Yars in 2022 (FAS via K\xFCtt); Kozelsk rearmament due to finish in 2025 (Carnegie); 30 (three regiments of ten) is our estimate."),
    fieldSources: {
      warheadsPerLauncher: restate(FAS_RU_2025, "derived", RU_ICBM_LOADS),
      yieldKt: background(A3, "Yars warhead yield: FAS tables 100 kt; press accounts up to 500 kt."),
      cepM: restate(SUH_2022, "estimate", "Suh's SS-27 value applied to the Mod 2."),
      reliability: REL_MODERN,
      basing: RU_SILO
    }
  },
  {
    id: "yars-mobile",
    name: "RS-24 Yars, road-mobile (SS-27 Mod 2)",
    category: "icbm-mobile",
    launchers: { deployed: 162 },
    warheadsPerLauncher: 4 * RU_ICBM_DOWNLOAD_2026,
    maxWarheadsPerLauncher: 4,
    yieldKt: 100,
    cepM: 348,
    reliability: 0.85,
    rangeKm: 11e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 9, survivableFraction: { dayToDay: 0.3, generated: 0.9 } },
    source: restate(FAS_RU_2022_KUETT, "estimate", "153 mobile Yars in 2022 (FAS via K\xFCtt) plus one nine-launcher regiment replacing the last SS-25 (mobile rearmament complete: Carnegie, Jan 2025) = 162."),
    fieldSources: {
      warheadsPerLauncher: restate(FAS_RU_2025, "derived", RU_ICBM_LOADS),
      yieldKt: background(A3, "Yars warhead yield: FAS tables 100 kt."),
      cepM: restate(SUH_2022, "estimate", "Suh's SS-27 value applied to the Mod 2."),
      reliability: REL_MODERN,
      basing: RU_MOBILE
    }
  },
  {
    id: "icbm-nondeployed",
    name: "Non-deployed ICBM launchers (types not published)",
    category: "icbm-silo",
    launchers: { deployed: 0, nonDeployed: 174 },
    warheadsPerLauncher: 0,
    yieldKt: 100,
    cepM: 348,
    reliability: 0.85,
    rangeKm: 11e3,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    source: cite("Russian MFA, New START data of 1 Mar 2022 (761 deployed and non-deployed launchers) [russia-mfa-2022]", "2022-03-01", "derived", {
      note: "No Russian data since Mar 2022. 174 = 761 \u2212 the 587 launchers otherwise listed here, i.e. the last declared total is assumed unchanged; the non-deployed launchers are put on one ICBM element because their types are not published."
    }),
    fieldSources: {
      yieldKt: notional(A3, "Placeholder values; the element carries no deployed launchers."),
      basing: RU_SILO
    },
    notes: "For treaty launcher counts only; carries no warheads."
  },
  {
    id: "bulava-borei",
    name: "RSM-56 Bulava (SS-N-32) on Borei/Borei-A SSBNs",
    category: "slbm",
    launchers: { deployed: 112, nonDeployed: 16 },
    warheadsPerLauncher: 6 * RU_SLBM_DOWNLOAD_2026,
    maxWarheadsPerLauncher: 6,
    yieldKt: 100,
    cepM: 350,
    reliability: 0.8,
    rangeKm: 8e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.3, generated: 0.8 } },
    source: restate(FAS_RU_2022_KUETT, "estimate", "Seven Borei/Borei-A boats in the FAS 2025 count (3 Borei + 4 Borei-A) \xD7 16 = 112. The eighth, Knyaz Pozharsky (in service 2025, Carnegie Feb 2026), is carried as 16 non-deployed tubes so the FAS 2025 total is kept."),
    fieldSources: {
      launchers: restate(CARNEGIE_2026, "estimate", "Knyaz Pozharsky entered service in 2025; its loading is not reported."),
      warheadsPerLauncher: restate(FAS_RU_2025, "derived", RU_SLBM_LOADS),
      yieldKt: background(A3, "Bulava: up to 6 \xD7 100\u2013150 kt."),
      cepM: notional(A3, "No public accuracy; 350 m placeholder between SS-27 (348) and SS-N-23 (500)."),
      reliability: REL_AGED,
      rangeKm: background(A3, "8,000\u20139,300 km."),
      basing: RU_SSBN
    }
  },
  {
    id: "sineva-delta-iv",
    name: "R-29RMU2 Sineva/Layner (SS-N-23) on Delta IV SSBNs",
    category: "slbm",
    launchers: { deployed: 80 },
    warheadsPerLauncher: 4 * RU_SLBM_DOWNLOAD_2026,
    maxWarheadsPerLauncher: 4,
    yieldKt: 100,
    cepM: 500,
    reliability: 0.85,
    rangeKm: 8300,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.3, generated: 0.8 } },
    source: restate(FAS_RU_2022_KUETT, "estimate", "Five Delta IV boats \xD7 16 tubes (FAS 2022 count kept)."),
    fieldSources: {
      warheadsPerLauncher: restate(FAS_RU_2025, "derived", RU_SLBM_LOADS),
      yieldKt: background(A3, "Sineva: 4 \xD7 100 kt (FAS tables)."),
      cepM: SUH_2022,
      reliability: REL_MODERN,
      rangeKm: background(A3, "~8,300 km."),
      basing: RU_SSBN
    }
  },
  {
    id: "tu-95ms",
    name: "Tu-95MS/MSM (Bear-H) with Kh-55/Kh-102 ALCMs",
    category: "bomber",
    launchers: { deployed: 48, nonDeployed: 2 },
    warheadsPerLauncher: 8 * RU_BOMBER_SHARE_2026,
    maxWarheadsPerLauncher: 16,
    yieldKt: 200,
    cepM: 25,
    reliability: 0.8,
    rangeKm: 15e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 24, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { nuclearEquipped: true, alcmEquipped: true },
    source: restate(SPIDERWEB_2025, "estimate", "~55 Tu-95MS before June 2025 (FAS 2022 via K\xFCtt; Reuters: ~67 strategic bombers in all); at least 5 destroyed and 2 damaged on 1 Jun 2025 \u2192 48 deployed, 2 non-deployed (damaged)."),
    fieldSources: {
      warheadsPerLauncher: restate(FAS_RU_2025, "derived", RU_BOMBER_LOADS),
      yieldKt: background(A3, "Kh-55/Kh-102 warhead ~200\u2013250 kt."),
      cepM: restate(SUH_2022, "published", "Suh's AS-15 (Kh-55) value."),
      reliability: REL_BOMBER,
      rangeKm: background(A3, "Tu-95MS range ~15,000 km; ALCM range ~2,500 km adds stand-off."),
      basing: restate(RU_BOMBER, "notional", "Two main bases (Engels, Ukrainka) \u2192 24 aircraft per aim point.")
    }
  },
  {
    id: "tu-160",
    name: "Tu-160/Tu-160M (Blackjack) with Kh-55/Kh-102 ALCMs",
    category: "bomber",
    launchers: { deployed: 13 },
    warheadsPerLauncher: 12 * RU_BOMBER_SHARE_2026,
    maxWarheadsPerLauncher: 12,
    yieldKt: 200,
    cepM: 25,
    reliability: 0.8,
    rangeKm: 12300,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 13, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { nuclearEquipped: true, alcmEquipped: true },
    source: restate(FAS_RU_2022_KUETT, "estimate", "13 Tu-160 (FAS 2022); none hit on 1 Jun 2025. New Tu-160M entered service in 2025 (Carnegie, Feb 2026) in unreported numbers, partly replacing older airframes."),
    fieldSources: {
      warheadsPerLauncher: restate(FAS_RU_2025, "derived", RU_BOMBER_LOADS),
      yieldKt: background(A3, "Kh-55/Kh-102 warhead ~200\u2013250 kt."),
      cepM: restate(SUH_2022, "published", "Suh's AS-15 (Kh-55) value."),
      reliability: REL_BOMBER,
      rangeKm: background(A3, "Tu-160 range ~12,300 km."),
      basing: restate(RU_BOMBER, "notional", "One main base (Engels) \u2192 13 per aim point.")
    }
  },
  {
    id: "nsnw-aggregate",
    name: "Non-strategic nuclear weapons (aggregate: naval, air, air-defence, ground forces)",
    category: "non-strategic",
    launchers: { deployed: 0 },
    warheadsPerLauncher: 1,
    yieldKt: 100,
    cepM: 30,
    reliability: 0.8,
    rangeKm: 2500,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 30, survivableFraction: { dayToDay: 0, generated: 0.5 } },
    treaty: { accountable: false, storedWarheads: 1477 },
    source: restate(FAS_RU_2025, "estimate", "1,477 non-strategic warheads, held in central storage apart from their delivery systems."),
    fieldSources: {
      yieldKt: notional(A3, "Mixed types; 100 kt placeholder."),
      cepM: notional(A3, "Mixed delivery systems (Iskander ~10\u201330 m per secondary sources); 30 m placeholder."),
      rangeKm: restate(FAS_RU_2022_KUETT, "estimate", "Longest ground-launched system: 9M729 cruise missile, ~2,500 km (CSIS via K\xFCtt)."),
      reliability: REL_AGED,
      basing: notional(A3, "Placeholder for delivery-unit bases if the weapons are issued.")
    },
    notes: "Stored, not deployed: 0 deployed launchers, warheads in treaty.storedWarheads. To model issued weapons set launchers.deployed (warheads per launcher 1). Cannot reach the US under the inter-capital distance rule."
  },
  {
    id: "kalibr",
    name: "3M14 Kalibr land-attack cruise missile (ships, submarines)",
    category: "sea-cruise",
    nuclear: false,
    flight: "cruise",
    launchers: { deployed: 100 },
    warheadsPerLauncher: 1,
    yieldKt: 45e-5,
    cepM: 10,
    reliability: 0.8,
    rangeKm: 1500,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 8, survivableFraction: { dayToDay: 0.5, generated: 0.8 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.3 },
    treaty: { accountable: false },
    source: cite("Sputnik (Italian edition), 5 Oct 2018: Kalibr strikes from the Caspian at ~1,500 km; Putin, Oct 2017: 1,400 km", "2018-10-05", "estimate", { url: "https://it.sputniknews.com/mondo/201810056593735-deputato-missile-ucraina-mosca/" }),
    fieldSources: {
      launchers: notional(A3, "100 missiles on submarines/ships within reach for a first salvo; a lever, not a count. Nuclear Kalibr variants are inside the non-strategic aggregate."),
      yieldKt: background(A3, "~450 kg HE warhead in kt TNT; not used for conventional weapons."),
      cepM: background(A3, "Terminal guidance: metres to tens of metres."),
      conventional: notional(A3, "Soft/medium aim point effect, as for US conventional strike."),
      reliability: notional(A3, "0.8: wartime use shows significant failure and interception rates."),
      basing: notional(A3, "Half at sea day-to-day, 0.8 generated; 8 missiles per platform in port.")
    }
  },
  {
    id: "kinzhal",
    name: "Kh-47M2 Kinzhal air-launched ballistic missile (MiG-31K)",
    category: "air-launched",
    nuclear: false,
    flight: "ballistic",
    launchers: { deployed: 10 },
    warheadsPerLauncher: 1,
    yieldKt: 5e-4,
    cepM: 10,
    reliability: 0.8,
    rangeKm: 2e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 10, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.3 },
    treaty: { accountable: false },
    source: background(A3, "Kinzhal: ~2,000 km including the MiG-31K's radius; dual-capable (nuclear variants inside the non-strategic aggregate); quasi-ballistic, intercepted by Patriot in Ukraine."),
    fieldSources: {
      launchers: notional(A3, "About ten MiG-31K carriers at one base; a lever, not a count."),
      conventional: notional(A3, "Soft/medium aim point effect."),
      reliability: notional(A3, "0.8 placeholder."),
      basing: notional(A3, "Aircraft on the ground: soft, not survivable day-to-day.")
    }
  },
  {
    id: "zircon",
    name: "3M22 Zircon hypersonic cruise missile (ships, submarines)",
    category: "sea-cruise",
    nuclear: false,
    flight: "hypersonic",
    launchers: { deployed: 16 },
    warheadsPerLauncher: 1,
    yieldKt: 3e-4,
    cepM: 10,
    reliability: 0.8,
    rangeKm: 1e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 8, survivableFraction: { dayToDay: 0.5, generated: 0.8 } },
    conventional: { vulnerableRadiusM: 5, pDefeatGivenHit: 0.3 },
    treaty: { accountable: false },
    source: cite("Sky TG24, 25 Jan 2023: Zircon range of at least 1,000 km", "2023-01-25", "estimate", {
      url: "https://tg24.sky.it/mondo/2023/01/25/russia-esercitazione-missile-ipersonico-zircon"
    }),
    fieldSources: {
      launchers: notional(A3, "Few carriers (frigate Admiral Gorshkov, Yasen-M submarines): 16 missiles placeholder."),
      yieldKt: background(A3, "~300 kg HE warhead in kt TNT; not used for conventional weapons."),
      conventional: notional(A3, "Soft/medium aim point effect."),
      reliability: notional(A3, "0.8 placeholder."),
      basing: notional(A3, "As for Kalibr platforms.")
    }
  }
];
var RU_DEFENSES = [
  {
    id: "a-135-a-235",
    name: "Moscow ABM system A-135 / A-235 (nuclear-armed interceptors)",
    interceptors: 68,
    pk: 0.6,
    tracking: 0.8,
    doctrine: { type: "barrage", shots: 1 },
    engages: ["ballistic"],
    covers: ["value"],
    source: restate(FAS_RU_2022_KUETT, "estimate", "About 70 warheads assigned to the Moscow missile-defence system (FAS 2022 via K\xFCtt); 68 interceptors used here. pk 0.6 and tracking 0.8 are notional (nuclear-armed interceptors are forgiving of miss distance; modern penetration aids are not modelled)."),
    notes: "Protects the Moscow region only; the engine applies the layer to all value strikes, which overstates its coverage of Russian value (it is small against the US arsenal either way)."
  }
];
var RU_2026 = {
  id: "ru",
  name: "Russia",
  posture: "dayToDay",
  // Russia keeps a launch-on-warning posture backed by its early-warning network (Podvig, russianforces.org).
  options: { launchUnderAttack: true, holdBackFraction: 0 },
  forces: wholeLoads(withRuUpload([...RU_FORCES, ...RU_NEW_KINDS_2026])),
  defenses: RU_DEFENSES,
  value: defaultValue(A3),
  generation: GENERATION_US_RU,
  c3: RU_C3_2026
};
var US_RUSSIA_2026 = {
  schemaVersion: 1,
  id: "us-russia-2026",
  name: "US and Russia after New START (5 Feb 2026)",
  description: `US and Russian strategic, non-strategic, missile-defence and conventional long-range strike forces on the day New START expired, from FAS Nuclear Notebook 2024\u20132025 estimates and later reporting. Deployed strategic warheads: US ~1,672 (+100 B61 in Europe), Russia 1,718 (New START count 1,549; +1,477 non-strategic in storage). Stockpile context: US ~3,700 (FAS 2025), Russia ~4,309 (FAS 2025).`,
  asOf: AS_OF_2026,
  parties: [US_2026, RU_2026],
  distancesKm: DISTANCE_US_RU,
  notes: `Per-system splits are estimates anchored to FAS leg totals (see each element's source and fieldSources). Russia's missile legs are scaled from FAS's ~870 ICBM / ~640 SLBM to 857 / 631 so that its New START count (1,549) stays within the 1,550 it said it would keep to; the FAS total of 1,718 is kept (230 at bomber bases). Hardness, survivable fractions, aim-point sharing, reliability, damage curves and generation schedules are notional placeholders. Sources of the stockpile figures: ${FAS_US_2025.source}; ${FAS_RU_2025.source}. Both sides launch under attack: the US retains the option (DoD, Report on Nuclear Employment Strategy of the United States, 2013: the US will retain a launch-under-attack capability); Russia's posture relies on launch on warning from its early-warning network (Podvig, russianforces.org, 'Early warning'). Command centres, early-warning and missile-defence radars are targets (c3-2026.ts); conventional strikes on them degrade warning.`
};

export {
  CN_C3_2026,
  AS_OF_2026,
  RU_LEGS_2026,
  RU_ICBM_DOWNLOAD_2026,
  RU_SLBM_DOWNLOAD_2026,
  RU_BOMBER_SHARE_2026,
  US_2026,
  RU_2026,
  US_RUSSIA_2026
};
