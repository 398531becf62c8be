/**
 * CSV export of tables: the engine's one CSV writer ({@link csvTable}, RFC 4180 quoting) with CRLF line ends, as
 * spreadsheets expect. Numbers are written in full precision, not as displayed.
 */
import { csvRow, csvTable, type CsvValue } from "@seceq/core";

/** One CSV field. */
export function csvField(v: CsvValue): string {
  return csvRow([v]);
}

/** A whole table as CSV text. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return csvTable(columns, rows, "\r\n");
}
