/**
 * Defence-layer order (methods §2): a salvo meets a party's layers in the order `defenses` lists them, outermost
 * first. With finite inventories the order changes the result, so a list that looks reversed — a terminal layer
 * before a midcourse one that engages the same flights against the same coverage — gets a `defense_order` warning.
 *
 * The tier of a layer is read from its id and name only (words such as `boost`, `midcourse`, `terminal`, and the names
 * of well-known systems); a layer whose tier cannot be read, or reads as more than one, is never warned about.
 */
import type { Issue } from "../_shared/issues.js";
import type { DefenseLayer } from "./scenario.js";

/** Engagement tiers, outermost first. */
export const DEFENSE_TIERS = ["boost", "midcourse", "terminal"] as const;
/** An engagement tier: boost phase, midcourse (exo-atmospheric, upper tier) or terminal (endo-atmospheric, lower). */
export type DefenseTier = (typeof DEFENSE_TIERS)[number];

/** Words (in a layer's id or name) that mark each tier. */
const TIER_WORDS: Record<DefenseTier, RegExp> = {
  boost: /\bboost\b|\bboost-phase\b/,
  midcourse: /\bmid-?course\b|\bgmd\b|\bgbi\b|\bngi\b|\bsm-?3\b|\bexo-?atmospheric\b|\bupper[- ]tier\b|\barrow[- ]?3\b/,
  terminal:
    /\bterminal\b|\bthaad\b|\bpatriot\b|\bpac-?[23]\b|\bendo-?atmospheric\b|\blower[- ]tier\b|\bpoint[- ]defen[cs]e\b|\bsm-?6\b|\barrow[- ]?2\b/,
};

/**
 * The tier a layer's id and name name, or undefined when they name none or more than one.
 * @param layer a defence layer (its `id` and `name` are read)
 */
export function defenseTier(layer: Pick<DefenseLayer, "id" | "name">): DefenseTier | undefined {
  const text = `${layer.id} ${layer.name}`.toLowerCase();
  const found = DEFENSE_TIERS.filter((t) => TIER_WORDS[t].test(text));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Warnings for one party's layers listed in an order that looks reversed: for each pair where a layer of an inner
 * tier comes before one of an outer tier and both engage a common flight profile against a common coverage.
 * @param layers the party's `defenses`, in listed order
 * @param basePath path of the `defenses` list, e.g. `["parties", 0, "defenses"]`
 * @returns `defense_order` warnings, located at the earlier (inner) layer
 */
export function defenseOrderWarnings(
  layers: readonly Pick<DefenseLayer, "id" | "name" | "engages" | "covers">[],
  basePath: readonly (string | number)[],
): Issue[] {
  const out: Issue[] = [];
  const tiers = layers.map(defenseTier);
  for (let i = 0; i < layers.length; i++) {
    const ti = tiers[i];
    if (ti === undefined) continue;
    for (let j = i + 1; j < layers.length; j++) {
      const tj = tiers[j];
      if (tj === undefined || DEFENSE_TIERS.indexOf(tj) >= DEFENSE_TIERS.indexOf(ti)) continue;
      const a = layers[i]!;
      const b = layers[j]!;
      const flights = a.engages.filter((f) => b.engages.includes(f));
      const covers = a.covers.filter((c) => b.covers.includes(c));
      if (flights.length === 0 || covers.length === 0) continue;
      out.push({
        code: "defense_order",
        severity: "warning",
        path: [...basePath, i],
        message:
          `layer "${a.id}" (${ti}) is listed before "${b.id}" (${tj}); both engage ${flights.join("/")} salvos aimed at ` +
          `${covers.join(" and ")}, and salvos meet layers in the listed order, so "${a.id}" fires first`,
        hint: `list outer layers first (boost, midcourse, terminal): move "${b.id}" above "${a.id}"`,
      });
    }
  }
  return out;
}
