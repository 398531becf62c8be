/**
 * Load one country's place table on demand (a dynamic import, so a browser bundle splits each table into its own
 * chunk and fetches only the countries a scenario needs), and the list of countries that have one.
 */
import type { PlaceTable } from "@seceq/core";

/** ISO 3166-1 alpha-2 codes of the countries with a place table, upper case. */
export const PLACE_TABLE_COUNTRIES: readonly string[] = [
  "US",
  "RU",
  "CN",
  "GB",
  "FR",
  "IN",
  "PK",
  "KP",
  "IL",
  "BE",
  "DE",
  "IT",
  "NL",
  "TR",
  "PL",
  "RO",
  "BY",
  "JP",
  "KR",
];

/**
 * Load the place table of a country.
 * @param iso2 ISO 3166-1 alpha-2 code, any case (e.g. `CN`)
 * @returns the table, or `undefined` when the country has none
 */
export async function loadPlaceTable(iso2: string): Promise<PlaceTable | undefined> {
  // One literal import per country: bundlers can only split imports they can see.
  switch (iso2.toUpperCase()) {
    case "US":
      return (await import("./places/us.js")).table;
    case "RU":
      return (await import("./places/ru.js")).table;
    case "CN":
      return (await import("./places/cn.js")).table;
    case "GB":
      return (await import("./places/gb.js")).table;
    case "FR":
      return (await import("./places/fr.js")).table;
    case "IN":
      return (await import("./places/in.js")).table;
    case "PK":
      return (await import("./places/pk.js")).table;
    case "KP":
      return (await import("./places/kp.js")).table;
    case "IL":
      return (await import("./places/il.js")).table;
    case "BE":
      return (await import("./places/be.js")).table;
    case "DE":
      return (await import("./places/de.js")).table;
    case "IT":
      return (await import("./places/it.js")).table;
    case "NL":
      return (await import("./places/nl.js")).table;
    case "TR":
      return (await import("./places/tr.js")).table;
    case "PL":
      return (await import("./places/pl.js")).table;
    case "RO":
      return (await import("./places/ro.js")).table;
    case "BY":
      return (await import("./places/by.js")).table;
    case "JP":
      return (await import("./places/jp.js")).table;
    case "KR":
      return (await import("./places/kr.js")).table;
    default:
      return undefined;
  }
}
