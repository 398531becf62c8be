/**
 * Human names for paths into a scenario document: `parties[us].forces[mm3-w87].launchers.deployed` reads "United
 * States · Minuteman III, Mk21 / W87 · Deployed launchers". Parties, force elements and defence layers are named by
 * their `name`; fields by a label with its unit. Paths the table does not know fall back to their words
 * (`holdBackFraction` → "hold back fraction").
 */
import type { DocPath } from "./scenario-path.js";

/** Labels (with units) of scenario fields, keyed by the dotted path below a party, element, layer or the root. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  // Party
  posture: "Alert posture",
  "options.launchUnderAttack": "Launch under attack",
  "options.holdBackFraction": "Held back against third parties (share)",
  "value.damageCurve.w80": "w80: arriving warheads that destroy 80 % of value",
  "value.damageCurve.valueAreaKm2": "Value area (km²)",
  "value.damageCurve.model": "Damage model",
  // Force element
  launchers: "Launchers (deployed, non-deployed, test)",
  basing: "Basing (hardness, aim points, survivable shares)",
  treaty: "Treaty attributes",
  flight: "Flight profile",
  conventional: "Conventional effect",
  "launchers.deployed": "Deployed launchers",
  "launchers.nonDeployed": "Non-deployed launchers",
  "launchers.test": "Test launchers",
  warheadsPerLauncher: "Warheads per launcher",
  maxWarheadsPerLauncher: "Upload capacity (warheads per launcher)",
  yieldKt: "Yield (kt)",
  cepM: "CEP (m)",
  reliability: "Reliability (share)",
  rangeKm: "Range (km)",
  decoysPerWarhead: "Decoys per warhead",
  "basing.hardnessPsi": "Hardness (psi)",
  "basing.launchersPerAimPoint": "Launchers per aim point",
  "basing.survivableFraction.dayToDay": "Survivable share, day-to-day",
  "basing.survivableFraction.generated": "Survivable share, generated",
  // Defence layer
  interceptors: "Interceptors",
  pk: "Single-shot kill probability",
  tracking: "Tracking probability",
  // Assumptions
  "assumptions.lethalRadiusModel": "Lethal-radius model",
  "assumptions.softTargetModel": "Lethal-radius model for soft targets",
  "assumptions.softTargetBelowPsi": "Soft-target threshold (psi)",
  "assumptions.costExponent": "Cost exponent (on damage)",
  "assumptions.costWeight": "Cost weight (adversary's undestroyed value)",
  "assumptions.strikerSurvivableUse": "Striker's use of survivable forces (share)",
  "assumptions.luaFraction": "LUA fraction (share saved by launch under attack)",
  "assumptions.maxWarheadsPerAimPoint": "Max warheads per aim point",
  "assumptions.fratricideFactor": "Fratricide (loss per extra warhead on an aim point)",
  "assumptions.minEfficiency": "Minimum counterforce efficiency",
  "assumptions.counterforceFlights": "Flight profiles used against forces",
  asOf: "Date described",
  name: "Name",
};

/** "holdBackFraction" → "hold back fraction". */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function fieldLabel(keys: readonly string[]): string {
  const k = keys.join(".");
  return FIELD_LABELS[k] ?? keys.map(words).join(" › ");
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Name of an array item: its `name`, else its `id`, else its index. */
function itemName(item: unknown, index: number): string {
  if (isRecord(item)) {
    if (typeof item.name === "string" && item.name) return item.name;
    if (typeof item.id === "string") return item.id;
  }
  return `#${index + 1}`;
}

/**
 * Human label of a path in a scenario document: the names of the party, element or layer along it, then the field's
 * label, joined by " · ".
 * @param path the path (array items by index)
 * @param doc the document the path points into (for names)
 */
export function humanPathLabel(path: DocPath, doc: unknown): string {
  const parts: string[] = [];
  let cur: unknown = doc;
  const keys: string[] = [];
  let named = false;
  const NAMED = ["parties", "forces", "defenses"];
  for (const key of path) {
    if (typeof key === "number") {
      const item: unknown = Array.isArray(cur) ? (cur as unknown[])[key] : undefined;
      if (keys.length === 0 && named) {
        // An item of a named array: its name starts a new scope.
        parts.push(itemName(item, key));
        named = false;
        keys.length = 0;
      } else keys.push(`${key + 1}`);
      cur = item;
      continue;
    }
    if (keys.length === 0 && NAMED.includes(key)) named = true;
    else keys.push(key);
    cur = isRecord(cur) ? cur[key] : undefined;
  }
  if (named) parts.push(words(String(path[path.length - 1])));
  if (keys.length > 0) parts.push(fieldLabel(keys));
  return parts.length === 0 ? "(whole scenario)" : parts.join(" · ");
}

/**
 * Replace ids in a text built by the engine (e.g. "us gives 545 warheads … mm3-w87: 200 → 0") by display names.
 * An id is replaced only as a whole token (not inside a longer id such as `mm3-w87-b`); longer ids first.
 * @param text the text
 * @param names id → display name (parties, elements)
 */
export function nameIds(text: string, names: Readonly<Record<string, string>>): string {
  const ids = Object.keys(names).sort((a, b) => b.length - a.length);
  if (ids.length === 0) return text;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(?<![A-Za-z0-9-])(${ids.map(esc).join("|")})(?![A-Za-z0-9-])`, "g");
  return text.replace(re, (id) => names[id] ?? id);
}
