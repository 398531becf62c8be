/**
 * Where the forces of each preset are based and launched from: ICBM silo fields and mobile-missile garrisons, SSBN
 * bases and patrol areas, bomber bases, dual-capable aircraft bases, ship home ports and forward launch areas,
 * missile-defence sites. Keyed by preset id, party id and element (or defence-layer) id; each element's shares sum
 * to 1.
 *
 * Confidence: the assignments of systems to bases follow the FAS Nuclear Notebook issues named in each citation
 * (for 1990, the START I MOU and the NRDC Nuclear Weapons Databook), recalled rather than re-read for this table,
 * so they are `estimate`. Coordinates are read off public maps: bases to about 1 km; silo fields and garrisons are
 * a centroid of an area tens of kilometres across; patrol areas and forward launch areas are a representative
 * point at sea, chosen for the model (`notional` shares where the split between port and sea is ours).
 */
import type { Citation, Site } from "@seceq/core";
import { cite } from "../presets/citations.js";

/** Sites of each element of one party, keyed by element or defence-layer id. */
export type PartySites = Readonly<Record<string, readonly Site[]>>;
/** Sites of each party of one preset, keyed by party id. */
export type PresetSites = Readonly<Record<string, PartySites>>;

/** Where a site lies: the ISO 3166-1 alpha-2 code of the country whose territory holds it, or `sea`. */
const WHERE = new Map<Site, string>();

/**
 * Return where a site of this module lies, for checks: a country code or `sea`.
 * @returns `undefined` for a site object that did not come from this module
 */
export function siteLocation(site: Site): string | undefined {
  return WHERE.get(site);
}

//// citations ////

const MAPS = "Coordinates read off public maps (approximate; silo fields and garrisons as a centroid).";

const US_2024 = cite(
  "Kristensen, Korda, Johns & Knight, 'United States nuclear weapons, 2024', Bulletin of the Atomic Scientists 80:3 (FAS Nuclear Notebook) [fas-nn-us-2024]",
  "2024-05-01",
  "estimate",
  {
    note: `Basing of ICBM wings, SSBNs (8 Pacific / 6 Atlantic), bombers and B61 bombs in Europe as recalled from the Notebook, not re-read for this table. ${MAPS}`,
  },
);
const RU_2025 = cite(
  "Kristensen, Korda, Johns & Knight, 'Russian nuclear weapons, 2025', Bulletin of the Atomic Scientists 81:3 (FAS Nuclear Notebook) [fas-nn-ru-2025]",
  "2025-05-01",
  "estimate",
  {
    note: `Missile divisions, SSBN fleets and bomber bases as recalled from the Notebook, not re-read for this table; launchers per division are our split. ${MAPS}`,
  },
);
const CN_2025 = cite(
  "Kristensen, Korda, Johns & Knight, 'Chinese nuclear weapons, 2025', Bulletin of the Atomic Scientists (FAS Nuclear Notebook) [fas-nn-cn-2025]",
  "2025-03-12",
  "estimate",
  {
    note: `PLARF bases and brigade garrisons as recalled from the Notebook, not re-read for this table; launchers per brigade are our split. ${MAPS}`,
  },
);
const CN_SILOS = cite(
  "Korda & Kristensen, 'China Is Building A Second Nuclear Missile Silo Field', FAS (26 Jul 2021) [fas-nn-cn-2025]; Lee, CASI (12 Aug 2021): Hanggin Banner site at about 40.113 N, 108.104 E",
  "2021-08-12",
  "estimate",
  {
    note: "About 120 silos at Yumen, 110 at Hami and, by later counts, about 90 at Hanggin Banner (Ordos); shares follow the silo counts. Field centroids approximate.",
  },
);
const START_1990 = cite(
  "START I Memorandum of Understanding data, 1 Sep 1990 (bases of ICBMs and SSBNs) [start1-mou-1990]; Cochran, Arkin, Norris & Sands, Nuclear Weapons Databook Vol. IV: Soviet Nuclear Weapons (1989) [nrdc-databook-iv-1989]",
  "1990-09-01",
  "estimate",
  {
    note: `Deployment areas by type as recalled from these sources, not re-read for this table; launchers per area are our split. ${MAPS}`,
  },
);
const SEA = (asOf: string) =>
  cite("Security Equation modelling default (notional)", asOf, "notional", {
    note: "A representative point of a patrol or launch area at sea, and the share of launchers there rather than in port, chosen for the model; real patrol areas are classified and wide.",
  });
