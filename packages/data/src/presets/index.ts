/**
 * Registry of scenario presets, synchronous: importing it loads every preset and registers every place table. Each
 * preset is a typed {@link ScenarioInput} with a citation on every element. Callers that need one preset should prefer
 * `loadPreset` / `loadPresetInput` (`./load-preset.ts`), which load only that preset and the place tables it needs.
 */
import { getOwn, parseScenario, type Scenario, type ScenarioInput } from "@seceq/core";
import { NEW_START_2020_09 } from "./new-start-2020-09.js";
import { START1_1990 } from "./start1-1990.js";
import { US_RUSSIA_2026 } from "./us-russia-2026.js";
import { US_RUSSIA_CHINA_2026 } from "./us-russia-china-2026.js";
import { withGeography } from "./geography.js";
import { US_RUSSIA_CHINA_2035 } from "./us-russia-china-2035.js";
// Presets that use the population model need the place tables in the engine wherever presets are loaded.
import "../population-registry.js";

export { DEFAULT_PRESET_ID, isPresetId, listPresets, PRESET_LIST, type PresetInfo } from "./preset-list.js";
export { loadPreset, loadPresetInput } from "./load-preset.js";

/** The presets as written, by id. */
const WRITTEN: Record<string, ScenarioInput> = Object.fromEntries(
  [US_RUSSIA_2026, US_RUSSIA_CHINA_2026, US_RUSSIA_CHINA_2035, NEW_START_2020_09, START1_1990].map((p) => [p.id, p]),
);

// Geography (force sites, population value model) is attached in one place, ./geography.ts, on a preset's first use.
const withSites = new Map<string, ScenarioInput>();

/** A preset with its geography (shared: callers copy it), or undefined when the id is unknown. */
function preset(id: string): ScenarioInput | undefined {
  const written = getOwn(WRITTEN, id);
  if (!written) return undefined;
  let p = withSites.get(id);
  if (!p) withSites.set(id, (p = withGeography(written)));
  return p;
}

/** Return a preset as written (an editable scenario document), or undefined when the id is unknown. */
export function getPresetInput(id: string): ScenarioInput | undefined {
  const p = preset(id);
  return p ? structuredClone(p) : undefined;
}

/** Return a preset validated, with defaults filled in; throws when the id is unknown. */
export function getPreset(id: string): Scenario {
  const p = preset(id);
  if (!p) throw new Error(`unknown preset "${id}"; known: ${Object.keys(WRITTEN).join(", ")}`);
  return parseScenario(p);
}
