/**
 * ISO 3166-1 codes of the countries the geographic data covers: alpha-2 (place tables, scenario files) to numeric
 * (the `id` of each country in Natural Earth / world-atlas borders).
 */

/** ISO 3166-1 numeric code (three digits, zero-padded, as world-atlas writes it) by alpha-2 code. */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  US: "840",
  RU: "643",
  CN: "156",
  GB: "826",
  FR: "250",
  IN: "356",
  PK: "586",
  KP: "408",
  IL: "376",
  BE: "056",
  DE: "276",
  IT: "380",
  NL: "528",
  TR: "792",
  PL: "616",
  RO: "642",
  BY: "112",
  JP: "392",
  KR: "410",
  // Hosts of Soviet forces in 1990 (no place tables).
  UA: "804",
  KZ: "398",
};

/**
 * Return the ISO numeric code of a country.
 * @param iso2 alpha-2 code, any case
 * @returns the three-digit code, or `undefined` for a country this table does not list
 */
export function isoNumeric(iso2: string): string | undefined {
  const key = iso2.toUpperCase();
  return Object.hasOwn(ISO_NUMERIC, key) ? ISO_NUMERIC[key] : undefined;
}