const SEA_2026 = SEA("2026-02-05");
const SEA_1990 = SEA("1990-09-01");
const GMD_SITES = cite(
  "US Missile Defense Agency fact sheets: 40 GBIs at Fort Greely, Alaska, and 4 at Vandenberg, California [mda-gmd]",
  "2024-01-01",
  "estimate",
  { note: MAPS },
);
const AEGIS = cite("Security Equation modelling default (notional)", "2026-02-05", "notional", {
  note: "Aegis BMD ships are mobile: home ports (Pearl Harbor, Yokosuka, Norfolk) and the two Aegis Ashore sites (Redzikowo, Deveselu) with notional shares.",
});
const LRHW = cite(
  "US Army: first LRHW 'Dark Eagle' battery (5-3 Field Artillery) at Joint Base Lewis-McChord, Washington [fas-nn-us-2024]",
  "2025-12-17",
  "estimate",
  { note: MAPS },
);
const MOSCOW_ABM = cite(
  "FAS Nuclear Notebook, Russian nuclear weapons (A-135/A-235 interceptor silos around Moscow) [fas-nn-ru-2025]",
  "2025-05-01",
  "estimate",
  {
    note: "Interceptor silos ring Moscow at roughly 30–80 km; one centroid stands for the ring, and the Don-2N radar at Sofrino is not a launch site.",
  },
);
const NAVY = (src: Citation) =>
  cite(src.source, src.asOf, "notional", {
    note: "Cruise-missile ships and submarines: home ports and forward launch areas with notional shares (the inventory at sea is not public).",
  });

/** Extent of a field: separately targetable points (silos, shelters), field radius (km) and its source. */
interface Extent {
  aimPoints: number;
  radiusKm: number;
  source: Citation;
}

/** Build one site and record where it lies (a country code or `sea`). */
function site(
  name: string,
  latDeg: number,
  lonDeg: number,
  share: number,
  where: string,
  source: Citation,
  extent?: Extent,
): Site {
  const s: Site = extent
    ? {
        name,
        latDeg,
        lonDeg,
        share,
        aimPoints: extent.aimPoints,
        radiusKm: extent.radiusKm,
        source,
        extentSource: extent.source,
      }
    : { name, latDeg, lonDeg, share, source };
  WHERE.set(s, where);
  return s;
}

//// field extents (counterforce collateral, docs/methods.md §7.9) ////

/** Square kilometres per square mile (international mile, 1.609344 km). */
const KM2_PER_SQ_MI = 1.609344 ** 2;

/**
 * Radius (km) of the disk whose area is a missile field's published area.
 * @param sqMi field area, square miles
 */
export function diskRadiusKmOfArea(sqMi: number): number {
  return Math.sqrt((sqMi * KM2_PER_SQ_MI) / Math.PI);
}

/** Published areas of the Minuteman III missile fields (square miles), as read in the sources of each extent. */
export const US_FIELD_AREA_SQ_MI = { malmstrom: 13_800, minot: 8_500, warren: 9_600 } as const;

const SENTINEL_EIS =
  "US Air Force, Ground Based Strategic Deterrent (Sentinel) EIS website: project fact sheet and project-location pages [usaf-gbsd-eis-nd]";
const US_FIELDS_MALMSTROM = cite(`${SENTINEL_EIS}, Malmstrom AFB`, "2023-03-01", "derived", {
  url: "https://www.gbsdeis.com/project-locations/malmstrom-afb",
  note: "Read: 150 launch facilities (silos) and 15 missile alert facilities (launch control centres) in a missile field of about 13,800 sq mi over seven counties [C]. Derived: radius of a disk of that area, sqrt(13,800 × 2.59 km² / π) ≈ 107 km (a field is not a disk). The 15 launch control centres are not added to the aim points: the layout (docs/methods.md §7.9) uses at most 12 points.",
});
const US_FIELDS_WARREN = cite(`${SENTINEL_EIS}, F. E. Warren AFB`, "2023-03-01", "derived", {
  url: "https://www.gbsdeis.com/stations-locations/project-locations/fe-warren-afb-and-camp-guernsey",
  note: "Read: missile field of about 9,600 sq mi over seven counties in Wyoming, Nebraska and Colorado [C]; 150 silos and 15 launch control centres per wing from the programme fact sheet's 450 launch facilities and 45 missile alert facilities in three wings [C]. Derived: disk radius sqrt(9,600 × 2.59 km² / π) ≈ 89 km.",
});
const US_FIELDS_MINOT = cite(
  "US Air Force, Minot AFB fact sheet (91st Missile Wing: 150 ICBM sites) [usaf-minot-fs-nd]; GlobalSecurity.org, 91st Space Wing page, reproducing the wing's older fact sheet [globalsecurity-91sw-nd]",
  "2026-12-06",
  "estimate",
  {
    url: "https://www.minot.af.mil/About-Us/Fact-Sheets/Display/Article/264277/minot-air-force-base/",
    note: "Undated pages, dated as read. Read: 150 ICBM sites in the wing's current fact sheet [C]; about 8,500 sq mi, 15 missile alert facilities, silos at least 3 nmi apart only in reproductions of an older wing fact sheet and in local press [S]. Derived from that area: disk radius sqrt(8,500 × 2.59 km² / π) ≈ 84 km; kept `estimate` because the area was not read in an official source.",
  },
);

