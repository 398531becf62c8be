/**
 * Presets on demand: each preset's module is imported when it is first asked for (one chunk per preset in a browser
 * bundle), its geography attached once, and only the place tables its population value model needs are registered.
 * The synchronous registry (`./index.ts`) loads every preset and every place table instead.
 */
import { parseScenario, type Scenario, type ScenarioInput } from "@seceq/core";
import { ensurePlaceTablesFor } from "../geo/ensure-place-tables.js";
import { withGeography } from "./geography.js";

/** One literal import per preset: bundlers can only split imports they can see. */
const MODULES: Readonly<Record<string, () => Promise<ScenarioInput>>> = {
  "us-russia-2026": async () => (await import("./us-russia-2026.js")).US_RUSSIA_2026,
  "us-russia-china-2026": async () => (await import("./us-russia-china-2026.js")).US_RUSSIA_CHINA_2026,
  "us-russia-china-2035": async () => (await import("./us-russia-china-2035.js")).US_RUSSIA_CHINA_2035,
  "new-start-2020-09": async () => (await import("./new-start-2020-09.js")).NEW_START_2020_09,
  "start1-1990": async () => (await import("./start1-1990.js")).START1_1990,
};

/** Presets with their geography, by id, loaded once. */
const loaded = new Map<string, Promise<ScenarioInput>>();

/** The preset's document with its geography (shared: callers copy it), or undefined for an unknown id. */
function presetWithGeography(id: string): Promise<ScenarioInput> | undefined {
  const load = Object.hasOwn(MODULES, id) ? MODULES[id] : undefined;
  if (!load) return undefined;
  let p = loaded.get(id);
  if (!p) {
    p = load().then(withGeography);
    // A failed load (a network error in a browser) may be retried.
    p.catch(() => loaded.delete(id));
    loaded.set(id, p);
  }
  return p;
}

/**
 * Load a preset as written (an editable scenario document, a fresh copy), or undefined when the id is unknown. No
 * place table is loaded: to evaluate the document, call `ensurePlaceTablesFor` on it first (or use {@link loadPreset}).
 * @param id preset id (see `listPresets`)
 */
export async function loadPresetInput(id: string): Promise<ScenarioInput | undefined> {
  const p = presetWithGeography(id);
  return p ? structuredClone(await p) : undefined;
}

/**
 * Load a preset validated, with defaults filled in, and register the place tables it needs; rejects when the id is
 * unknown.
 * @param id preset id (see `listPresets`)
 */
export async function loadPreset(id: string): Promise<Scenario> {
  const p = presetWithGeography(id);
  if (!p) throw new Error(`unknown preset "${id}"; known: ${Object.keys(MODULES).join(", ")}`);
  const input = await p;
  await ensurePlaceTablesFor(input);
  return parseScenario(input);
}
