import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  US_RUSSIA_CHINA_2035
} from "./chunk-6N5FZQWW.js";
import {
  US_RUSSIA_CHINA_2026
} from "./chunk-BTSYSKZD.js";
import {
  NEW_START_2020_09
} from "./chunk-AFHUO6GM.js";
import {
  START1_1990
} from "./chunk-QSAFBHGA.js";
import {
  PLACE_TABLE_COUNTRIES,
  withGeography
} from "./chunk-VFJJYWYL.js";
import {
  table as table13
} from "./chunk-E2RVYJI7.js";
import {
  table as table14
} from "./chunk-YJ2BOZGL.js";
import {
  table as table15
} from "./chunk-7QWLCKED.js";
import {
  table as table16
} from "./chunk-2R2QFW4W.js";
import {
  table as table17
} from "./chunk-SJQYRQDR.js";
import {
  table as table18
} from "./chunk-SLYOZQH6.js";
import {
  table as table19
} from "./chunk-NYQCOKSK.js";
import {
  US_RUSSIA_2026
} from "./chunk-KH3G6G5M.js";
import {
  ATOMICARCHIVE_US,
  DARK_EAGLE_2026,
  FAS_CN_2025,
  FAS_RU_2022_KUETT,
  JAPAN_DWP_2025,
  START_MOU_1990,
  SUH_2022,
  background,
  notional,
  restate
} from "./chunk-NQBOJXVP.js";
import {
  table as table5
} from "./chunk-YADZZQJS.js";
import {
  table as table6
} from "./chunk-GM6B6TUQ.js";
import {
  table as table7
} from "./chunk-AUD5JZRV.js";
import {
  table as table8
} from "./chunk-RRP66DYV.js";
import {
  table as table9
} from "./chunk-K6R4XSAA.js";
import {
  table as table10
} from "./chunk-VTZTK2HB.js";
import {
  table as table11
} from "./chunk-PXX2UYWN.js";
import {
  table as table12
} from "./chunk-4LN6R5KY.js";
import {
  getOwn,
  parseScenario,
  registerPlaceTables
} from "./chunk-GM5MLEME.js";
import {
  table
} from "./chunk-HHSNIQSI.js";
import {
  table as table2
} from "./chunk-GBSWOPFD.js";
import {
  table as table3
} from "./chunk-SYM3FMUH.js";
import {
  table as table4
} from "./chunk-WSDFJJWY.js";

// packages/data/dist/geo/place-tables.js
var tables;
function placeTable(iso2) {
  tables ??= new Map([
    table,
    table2,
    table3,
    table4,
    table5,
    table6,
    table7,
    table8,
    table9,
    table10,
    table11,
    table12,
    table13,
    table14,
    table15,
    table16,
    table17,
    table18,
    table19
  ].map((t) => [t.country, t]));
  return tables.get(iso2.toUpperCase());
}

// packages/data/dist/population-registry.js
function registerEmbeddedPlaceTables() {
  registerPlaceTables(PLACE_TABLE_COUNTRIES.map((c) => placeTable(c)).filter((t) => t !== void 0));
}
registerEmbeddedPlaceTables();

// packages/data/dist/presets/index.js
var WRITTEN = Object.fromEntries([US_RUSSIA_2026, US_RUSSIA_CHINA_2026, US_RUSSIA_CHINA_2035, NEW_START_2020_09, START1_1990].map((p) => [p.id, p]));
var withSites = /* @__PURE__ */ new Map();
function preset(id) {
  const written = getOwn(WRITTEN, id);
  if (!written)
    return void 0;
  let p = withSites.get(id);
  if (!p)
    withSites.set(id, p = withGeography(written));
  return p;
}
function getPreset(id) {
  const p = preset(id);
  if (!p)
    throw new Error(`unknown preset "${id}"; known: ${Object.keys(WRITTEN).join(", ")}`);
  return parseScenario(p);
}