const RU_FIELDS = cite(
  "Podvig, Russian Strategic Nuclear Forces blog (russianforces.org, posts of 2003–2015) [podvig-rsnf]; Jamestown Foundation Monitor (Nov 1998) [jamestown-1998]; TASS (13 Oct 2020) [tass-2020]; Kristensen, Korda, Johns & Knight, 'Russian nuclear weapons, 2025' (abstract only) [fas-nn-ru-2025]",
  "2025-05-01",
  "estimate",
  {
    note: "Re-checked, not confirmed: today's silos per division and launchers per mobile division (the Notebook's division table was not read). What dated sources say [S]: a road-mobile regiment has nine launchers (Podvig 2003; 2011: the first full Yars regiment at Teykovo, nine); Teykovo held 36 Topol launchers in 2005 (Podvig); silo Topol-M regiments at Tatishchevo hold up to ten missiles, 40 by the end of 2004 (Podvig 2004–05), and the division once had eleven regiments, 110 SS-19 and 10 SS-24 silos (Jamestown 1998); Kozelsk's first silo Yars regiment took six missiles in December 2015, when Novosibirsk had 21 and Nizhny Tagil 24 Yars (Podvig); the first Avangard regiment at Dombarovsky from the end of 2019, infrastructure for two more missiles by the end of 2020 (TASS 2020). Our counts (Kozelsk 20, Tatishchevo 60, Uzhur 46, Dombarovsky 30, mobile divisions 27 or 36, Vypolzovo 9) fit these regiment sizes but remain estimates. Radii are our reading of public satellite maps, not re-checked: silo divisions 30–50 km, mobile garrisons about 15 km (patrol dispersal is not modelled).",
  },
);

//// United States (2020 and 2026) ////

const malmstrom = (share: number, src = US_2024) =>
  site("Malmstrom AFB missile field (341st Missile Wing), Montana", 47.3, -110.5, share, "US", src, {
    aimPoints: 150,
    radiusKm: diskRadiusKmOfArea(US_FIELD_AREA_SQ_MI.malmstrom),
    source: US_FIELDS_MALMSTROM,
  });
const minotField = (share: number, src = US_2024) =>
  site("Minot AFB missile field (91st Missile Wing), North Dakota", 48.2, -101.3, share, "US", src, {
    aimPoints: 150,
    radiusKm: diskRadiusKmOfArea(US_FIELD_AREA_SQ_MI.minot),
    source: US_FIELDS_MINOT,
  });
const warren = (share: number, src = US_2024) =>
  site(
    "F. E. Warren AFB missile field (90th Missile Wing), Wyoming/Nebraska/Colorado",
    41.5,
    -104.4,
    share,
    "US",
    src,
    {
      aimPoints: 150,
      radiusKm: diskRadiusKmOfArea(US_FIELD_AREA_SQ_MI.warren),
      source: US_FIELDS_WARREN,
    },
  );
const kingsBay = (share: number, src = US_2024) =>
  site("Naval Submarine Base Kings Bay, Georgia", 30.8, -81.56, share, "US", src);
const bangor = (share: number, src = US_2024) =>
  site("Naval Base Kitsap-Bangor, Washington", 47.73, -122.72, share, "US", src);
const atlanticPatrol = (share: number, src = SEA_2026) =>
  site("Atlantic SSBN patrol area (representative point)", 38.0, -50.0, share, "sea", src);
const pacificPatrol = (share: number, src = SEA_2026) =>
  site("Pacific SSBN patrol area (representative point)", 35.0, -150.0, share, "sea", src);
const minotAfb = (share: number, src = US_2024) =>
  site("Minot AFB (5th Bomb Wing), North Dakota", 48.42, -101.36, share, "US", src);
const barksdale = (share: number, src = US_2024) =>
  site("Barksdale AFB (2nd Bomb Wing), Louisiana", 32.5, -93.66, share, "US", src);
const whiteman = (share: number, src = US_2024) =>
  site("Whiteman AFB (509th Bomb Wing), Missouri", 38.73, -93.55, share, "US", src);

