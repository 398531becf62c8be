import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  DISTANCE_US_RU,
  GENERATION_US_RU,
  MM3_CEP_M,
  defaultValue,
  mm3CepSource
} from "./chunk-L7JI5VNB.js";
import {
  START_MOU_1990,
  SUH_2022,
  background,
  hardness,
  notional,
  restate
} from "./chunk-NQBOJXVP.js";

// packages/data/dist/presets/start1-1990.js
var A = "1990-09-01";
var MOU = START_MOU_1990;
var TW = restate(MOU, "estimate", "Per-type throw-weight recollected from the MOU technical data; the type values together reproduce the published ICBM+SLBM totals.");
var REL = notional(A, "Reliability 0.8 for Cold War missiles (launch \xD7 flight \xD7 detonation); no public figure.");
var REL_BOMBER = notional(A, "Reliability 0.75 for bomber weapons; air-defence attrition not modelled.");
var US_SILO = hardness(A, "US Minuteman/Peacekeeper silos ~2,000 psi; not survivable; one launcher per aim point.");
var SU_OLD_SILO = hardness(A, "Older Soviet silos (SS-11/SS-13 era) ~1,000 psi; not survivable.");
var SU_SILO = hardness(A, "Soviet fourth-generation silos (SS-17/SS-19/SS-24) ~3,000 psi; not survivable.");
var SU_HEAVY = hardness(A, "SS-18 heavy-ICBM silos ~5,000 psi (4,000\u20136,000 quoted); not survivable.");
var US_SSBN = notional(A, "Soft in port (10 psi); boat tubes per aim point; US SSBNs ~0.6 at sea day-to-day, 0.9 generated.");
var SU_SSBN = notional(A, "Soft in port (10 psi); boat tubes per aim point; Soviet SSBNs ~0.2 at sea day-to-day, 0.7 generated.");
var US_BOMBER = notional(A, "Soft (5 psi). In 1990 part of the US bomber force stood strip alert (ended Sept 1991): 0.3 survivable day-to-day, 0.75 generated; ~16 aircraft per base.");
var SU_BOMBER = notional(A, "Soft (5 psi); no alert: 0 day-to-day, 0.3 generated; aircraft per main base.");
var SU_MOBILE = notional(A, "Road-mobile SS-25 regiments of nine in garrison, soft (10 psi); 0.25 dispersed day-to-day, 0.8 generated.");
var SU_RAIL = notional(A, "Rail-mobile SS-24: three launchers per train, mostly in garrison: 0.1 day-to-day, 0.6 generated; soft (10 psi).");
var mou = (note) => restate(MOU, "published", note);
var bg = (note) => background(A, note);
var attributed = (note) => restate(MOU, "derived", `Capacity taken as the START I attribution (accountable warheads \xF7 deployed): ${note}`);
var MM3_RANGE = bg("Minuteman III range ~13,000 km.");
var US_FORCES = [
  {
    id: "mm2",
    name: "Minuteman II (W56)",
    category: "icbm-silo",
    launchers: { deployed: 450 },
    warheadsPerLauncher: 1,
    yieldKt: 1200,
    cepM: 481,
    reliability: 0.8,
    rangeKm: 11300,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 800 },
    source: mou("450 deployed, 450 warheads."),
    fieldSources: {
      rangeKm: bg("Minuteman II range ~11,300 km."),
      yieldKt: bg("W56 ~1.2 Mt."),
      cepM: restate(SUH_2022, "published", "Suh: 366\u2013610 m, also 481."),
      reliability: REL,
      basing: US_SILO,
      treaty: TW
    }
  },
  {
    id: "mm3-w62",
    name: "Minuteman III, Mk12 / W62",
    category: "icbm-silo",
    launchers: { deployed: 200 },
    warheadsPerLauncher: 3,
    maxWarheadsPerLauncher: 3,
    yieldKt: 170,
    cepM: MM3_CEP_M.mk12,
    reliability: 0.8,
    rangeKm: 13e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 1150 },
    source: mou("500 Minuteman III, 1,500 warheads; the 200 (W62) / 300 (W78) split is our estimate."),
    fieldSources: {
      rangeKm: MM3_RANGE,
      maxWarheadsPerLauncher: attributed("1,500 / 500 Minuteman III = 3."),
      yieldKt: SUH_2022,
      cepM: mm3CepSource("mk12"),
      reliability: REL,
      basing: US_SILO,
      treaty: TW
    }
  },
  {
    id: "mm3-w78",
    name: "Minuteman III, Mk12A / W78",
    category: "icbm-silo",
    launchers: { deployed: 300 },
    warheadsPerLauncher: 3,
    maxWarheadsPerLauncher: 3,
    yieldKt: 335,
    cepM: MM3_CEP_M.mk12a,
    reliability: 0.8,
    rangeKm: 13e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 1150 },
    source: mou("Part of the 500 Minuteman III (split estimated)."),
    fieldSources: {
      rangeKm: MM3_RANGE,
      maxWarheadsPerLauncher: attributed("1,500 / 500 Minuteman III = 3."),
      yieldKt: SUH_2022,
      cepM: mm3CepSource("mk12a"),
      reliability: REL,
      basing: US_SILO,
      treaty: TW
    }
  },
  {
    id: "peacekeeper",
    name: "Peacekeeper (MX), W87",
    category: "icbm-silo",
    launchers: { deployed: 50 },
    warheadsPerLauncher: 10,
    maxWarheadsPerLauncher: 10,
    yieldKt: 300,
    cepM: 90,
    reliability: 0.85,
    rangeKm: 11e3,
    basing: { hardnessPsi: 2e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 3950 },
    source: mou("50 deployed, 500 warheads."),
    fieldSources: {
      rangeKm: bg("Peacekeeper range ~11,000 km."),
      maxWarheadsPerLauncher: attributed("500 / 50 = 10."),
      yieldKt: SUH_2022,
      cepM: restate(SUH_2022, "published", "Suh: 90 m, also 111."),
      reliability: notional(A, "Reliability 0.85 for the newest ICBM; no public figure."),
      basing: restate(US_SILO, "notional", "Deployed in converted Minuteman silos."),
      treaty: TW
    }
  },
  {
    id: "poseidon-c3",
    name: "Poseidon C3 (W68)",
    category: "slbm",
    launchers: { deployed: 192 },
    warheadsPerLauncher: 10,
    maxWarheadsPerLauncher: 14,
    yieldKt: 50,
    cepM: 457,
    reliability: 0.8,
    rangeKm: 4600,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.6, generated: 0.9 } },
    treaty: { throwWeightKg: 2e3 },
    source: mou("192 deployed, 1,920 warheads."),
    fieldSources: {
      maxWarheadsPerLauncher: bg("Poseidon C3 up to 14 RVs; START I attributed 10."),
      yieldKt: SUH_2022,
      cepM: SUH_2022,
      rangeKm: bg("~4,600 km."),
      reliability: REL,
      basing: US_SSBN,
      treaty: TW
    }
  },
  {
    id: "trident-i-c4",
    name: "Trident I C4 (W76)",
    category: "slbm",
    launchers: { deployed: 384 },
    warheadsPerLauncher: 8,
    maxWarheadsPerLauncher: 8,
    yieldKt: 100,
    cepM: 457,
    reliability: 0.8,
    rangeKm: 7400,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.6, generated: 0.9 } },
    treaty: { throwWeightKg: 1500 },
    source: mou("384 deployed, 3,072 warheads."),
    fieldSources: {
      maxWarheadsPerLauncher: attributed("3,072 / 384 = 8."),
      yieldKt: SUH_2022,
      cepM: SUH_2022,
      rangeKm: bg("~7,400 km."),
      reliability: REL,
      basing: US_SSBN,
      treaty: TW
    }
  },
  {
    id: "trident-ii-d5",
    name: "Trident II D5 (W76/W88)",
    category: "slbm",
    launchers: { deployed: 96 },
    warheadsPerLauncher: 8,
    maxWarheadsPerLauncher: 8,
    yieldKt: 100,
    cepM: 90,
    reliability: 0.85,
    rangeKm: 12e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 24, survivableFraction: { dayToDay: 0.6, generated: 0.9 } },
    treaty: { throwWeightKg: 2800 },
    source: mou("96 deployed, 768 warheads."),
    fieldSources: {
      rangeKm: bg("Trident II D5 range ~12,000 km."),
      maxWarheadsPerLauncher: attributed("768 / 96 = 8."),
      yieldKt: restate(SUH_2022, "estimate", "W76 (100 kt) used as planning yield; early D5 boats also carried the W88 (455 kt)."),
      cepM: SUH_2022,
      reliability: notional(A, "0.85 placeholder."),
      basing: restate(US_SSBN, "notional", "Ohio-class: 24 tubes per boat."),
      treaty: TW
    }
  },
  {
    id: "b52-alcm",
    name: "B-52G/H equipped for ALCMs (W80-1)",
    category: "bomber",
    launchers: { deployed: 189 },
    warheadsPerLauncher: 12,
    maxWarheadsPerLauncher: 20,
    yieldKt: 150,
    cepM: 30,
    reliability: 0.75,
    rangeKm: 14e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.3, generated: 0.75 } },
    treaty: { nuclearEquipped: true, alcmEquipped: true, attributedWarheads: 1968 / 189 },
    source: mou("189 deployed, 1,968 accountable warheads: START I attributes 10 to each of the first 150 ALCM bombers and the equipped number (12) to the other 39 (150 \xD7 10 + 39 \xD7 12 = 1,968); attributedWarheads is the average 1,968/189."),
    fieldSources: {
      maxWarheadsPerLauncher: bg("B-52H up to 20 ALCMs (8 internal, 12 on pylons); B-52G 12 on pylons."),
      warheadsPerLauncher: notional(A, "Physical load 12 (B-52G external ALCMs; B-52H up to 20 with ALCMs, SRAMs and bombs)."),
      yieldKt: SUH_2022,
      cepM: restate(SUH_2022, "estimate", "Upper end of Suh's ALCM 10\u201330.5 m."),
      rangeKm: bg("B-52 unrefueled range ~14,000 km; ALCM adds ~2,500 km stand-off."),
      reliability: REL_BOMBER,
      basing: US_BOMBER
    }
  },
  {
    id: "b52-non-alcm",
    name: "B-52 not equipped for ALCMs (gravity bombs, SRAM)",
    category: "bomber",
    launchers: { deployed: 290 },
    warheadsPerLauncher: 4,
    maxWarheadsPerLauncher: 12,
    yieldKt: 1e3,
    cepM: 150,
    reliability: 0.75,
    rangeKm: 14e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.3, generated: 0.75 } },
    treaty: { nuclearEquipped: true, alcmEquipped: false, attributedWarheads: 1 },
    source: mou("290 deployed, 290 accountable warheads (1 each)."),
    fieldSources: {
      rangeKm: bg("B-52 unrefueled range ~14,000 km."),
      maxWarheadsPerLauncher: bg("Penetrating B-52G/H: up to ~12 bombs and SRAMs."),
      warheadsPerLauncher: notional(A, "4: the 290 include many aircraft held in storage but still accountable; operational penetrating B-52Gs carried 8\u201312 bombs/SRAMs."),
      yieldKt: restate(SUH_2022, "estimate", "B83 (1 Mt) as planning yield for the bomb mix."),
      cepM: restate(SUH_2022, "estimate", "Within Suh's 130\u2013185 m for B-52 gravity bombs (1987)."),
      reliability: REL_BOMBER,
      basing: US_BOMBER
    }
  },
  {
    id: "b1b",
    name: "B-1B (gravity bombs, SRAM)",
    category: "bomber",
    launchers: { deployed: 95 },
    warheadsPerLauncher: 12,
    maxWarheadsPerLauncher: 24,
    yieldKt: 360,
    cepM: 150,
    reliability: 0.75,
    rangeKm: 12e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.3, generated: 0.75 } },
    treaty: { nuclearEquipped: true, alcmEquipped: false, attributedWarheads: 1 },
    source: mou("95 deployed, 95 accountable warheads (1 each)."),
    fieldSources: {
      maxWarheadsPerLauncher: bg("B-1B: up to 24 bombs/SRAMs on internal rotary launchers."),
      warheadsPerLauncher: notional(A, "12 bombs/SRAMs per sortie (up to 24)."),
      yieldKt: restate(SUH_2022, "estimate", "B61-7 (360 kt) as planning yield."),
      cepM: restate(SUH_2022, "estimate", "Within Suh's 130\u2013185 m for gravity bombs (1987)."),
      rangeKm: bg("B-1B range ~12,000 km."),
      reliability: REL_BOMBER,
      basing: US_BOMBER
    }
  }
];
var SU_FORCES = [
  {
    id: "ss-11",
    name: "SS-11 (UR-100)",
    category: "icbm-silo",
    launchers: { deployed: 326 },
    warheadsPerLauncher: 1,
    yieldKt: 1100,
    cepM: 1100,
    reliability: 0.75,
    rangeKm: 10600,
    basing: { hardnessPsi: 1e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 1200 },
    source: mou("326 deployed, 326 warheads."),
    fieldSources: {
      rangeKm: bg("SS-11 range ~10,600 km (Mod 2)."),
      yieldKt: bg("~1.1 Mt (Mod 2)."),
      cepM: notional(A, "Not in Suh's tables; ~1,100 m placeholder for a 1960s\u201370s ICBM."),
      reliability: notional(A, "0.75 for the oldest types."),
      basing: SU_OLD_SILO,
      treaty: TW
    }
  },
  {
    id: "ss-13",
    name: "SS-13 (RT-2)",
    category: "icbm-silo",
    launchers: { deployed: 40 },
    warheadsPerLauncher: 1,
    yieldKt: 750,
    cepM: 1500,
    reliability: 0.75,
    rangeKm: 9500,
    basing: { hardnessPsi: 1e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 600 },
    source: mou("40 deployed, 40 warheads."),
    fieldSources: {
      rangeKm: bg("SS-13 range ~9,500 km."),
      yieldKt: bg("~600\u2013750 kt."),
      cepM: notional(A, "Not in Suh's tables; 1,500 m placeholder."),
      reliability: notional(A, "0.75 for the oldest types."),
      basing: SU_OLD_SILO,
      treaty: TW
    }
  },
  {
    id: "ss-17",
    name: "SS-17 Mod 3 (MR-UR-100)",
    category: "icbm-silo",
    launchers: { deployed: 47 },
    warheadsPerLauncher: 4,
    maxWarheadsPerLauncher: 4,
    yieldKt: 750,
    cepM: 400,
    reliability: 0.8,
    rangeKm: 1e4,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 2550 },
    source: mou("47 deployed, 188 warheads."),
    fieldSources: {
      rangeKm: bg("SS-17 range ~10,000 km."),
      maxWarheadsPerLauncher: attributed("188 / 47 = 4."),
      yieldKt: bg("4 \xD7 500\u2013750 kt."),
      cepM: restate(SUH_2022, "published", "Suh: SS-17 M3 350\u2013430 m, also 400."),
      reliability: REL,
      basing: SU_SILO,
      treaty: TW
    }
  },
  {
    id: "ss-18",
    name: "SS-18 Mod 4/5 (R-36M/R-36M2)",
    category: "icbm-silo",
    launchers: { deployed: 308 },
    warheadsPerLauncher: 10,
    maxWarheadsPerLauncher: 10,
    yieldKt: 550,
    yieldOptionsKt: [550, 750],
    cepM: 220,
    reliability: 0.8,
    rangeKm: 11e3,
    basing: { hardnessPsi: 5e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { heavyIcbm: true, throwWeightKg: 8800 },
    source: mou("308 deployed heavy ICBMs, 3,080 warheads (START I ceiling: 154 heavy ICBMs, 1,540 warheads)."),
    fieldSources: {
      yieldOptionsKt: bg("Mod 4 ~550 kt, Mod 5 ~750 kt per RV."),
      rangeKm: bg("SS-18 range ~11,000 km."),
      maxWarheadsPerLauncher: attributed("3,080 / 308 = 10."),
      yieldKt: bg("Mod 4: 10 \xD7 ~550 kt; Mod 5: 10 \xD7 ~750 kt."),
      cepM: restate(SUH_2022, "published", "Suh: SS-18 M4 190\u2013260 m (also 370), M5 220 m."),
      reliability: REL,
      basing: SU_HEAVY,
      treaty: TW
    }
  },
  {
    id: "ss-19",
    name: "SS-19 Mod 3 (UR-100N UTTH)",
    category: "icbm-silo",
    launchers: { deployed: 300 },
    warheadsPerLauncher: 6,
    maxWarheadsPerLauncher: 6,
    yieldKt: 550,
    cepM: 390,
    reliability: 0.8,
    rangeKm: 1e4,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 4350 },
    source: mou("300 deployed, 1,800 warheads."),
    fieldSources: {
      rangeKm: bg("SS-19 range ~10,000 km."),
      maxWarheadsPerLauncher: attributed("1,800 / 300 = 6."),
      yieldKt: bg("6 \xD7 ~550 kt."),
      cepM: restate(SUH_2022, "derived", "Midpoint of Suh's SS-19 M3 350\u2013430 m."),
      reliability: REL,
      basing: SU_SILO,
      treaty: TW
    }
  },
  {
    id: "ss-24-silo",
    name: "SS-24 (RT-23 UTTH), silo",
    category: "icbm-silo",
    launchers: { deployed: 56 },
    warheadsPerLauncher: 10,
    maxWarheadsPerLauncher: 10,
    yieldKt: 550,
    cepM: 210,
    reliability: 0.8,
    rangeKm: 1e4,
    basing: { hardnessPsi: 3e3, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { throwWeightKg: 4050 },
    source: mou("56 deployed, 560 warheads."),
    fieldSources: {
      rangeKm: bg("SS-24 range ~10,000 km."),
      maxWarheadsPerLauncher: attributed("560 / 56 = 10."),
      yieldKt: bg("10 \xD7 300\u2013550 kt."),
      cepM: restate(SUH_2022, "derived", "Midpoint of Suh's SS-24 200\u2013220 m."),
      reliability: REL,
      basing: SU_SILO,
      treaty: TW
    }
  },
  {
    id: "ss-24-rail",
    name: "SS-24 (RT-23 UTTH), rail-mobile",
    category: "icbm-mobile",
    launchers: { deployed: 33 },
    warheadsPerLauncher: 10,
    maxWarheadsPerLauncher: 10,
    yieldKt: 550,
    cepM: 210,
    reliability: 0.8,
    rangeKm: 1e4,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 3, survivableFraction: { dayToDay: 0.1, generated: 0.6 } },
    treaty: { throwWeightKg: 4050 },
    source: mou("33 deployed (mobile), 330 warheads."),
    fieldSources: {
      rangeKm: bg("SS-24 range ~10,000 km."),
      maxWarheadsPerLauncher: attributed("330 / 33 = 10."),
      yieldKt: bg("10 \xD7 300\u2013550 kt."),
      cepM: restate(SUH_2022, "derived", "Midpoint of Suh's SS-24 200\u2013220 m."),
      reliability: REL,
      basing: SU_RAIL,
      treaty: TW
    }
  },
  {
    id: "ss-25",
    name: "SS-25 (RT-2PM Topol), road-mobile",
    category: "icbm-mobile",
    launchers: { deployed: 288 },
    warheadsPerLauncher: 1,
    yieldKt: 550,
    cepM: 391,
    reliability: 0.8,
    rangeKm: 10500,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 9, survivableFraction: { dayToDay: 0.25, generated: 0.8 } },
    treaty: { throwWeightKg: 1e3 },
    source: mou("288 deployed (mobile), 288 warheads."),
    fieldSources: {
      rangeKm: bg("SS-25 range ~10,500 km."),
      yieldKt: bg("550 kt (Russian press, Sputnik 2015)."),
      cepM: restate(SUH_2022, "published", "Suh: SS-25 200\u2013430 m, also 391."),
      reliability: REL,
      basing: SU_MOBILE,
      treaty: TW
    }
  },
  {
    id: "ss-n-6",
    name: "SS-N-6 (R-27) on Yankee I SSBNs",
    category: "slbm",
    launchers: { deployed: 192 },
    warheadsPerLauncher: 1,
    yieldKt: 1e3,
    cepM: 1300,
    reliability: 0.75,
    rangeKm: 3e3,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.2, generated: 0.7 } },
    treaty: { throwWeightKg: 650 },
    source: mou("192 deployed, 192 warheads."),
    fieldSources: {
      yieldKt: bg("~1 Mt (Mod 1); Mod 3 carried MRVs counted as one."),
      cepM: notional(A, "Not in Suh's tables; 1,300 m placeholder."),
      rangeKm: bg("~2,400\u20133,000 km: reaches the US only from patrol areas off the coast."),
      reliability: notional(A, "0.75 for the oldest types."),
      basing: SU_SSBN,
      treaty: TW
    }
  },
  {
    id: "ss-n-8",
    name: "SS-N-8 (R-29) on Delta I/II SSBNs",
    category: "slbm",
    launchers: { deployed: 280 },
    warheadsPerLauncher: 1,
    yieldKt: 1e3,
    cepM: 1300,
    reliability: 0.8,
    rangeKm: 7800,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 12, survivableFraction: { dayToDay: 0.2, generated: 0.7 } },
    treaty: { throwWeightKg: 1100 },
    source: mou("280 deployed, 280 warheads."),
    fieldSources: {
      rangeKm: bg("SS-N-8 range ~7,800 km."),
      yieldKt: bg("~0.8\u20131.5 Mt."),
      cepM: notional(A, "Not in Suh's tables; 1,300 m placeholder."),
      reliability: REL,
      basing: restate(SU_SSBN, "notional", "Delta I boats carry 12 tubes."),
      treaty: TW
    }
  },
  {
    id: "ss-n-17",
    name: "SS-N-17 (R-31) on the Yankee II SSBN",
    category: "slbm",
    launchers: { deployed: 12 },
    warheadsPerLauncher: 1,
    yieldKt: 500,
    cepM: 1400,
    reliability: 0.75,
    rangeKm: 3900,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 12, survivableFraction: { dayToDay: 0.2, generated: 0.7 } },
    treaty: { throwWeightKg: 450 },
    source: mou("12 deployed, 12 warheads."),
    fieldSources: {
      rangeKm: bg("SS-N-17 range ~3,900 km."),
      yieldKt: bg("~500 kt."),
      cepM: notional(A, "Not in Suh's tables; 1,400 m placeholder."),
      reliability: notional(A, "0.75 for a single-boat system."),
      basing: SU_SSBN,
      treaty: TW
    }
  },
  {
    id: "ss-n-18",
    name: "SS-N-18 (R-29R) on Delta III SSBNs",
    category: "slbm",
    launchers: { deployed: 224 },
    warheadsPerLauncher: 3,
    maxWarheadsPerLauncher: 7,
    yieldKt: 200,
    cepM: 900,
    reliability: 0.8,
    rangeKm: 6500,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.2, generated: 0.7 } },
    treaty: { throwWeightKg: 1650, attributedWarheads: 3 },
    source: mou("224 deployed, 672 warheads: 3 attributed each under the downloading provisions."),
    fieldSources: {
      rangeKm: bg("SS-N-18 range ~6,500 km."),
      maxWarheadsPerLauncher: bg("SS-N-18 Mod 3 up to 7 RVs; START I attributes 3 (downloading provisions)."),
      warheadsPerLauncher: restate(MOU, "estimate", "Load taken equal to the START I attribution (3); the Mod 3 could carry up to 7 RVs, so the physical load may have been higher."),
      yieldKt: bg("~200 kt (Mod 1) / ~100 kt (Mod 3)."),
      cepM: restate(SUH_2022, "published", "Lower end of Suh's 900\u20131,400 m."),
      reliability: REL,
      basing: SU_SSBN,
      treaty: TW
    }
  },
  {
    id: "ss-n-20",
    name: "SS-N-20 (R-39) on Typhoon SSBNs",
    category: "slbm",
    launchers: { deployed: 120 },
    warheadsPerLauncher: 10,
    maxWarheadsPerLauncher: 10,
    yieldKt: 100,
    cepM: 600,
    reliability: 0.8,
    rangeKm: 8300,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 20, survivableFraction: { dayToDay: 0.2, generated: 0.7 } },
    treaty: { throwWeightKg: 2550 },
    source: mou("120 deployed, 1,200 warheads."),
    fieldSources: {
      rangeKm: bg("SS-N-20 range ~8,300 km."),
      maxWarheadsPerLauncher: attributed("1,200 / 120 = 10."),
      yieldKt: bg("10 \xD7 ~100\u2013200 kt."),
      cepM: SUH_2022,
      reliability: REL,
      basing: restate(SU_SSBN, "notional", "Typhoon: 20 tubes per boat."),
      treaty: TW
    }
  },
  {
    id: "ss-n-23",
    name: "SS-N-23 (R-29RM) on Delta IV SSBNs",
    category: "slbm",
    launchers: { deployed: 112 },
    warheadsPerLauncher: 4,
    maxWarheadsPerLauncher: 4,
    yieldKt: 100,
    cepM: 500,
    reliability: 0.8,
    rangeKm: 8300,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 16, survivableFraction: { dayToDay: 0.2, generated: 0.7 } },
    treaty: { throwWeightKg: 2800 },
    source: mou("112 deployed, 448 warheads."),
    fieldSources: {
      yieldKt: bg("4 \xD7 ~100 kt."),
      cepM: SUH_2022,
      reliability: REL,
      basing: SU_SSBN,
      treaty: TW,
      rangeKm: bg("SS-N-23 range ~8,300 km."),
      maxWarheadsPerLauncher: attributed("448 / 112 = 4.")
    }
  },
  {
    id: "bear-h-alcm",
    name: "Tu-95MS Bear-H with AS-15 ALCMs",
    category: "bomber",
    launchers: { deployed: 84 },
    warheadsPerLauncher: 8,
    maxWarheadsPerLauncher: 16,
    yieldKt: 200,
    cepM: 25,
    reliability: 0.75,
    rangeKm: 15e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 21, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { nuclearEquipped: true, alcmEquipped: true, attributedWarheads: 8 },
    source: mou("84 deployed, 672 accountable warheads (8 each under START I)."),
    fieldSources: {
      rangeKm: bg("Tu-95MS range ~15,000 km; the AS-15 (~2,500 km) adds stand-off."),
      maxWarheadsPerLauncher: bg("Bear-H16 up to 16 AS-15 (6 internal, 10 external); Bear-H6 carries 6."),
      warheadsPerLauncher: notional(A, "Physical load taken equal to the attribution (Bear-H6 carries 6, Bear-H16 up to 16)."),
      yieldKt: bg("AS-15 ~200 kt."),
      cepM: restate(SUH_2022, "published", "Suh: AS-15 25 m."),
      reliability: REL_BOMBER,
      basing: SU_BOMBER
    }
  },
  {
    id: "bear-non-alcm",
    name: "Tu-95 Bear (non-ALCM: bombs, AS-3/AS-4)",
    category: "bomber",
    launchers: { deployed: 63 },
    warheadsPerLauncher: 2,
    maxWarheadsPerLauncher: 4,
    yieldKt: 1e3,
    cepM: 300,
    reliability: 0.7,
    rangeKm: 15e3,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 21, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { nuclearEquipped: true, alcmEquipped: false, attributedWarheads: 1 },
    source: mou("63 deployed, 63 accountable warheads (1 each)."),
    fieldSources: {
      rangeKm: bg("Tu-95 range ~15,000 km."),
      maxWarheadsPerLauncher: notional(A, "Up to 4 bombs or AS-3/AS-4 missiles per aircraft: placeholder."),
      warheadsPerLauncher: notional(A, "2 weapons per aircraft placeholder."),
      yieldKt: notional(A, "1 Mt placeholder for bombs/older missiles."),
      cepM: notional(A, "300 m placeholder."),
      reliability: notional(A, "0.7: old penetrating bombers."),
      basing: SU_BOMBER
    }
  },
  {
    id: "blackjack",
    name: "Tu-160 Blackjack with AS-15 ALCMs",
    category: "bomber",
    launchers: { deployed: 15 },
    warheadsPerLauncher: 12,
    maxWarheadsPerLauncher: 12,
    yieldKt: 200,
    cepM: 25,
    reliability: 0.75,
    rangeKm: 12300,
    basing: { hardnessPsi: 5, launchersPerAimPoint: 15, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { nuclearEquipped: true, alcmEquipped: true, attributedWarheads: 8 },
    source: mou("15 deployed, 120 accountable warheads (8 each under START I)."),
    fieldSources: {
      rangeKm: bg("Tu-160 range ~12,300 km."),
      maxWarheadsPerLauncher: bg("Tu-160: 12 ALCMs on two internal rotary launchers."),
      warheadsPerLauncher: bg("Tu-160 internal load of 12 ALCMs."),
      yieldKt: bg("AS-15 ~200 kt."),
      cepM: restate(SUH_2022, "published", "Suh: AS-15 25 m."),
      reliability: REL_BOMBER,
      basing: SU_BOMBER
    }
  }
];
var US_1990 = {
  id: "us",
  name: "United States",
  posture: "dayToDay",
  forces: US_FORCES,
  defenses: [],
  value: defaultValue(A),
  generation: GENERATION_US_RU
};
var SU_1990 = {
  id: "ru",
  name: "Soviet Union",
  posture: "dayToDay",
  forces: SU_FORCES,
  defenses: [
    {
      id: "moscow-abm",
      name: "Moscow ABM system (A-35M / A-135 transition)",
      interceptors: 100,
      pk: 0.5,
      tracking: 0.7,
      doctrine: { type: "barrage", shots: 1 },
      engages: ["ballistic"],
      covers: ["value"],
      source: notional(A, "ABM Treaty ceiling of 100 interceptors at one site (1974 Protocol) used as the inventory; the actual 1990 count during the A-135 transition is not in the sources read. pk and tracking are placeholders."),
      notes: "Protects the Moscow region only."
    }
  ],
  value: defaultValue(A),
  generation: GENERATION_US_RU
};
var START1_1990 = {
  schemaVersion: 1,
  id: "start1-1990",
  name: "START I data base, 1 Sep 1990 (US and USSR)",
  description: "Deployed strategic forces in the START I Memorandum of Understanding (1 Sep 1990): US 2,246 delivery vehicles / 10,563 accountable warheads, USSR 2,500 / 10,271; with Suh's CEP and yield parameters.",
  asOf: A,
  parties: [US_1990, SU_1990],
  distancesKm: DISTANCE_US_RU,
  notes: "Accountable strategic forces only; non-strategic and conventional forces are not included. Bomber loads are physical estimates; START I attributions are in treaty.attributedWarheads."
};

export {
  US_1990,
  SU_1990,
  START1_1990
};
