/**
 * Weapon-parameter catalogue: one entry per delivery system (or bomb type) with yield, accuracy, range and warhead
 * capacity, each with its source, date and confidence. Historical accuracy and yield values are Suh's (2022) data
 * note tables ([suh-2022]); entries for systems in the 2020–2026 presets use the same sources as the presets.
 *
 * Units: yield kt, CEP m, range km. A CEP is a range where the source gives one (`minM`–`maxM`), with other
 * single values the source also quotes in `alsoM`.
 */
import type { Category, Citation } from "@seceq/core";
import {
  ATOMICARCHIVE_US,
  background,
  DARK_EAGLE_2026,
  FAS_CN_2025,
  FAS_RU_2022_KUETT,
  JAPAN_DWP_2025,
  notional,
  restate,
  START_MOU_1990,
  SUH_2022,
} from "../presets/citations.js";

/** Countries in the catalogue: `su` is the Soviet Union, `ru` Russia. */
export type WeaponCountry = "us" | "su" | "ru" | "cn" | "uk" | "fr";

/** A circular error probable as the source gives it, m. */
export interface CepRange {
  /** Lowest value quoted, m. */
  minM: number;
  /** Highest value quoted, m (equal to `minM` for a single value). */
  maxM: number;
  /** Other single values the source quotes (e.g. Suh's "also 481"), m. */
  alsoM?: readonly number[];
}

/** Fields of an entry that may carry their own citation. */
export type WeaponField = "yieldKt" | "yieldOptionsKt" | "cepM" | "rangeKm" | "maxWarheads";

/** One catalogue entry. */
export interface WeaponEntry {
  /** Lower-case id, e.g. `trident-ii-d5`. */
  id: string;
  /** Common name with designations. */
  name: string;
  country: WeaponCountry;
  /** Scenario category the system usually takes. */
  category: Category;
  /** Warhead type(s), e.g. `W76-1 / W76-2 / W88`. */
  warhead?: string;
  /** Planning yield per warhead, kt. */
  yieldKt?: number;
  /** Other yields (warhead variants or dial-a-yield settings), kt. */
  yieldOptionsKt?: readonly number[];
  /** Circular error probable, m. */
  cepM?: CepRange;
  /** Maximum range, km (for aircraft: unrefueled range). */
  rangeKm?: number;
  /** Maximum warheads per missile or aircraft. */
  maxWarheads?: number;
  /** Main source, with `asOf` and `confidence`. */
  source: Citation;
  /** Sources of single fields when they differ from `source`. */
  fieldSources?: Partial<Record<WeaponField, Citation>>;
  notes?: string;
}

/** A single-value CEP. */
const cep1 = (m: number, alsoM?: readonly number[]): CepRange => ({ minM: m, maxM: m, ...(alsoM ? { alsoM } : {}) });
/** A CEP range. */
const cepR = (minM: number, maxM: number, alsoM?: readonly number[]): CepRange => ({
  minM,
  maxM,
  ...(alsoM ? { alsoM } : {}),
});

const NOW = "2026-02-05";
const bg = (note: string, asOf = NOW) => background(asOf, note);
/** A capacity taken as the START I attribution (MOU accountable warheads ÷ deployed launchers, 1 Sep 1990): derived. */
const mouMax = (note: string) =>
  restate(
    START_MOU_1990,
    "derived",
    `Capacity taken as the START I attribution (accountable warheads ÷ deployed): ${note}`,
  );