/** Ohio-class SSBNs: 8 Pacific (Bangor), 6 Atlantic (Kings Bay); 60 % of each fleet's launchers at sea (notional). */
const ohio = (): Site[] => [bangor(0.229), pacificPatrol(0.343), kingsBay(0.171), atlanticPatrol(0.257)];

const US_CURRENT: PartySites = {
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
    site("Norwegian Sea launch area (representative point)", 69.0, 5.0, 0.15, "sea", SEA_2026),
    site("Eastern Mediterranean launch area (representative point)", 34.0, 27.0, 0.15, "sea", SEA_2026),
    site("Sea of Japan launch area (representative point)", 40.0, 134.0, 0.1, "sea", SEA_2026),
  ],
  "lrhw-dark-eagle": [site("Joint Base Lewis-McChord, Washington (5-3 FA)", 47.09, -122.58, 1, "US", LRHW)],
  "b61-europe": [
    site("Aviano AB, Italy", 46.03, 12.6, 0.2, "IT", US_2024),
    site("Ghedi AB, Italy", 45.43, 10.27, 0.15, "IT", US_2024),
    site("Büchel AB, Germany", 50.17, 7.06, 0.15, "DE", US_2024),
    site("Kleine Brogel AB, Belgium", 51.17, 5.47, 0.15, "BE", US_2024),
    site("Volkel AB, Netherlands", 51.66, 5.71, 0.15, "NL", US_2024),
    site("Incirlik AB, Türkiye", 37.0, 35.43, 0.2, "TR", US_2024),
  ],
  gmd: [
    site("Fort Greely, Alaska (GBI silos)", 63.95, -145.73, 40 / 44, "US", GMD_SITES),
    site("Vandenberg SFB, California (GBI silos)", 34.73, -120.57, 4 / 44, "US", GMD_SITES),
  ],
  "aegis-sm3-iia": [
    site("Joint Base Pearl Harbor-Hickam, Hawaii (Aegis BMD ships)", 21.35, -157.95, 0.25, "US", AEGIS),
    site("Yokosuka, Japan (Aegis BMD ships)", 35.29, 139.67, 0.25, "JP", AEGIS),
    site("Naval Station Norfolk, Virginia (Aegis BMD ships)", 36.95, -76.33, 0.2, "US", AEGIS),
    site("Aegis Ashore Redzikowo, Poland", 54.48, 17.1, 0.15, "PL", AEGIS),
    site("Aegis Ashore Deveselu, Romania", 44.08, 24.41, 0.15, "RO", AEGIS),
  ],
};

//// Russia (2020 and 2026) ////

/** A silo division's silos and field radius (km). */
const silo = (aimPoints: number, radiusKm: number): Extent => ({ aimPoints, radiusKm, source: RU_FIELDS });
/** A mobile division's launcher shelters, over its garrisons (about 15 km). */
const garrison = (aimPoints: number): Extent => ({ aimPoints, radiusKm: 15, source: RU_FIELDS });

const kozelsk = (share: number) =>
  site("Kozelsk (28th Guards Missile Division), Kaluga", 54.0, 35.8, share, "RU", RU_2025, silo(20, 30));
const tatishchevo = (share: number) =>
  site("Tatishchevo (60th Missile Division), Saratov", 51.7, 45.6, share, "RU", RU_2025, silo(60, 40));
const dombarovsky = (share: number) =>
  site("Dombarovsky (13th Missile Division), Orenburg", 51.0, 59.8, share, "RU", RU_2025, silo(30, 50));
const uzhur = (share: number) =>
  site("Uzhur (62nd Missile Division), Krasnoyarsk", 55.3, 89.8, share, "RU", RU_2025, silo(46, 35));
const teykovo = (share: number) =>
  site("Teykovo (54th Guards Missile Division), Ivanovo", 56.85, 40.55, share, "RU", RU_2025, garrison(36));
const yoshkarOla = (share: number) =>
  site("Yoshkar-Ola (14th Missile Division), Mari El", 56.65, 48.0, share, "RU", RU_2025, garrison(27));
const novosibirsk = (share: number) =>
  site("Novosibirsk (39th Guards Missile Division)", 55.1, 83.1, share, "RU", RU_2025, garrison(27));
const irkutsk = (share: number) =>
  site("Irkutsk (29th Guards Missile Division)", 52.35, 104.2, share, "RU", RU_2025, garrison(27));
const nizhnyTagil = (share: number) =>
  site("Nizhny Tagil (42nd Missile Division), Sverdlovsk", 57.95, 60.1, share, "RU", RU_2025, garrison(27));
const yurya = (share: number) =>
  site("Yurya (8th Missile Division), Kirov", 59.0, 49.3, share, "RU", RU_2025, garrison(27));
