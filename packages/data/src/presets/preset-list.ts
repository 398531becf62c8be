/**
 * The list of embedded presets without their contents: ids, names and dates for pickers and `seceq data list`, so a
 * listing loads no preset module (see `load-preset.ts`). `preset-list.test.ts` checks every entry against its preset.
 */

/** Summary of a preset for listings. */
export interface PresetInfo {
  id: string;
  name: string;
  description: string;
  asOf: string;
  parties: string[];
}

/** Id of the default scenario (`npm start`, `seceq evaluate` with no file). */
export const DEFAULT_PRESET_ID = "us-russia-2026";

/** Every embedded preset, in listing order (the first is the default). */
export const PRESET_LIST: readonly Readonly<PresetInfo>[] = [
  {
    id: "us-russia-2026",
    name: "US and Russia after New START (5 Feb 2026)",
    description:
      "US and Russian strategic, non-strategic, missile-defence and conventional long-range strike forces on the day " +
      "New START expired, from FAS Nuclear Notebook 2024–2025 estimates and later reporting. Deployed strategic " +
      "warheads: US ~1,672 (+100 B61 in Europe), Russia 1,718 (New START count 1,549; +1,477 non-strategic in " +
      "storage). Stockpile context: US ~3,700 (FAS 2025), Russia ~4,309 (FAS 2025).",
    asOf: "2026-02-05",
    parties: ["us", "ru"],
  },
  {
    id: "us-russia-china-2026",
    name: "US, Russia and China after New START (5 Feb 2026)",
    description:
      "The default US and Russian forces plus China's, from FAS Nuclear Notebook 2025, the Pentagon's China reports " +
      "2024–2025 and Japan's 2025 white paper. China: ~568 warheads assigned to launchers of ~600 (FAS 2025); about " +
      "100 of the ≥300 new silos loaded.",
    asOf: "2026-02-05",
    parties: ["us", "ru", "cn"],
  },
  {
    id: "us-russia-china-2035",
    name: "US and Russia (2026 forces) with China's projected 2035 force",
    description:
      "China scaled to about 1,500 warheads (DoD projection for 2035) with its 2026 force structure; US and Russian " +
      "forces held at their 5 Feb 2026 levels to isolate China's effect on the US–Russia index.",
    asOf: "2026-02-05",
    parties: ["us", "ru", "cn"],
  },
  {
    id: "new-start-2020-09",
    name: "New START data exchange, 1 Sep 2020",
    description:
      "US and Russian forces accountable under New START on 1 Sep 2020: US 675 deployed / 1,457 warheads / 800 " +
      "launchers (published breakdown), Russia 510 / 1,447 / 764 (published aggregates, estimated structure).",
    asOf: "2020-09-01",
    parties: ["us", "ru"],
  },
  {
    id: "start1-1990",
    name: "START I data base, 1 Sep 1990 (US and USSR)",
    description:
      "Deployed strategic forces in the START I Memorandum of Understanding (1 Sep 1990): US 2,246 delivery vehicles / " +
      "10,563 accountable warheads, USSR 2,500 / 10,271; with Suh's CEP and yield parameters.",
    asOf: "1990-09-01",
    parties: ["us", "ru"],
  },
];

/** List the embedded presets (copies: callers may change them). */
export function listPresets(): PresetInfo[] {
  return PRESET_LIST.map((p) => ({ ...p, parties: [...p.parties] }));
}

/** Whether `id` names an embedded preset. */
export function isPresetId(id: string): boolean {
  return PRESET_LIST.some((p) => p.id === id);
}
