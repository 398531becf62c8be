/**
 * Check a preset id given on the command line against the preset list (no preset is loaded to do so).
 */
import { closest } from "@seceq/core";
import { isPresetId, listPresets } from "@seceq/data/lazy";
import { UserError } from "../errors.js";

/** Throw a {@link UserError} naming the known ids (and the closest one) unless `id` names a preset. */
export function checkPresetId(id: string): void {
  if (isPresetId(id)) return;
  const ids = listPresets().map((p) => p.id);
  const guess = closest(id, ids);
  throw new UserError([
    {
      code: "unknown_preset",
      path: [],
      message: `unknown preset "${id}"; known: ${ids.join(", ")}`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    },
  ]);
}