const barnaul = (share: number) =>
  site("Barnaul (35th Missile Division), Altai", 53.35, 84.0, share, "RU", RU_2025, garrison(27));
const vypolzovo = (share: number) =>
  site("Vypolzovo (7th Guards Missile Division), Tver", 57.85, 33.7, share, "RU", RU_2025, garrison(9));
const gadzhiyevo = (share: number, src = RU_2025) =>
  site("Gadzhiyevo (Northern Fleet SSBN base), Murmansk", 69.25, 33.32, share, "RU", src);
const vilyuchinsk = (share: number, src = RU_2025) =>
  site("Vilyuchinsk (Pacific Fleet SSBN base), Kamchatka", 52.92, 158.42, share, "RU", src);
const barents = (share: number, src = SEA_2026) =>
  site("Barents Sea bastion (representative point)", 72.0, 40.0, share, "sea", src);
const okhotsk = (share: number, src = SEA_2026) =>
  site("Sea of Okhotsk bastion (representative point)", 54.0, 148.0, share, "sea", src);
const engels = (share: number) => site("Engels air base, Saratov", 51.48, 46.21, share, "RU", RU_2025);
const ukrainka = (share: number) => site("Ukrainka air base, Amur", 51.17, 128.45, share, "RU", RU_2025);

const RU_CURRENT: PartySites = {
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
    barnaul(18 / 162),
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
    site("Makhachkala (Caspian Flotilla), Dagestan", 42.98, 47.5, 0.25, "RU", NAVY(RU_2025)),
  ],
  zircon: [
    site("Severomorsk (Northern Fleet), Murmansk", 69.07, 33.42, 0.75, "RU", NAVY(RU_2025)),
    vilyuchinsk(0.25, NAVY(RU_2025)),
  ],
  kinzhal: [
    site("Savasleyka air base (MiG-31K), Nizhny Novgorod", 55.44, 42.31, 0.6, "RU", RU_2025),
    site("Chkalovsk air base (MiG-31K), Kaliningrad", 54.77, 20.4, 0.4, "RU", RU_2025),
  ],
  "a-135-a-235": [site("A-135/A-235 interceptor ring around Moscow (centroid)", 55.75, 37.62, 1, "RU", MOSCOW_ABM)],
  "a-135": [site("A-135 interceptor ring around Moscow (centroid)", 55.75, 37.62, 1, "RU", MOSCOW_ABM)],
};

//// China (2026) ////

const cnSite = (name: string, lat: number, lon: number, share: number) => site(name, lat, lon, share, "CN", CN_2025);
const luoning = (share: number) => cnSite("Luoning DF-5 silos (Base 66), Henan", 34.39, 111.65, share);
const tongdao = (share: number) => cnSite("Tongdao DF-5 silos (Base 66), Hunan", 26.16, 109.78, share);
const korla = (share: number) => cnSite("Korla brigade garrison (Base 64), Xinjiang", 41.73, 86.17, share);
const xinyang = (share: number) => cnSite("Xinyang brigade garrison (Base 66), Henan", 32.12, 114.07, share);

const CN_CURRENT: PartySites = {
  "df-5a": [luoning(0.5), tongdao(0.5)],
  "df-5b": [luoning(0.5), tongdao(0.5)],
  "df-5c": [luoning(0.5), tongdao(0.5)],
  "df-31a": [
    cnSite("Xining brigade garrison (Base 64), Qinghai", 36.62, 101.78, 0.5),
    cnSite("Nanyang brigade garrison (Base 66), Henan", 32.99, 112.53, 0.5),
  ],
  "df-31ag": [
    cnSite("Hancheng brigade garrison (Base 64), Shaanxi", 35.47, 110.44, 0.25),
    cnSite("Tianshui brigade garrison (Base 64), Gansu", 34.58, 105.72, 0.25),
    korla(0.25),
    cnSite("Nanyang brigade garrison (Base 66), Henan", 32.99, 112.53, 0.25),
  ],
  "df-41-mobile": [
    xinyang(1 / 3),
    cnSite("Hanzhong brigade garrison (Base 64), Shaanxi", 33.07, 107.03, 1 / 3),
    cnSite("Yulin brigade garrison (Base 64), Shaanxi", 38.29, 109.73, 1 / 3),
  ],
  "silo-icbm-df31-class": [
    site("Yumen silo field, Gansu", 40.3, 96.5, 120 / 320, "CN", CN_SILOS),
    site("Hami silo field, Xinjiang", 42.3, 92.9, 110 / 320, "CN", CN_SILOS),
    site("Hanggin Banner silo field, Ordos, Inner Mongolia", 40.11, 108.1, 90 / 320, "CN", CN_SILOS),
  ],
  "jl-3-type-094": [
    cnSite("Longpo SSBN base (Yulin naval base), Hainan", 18.22, 109.69, 0.6),
    site("South China Sea bastion (representative point)", 15.0, 114.0, 0.4, "sea", SEA_2026),
  ],
  "h-6n": [cnSite("Neixiang air base (H-6N), Henan", 33.05, 111.84, 1)],
  "df-26-nuclear": [
    korla(0.2),
    xinyang(0.2),
    cnSite("Qingyuan brigade garrison (Base 62), Guangdong", 23.7, 113.03, 0.2),
    cnSite("Jinhua brigade garrison (Base 61), Zhejiang", 29.08, 119.65, 0.2),
    cnSite("Dengshahe brigade garrison (Base 65), Liaoning", 39.2, 121.95, 0.2),
  ],
  "df-26-conventional": [
    korla(0.2),
    xinyang(0.2),
    cnSite("Qingyuan brigade garrison (Base 62), Guangdong", 23.7, 113.03, 0.2),
    cnSite("Jinhua brigade garrison (Base 61), Zhejiang", 29.08, 119.65, 0.2),
    cnSite("Dengshahe brigade garrison (Base 65), Liaoning", 39.2, 121.95, 0.2),
  ],
  "df-17": [
    cnSite("Puning brigade garrison (Base 61), Guangdong", 23.3, 116.17, 0.5),
    cnSite("Shangrao brigade garrison (Base 61), Jiangxi", 28.45, 117.95, 0.5),
  ],
};

