/**
 * Arrays of flat records (a draw-down's points, a strike's places) as columns for a worker message: the numbers of
 * every row in one `Float64Array` (transferred, not cloned) and each text field as one array of strings. Structured
 * cloning a few hundred small objects costs far more, on both threads, than copying their fields into a buffer and
 * building the objects again on the other side. Numbers travel as float64, so every value (NaN, ±Infinity, −0
 * included) comes back identical; rows come back with their keys in the original order.
 */

/** Rows packed by {@link packRows}. */
export interface PackedRows {
  /** Marks the value as packed rows (a report field never holds this key). */
  packedRows: true;
  /** Number of rows. */
  length: number;
  /** Field names in the rows' key order. */
  keys: string[];
  /** Per key: true for a number field (a column of `numbers`), false for a string field (a list in `strings`). */
  numeric: boolean[];
  /** Number fields, row-major: row r's i-th number field at `r × (number fields) + i`. */
  numbers: Float64Array;
  /** String fields, in key order, each with one entry per row. */
  strings: string[][];
}

/**
 * Pack an array of flat records whose rows all have the same keys in the same order, each field a number in every
 * row or a string in every row; anything else (nested values, optional or mixed fields, an empty array) gives null
 * (send it as it is).
 */
export function packRows(rows: readonly unknown[]): PackedRows | null {
  const n = rows.length;
  if (n === 0) return null;
  const first = rows[0];
  if (typeof first !== "object" || first === null || Array.isArray(first)) return null;
  const keys = Object.keys(first);
  if (keys.includes("__proto__")) return null;
  const numeric: boolean[] = [];
  for (const k of keys) {
    const v = (first as Record<string, unknown>)[k];
    if (typeof v === "number") numeric.push(true);
    else if (typeof v === "string") numeric.push(false);
    else return null;
  }
  const nNum = numeric.filter(Boolean).length;
  const numbers = new Float64Array(n * nNum);
  const strings: string[][] = keys.filter((_, i) => !numeric[i]).map(() => new Array<string>(n));
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    if (typeof row !== "object" || row === null || Object.getPrototypeOf(row) !== Object.prototype) return null;
    const rec = row as Record<string, unknown>;
    const rowKeys = Object.keys(rec);
    if (rowKeys.length !== keys.length) return null;
    let ni = r * nNum;
    let si = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (rowKeys[i] !== k) return null;
      const v = rec[k];
      if (numeric[i]) {
        if (typeof v !== "number") return null;
        numbers[ni++] = v;
      } else {
        if (typeof v !== "string") return null;
        strings[si++]![r] = v;
      }
    }
  }
  return { packedRows: true, length: n, keys, numeric, numbers, strings };
}

/** Whether a value is rows packed by {@link packRows}. */
export function isPackedRows(v: unknown): v is PackedRows {
  return typeof v === "object" && v !== null && (v as { packedRows?: unknown }).packedRows === true;
}

/** The rows of {@link packRows}, rebuilt (same keys in the same order, same values). */
export function unpackRows(p: PackedRows): Array<Record<string, number | string>> {
  const { length: n, keys, numeric, numbers, strings } = p;
  const nNum = numeric.filter(Boolean).length;
  const out = new Array<Record<string, number | string>>(n);
  for (let r = 0; r < n; r++) {
    const row: Record<string, number | string> = {};
    let ni = r * nNum;
    let si = 0;
    for (let i = 0; i < keys.length; i++) row[keys[i]!] = numeric[i] ? numbers[ni++]! : strings[si++]![r]!;
    out[r] = row;
  }
  return out;
}