// packages/data/dist/treaty-data/new-start-aggregates.js
var row = (date, party, values, source, confidence, note) => {
  const [deployedLaunchers, warheads, totalLaunchers] = values;
  return {
    date,
    party,
    ...deployedLaunchers !== void 0 ? { deployedLaunchers } : {},
    ...warheads !== void 0 ? { warheads } : {},
    ...totalLaunchers !== void 0 ? { totalLaunchers } : {},
    source,
    confidence,
    ...note !== void 0 ? { note } : {}
  };
};
var U = void 0;
var AFM_2011 = "Air Force Magazine, 2 Jun 2011 (State Dept fact sheet)";
var SEP_2011 = "Defense Daily; SIPRI Yearbook 2012 (US: 697 missiles + 125 heavy bombers = 822)";
var MAR_2012 = "InsideDefense, 'Nuke Numbers', 9 Apr 2012 (State Dept statement released 6 Apr 2012; the 1 Mar 2012 exchange)";
var MAR_2013 = "NTI Global Security Newswire, 'U.S. Spells Out Strategic Platform Levels Under New START' (2013); US launcher total from Air Force Magazine, 'Going Up Before Down' (previous-exchange figures)";
var SEP_2013 = "Air Force Magazine Daily Report, 'Going Up Before Down' (State Dept fact sheet dated 1 Oct; data as of 1 Sep)";
var MAR_2014 = "airandspaceforces.com, 'State Releases Updated New START Numbers'";
var MAR_2014_TOTALS = "Air Force Magazine Daily Report, 'Shifting Towards Equilibrium' (State Dept fact sheet of 1 Apr; data as of 1 Mar)";
var SEP_2014 = "Air Force Magazine Daily Report, 'Snapshot of the Strategic Missile and Bomber Force', 6 Jan 2015 (State Dept release of 1 Jan 2015; data as of 1 Sep 2014)";
var SEP_2021 = "Arms Control Today, 'Russia, U.S. Adhere to New START Limits', December 2021 (data as of 1 Sep 2021)";
var MAR_2015 = "InsideDefense, Apr 2015; ExchangeMonitor, 16 Oct 2015";
var SEP_2015 = "ExchangeMonitor, 16 Oct 2015";
var DD_PREV = "Defense Daily (values given as 'previous' in the report on the next exchange)";
var DD_2017 = "Defense Daily (US: 405 Minuteman III + 220 Trident II + 48 heavy bombers = 673)";
var EXM = "ExchangeMonitor";
var FEB_2018 = "Valdai Club; Russian MFA statement";
var RM_2019 = "Russia Matters, 3 Apr 2019";
var SEP_2019 = "ExchangeMonitor; russianforces.org";
var MAR_2020 = "russianforces.org";
var STATE_2020 = "US State Dept fact sheet, 1 Dec 2020";
var MAR_2021 = "Russian MFA via Xinhua";
var MAR_2022 = "Russian MFA (mid.ru/en/foreign_policy/international_safety/1808707)";
var MAR_2023 = "US State Dept, May 2023 (US data only; Russia provided none)";
var YEAR_INFERRED = "Year inferred: the numbers are as published, the year of the exchange was inferred from context.";
var NEW_START_AGGREGATES = [
  row("2011-02-05", "us", [882, 1800, 1124], AFM_2011, "published", "Baseline at entry into force."),
  row("2011-02-05", "ru", [521, 1537, 865], AFM_2011, "published", "Baseline at entry into force."),
  row("2011-09-01", "us", [822, 1790, 1043], SEP_2011, "published"),
  row("2011-09-01", "ru", [516, 1566, 871], SEP_2011, "published"),
  row("2012-03-01", "us", [812, 1737, 1040], MAR_2012, "published", "The report gives the release date; the data date (1 Mar) follows from the biannual cycle."),
  row("2012-03-01", "ru", [494, 1492, 881], MAR_2012, "published", "The report gives the release date; the data date (1 Mar) follows from the biannual cycle."),
  row("2013-03-01", "us", [792, 1654, 1028], MAR_2013, "derived", `${YEAR_INFERRED} NTI cites Obama's invitation "last month" to talks on about 1,000 warheads (Berlin, June 2013).`),
  row("2013-03-01", "ru", [492, 1480, U], MAR_2013, "derived", `${YEAR_INFERRED} Launcher total not entered: only implied (900) by the Sep 2013 report's change of \u22126 to 894.`),
  row("2013-09-01", "us", [809, 1688, 1015], SEP_2013, "derived", `${YEAR_INFERRED} The report's previous-exchange figures (792, 1,654, 1,028) are the 1 Mar 2013 ones.`),
  row("2013-09-01", "ru", [473, 1400, 894], SEP_2013, "derived", `${YEAR_INFERRED} The report's previous-exchange figures (492, 1,480) are the 1 Mar 2013 ones.`),
  row("2014-03-01", "us", [778, 1585, 952], `${MAR_2014}; launcher total: ${MAR_2014_TOTALS}`, "derived", YEAR_INFERRED),
  row("2014-03-01", "ru", [498, 1512, 906], `${MAR_2014}; launcher total: ${MAR_2014_TOTALS}`, "derived", YEAR_INFERRED),
  row("2014-09-01", "us", [794, 1642, 912], SEP_2014, "published", "Warheads agree with the 1 Mar 2015 difference (1,597 + 45, InsideDefense 6 Apr 2015). The report labels 912 'non-deployed launchers'; it is the deployed-and-non-deployed total."),
  row("2014-09-01", "ru", [528, 1643, 911], SEP_2014, "published", "Warheads agree with the 1 Mar 2015 difference (1,582 + 61, InsideDefense 6 Apr 2015)."),
  row("2015-03-01", "us", [785, 1597, 898], MAR_2015, "published"),
  row("2015-03-01", "ru", [515, 1582, 890], MAR_2015, "published"),
  row("2015-09-01", "us", [762, 1538, 898], SEP_2015, "published", "Above the 800 launcher limit, which bound only from 5 Feb 2018."),
  row("2015-09-01", "ru", [526, 1648, 877], SEP_2015, "published"),
  row("2016-09-01", "us", [681, 1367, 848], DD_PREV, "derived", YEAR_INFERRED),
  row("2016-09-01", "ru", [508, 1796, 847], DD_PREV, "derived", YEAR_INFERRED),
  row("2017-03-01", "us", [673, 1411, 820], DD_2017, "derived", YEAR_INFERRED),
  row("2017-03-01", "ru", [523, 1765, 816], DD_2017, "derived", YEAR_INFERRED),
  row("2017-09-01", "us", [660, 1393, 800], EXM, "published"),
  row("2017-09-01", "ru", [501, 1561, 790], EXM, "published", "11 above the 1,550 warhead limit, which bound only from 5 Feb 2018."),
  row("2018-02-05", "us", [652, 1350, U], FEB_2018, "published", "Date the central limits became binding."),
  row("2018-02-05", "ru", [527, 1444, 779], FEB_2018, "published", "Date the central limits became binding."),
  row("2018-09-01", "us", [659, 1398, 800], EXM, "published"),
  row("2018-09-01", "ru", [517, 1420, 775], EXM, "published"),
  row("2019-03-01", "us", [656, 1365, 800], RM_2019, "published"),
  row("2019-03-01", "ru", [524, 1461, 760], RM_2019, "published"),
  row("2019-09-01", "us", [668, 1376, 800], SEP_2019, "published"),
  row("2019-09-01", "ru", [513, 1426, 757], SEP_2019, "published"),
  row("2020-03-01", "us", [655, 1373, 800], MAR_2020, "published"),
  row("2020-03-01", "ru", [485, 1326, 754], MAR_2020, "published"),
  row("2020-09-01", "us", [675, 1457, 800], STATE_2020, "published", "Breakdown published: 397 MM III, 230 Trident II, 48 heavy bombers deployed."),
  row("2020-09-01", "ru", [510, 1447, 764], STATE_2020, "published"),
  row("2021-03-01", "us", [651, 1357, 800], MAR_2021, "published"),
  row("2021-03-01", "ru", [517, 1456, 767], MAR_2021, "published"),
  row("2021-09-01", "us", [665, 1389, 800], SEP_2021, "published"),
  row("2021-09-01", "ru", [527, 1458, 742], SEP_2021, "published"),
  row("2022-03-01", "us", [686, 1515, 800], MAR_2022, "published", "Last exchange with figures from both parties."),
  row("2022-03-01", "ru", [526, 1474, 761], MAR_2022, "published", "Last exchange with figures from both parties."),
  row("2023-03-01", "us", [662, 1419, 800], MAR_2023, "published", "Published unilaterally after Russia's suspension of the treaty.")
];