//// 1990 (START I MOU data base) ////

const S = START_1990;
const us90 = (name: string, lat: number, lon: number, share: number) => site(name, lat, lon, share, "US", S);
const b52Bases90 = (): Site[] =>
  [
    ["Barksdale AFB, Louisiana", 32.5, -93.66],
    ["Fairchild AFB, Washington", 47.62, -117.66],
    ["Griffiss AFB, New York", 43.23, -75.41],
    ["K. I. Sawyer AFB, Michigan", 46.35, -87.4],
    ["Minot AFB, North Dakota", 48.42, -101.36],
    ["Wurtsmith AFB, Michigan", 44.45, -83.39],
    ["Carswell AFB, Texas", 32.77, -97.44],
    ["Eaker AFB (Blytheville), Arkansas", 35.96, -89.94],
  ].map(([name, lat, lon]) => us90(name as string, lat as number, lon as number, 1 / 8));
const su90 = (name: string, lat: number, lon: number, share: number, where = "RU") =>
  site(name, lat, lon, share, where, S);
const ss25Areas = [
  ["Irkutsk", 52.35, 104.2, "RU"],
  ["Barnaul", 53.35, 84.0, "RU"],
  ["Kansk, Krasnoyarsk", 56.2, 95.7, "RU"],
  ["Novosibirsk", 55.1, 83.1, "RU"],
  ["Nizhny Tagil, Sverdlovsk", 57.95, 60.1, "RU"],
  ["Yoshkar-Ola, Mari", 56.65, 48.0, "RU"],
  ["Yurya, Kirov", 59.0, 49.3, "RU"],
  ["Teykovo, Ivanovo", 56.85, 40.55, "RU"],
  ["Vypolzovo, Tver", 57.85, 33.7, "RU"],
  ["Drovyanaya, Chita", 51.6, 113.0, "RU"],
  ["Lida, Byelorussian SSR", 53.88, 25.3, "BY"],
  ["Mozyr, Byelorussian SSR", 52.05, 29.25, "BY"],
] as const;
const northernFleet90 = (share: number) => gadzhiyevo(share, S);
const pacificFleet90 = (share: number) => vilyuchinsk(share, S);

const US_1990: PartySites = {
  mm2: [
    us90("Malmstrom AFB missile field (341st SMW), Montana", 47.3, -110.5, 1 / 3),
    us90("Ellsworth AFB missile field (44th SMW), South Dakota", 44.0, -102.3, 1 / 3),
    us90("Whiteman AFB missile field (351st SMW), Missouri", 38.8, -93.6, 1 / 3),
  ],
  "mm3-w62": [
    us90("Grand Forks AFB missile field (321st SMW), North Dakota", 47.9, -98.0, 0.75),
    us90("Malmstrom AFB missile field (564th SMS), Montana", 47.3, -110.5, 0.25),
  ],
  "mm3-w78": [minotField(0.5, S), warren(0.5, S)],
  peacekeeper: [warren(1, S)],
  "poseidon-c3": [
    site("Holy Loch (Submarine Squadron 14), Scotland", 55.99, -4.93, 0.3, "GB", S),
    us90("Charleston Naval Weapons Station, South Carolina", 32.95, -79.95, 0.3),
    atlanticPatrol(0.4, SEA_1990),
  ],
  "trident-i-c4": [bangor(0.25, S), pacificPatrol(0.25, SEA_1990), kingsBay(0.2, S), atlanticPatrol(0.3, SEA_1990)],
  "trident-ii-d5": [kingsBay(0.4, S), atlanticPatrol(0.6, SEA_1990)],
  "b52-alcm": b52Bases90(),
  "b52-non-alcm": b52Bases90(),
  b1b: [
    us90("Dyess AFB, Texas", 32.42, -99.85, 0.25),
    us90("Ellsworth AFB, South Dakota", 44.15, -103.1, 0.25),
    us90("Grand Forks AFB, North Dakota", 47.96, -97.4, 0.25),
    us90("McConnell AFB, Kansas", 37.62, -97.27, 0.25),
  ],
};

