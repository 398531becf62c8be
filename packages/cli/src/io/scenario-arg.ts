/**
 * The scenario a command works on: the optional `[scenario]` argument (a file path or a preset id) or the
 * `--preset <id>` option, else the default preset. Only the preset named and the place tables the scenario needs
 * are loaded (`@seceq/data/lazy`).
 */
import type { Command, OptionValues } from "@commander-js/extra-typings";
import { loadScenarioBytes, registeredPlaceTable, type Scenario } from "@seceq/core";
import { DEFAULT_PRESET_ID, ensurePlaceTables, loadPreset, placeCountriesIn } from "@seceq/data/lazy";
import { isFileArg } from "./file-arg.js";
import { checkPresetId } from "./preset-arg.js";
import { readFileBytes } from "./read-input.js";
import { UserError } from "../errors.js";

/** Options every command with a scenario argument takes (see {@link scenarioInput}). */
export interface ScenarioOptions {
  /** Preset id, the same as giving it as the argument. */
  preset?: string;
}

/**
 * Add the optional `[scenario]` argument and the `--preset <id>` option to a command. A preset may be named either
 * way, since `--preset` is what many users type first.
 * @param command the command to extend
 */
export function scenarioInput<Args extends unknown[], Opts extends OptionValues>(command: Command<Args, Opts>) {
  return command
    .argument("[scenario]", "scenario file (YAML/JSON) or preset id (default: the default preset)")
    .option("--preset <id>", "preset id (the same as giving it as the scenario argument)");
}

/**
 * Load the scenario of a command declared with {@link scenarioInput}: the argument, or the `--preset` option, or the
 * default preset. Both at once is a user error.
 * @param arg the `[scenario]` argument
 * @param opts the command's options
 */
export async function resolveScenarioInput(arg: string | undefined, opts: ScenarioOptions): Promise<Scenario> {
  if (opts.preset !== undefined && arg !== undefined)
    throw new UserError(`give the scenario once: either "${arg}" or --preset ${opts.preset}, not both`);
  if (opts.preset === undefined) return resolveScenario(arg);
  checkPresetId(opts.preset);
  return loadPreset(opts.preset);
}

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
