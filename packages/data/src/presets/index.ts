/**
 * Registry of scenario presets. Each preset is a typed {@link ScenarioInput} with a citation on every element.
 */
import { getOwn, parseScenario, type Scenario, type ScenarioInput } from "@seceq/core";
import { NEW_START_2020_09 } from "./new-start-2020-09.js";
import { START1_1990 } from "./start1-1990.js";
import { US_RUSSIA_2026 } from "./us-russia-2026.js";
import { US_RUSSIA_CHINA_2026 } from "./us-russia-china-2026.js";
import { withGeography } from "./geography.js";
import { US_RUSSIA_CHINA_2035 } from "./us-russia-china-2035.js";

/** Summary of a preset for listings. */
export interface PresetInfo {
  id: string;
  name: string;
  description: string;
  asOf: string;
  parties: string[];
}

// Geography (force sites, population value model) is attached in one place: ./geography.ts.
const PRESETS: Record<string, ScenarioInput> = Object.fromEntries(
  [US_RUSSIA_2026, US_RUSSIA_CHINA_2026, US_RUSSIA_CHINA_2035, NEW_START_2020_09, START1_1990].map((p) => [
    p.id,
    withGeography(p),
  ]),
);

/** Id of the default scenario (`npm start`, `seceq evaluate` with no file). */
export const DEFAULT_PRESET_ID = "us-russia-2026";

/** List the embedded presets. */
export function listPresets(): PresetInfo[] {
  return Object.values(PRESETS).map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description ?? "",
    asOf: p.asOf,
    parties: p.parties.map((x) => x.id),
  }));
}

/** Return a preset as written (an editable scenario document), or undefined when the id is unknown. */
export function getPresetInput(id: string): ScenarioInput | undefined {
  const p = getOwn(PRESETS, id);
  return p ? structuredClone(p) : undefined;
}

/** Return a preset validated, with defaults filled in; throws when the id is unknown. */
export function getPreset(id: string): Scenario {
  const p = getOwn(PRESETS, id);
  if (!p) throw new Error(`unknown preset "${id}"; known: ${Object.keys(PRESETS).join(", ")}`);
  return parseScenario(p);
}