const SU_1990: PartySites = {
  "ss-11": [
    su90("Bershet, Perm", 57.7, 56.4, 1 / 6),
    su90("Drovyanaya, Chita", 51.6, 113.0, 1 / 6),
    su90("Gladkaya, Krasnoyarsk", 56.3, 93.1, 1 / 6),
    su90("Olovyannaya (Yasnaya), Chita", 50.9, 115.6, 1 / 6),
    su90("Svobodny, Amur", 51.4, 128.1, 1 / 6),
    su90("Teykovo, Ivanovo", 56.85, 40.55, 1 / 6),
  ],
  "ss-13": [su90("Yoshkar-Ola, Mari", 56.65, 48.0, 1)],
  "ss-17": [su90("Vypolzovo, Tver", 57.85, 33.7, 0.5), su90("Yoshkar-Ola, Mari", 56.65, 48.0, 0.5)],
  "ss-18": [
    su90("Dombarovsky, Orenburg", 51.0, 59.8, 64 / 308),
    su90("Uzhur, Krasnoyarsk", 55.3, 89.8, 64 / 308),
    su90("Aleysk, Altai", 52.5, 82.8, 30 / 308),
    su90("Kartaly, Chelyabinsk", 53.05, 60.65, 46 / 308),
    su90("Derzhavinsk, Kazakh SSR", 51.1, 66.3, 52 / 308, "KZ"),
    su90("Zhangiz-Tobe, Kazakh SSR", 49.2, 81.2, 52 / 308, "KZ"),
  ],
  "ss-19": [
    su90("Kozelsk, Kaluga", 54.0, 35.8, 60 / 300),
    su90("Tatishchevo, Saratov", 51.7, 45.6, 110 / 300),
    su90("Khmelnytskyi, Ukrainian SSR", 49.42, 27.0, 90 / 300, "UA"),
    su90("Pervomaysk, Ukrainian SSR", 48.05, 30.85, 40 / 300, "UA"),
  ],
  "ss-24-silo": [
    su90("Pervomaysk, Ukrainian SSR", 48.05, 30.85, 46 / 56, "UA"),
    su90("Tatishchevo, Saratov", 51.7, 45.6, 10 / 56),
  ],
  "ss-24-rail": [
    su90("Kostroma (rail garrison)", 57.8, 41.0, 12 / 33),
    su90("Bershet, Perm (rail garrison)", 57.7, 56.4, 12 / 33),
    su90("Krasnoyarsk (rail garrison)", 56.0, 92.9, 9 / 33),
  ],
  "ss-25": ss25Areas.map(([name, lat, lon, where]) => su90(`${name} (SS-25 garrison)`, lat, lon, 1 / 12, where)),
  "ss-n-6": [
    northernFleet90(0.35),
    su90("Ostrovnoy (Gremikha), Murmansk", 68.06, 39.47, 0.15),
    pacificFleet90(0.25),
    barents(0.15, SEA_1990),
    okhotsk(0.1, SEA_1990),
  ],
  "ss-n-8": [
    su90("Olenya Guba, Murmansk", 69.2, 33.37, 0.3),
    northernFleet90(0.2),
    su90("Pavlovsk, Primorye", 42.87, 132.35, 0.2),
    barents(0.15, SEA_1990),
    okhotsk(0.15, SEA_1990),
  ],
  "ss-n-17": [su90("Ostrovnoy (Gremikha), Murmansk", 68.06, 39.47, 2 / 3), barents(1 / 3, SEA_1990)],
  "ss-n-18": [northernFleet90(0.35), pacificFleet90(0.35), barents(0.15, SEA_1990), okhotsk(0.15, SEA_1990)],
  "ss-n-20": [su90("Nerpichya (Zapadnaya Litsa), Murmansk", 69.43, 32.43, 2 / 3), barents(1 / 3, SEA_1990)],
  "ss-n-23": [northernFleet90(2 / 3), barents(1 / 3, SEA_1990)],
  "bear-h-alcm": [
    su90("Uzin air base, Ukrainian SSR", 49.8, 30.42, 0.25, "UA"),
    su90("Dolon air base (Semipalatinsk), Kazakh SSR", 50.54, 79.39, 0.25, "KZ"),
    su90("Mozdok air base, North Ossetia", 43.78, 44.6, 0.25),
    su90("Ukrainka air base, Amur", 51.17, 128.45, 0.25),
  ],
  "bear-non-alcm": [
    su90("Mozdok air base, North Ossetia", 43.78, 44.6, 0.5),
    su90("Ukrainka air base, Amur", 51.17, 128.45, 0.5),
  ],
  blackjack: [su90("Priluki air base, Ukrainian SSR", 50.58, 32.36, 1, "UA")],
  "moscow-abm": [site("A-35M/A-135 interceptor sites around Moscow (centroid)", 55.75, 37.62, 1, "RU", S)],
};

