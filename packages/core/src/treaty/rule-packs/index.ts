/**
 * The built-in rule packs: New START, START I, SORT, INF and "none", each a {@link Framework} like a user's file.
 * They are written in the framework's parsed (canonical) form and not parsed when the engine loads (parsing them
 * cost about 0.2 s of every cold start); `index.test.ts` validates each and checks that parsing leaves it unchanged.
 */
import type { Framework } from "../framework-schema.js";
import { INF } from "./inf.js";
import { NEW_START } from "./new-start.js";
import { NONE } from "./none.js";
import { SORT } from "./sort.js";
import { START1 } from "./start1.js";

export { NEW_START } from "./new-start.js";
export { START1 } from "./start1.js";
export { SORT } from "./sort.js";
export { INF } from "./inf.js";
export { NONE } from "./none.js";

/** Ids of the built-in rule packs. */
export type RulePackId = "new-start" | "start1" | "sort" | "inf" | "none";

/** The built-in rule packs by id. */
export const RULE_PACKS: Readonly<Record<RulePackId, Framework>> = {
  "new-start": NEW_START,
  start1: START1,
  sort: SORT,
  inf: INF,
  none: NONE,
};

/** Ids of the built-in rule packs, in listing order. */
export const RULE_PACK_IDS: readonly RulePackId[] = ["new-start", "start1", "sort", "inf", "none"];

/** True when `id` names a built-in rule pack. */
export function isRulePackId(id: string): id is RulePackId {
  return (RULE_PACK_IDS as readonly string[]).includes(id);
}

/** Return a built-in rule pack by id, or undefined when the id is unknown. */
export function getRulePack(id: string): Framework | undefined {
  return isRulePackId(id) ? RULE_PACKS[id] : undefined;
}
