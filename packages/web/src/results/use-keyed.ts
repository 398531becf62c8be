/**
 * Keep a derived value's identity while its content key is unchanged, so memoised children (tables, charts) skip a
 * re-render or a redraw when a new run gives the same figures.
 */
import { useMemo } from "react";

/**
 * Return `value` as first seen for `key`: a new object with the same key returns the earlier one.
 * @param value the derived value (e.g. a table view model rebuilt from a new report)
 * @param key a string that changes whenever what is shown changes (e.g. the table's display rows)
 */
export function useKeyed<T>(value: T, key: string): T {
  // The value is read only when the key changes: that is the point.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [key]);
}

/** Content key of a table: its columns, display rows and raw values (what the reader sees and the CSV holds). */
export function tableKey(t: {
  columns: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
  raw: ReadonlyArray<ReadonlyArray<unknown>>;
}): string {
  const row = (r: ReadonlyArray<unknown>) => r.map(String).join("\u0001");
  return `${t.columns.join("\u0001")}\u0002${t.rows.map(row).join("\u0002")}\u0003${t.raw.map(row).join("\u0002")}`;
}
