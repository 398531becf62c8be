/**
 * Resolve the optional `[scenario]` argument: a file path, a preset id, or (absent) the default preset. Only the
 * preset named and the place tables the scenario needs are loaded (`@seceq/data/lazy`).
 */
import { loadScenarioBytes, registeredPlaceTable, type Scenario } from "@seceq/core";
import { DEFAULT_PRESET_ID, ensurePlaceTables, loadPreset, placeCountriesIn } from "@seceq/data/lazy";
import { isFileArg } from "./file-arg.js";
import { checkPresetId } from "./preset-arg.js";
import { readFileBytes } from "./read-input.js";
import { UserError } from "../errors.js";

/**
 * Load the scenario named on the command line, with the place tables its population value models need registered.
 * @param arg a path to a YAML/JSON file, or a preset id; the default preset when undefined
 */
export async function resolveScenario(arg: string | undefined): Promise<Scenario> {
  if (arg === undefined) return loadPreset(DEFAULT_PRESET_ID);
  if (isFileArg(arg)) return readScenarioWithPlaces(arg);
  checkPresetId(arg);
  return loadPreset(arg);
}

/**
 * Read and validate a scenario file, then load the place tables it names. The engine checks a population model's
 * country against the registered tables: when one has none, every table is registered and the document is checked
 * again, so the issue is located in the file and lists the countries that have tables. The file is read once (it may
 * be a pipe).
 */
async function readScenarioWithPlaces(path: string): Promise<Scenario> {
  const bytes = readFileBytes(path);
  const load = () => {
    const r = loadScenarioBytes(bytes, path);
    if (!r.value) throw new UserError(r.issues);
    return r.value;
  };
  const scenario = load();
  const countries = placeCountriesIn(scenario);
  await ensurePlaceTables(countries);
  return countries.every((c) => registeredPlaceTable(c)) ? scenario : load();
}
