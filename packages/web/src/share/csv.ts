/**
 * CSV export of tables (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled). Numbers are written in full precision, not as displayed.
 */

/** One CSV field. */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s =
    typeof v === "number"
      ? Number.isFinite(v)
        ? String(v)
        : v > 0
          ? "Infinity"
          : v < 0
            ? "-Infinity"
            : "NaN"
      : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole table as CSV text. */
export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  return [columns, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