/** The catalogue, ordered by country then era. */
export const WEAPON_CATALOGUE: readonly WeaponEntry[] = [
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
      maxWarheads: mouMax("450 / 450 = 1."),
    },
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
    rangeKm: 13000,
    maxWarheads: 3,
    source: SUH_2022,
    fieldSources: {
      yieldOptionsKt: restate(SUH_2022, "published", "W62 170 kt, W87 300 kt, W78 335 kt (Suh's yield table)."),
      rangeKm: bg("~13,000 km."),
      maxWarheads: restate(
        ATOMICARCHIVE_US,
        "estimate",
        "1–3 × W78 on the Mk12A bus; deployed with one warhead today.",
      ),
    },
  },
  {
    id: "peacekeeper",
    name: "LGM-118 Peacekeeper (MX)",
    country: "us",
    category: "icbm-silo",
    warhead: "W87 (Mk21)",
    yieldKt: 300,
    cepM: cep1(90, [111]),
    rangeKm: 11000,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      rangeKm: bg("~11,000 km.", "1990-09-01"),
      maxWarheads: mouMax("500 / 50 = 10."),
    },
    notes: "Retired 2005.",
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
      maxWarheads: bg("Up to 14 RVs; START I attributed 10.", "1990-09-01"),
    },
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
    fieldSources: { rangeKm: bg("~7,400 km.", "1990-09-01"), maxWarheads: mouMax("3,072 / 384 = 8.") },
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
    rangeKm: 12000,
    maxWarheads: 8,
    source: SUH_2022,
    fieldSources: {
      yieldKt: restate(ATOMICARCHIVE_US, "estimate", "W76-1 90 kt; W76-2 'low' (commonly ~8 kt); W88 455 kt (Suh)."),
      yieldOptionsKt: restate(
        ATOMICARCHIVE_US,
        "estimate",
        "W76-2 'low' (commonly ~8 kt), W76-1 90 kt; W76 100 kt and W88 455 kt (Suh).",
      ),
      rangeKm: bg("~12,000 km."),
      maxWarheads: restate(ATOMICARCHIVE_US, "estimate", "1–8 warheads per missile."),
    },
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
      yieldOptionsKt: restate(ATOMICARCHIVE_US, "estimate", "W80-1 5–150 kt."),
      rangeKm: bg("~2,500 km."),
      maxWarheads: bg("One warhead per missile."),
    },
    notes: "Carried by the B-52H (up to 20).",
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
      yieldKt: bg("W69 ~170–200 kt.", "1990-09-01"),
      rangeKm: bg("~160 km.", "1990-09-01"),
      maxWarheads: bg("One warhead per missile.", "1990-09-01"),
    },
    notes: "Retired 1990–93.",
  },
  {
    id: "b52-gravity-bombs",
    name: "B-52 gravity bombs (B61/B83 family)",
    country: "us",
    category: "bomber",
    warhead: "B61-7 / B83",
    yieldKt: 1000,
    yieldOptionsKt: [360, 1000],
    cepM: cepR(130, 185, [116]),
    source: SUH_2022,
    fieldSources: {
      yieldOptionsKt: restate(SUH_2022, "published", "B61-7 360 kt and B83 1,000 kt (Suh's yield table)."),
    },
    notes: "Suh: 130–185 m (1987) and 116 m (late 1990s). Suh excludes gravity bombs from CMP.",
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
      yieldKt: restate(ATOMICARCHIVE_US, "estimate", "10–360 kt."),
      yieldOptionsKt: restate(ATOMICARCHIVE_US, "estimate", "10–360 kt."),
    },
  },
  {
    id: "b83",
    name: "B83 strategic gravity bomb",
    country: "us",
    category: "bomber",
    warhead: "B83-1",
    yieldKt: 1000,
    source: SUH_2022,
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
    fieldSources: { cepM: notional(NOW, "30 m placeholder for the tail-kit accuracy.") },
  },
  {
    id: "b-52h",
    name: "B-52H Stratofortress",
    country: "us",
    category: "bomber",
    warhead: "ALCM/W80-1",
    rangeKm: 14000,
    maxWarheads: 20,
    source: restate(
      ATOMICARCHIVE_US,
      "estimate",
      "87 aircraft / 44 nuclear in the table read; 46 nuclear-capable in current FAS counts.",
    ),
    fieldSources: { rangeKm: bg("Unrefueled range ~14,000 km.") },
  },
  {
    id: "b-2a",
    name: "B-2A Spirit",
    country: "us",
    category: "bomber",
    warhead: "B61-7/-11/-12, B83-1",
    rangeKm: 11000,
    maxWarheads: 16,
    source: restate(ATOMICARCHIVE_US, "estimate", "20/16 in the table read (total / nuclear-tasked, presumably)."),
    fieldSources: { rangeKm: bg("Unrefueled range ~11,000 km.") },
  },
  {
    id: "tomahawk",
    name: "BGM-109 Tomahawk land-attack cruise missile (conventional)",
    country: "us",
    category: "sea-cruise",
    yieldKt: 0.00045,
    cepM: cep1(10),
    rangeKm: 1600,
    maxWarheads: 1,
    source: bg("~1,600 km, ~450 kg warhead (yield given as kt TNT), accuracy metres to ~10 m."),
  },
  {
    id: "lrhw",
    name: "Long-Range Hypersonic Weapon 'Dark Eagle' (conventional)",
    country: "us",
    category: "hgv",
    yieldKt: 0.000013,
    rangeKm: 2775,
    maxWarheads: 1,
    source: DARK_EAGLE_2026,
    notes: "Range 2,775–3,500 km; kinetic glide body; first battery activated Dec 2025, missiles due early 2026.",
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
    fieldSources: { maxWarheads: mouMax("188 / 47 = 4.") },
  },
  {
    id: "ss-18-m4",
    name: "SS-18 Mod 4 (R-36M UTTH)",
    country: "su",
    category: "icbm-silo",
    yieldKt: 550,
    cepM: cepR(190, 260, [370]),
    rangeKm: 11000,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~550 kt.", "1990-09-01"),
      rangeKm: bg("~11,000 km.", "1990-09-01"),
      maxWarheads: mouMax("3,080 / 308 SS-18 = 10."),
    },
  },
  {
    id: "ss-18-m5",
    name: "SS-18 Mod 5 (R-36M2)",
    country: "su",
    category: "icbm-silo",
    yieldKt: 750,
    cepM: cep1(220),
    rangeKm: 11000,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~750 kt.", "1990-09-01"),
      rangeKm: bg("~11,000 km.", "1990-09-01"),
      maxWarheads: mouMax("3,080 / 308 SS-18 = 10."),
    },
  },
  {
    id: "ss-19-m3",
    name: "SS-19 Mod 3 (UR-100N UTTH)",
    country: "su",
    category: "icbm-silo",
    yieldKt: 550,
    cepM: cepR(350, 430),
    rangeKm: 10000,
    maxWarheads: 6,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("~550 kt.", "1990-09-01"),
      rangeKm: bg("~10,000 km.", "1990-09-01"),
      maxWarheads: mouMax("1,800 / 300 = 6."),
    },
  },
  {
    id: "ss-24",
    name: "SS-24 (RT-23 UTTH), silo and rail-mobile",
    country: "su",
    category: "icbm-silo",
    yieldKt: 550,
    cepM: cepR(200, 220),
    rangeKm: 10000,
    maxWarheads: 10,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("10 × 300–550 kt.", "1990-09-01"),
      rangeKm: bg("~10,000 km.", "1990-09-01"),
      maxWarheads: mouMax("(560 + 330) / (56 + 33) = 10."),
    },
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
      maxWarheads: mouMax("288 / 288 = 1."),
    },
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
      maxWarheads: bg("Mod 3 up to 7 RVs; START I attributed 3 (downloading provisions).", "1990-09-01"),
    },
    notes: "START I attributes 3 warheads (downloading provisions).",
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
      yieldKt: bg("~100–200 kt.", "1990-09-01"),
      rangeKm: bg("~8,300 km.", "1990-09-01"),
      maxWarheads: mouMax("1,200 / 120 = 10."),
    },
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
      yieldKt: bg("4 × ~100 kt (FAS tables)."),
      rangeKm: bg("~8,300 km."),
      maxWarheads: mouMax("448 / 112 = 4 (1990); Sineva/Layner also 4 in FAS tables."),
    },
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
      yieldKt: bg("~200–250 kt."),
      rangeKm: restate(FAS_RU_2022_KUETT, "estimate", "Up to ~2,500 km."),
      maxWarheads: bg("One warhead per missile."),
    },
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
    rangeKm: 11000,
    maxWarheads: 10,
    source: restate(FAS_RU_2022_KUETT, "estimate", "10 warheads each (FAS 2022 via Kütt)."),
    fieldSources: {
      yieldKt: bg("10 × 500–800 kt (FAS tables)."),
      cepM: restate(SUH_2022, "estimate", "Suh's SS-18 Mod 5 value."),
    },
  },
  {
    id: "avangard",
    name: "UR-100NUTTH with Avangard hypersonic glide vehicle",
    country: "ru",
    category: "icbm-silo",
    yieldKt: 1000,
    cepM: cep1(300),
    rangeKm: 10000,
    maxWarheads: 1,
    source: notional(
      NOW,
      "Yield and accuracy not public: 1,000 kt and 300 m placeholders; range of the SS-19 booster.",
    ),
  },
  {
    id: "topol-m",
    name: "RS-12M2 Topol-M (SS-27 Mod 1), silo and road-mobile",
    country: "ru",
    category: "icbm-silo",
    yieldKt: 800,
    cepM: cep1(348),
    rangeKm: 11000,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      yieldKt: bg("800 kt (FAS; Russian press gives 550–800 kt)."),
      rangeKm: bg("10,000–11,000 km."),
      maxWarheads: bg("Single warhead."),
    },
  },
  {
    id: "yars",
    name: "RS-24 Yars (SS-27 Mod 2), silo and road-mobile",
    country: "ru",
    category: "icbm-mobile",
    yieldKt: 100,
    cepM: cep1(348),
    rangeKm: 11000,
    maxWarheads: 4,
    source: restate(FAS_RU_2022_KUETT, "estimate", "Four warheads each (FAS 2022 via Kütt)."),
    fieldSources: {
      yieldKt: bg("FAS tables 100 kt; press accounts up to 500 kt."),
      cepM: restate(SUH_2022, "estimate", "Suh's SS-27 value applied to the Mod 2."),
    },
  },
  {
    id: "bulava",
    name: "RSM-56 Bulava (SS-N-32)",
    country: "ru",
    category: "slbm",
    yieldKt: 100,
    cepM: cep1(350),
    rangeKm: 8000,
    maxWarheads: 6,
    source: restate(FAS_RU_2022_KUETT, "estimate", "Up to six warheads (Kütt/FAS 2022)."),
    fieldSources: { cepM: notional(NOW, "No public accuracy; 350 m placeholder."), rangeKm: bg("8,000–9,300 km.") },
  },
  {
    id: "tu-95ms",
    name: "Tu-95MS/MSM Bear-H",
    country: "ru",
    category: "bomber",
    rangeKm: 15000,
    maxWarheads: 16,
    source: restate(FAS_RU_2022_KUETT, "estimate", "6–16 ALCMs depending on configuration."),
    fieldSources: { rangeKm: bg("~15,000 km.") },
  },
  {
    id: "tu-160",
    name: "Tu-160/Tu-160M Blackjack",
    country: "ru",
    category: "bomber",
    rangeKm: 12300,
    maxWarheads: 12,
    source: restate(FAS_RU_2022_KUETT, "estimate", "12 ALCMs internally."),
    fieldSources: { rangeKm: bg("~12,300 km.") },
  },
  {
    id: "kalibr",
    name: "3M14 Kalibr land-attack cruise missile",
    country: "ru",
    category: "sea-cruise",
    yieldKt: 0.00045,
    cepM: cep1(10),
    rangeKm: 1500,
    maxWarheads: 1,
    source: bg("~1,500 km (Caspian strikes on Syria; Putin: 1,400 km), dual-capable; conventional warhead ~450 kg."),
  },
  {
    id: "kinzhal",
    name: "Kh-47M2 Kinzhal air-launched ballistic missile",
    country: "ru",
    category: "air-launched",
    yieldKt: 0.0005,
    cepM: cep1(10),
    rangeKm: 2000,
    maxWarheads: 1,
    source: bg("~2,000 km including the MiG-31K radius; dual-capable."),
  },
  {
    id: "zircon",
    name: "3M22 Zircon hypersonic cruise missile",
    country: "ru",
    category: "sea-cruise",
    yieldKt: 0.0003,
    cepM: cep1(10),
    rangeKm: 1000,
    maxWarheads: 1,
    source: bg("At least 1,000 km (Sky TG24, Jan 2023); dual-capable."),
  },

  //// China ////
  {
    id: "df-5",
    name: "DF-5 / DF-5A (CSS-4)",
    country: "cn",
    category: "icbm-silo",
    yieldKt: 5000,
    cepM: cep1(500),
    rangeKm: 12000,
    maxWarheads: 1,
    source: SUH_2022,
    fieldSources: {
      rangeKm: bg("12,000 km (secondary pages, unconfirmed [U])."),
      maxWarheads: bg("DF-5/DF-5A: single warhead."),
    },
  },
  {
    id: "df-5b",
    name: "DF-5B (CSS-4 Mod 3), MIRV",
    country: "cn",
    category: "icbm-silo",
    yieldKt: 250,
    cepM: cep1(500),
    rangeKm: 13000,
    maxWarheads: 5,
    source: restate(FAS_CN_2025, "estimate", "Up to five warheads (DoD)."),
    fieldSources: {
      cepM: restate(SUH_2022, "estimate", "Suh's DF-5 value."),
      yieldKt: bg("200–300 kt (unconfirmed [U])."),
    },
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
      maxWarheads: bg("Single warhead."),
    },
  },
  {
    id: "df-31ag",
    name: "DF-31A / DF-31AG (CSS-10 Mod 2/3)",
    country: "cn",
    category: "icbm-mobile",
    yieldKt: 250,
    rangeKm: 11200,
    maxWarheads: 1,
    source: restate(
      FAS_CN_2025,
      "estimate",
      "Single warhead; road-mobile; DF-31-class missiles also loaded in the new silo fields (DoD 2025).",
    ),
    fieldSources: { yieldKt: bg("200–300 kt (unconfirmed [U])."), rangeKm: bg("11,200 km (secondary pages).") },
  },
  {
    id: "df-41",
    name: "DF-41 (CSS-20)",
    country: "cn",
    category: "icbm-mobile",
    yieldKt: 250,
    rangeKm: 12000,
    maxWarheads: 3,
    source: restate(FAS_CN_2025, "estimate", "Up to three warheads (DoD/FAS assumption; some sources claim ten)."),
    fieldSources: { yieldKt: bg("200–300 kt (unconfirmed [U])."), rangeKm: bg("12,000 km (secondary pages).") },
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
    fieldSources: { maxWarheads: bg("Single warhead.") },
  },
  {
    id: "jl-3",
    name: "JL-2 / JL-3 (Type 094 SSBN)",
    country: "cn",
    category: "slbm",
    yieldKt: 250,
    rangeKm: 10000,
    maxWarheads: 1,
    source: restate(FAS_CN_2025, "estimate", "One warhead assumed per missile; JL-3 ~10,000 km (secondary)."),
  },
  {
    id: "h-6n",
    name: "H-6N bomber with air-launched ballistic missile",
    country: "cn",
    category: "bomber",
    rangeKm: 6000,
    maxWarheads: 1,
    source: restate(FAS_CN_2025, "estimate", "Nuclear mission reassigned to some bombers; ~20 warheads."),
    fieldSources: {
      rangeKm: bg(
        "Radius plus missile range ~6,000 km: reaches Moscow (5,795 km from Beijing, Suh) but not Washington (11,152 km) under the capital-distance rule.",
      ),
    },
  },
  {
    id: "df-26",
    name: "DF-26 dual-capable IRBM",
    country: "cn",
    category: "ground-ballistic",
    yieldKt: 250,
    rangeKm: 4000,
    maxWarheads: 1,
    source: JAPAN_DWP_2025,
    fieldSources: { yieldKt: bg("200–300 kt."), rangeKm: bg("4,000 km (secondary pages).") },
  },
  {
    id: "df-17",
    name: "DF-17 hypersonic glide vehicle (conventional)",
    country: "cn",
    category: "hgv",
    yieldKt: 0.0005,
    rangeKm: 1600,
    maxWarheads: 1,
    source: JAPAN_DWP_2025,
    notes: "Range 1,600 km; Chinese claims up to 2,500 km.",
  },

  //// United Kingdom and France ////
  {
    id: "uk-trident-ii",
    name: "Trident II D5 (United Kingdom)",
    country: "uk",
    category: "slbm",
    cepM: cep1(90),
    source: SUH_2022,
  },
  {
    id: "fr-m4",
    name: "M4 SLBM (France)",
    country: "fr",
    category: "slbm",
    cepM: cepR(185, 480),
    source: SUH_2022,
  },
  {
    id: "fr-m45",
    name: "M45 SLBM with TN 75 (France)",
    country: "fr",
    category: "slbm",
    warhead: "TN 75",
    yieldKt: 100,
    cepM: cep1(350),
    source: SUH_2022,
  },
];

const BY_ID = new Map(WEAPON_CATALOGUE.map((w) => [w.id, w]));

/**
 * Look up a catalogue entry by id.
 * @param id entry id, e.g. `trident-ii-d5`
 * @returns the entry, or undefined when the id is unknown
 */
export function findWeapon(id: string): WeaponEntry | undefined {
  return BY_ID.get(id);
}

/**
 * A single planning CEP from a catalogue range: the first value the source also quotes, else the midpoint.
 * @param cep the range
 * @returns CEP, m
 */
export function planningCepM(cep: CepRange): number {
  return cep.alsoM?.[0] ?? (cep.minM + cep.maxM) / 2;
}
