/**
 * CSV writing for every export (CLI, store, web): RFC 4180 quoting by d3-dsv's `csvFormatRows` — a field holding a
 * comma, a double quote or a line break is quoted, with quotes doubled. Values: strings as they are; numbers in
 * shortest round-trip form (`String(x)`), so NaN and ±Infinity are spelled out; booleans as `true`/`false`;
 * null and undefined as an empty field. Tables that may hold NaN or ±Infinity write them through
 * {@link explicitNonFinite}: an empty field, named with its value in a last `non_finite` column.
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

/** Header of the column that names a row's non-finite numbers (see {@link explicitNonFinite}). */
export const NON_FINITE_COLUMN = "non_finite";

/**
 * Make a row's non-finite numbers explicit for CSV, which has no NaN or Infinity (spreadsheets read `NaN` as text,
 * other readers as a missing value): each NaN, Infinity or -Infinity becomes an empty field, and one more field — under
 * {@link NON_FINITE_COLUMN} — names them as `column=value` pairs joined by `; ` (empty when every number is finite).
 * Nothing is dropped: the value is in the note. Like the JSON reports' `non_finite` warnings (evaluate/non-finite.ts).
 * @param columns the row's column names, in order (the note names fields by them)
 * @param values the row's fields, in column order
 * @returns the fields with the note appended, and how many numbers were not finite
 */
export function explicitNonFinite(
  columns: readonly string[],
  values: readonly CsvValue[],
): { fields: CsvValue[]; nonFinite: number } {
  const notes: string[] = [];
  const fields = values.map((v, i) => {
    if (typeof v !== "number" || Number.isFinite(v)) return v;
    notes.push(`${columns[i] ?? `#${i + 1}`}=${String(v)}`);
    return null;
  });
  fields.push(notes.join("; "));
  return { fields, nonFinite: notes.length };
}
