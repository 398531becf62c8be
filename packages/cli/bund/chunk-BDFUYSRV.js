import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  isFileArg
} from "./chunk-XTBLRET6.js";
import {
  checkPresetId
} from "./chunk-O55QCBDD.js";
import {
  DEFAULT_PRESET_ID,
  ensurePlaceTables,
  loadPreset,
  placeCountriesIn
} from "./chunk-VFJJYWYL.js";
import {
  readFileBytes
} from "./chunk-TAVVANR4.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  loadScenarioBytes,
  registeredPlaceTable
} from "./chunk-GM5MLEME.js";

// packages/cli/dist/io/scenario-arg.js
async function resolveScenario(arg) {
  if (arg === void 0)
    return loadPreset(DEFAULT_PRESET_ID);
  if (isFileArg(arg))
    return readScenarioWithPlaces(arg);
  checkPresetId(arg);
  return loadPreset(arg);
}
async function readScenarioWithPlaces(path) {
  const bytes = readFileBytes(path);
  const load = () => {
    const r = loadScenarioBytes(bytes, path);
    if (!r.value)
      throw new UserError(r.issues);
    return r.value;
  };
  const scenario = load();
  const countries = placeCountriesIn(scenario);
  await ensurePlaceTables(countries);
  return countries.every((c) => registeredPlaceTable(c)) ? scenario : load();
}

export {
  resolveScenario
};
