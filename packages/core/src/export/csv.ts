/**
 * CSV writing for every export (CLI, store, web): RFC 4180 quoting by d3-dsv's `csvFormatRows` — a field holding a
 * comma, a double quote or a line break is quoted, with quotes doubled. Values: strings as they are; numbers in
 * shortest round-trip form (`String(x)`), so NaN and ±Infinity are spelled out; booleans as `true`/`false`;
 * null and undefined as an empty field.
 */
import { csvFormatRows } from "d3-dsv";

/** A value of one CSV field. */
export type CsvValue = string | number | boolean | null | undefined;

/** Line end between rows: `\n` (the default, as Unix tools expect) or `\r\n` (RFC 4180, spreadsheets). */
export type CsvLineEnd = "\n" | "\r\n";

/** Text of one field (no quoting applied to null/undefined, which are empty). */
const text = (v: CsvValue): string => (v === null || v === undefined ? "" : String(v));

/**
 * Format one row, without a line end.
 * @param values the fields, in column order
 */
export function csvRow(values: readonly CsvValue[]): string {
  return csvFormatRows([values.map(text)]);
}

/**
 * Format a table: the header row, then one row per record, each ended by `lineEnd` (also after the last row).
 * @param columns header names
 * @param rows records, each in column order
 * @param lineEnd line end. Default `\n`.
 */
export function csvTable(
  columns: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<CsvValue>>,
  lineEnd: CsvLineEnd = "\n",
): string {
  return [columns, ...rows].map((r) => csvRow(r) + lineEnd).join("");
}
