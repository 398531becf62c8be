/**
 * Every committed place table, synchronously (for the CLI, the server and the engine worker). The browser main thread
 * should prefer {@link loadPlaceTable}, which fetches one country on demand.
 */
import type { PlaceTable } from "@seceq/core";
import { table as usTable } from "./places/us.js";
import { table as ruTable } from "./places/ru.js";
import { table as cnTable } from "./places/cn.js";
import { table as gbTable } from "./places/gb.js";
import { table as frTable } from "./places/fr.js";
import { table as inTable } from "./places/in.js";
import { table as pkTable } from "./places/pk.js";
import { table as kpTable } from "./places/kp.js";
import { table as ilTable } from "./places/il.js";
import { table as beTable } from "./places/be.js";
import { table as deTable } from "./places/de.js";
import { table as itTable } from "./places/it.js";
import { table as nlTable } from "./places/nl.js";
import { table as trTable } from "./places/tr.js";
import { table as plTable } from "./places/pl.js";
import { table as roTable } from "./places/ro.js";
import { table as byTable } from "./places/by.js";
import { table as jpTable } from "./places/jp.js";
import { table as krTable } from "./places/kr.js";

export { PLACE_TABLE_COUNTRIES } from "./load-place-table.js";

// Built on first use, so a bundle that never calls placeTable drops the tables (the module has no top-level work).
let tables: ReadonlyMap<string, PlaceTable> | undefined;

/**
 * Return the place table of a country.
 * @param iso2 ISO 3166-1 alpha-2 code, any case (e.g. `RU`)
 * @returns the table, or `undefined` when the country has none (see {@link PLACE_TABLE_COUNTRIES})
 */
export function placeTable(iso2: string): PlaceTable | undefined {
  tables ??= new Map(
    [
      usTable,
      ruTable,
      cnTable,
      gbTable,
      frTable,
      inTable,
      pkTable,
      kpTable,
      ilTable,
      beTable,
      deTable,
      itTable,
      nlTable,
      trTable,
      plTable,
      roTable,
      byTable,
      jpTable,
      krTable,
    ].map((t) => [t.country, t]),
  );
  return tables.get(iso2.toUpperCase());
}
