/**
 * Fill the engine's place-table registry (`registerPlaceTables` in `@seceq/core`) with every embedded place table,
 * so that `evaluate()` of a population-model scenario works wherever `@seceq/data` is imported: the CLI, the server,
 * worker pools and the web engine worker. Importing this module has that one side effect.
 */
import { registerPlaceTables, type PlaceTable } from "@seceq/core";
import { PLACE_TABLE_COUNTRIES, placeTable } from "./geo/index.js";

/** Register the embedded place tables in the engine (idempotent). */
export function registerEmbeddedPlaceTables(): void {
  registerPlaceTables(PLACE_TABLE_COUNTRIES.map((c) => placeTable(c)).filter((t): t is PlaceTable => t !== undefined));
}

registerEmbeddedPlaceTables();
