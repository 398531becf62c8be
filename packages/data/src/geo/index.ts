/** Geographic data: populated places per country (GeoNames + UN WPP totals), country codes and force sites. */
export * from "./place-tables.js";
export * from "./load-place-table.js";
export * from "./country-codes.js";
export * from "./sites.js";
export * from "./ensure-place-tables.js";