// packages/data/dist/catalogue/weapons.js
var cep1 = (m, alsoM) => ({ minM: m, maxM: m, ...alsoM ? { alsoM } : {} });
var cepR = (minM, maxM, alsoM) => ({
  minM,
  maxM,
  ...alsoM ? { alsoM } : {}
});
var NOW = "2026-02-05";
var bg = (note, asOf = NOW) => background(asOf, note);
var mouMax = (note) => restate(START_MOU_1990, "derived", `Capacity taken as the START I attribution (accountable warheads \xF7 deployed): ${note}`);
var WEAPON_CATALOGUE = [
  //// United States ////
  {
    id: "minuteman-ii",
    name: "LGM-30F Minuteman II",
    country: "us",
    category: "icbm-silo",
    warhead: "W56",
    yieldKt: 1200,
    cepM: cepR(366, 610, [481]),
    rangeKm: 11300,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("W56 ~1.2 Mt.", "1990-09-01"),
      rangeKm: bg("~11,300 km.", "1990-09-01"),
      maxWarheads: mouMax("450 / 450 = 1.")
    }
  },
  {
    id: "minuteman-iii",
    name: "LGM-30G Minuteman III",
    country: "us",
    category: "icbm-silo",
    warhead: "W62 (Mk12) / W78 (Mk12A) / W87 (Mk21)",
    yieldKt: 335,
    yieldOptionsKt: [170, 300, 335],
    cepM: cepR(183, 213),
    rangeKm: 13e3,
    maxWarheads: 3,
    source: SUH_2022,
    fieldSources: {
      yieldOptionsKt: restate(SUH_2022, "published", "W62 170 kt, W87 300 kt, W78 335 kt (Suh's yield table)."),
      rangeKm: bg("~13,000 km."),
      maxWarheads: restate(ATOMICARCHIVE_US, "estimate", "1\u20133 \xD7 W78 on the Mk12A bus; deployed with one warhead today.")
    }
  },
  {
    id: "peacekeeper",
    name: "LGM-118 Peacekeeper (MX)",
    country: "us",
    category: "icbm-silo",
    warhead: "W87 (Mk21)",
    yieldKt: 300,
    cepM: cep1(90, [111]),
    rangeKm: 11e3,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      rangeKm: bg("~11,000 km.", "1990-09-01"),
      maxWarheads: mouMax("500 / 50 = 10.")
    },
    notes: "Retired 2005."
  },
  {
    id: "poseidon-c3",
    name: "UGM-73 Poseidon C3",
    country: "us",
    category: "slbm",
    warhead: "W68",
    yieldKt: 50,
    cepM: cep1(457),
    rangeKm: 4600,
    maxWarheads: 14,
    source: SUH_2022,
    fieldSources: {
      rangeKm: bg("~4,600 km.", "1990-09-01"),
      maxWarheads: bg("Up to 14 RVs; START I attributed 10.", "1990-09-01")
    }
  },
  {
    id: "trident-i-c4",
    name: "UGM-96 Trident I C4",
    country: "us",
    category: "slbm",
    warhead: "W76",
    yieldKt: 100,
    cepM: cep1(457),
    rangeKm: 7400,
    maxWarheads: 8,
    source: SUH_2022,
    fieldSources: { rangeKm: bg("~7,400 km.", "1990-09-01"), maxWarheads: mouMax("3,072 / 384 = 8.") }
  },
  {
    id: "trident-ii-d5",
    name: "UGM-133 Trident II D5 / D5LE",
    country: "us",
    category: "slbm",
    warhead: "W76-1 / W76-2 / W88",
    yieldKt: 90,
    yieldOptionsKt: [8, 90, 100, 455],
    cepM: cep1(90),
    rangeKm: 12e3,
    maxWarheads: 8,
    source: SUH_2022,
    fieldSources: {
      yieldKt: restate(ATOMICARCHIVE_US, "estimate", "W76-1 90 kt; W76-2 'low' (commonly ~8 kt); W88 455 kt (Suh)."),
      yieldOptionsKt: restate(ATOMICARCHIVE_US, "estimate", "W76-2 'low' (commonly ~8 kt), W76-1 90 kt; W76 100 kt and W88 455 kt (Suh)."),
      rangeKm: bg("~12,000 km."),
      maxWarheads: restate(ATOMICARCHIVE_US, "estimate", "1\u20138 warheads per missile.")
    }
  },
  {
    id: "alcm-agm-86b",
    name: "AGM-86B air-launched cruise missile",
    country: "us",
    category: "air-launched",
    warhead: "W80-1",
    yieldKt: 150,
    yieldOptionsKt: [5, 150],
    cepM: cepR(10, 30.5),
    rangeKm: 2500,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      yieldOptionsKt: restate(ATOMICARCHIVE_US, "estimate", "W80-1 5\u2013150 kt."),
      rangeKm: bg("~2,500 km."),
      maxWarheads: bg("One warhead per missile.")
    },
    notes: "Carried by the B-52H (up to 20)."
  },
  {
    id: "sram-agm-69",
    name: "AGM-69 SRAM",
    country: "us",
    category: "air-launched",
    warhead: "W69",
    yieldKt: 170,
    cepM: cep1(430),
    rangeKm: 160,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("W69 ~170\u2013200 kt.", "1990-09-01"),
      rangeKm: bg("~160 km.", "1990-09-01"),
      maxWarheads: bg("One warhead per missile.", "1990-09-01")
    },
    notes: "Retired 1990\u201393."
  },
  {
    id: "b52-gravity-bombs",
    name: "B-52 gravity bombs (B61/B83 family)",
    country: "us",
    category: "bomber",
    warhead: "B61-7 / B83",
    yieldKt: 1e3,
    yieldOptionsKt: [360, 1e3],
    cepM: cepR(130, 185, [116]),
    source: SUH_2022,
    fieldSources: {
      yieldOptionsKt: restate(SUH_2022, "published", "B61-7 360 kt and B83 1,000 kt (Suh's yield table).")
    },
    notes: "Suh: 130\u2013185 m (1987) and 116 m (late 1990s). Suh excludes gravity bombs from CMP."
  },
  {
    id: "b61-7",
    name: "B61-7 strategic gravity bomb",
    country: "us",
    category: "bomber",
    warhead: "B61-7",
    yieldKt: 360,
    yieldOptionsKt: [10, 360],
    source: SUH_2022,
    fieldSources: {
      yieldKt: restate(ATOMICARCHIVE_US, "estimate", "10\u2013360 kt."),
      yieldOptionsKt: restate(ATOMICARCHIVE_US, "estimate", "10\u2013360 kt.")
    }
  },
  {
    id: "b83",
    name: "B83 strategic gravity bomb",
    country: "us",
    category: "bomber",
    warhead: "B83-1",
    yieldKt: 1e3,
    source: SUH_2022
  },
  {
    id: "b61-12",
    name: "B61-12 guided gravity bomb",
    country: "us",
    category: "non-strategic",
    warhead: "B61-12",
    yieldKt: 50,
    yieldOptionsKt: [0.3, 1.5, 10, 50],
    cepM: cep1(30),
    maxWarheads: 1,
    source: bg("Dial-a-yield 0.3/1.5/10/50 kt; guided tail kit (tens of metres)."),
    fieldSources: { cepM: notional(NOW, "30 m placeholder for the tail-kit accuracy.") }
  },
  {
    id: "b-52h",
    name: "B-52H Stratofortress",
    country: "us",
    category: "bomber",
    warhead: "ALCM/W80-1",
    rangeKm: 14e3,
    maxWarheads: 20,
    source: restate(ATOMICARCHIVE_US, "estimate", "87 aircraft / 44 nuclear in the table read; 46 nuclear-capable in current FAS counts."),
    fieldSources: { rangeKm: bg("Unrefueled range ~14,000 km.") }
  },
  {
    id: "b-2a",
    name: "B-2A Spirit",
    country: "us",
    category: "bomber",
    warhead: "B61-7/-11/-12, B83-1",
    rangeKm: 11e3,
    maxWarheads: 16,
    source: restate(ATOMICARCHIVE_US, "estimate", "20/16 in the table read (total / nuclear-tasked, presumably)."),
    fieldSources: { rangeKm: bg("Unrefueled range ~11,000 km.") }
  },
  {
    id: "tomahawk",
    name: "BGM-109 Tomahawk land-attack cruise missile (conventional)",
    country: "us",
    category: "sea-cruise",
    yieldKt: 45e-5,
    cepM: cep1(10),
    rangeKm: 1600,
    maxWarheads: 1,
    source: bg("~1,600 km, ~450 kg warhead (yield given as kt TNT), accuracy metres to ~10 m.")
  },
  {
    id: "lrhw",
    name: "Long-Range Hypersonic Weapon 'Dark Eagle' (conventional)",
    country: "us",
    category: "hgv",
    yieldKt: 13e-6,
    rangeKm: 2775,
    maxWarheads: 1,
    source: DARK_EAGLE_2026,
    notes: "Range 2,775\u20133,500 km; kinetic glide body; first battery activated Dec 2025, missiles due early 2026."
  },
  //// Soviet Union ////
  {
    id: "ss-17-m3",
    name: "SS-17 Mod 3 (MR-UR-100)",
    country: "su",
    category: "icbm-silo",
    cepM: cepR(350, 430, [400]),
    maxWarheads: 4,
    source: SUH_2022,
    fieldSources: { maxWarheads: mouMax("188 / 47 = 4.") }
  },
  {
    id: "ss-18-m4",
    name: "SS-18 Mod 4 (R-36M UTTH)",
    country: "su",
    category: "icbm-silo",
    yieldKt: 550,
    cepM: cepR(190, 260, [370]),
    rangeKm: 11e3,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~550 kt.", "1990-09-01"),
      rangeKm: bg("~11,000 km.", "1990-09-01"),
      maxWarheads: mouMax("3,080 / 308 SS-18 = 10.")
    }
  },
  {
    id: "ss-18-m5",
    name: "SS-18 Mod 5 (R-36M2)",
    country: "su",
    category: "icbm-silo",
    yieldKt: 750,
    cepM: cep1(220),
    rangeKm: 11e3,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~750 kt.", "1990-09-01"),
      rangeKm: bg("~11,000 km.", "1990-09-01"),
      maxWarheads: mouMax("3,080 / 308 SS-18 = 10.")
    }
  },
  {
    id: "ss-19-m3",
    name: "SS-19 Mod 3 (UR-100N UTTH)",
    country: "su",
    category: "icbm-silo",
    yieldKt: 550,
    cepM: cepR(350, 430),
    rangeKm: 1e4,
    maxWarheads: 6,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~550 kt.", "1990-09-01"),
      rangeKm: bg("~10,000 km.", "1990-09-01"),
      maxWarheads: mouMax("1,800 / 300 = 6.")
    }
  },
  {
    id: "ss-24",
    name: "SS-24 (RT-23 UTTH), silo and rail-mobile",
    country: "su",
    category: "icbm-silo",
    yieldKt: 550,
    cepM: cepR(200, 220),
    rangeKm: 1e4,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("10 \xD7 300\u2013550 kt.", "1990-09-01"),
      rangeKm: bg("~10,000 km.", "1990-09-01"),
      maxWarheads: mouMax("(560 + 330) / (56 + 33) = 10.")
    }
  },
  {
    id: "ss-25",
    name: "SS-25 (RT-2PM Topol), road-mobile",
    country: "su",
    category: "icbm-mobile",
    yieldKt: 550,
    cepM: cepR(200, 430, [391]),
    rangeKm: 10500,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("550 kt (Russian press, 2015).", "1990-09-01"),
      rangeKm: bg("~10,500 km.", "1990-09-01"),
      maxWarheads: mouMax("288 / 288 = 1.")
    }
  },
  {
    id: "ss-n-18",
    name: "SS-N-18 (R-29R)",
    country: "su",
    category: "slbm",
    yieldKt: 200,
    cepM: cepR(900, 1400),
    rangeKm: 6500,
    maxWarheads: 7,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~200 kt (Mod 1), ~100 kt (Mod 3).", "1990-09-01"),
      rangeKm: bg("~6,500 km.", "1990-09-01"),
      maxWarheads: bg("Mod 3 up to 7 RVs; START I attributed 3 (downloading provisions).", "1990-09-01")
    },
    notes: "START I attributes 3 warheads (downloading provisions)."
  },
  {
    id: "ss-n-20",
    name: "SS-N-20 (R-39)",
    country: "su",
    category: "slbm",
    yieldKt: 100,
    cepM: cep1(600),
    rangeKm: 8300,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~100\u2013200 kt.", "1990-09-01"),
      rangeKm: bg("~8,300 km.", "1990-09-01"),
      maxWarheads: mouMax("1,200 / 120 = 10.")
    }
  },
  {
    id: "ss-n-23",
    name: "SS-N-23 (R-29RM) / R-29RMU2 Sineva/Layner",
    country: "ru",
    category: "slbm",
    yieldKt: 100,
    cepM: cep1(500),
    rangeKm: 8300,
    maxWarheads: 4,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("4 \xD7 ~100 kt (FAS tables)."),
      rangeKm: bg("~8,300 km."),
      maxWarheads: mouMax("448 / 112 = 4 (1990); Sineva/Layner also 4 in FAS tables.")
    }
  },
  {
    id: "as-15",
    name: "AS-15 Kent (Kh-55) / Kh-102 air-launched cruise missile",
    country: "ru",
    category: "air-launched",
    yieldKt: 200,
    cepM: cep1(25),
    rangeKm: 2500,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~200\u2013250 kt."),
      rangeKm: restate(FAS_RU_2022_KUETT, "estimate", "Up to ~2,500 km."),
      maxWarheads: bg("One warhead per missile.")
    }
  },
  //// Russia ////
  {
    id: "rs-20v",
    name: "RS-20V Voevoda (SS-18 Mod 6)",
    country: "ru",
    category: "icbm-silo",
    yieldKt: 500,
    yieldOptionsKt: [500, 800],
    cepM: cep1(220),
    rangeKm: 11e3,
    maxWarheads: 10,
    source: restate(FAS_RU_2022_KUETT, "estimate", "10 warheads each (FAS 2022 via K\xFCtt)."),
    fieldSources: {
      yieldKt: bg("10 \xD7 500\u2013800 kt (FAS tables)."),
      cepM: restate(SUH_2022, "estimate", "Suh's SS-18 Mod 5 value.")
    }
  },
  {
    id: "avangard",
    name: "UR-100NUTTH with Avangard hypersonic glide vehicle",
    country: "ru",
    category: "icbm-silo",
    yieldKt: 1e3,
    cepM: cep1(300),
    rangeKm: 1e4,
    maxWarheads: 1,
    source: notional(NOW, "Yield and accuracy not public: 1,000 kt and 300 m placeholders; range of the SS-19 booster.")
  },
  {
    id: "topol-m",
    name: "RS-12M2 Topol-M (SS-27 Mod 1), silo and road-mobile",
    country: "ru",
    category: "icbm-silo",
    yieldKt: 800,
    cepM: cep1(348),
    rangeKm: 11e3,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("800 kt (FAS; Russian press gives 550\u2013800 kt)."),
      rangeKm: bg("10,000\u201311,000 km."),
      maxWarheads: bg("Single warhead.")
    }
  },
  {
    id: "yars",
    name: "RS-24 Yars (SS-27 Mod 2), silo and road-mobile",
    country: "ru",
    category: "icbm-mobile",
    yieldKt: 100,
    cepM: cep1(348),
    rangeKm: 11e3,
    maxWarheads: 4,
    source: restate(FAS_RU_2022_KUETT, "estimate", "Four warheads each (FAS 2022 via K\xFCtt)."),
    fieldSources: {
      yieldKt: bg("FAS tables 100 kt; press accounts up to 500 kt."),
      cepM: restate(SUH_2022, "estimate", "Suh's SS-27 value applied to the Mod 2.")
    }
  },
  {
    id: "bulava",
    name: "RSM-56 Bulava (SS-N-32)",
    country: "ru",
    category: "slbm",
    yieldKt: 100,
    cepM: cep1(350),
    rangeKm: 8e3,
    maxWarheads: 6,
    source: restate(FAS_RU_2022_KUETT, "estimate", "Up to six warheads (K\xFCtt/FAS 2022)."),
    fieldSources: { cepM: notional(NOW, "No public accuracy; 350 m placeholder."), rangeKm: bg("8,000\u20139,300 km.") }
  },
  {
    id: "tu-95ms",
    name: "Tu-95MS/MSM Bear-H",
    country: "ru",
    category: "bomber",
    rangeKm: 15e3,
    maxWarheads: 16,
    source: restate(FAS_RU_2022_KUETT, "estimate", "6\u201316 ALCMs depending on configuration."),
    fieldSources: { rangeKm: bg("~15,000 km.") }
  },
  {
    id: "tu-160",
    name: "Tu-160/Tu-160M Blackjack",
    country: "ru",
    category: "bomber",
    rangeKm: 12300,
    maxWarheads: 12,
    source: restate(FAS_RU_2022_KUETT, "estimate", "12 ALCMs internally."),
    fieldSources: { rangeKm: bg("~12,300 km.") }
  },
  {
    id: "kalibr",
    name: "3M14 Kalibr land-attack cruise missile",
    country: "ru",
    category: "sea-cruise",
    yieldKt: 45e-5,
    cepM: cep1(10),
    rangeKm: 1500,
    maxWarheads: 1,
    source: bg("~1,500 km (Caspian strikes on Syria; Putin: 1,400 km), dual-capable; conventional warhead ~450 kg.")
  },
  {
    id: "kinzhal",
    name: "Kh-47M2 Kinzhal air-launched ballistic missile",
    country: "ru",
    category: "air-launched",
    yieldKt: 5e-4,
    cepM: cep1(10),
    rangeKm: 2e3,
    maxWarheads: 1,
    source: bg("~2,000 km including the MiG-31K radius; dual-capable.")
  },
  {
    id: "zircon",
    name: "3M22 Zircon hypersonic cruise missile",
    country: "ru",
    category: "sea-cruise",
    yieldKt: 3e-4,
    cepM: cep1(10),
    rangeKm: 1e3,
    maxWarheads: 1,
    source: bg("At least 1,000 km (Sky TG24, Jan 2023); dual-capable.")
  },
  //// China ////
  {
    id: "df-5",
    name: "DF-5 / DF-5A (CSS-4)",
    country: "cn",
    category: "icbm-silo",
    yieldKt: 5e3,
    cepM: cep1(500),
    rangeKm: 12e3,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      rangeKm: bg("12,000 km (secondary pages, unconfirmed [U])."),
      maxWarheads: bg("DF-5/DF-5A: single warhead.")
    }
  },
  {
    id: "df-5b",
    name: "DF-5B (CSS-4 Mod 3), MIRV",
    country: "cn",
    category: "icbm-silo",
    yieldKt: 250,
    cepM: cep1(500),
    rangeKm: 13e3,
    maxWarheads: 5,
    source: restate(FAS_CN_2025, "estimate", "Up to five warheads (DoD)."),
    fieldSources: {
      cepM: restate(SUH_2022, "estimate", "Suh's DF-5 value."),
      yieldKt: bg("200\u2013300 kt (unconfirmed [U]).")
    }
  },
  {
    id: "df-21",
    name: "DF-21 (CSS-5)",
    country: "cn",
    category: "ground-ballistic",
    yieldKt: 300,
    cepM: cep1(700),
    rangeKm: 2100,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      rangeKm: bg("More than 2,100 km (secondary pages)."),
      maxWarheads: bg("Single warhead.")
    }
  },
  {
    id: "df-31ag",
    name: "DF-31A / DF-31AG (CSS-10 Mod 2/3)",
    country: "cn",
    category: "icbm-mobile",
    yieldKt: 250,
    rangeKm: 11200,
    maxWarheads: 1,
    source: restate(FAS_CN_2025, "estimate", "Single warhead; road-mobile; DF-31-class missiles also loaded in the new silo fields (DoD 2025)."),
    fieldSources: { yieldKt: bg("200\u2013300 kt (unconfirmed [U])."), rangeKm: bg("11,200 km (secondary pages).") }
  },
  {
    id: "df-41",
    name: "DF-41 (CSS-20)",
    country: "cn",
    category: "icbm-mobile",
    yieldKt: 250,
    rangeKm: 12e3,
    maxWarheads: 3,
    source: restate(FAS_CN_2025, "estimate", "Up to three warheads (DoD/FAS assumption; some sources claim ten)."),
    fieldSources: { yieldKt: bg("200\u2013300 kt (unconfirmed [U])."), rangeKm: bg("12,000 km (secondary pages).") }
  },
  {
    id: "jl-1",
    name: "JL-1 (CSS-N-3)",
    country: "cn",
    category: "slbm",
    yieldKt: 300,
    cepM: cepR(300, 400),
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: { maxWarheads: bg("Single warhead.") }
  },
  {
    id: "jl-3",
    name: "JL-2 / JL-3 (Type 094 SSBN)",
    country: "cn",
    category: "slbm",
    yieldKt: 250,
    rangeKm: 1e4,
    maxWarheads: 1,
    source: restate(FAS_CN_2025, "estimate", "One warhead assumed per missile; JL-3 ~10,000 km (secondary).")
  },
  {
    id: "h-6n",
    name: "H-6N bomber with air-launched ballistic missile",
    country: "cn",
    category: "bomber",
    rangeKm: 6e3,
    maxWarheads: 1,
    source: restate(FAS_CN_2025, "estimate", "Nuclear mission reassigned to some bombers; ~20 warheads."),
    fieldSources: {
      rangeKm: bg("Radius plus missile range ~6,000 km: reaches Moscow (5,795 km from Beijing, Suh) but not Washington (11,152 km) under the capital-distance rule.")
    }
  },
  {
    id: "df-26",
    name: "DF-26 dual-capable IRBM",
    country: "cn",
    category: "ground-ballistic",
    yieldKt: 250,
    rangeKm: 4e3,
    maxWarheads: 1,
    source: JAPAN_DWP_2025,
    fieldSources: { yieldKt: bg("200\u2013300 kt."), rangeKm: bg("4,000 km (secondary pages).") }
  },
  {
    id: "df-17",
    name: "DF-17 hypersonic glide vehicle (conventional)",
    country: "cn",
    category: "hgv",
    yieldKt: 5e-4,
    rangeKm: 1600,
    maxWarheads: 1,
    source: JAPAN_DWP_2025,
    notes: "Range 1,600 km; Chinese claims up to 2,500 km."
  },
  //// United Kingdom and France ////
  {
    id: "uk-trident-ii",
    name: "Trident II D5 (United Kingdom)",
    country: "uk",
    category: "slbm",
    cepM: cep1(90),
    source: SUH_2022
  },
  {
    id: "fr-m4",
    name: "M4 SLBM (France)",
    country: "fr",
    category: "slbm",
    cepM: cepR(185, 480),
    source: SUH_2022
  },
  {
    id: "fr-m45",
    name: "M45 SLBM with TN 75 (France)",
    country: "fr",
    category: "slbm",
    warhead: "TN 75",
    yieldKt: 100,
    cepM: cep1(350),
    source: SUH_2022
  }
];
var BY_ID = new Map(WEAPON_CATALOGUE.map((w) => [w.id, w]));

export {
  getPreset,
  NEW_START_AGGREGATES
};
