/**
 * Resolve the optional `[scenario]` argument: a file path, a preset id, or (absent) the default preset.
 */
import { getPreset, DEFAULT_PRESET_ID } from "@seceq/data";
import type { Scenario } from "@seceq/core";
import { isFileArg } from "./file-arg.js";
import { readScenarioFile } from "./read-input.js";
import { presetOrThrow } from "../commands/data.js";

/**
 * Load the scenario named on the command line.
 * @param arg a path to a YAML/JSON file, or a preset id; the default preset when undefined
 */
export function resolveScenario(arg: string | undefined): Scenario {
  if (arg === undefined) return getPreset(DEFAULT_PRESET_ID);
  if (isFileArg(arg)) return readScenarioFile(arg);
  presetOrThrow(arg);
  return getPreset(arg);
}
