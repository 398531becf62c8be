/**
 * Upload potential of the 2026 presets (issue 10; methods §7): non-deployed strategic warheads held for each
 * element (`treaty.storedWarheads`), and two Russian systems with no deployed launchers (Poseidon, Burevestnik) so
 * that frameworks can count them.
 *
 * Totals: US ~1,930 non-deployed warheads = stockpile ~3,700 (FAS 2025) − ~1,770 deployed (FAS 2024); Russia
 * ~1,114 non-deployed strategic warheads = stockpile 4,309 − 1,718 deployed strategic − 1,477 non-strategic
 * (FAS 2025). Split over the elements by what their launchers can take (maximum loads, reserve launchers): an
 * estimate of ours; not every stored warhead is compatible with every launcher.
 */
import type { Citation } from "@seceq/core";
import { cite, FAS_RU_2025, FAS_US_2024, FAS_US_2025, notional, restate } from "./citations.js";
import type { ElementInput } from "./modelling-defaults.js";

const A = "2026-02-05";

/** Stored warheads by element id, US (sum 1,892 ≈ 1,930, FAS 2025). */
export const US_STORED_2026: Readonly<Record<string, number>> = {
  "mm3-w78": 400, // 200 Minuteman III from 1 to 3 W78 (Mk12A)
  "d5-w76-1": 908, // 168 Trident II from 4.5 to 8 (588) + 40 non-deployed tubes × 8 (320)
  "d5-w88": 192, // 48 Trident II from 4 to 8 W88
  "b52h-alcm": 300, // ALCMs in storage beyond the ~200 at bomber bases (B-52H takes 20)
  b2a: 92, // 12 B-2A from 100 bombs to 16 each
};

/**
 * Loads Russian elements return to from storage: the maximum loads of the MIRVed missiles and the typical bomber
 * loads the 2026 preset's bomber-base figures start from (Tu-95MS 8, Tu-160 12); the 16 non-deployed Bulava tubes
 * are loaded too (sum 1,109 ≈ 1,114, FAS 2025).
 */
export const RU_UPLOAD_LOADS: Readonly<Record<string, number>> = {
  "rs-20v-voevoda": 10,
  "yars-silo": 4,
  "yars-mobile": 4,
  "bulava-borei": 6,
  "sineva-delta-iv": 4,
  "tu-95ms": 8,
  "tu-160": 12,
};
const RU_RESERVE_LOADED = new Set(["bulava-borei"]);

/** Stored warheads that bring each listed element to its upload load (and load its reserve launchers if listed). */
function storedToLoad(forces: readonly ElementInput[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of forces) {
    const load = RU_UPLOAD_LOADS[f.id];
    if (load === undefined) continue;
    const reserve = RU_RESERVE_LOADED.has(f.id) ? (f.launchers.nonDeployed ?? 0) * load : 0;
    out[f.id] = Math.round(f.launchers.deployed * (load - f.warheadsPerLauncher)) + reserve;
  }
  return out;
}

const US_UPLOAD: Citation = restate(
  FAS_US_2025,
  "derived",
  `Non-deployed warheads ~1,930 = stockpile ~3,700 (FAS 2025) − ~1,770 deployed (${FAS_US_2024.source}), split by launcher capacity (our estimate): MM3/W78 400, D5/W76-1 908, D5/W88 192, ALCM 300, B-2A 92.`,
);
const RU_UPLOAD: Citation = restate(
  FAS_RU_2025,
  "derived",
  "Non-deployed strategic warheads ~1,114 = 4,309 − 1,718 − 1,477 (FAS 2025), split by returning each MIRVed missile to its maximum load and each bomber to its typical load (Tu-95MS 8, Tu-160 12), and loading the 16 non-deployed Bulava tubes (our estimate).",
);

/**
 * Return the elements with their stored warheads (and the citation of `treaty`) set from `stored`.
 * @param forces the party's elements
 * @param stored stored warheads by element id
 * @param source citation of the figures
 */
