/**
 * @seceq/data/lazy — the embedded data on demand: the preset list without the presets, one preset at a time, and only
 * the place tables a scenario needs (each a dynamic import). For edges that start often or ship to browsers (the CLI,
 * the web workbench); `@seceq/data` itself loads every preset and registers every place table when imported.
 */
export { DEFAULT_PRESET_ID, PRESET_LIST, isPresetId, listPresets, type PresetInfo } from "./presets/preset-list.js";
export { loadPreset, loadPresetInput } from "./presets/load-preset.js";
export { ensurePlaceTables, ensurePlaceTablesFor, placeCountriesIn } from "./geo/ensure-place-tables.js";
export { loadPlaceTable, PLACE_TABLE_COUNTRIES } from "./geo/load-place-table.js";
export * from "./geo/country-codes.js";
export * from "./geo/sites.js";