//// by preset ////

/** Force sites of every preset, keyed by preset id, then party id, then element or defence-layer id. */
export const PRESET_SITES: Readonly<Record<string, PresetSites>> = {
  "us-russia-2026": { us: US_CURRENT, ru: RU_CURRENT },
  "us-russia-china-2026": { us: US_CURRENT, ru: RU_CURRENT, cn: CN_CURRENT },
  // The 2035 projection keeps China's 2026 force structure (scaled), so its sites are the 2026 ones.
  "us-russia-china-2035": { us: US_CURRENT, ru: RU_CURRENT, cn: CN_CURRENT },
  "new-start-2020-09": { us: US_CURRENT, ru: RU_CURRENT },
  "start1-1990": { us: US_1990, ru: SU_1990 },
};

/**
 * Preset elements without sites, with the reason (kept beside the data so a test can check the list is exact).
 */
export const UNPLACED_ELEMENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "us-russia-2026": {
    "ru/nsnw-aggregate":
      "An aggregate of stored non-strategic warheads with no deployed launchers; central storage sites are not modelled as launch areas.",
    "ru/poseidon":
      "No deployed launchers (counted by frameworks only); carrier submarines and their bases are not modelled as launch areas.",
    "ru/burevestnik":
      "No deployed launchers (counted by frameworks only); test and deployment sites are not modelled as launch areas.",
  },
  "us-russia-china-2026": {
    "ru/nsnw-aggregate":
      "An aggregate of stored non-strategic warheads with no deployed launchers; central storage sites are not modelled as launch areas.",
    "ru/poseidon":
      "No deployed launchers (counted by frameworks only); carrier submarines and their bases are not modelled as launch areas.",
    "ru/burevestnik":
      "No deployed launchers (counted by frameworks only); test and deployment sites are not modelled as launch areas.",
  },
  "us-russia-china-2035": {
    "ru/nsnw-aggregate":
      "An aggregate of stored non-strategic warheads with no deployed launchers; central storage sites are not modelled as launch areas.",
    "ru/poseidon":
      "No deployed launchers (counted by frameworks only); carrier submarines and their bases are not modelled as launch areas.",
    "ru/burevestnik":
      "No deployed launchers (counted by frameworks only); test and deployment sites are not modelled as launch areas.",
  },
};

/**
 * Return the sites of one element (or defence layer) of one party in a preset.
 * @param presetId preset id, e.g. `us-russia-2026`
 * @param partyId party id, e.g. `ru`
 * @param elementId element or defence-layer id, e.g. `yars-mobile`
 * @returns the sites (shares sum to 1), or `undefined` when the preset, party or element has none
 */
export function presetSites(presetId: string, partyId: string, elementId: string): readonly Site[] | undefined {
  const preset = Object.hasOwn(PRESET_SITES, presetId) ? PRESET_SITES[presetId] : undefined;
  const party = preset !== undefined && Object.hasOwn(preset, partyId) ? preset[partyId] : undefined;
  if (party === undefined) return undefined;
  if (Object.hasOwn(party, elementId)) return party[elementId];
  const base = loadSplitBase(elementId);
  return base !== undefined && Object.hasOwn(party, base) ? party[base] : undefined;
}

/**
 * The element a whole-load sub-element was split from (`<id>-<n>w`, the part of an element carrying one more warhead
 * per launcher, which shares its sites), or undefined for other ids.
 * @param elementId element id
 */
export function loadSplitBase(elementId: string): string | undefined {
  return /^(.*)-\d+w$/.exec(elementId)?.[1];
}