export function withStored(
  forces: readonly ElementInput[],
  stored: Readonly<Record<string, number>>,
  source: Citation,
): ElementInput[] {
  const m = new Map(Object.entries(stored));
  return forces.map((f) => {
    const n = m.get(f.id);
    if (n === undefined) return f;
    return {
      ...f,
      treaty: { ...f.treaty, storedWarheads: n },
      // `fieldSources` is keyed by element field: the stored warheads sit in `treaty`, whose citation may already cover
      // another attribute (throw-weight); then the upload source is added to its note.
      fieldSources: {
        ...f.fieldSources,
        treaty: f.fieldSources?.treaty
          ? restate(
              f.fieldSources.treaty,
              f.fieldSources.treaty.confidence,
              `treaty.storedWarheads ${n}: ${source.source} (${source.confidence}): ${source.note ?? ""}`,
            )
          : source,
      },
    };
  });
}

/** US elements with upload potential. */
export const withUsUpload = (forces: readonly ElementInput[]) => withStored(forces, US_STORED_2026, US_UPLOAD);
/** Russian elements with upload potential. */
export const withRuUpload = (forces: readonly ElementInput[]) => withStored(forces, storedToLoad(forces), RU_UPLOAD);

const PUTIN_2018 = cite(
  "Putin, V., Presidential Address to the Federal Assembly, 1 March 2018",
  "2018-03-01",
  "published",
  {
    url: "http://en.kremlin.ru/events/president/news/56957",
    note: "Announced a nuclear-powered, nuclear-armed cruise missile of unlimited range (Burevestnik) and a nuclear-armed unmanned underwater vehicle (Poseidon).",
  },
);
const TESTS_2025 = cite(
  "Press reports of Russian statements, October 2025 (Burevestnik and Poseidon tests)",
  "2025-10-29",
  "estimate",
  {
    note: "Russia's General Staff reported a Burevestnik flight of about 14,000 km (26 Oct 2025); Putin announced a Poseidon test (29 Oct 2025). Neither is reported deployed.",
  },
);

/** Poseidon and Burevestnik: 0 deployed, listed so that frameworks can count them. */
export const RU_NEW_KINDS_2026: ElementInput[] = [
  {
    id: "poseidon",
    name: "Poseidon (Status-6) nuclear-armed autonomous torpedo",
    category: "sea-cruise",
    flight: "cruise",
    launchers: { deployed: 0 },
    warheadsPerLauncher: 1,
    maxWarheadsPerLauncher: 1,
    yieldKt: 2000,
    cepM: 1000,
    reliability: 0.7,
    rangeKm: 10000,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 6, survivableFraction: { dayToDay: 0.5, generated: 0.9 } },
    treaty: { accountable: false },
    source: PUTIN_2018,
    fieldSources: {
      launchers: TESTS_2025,
      maxWarheadsPerLauncher: notional(A, "One warhead per vehicle."),
      yieldKt: notional(A, "Reported up to ~2 Mt (press reports; claims of 100 Mt are not credible); placeholder."),
      cepM: notional(A, "Not public; 1 km placeholder (a coastal-city weapon, not a counterforce one)."),
      reliability: notional(A, "Developmental system; 0.7 placeholder."),
      rangeKm: notional(A, "'Intercontinental' (2018 address); 10,000 km placeholder."),
      basing: notional(A, "Carried by special-purpose submarines (Belgorod; up to 6 each reported); soft in port."),
    },
    notes: "0 deployed. Not counted by New START; a framework can count it by id or category.",
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
    rangeKm: 20000,
    basing: { hardnessPsi: 10, launchersPerAimPoint: 1, survivableFraction: { dayToDay: 0, generated: 0.3 } },
    treaty: { accountable: false },
    source: PUTIN_2018,
    fieldSources: {
      launchers: TESTS_2025,
      maxWarheadsPerLauncher: notional(A, "One warhead per missile."),
      yieldKt: notional(A, "Warhead yield not public; 200 kt placeholder."),
      cepM: notional(A, "Not public; 100 m placeholder."),
      reliability: notional(A, "Several failed tests reported before 2025; 0.6 placeholder."),
      rangeKm: notional(
        A,
        "'Unlimited' range claimed; a 14,000 km test flight reported in Oct 2025; 20,000 km placeholder.",
      ),
      basing: notional(A, "Fixed launch sites, soft; placeholder."),
    },
    notes: "0 deployed. Not counted by New START; a framework can count it by id or category.",
  },
];
