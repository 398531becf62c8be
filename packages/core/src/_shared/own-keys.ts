/**
 * Lookups by user-supplied ids and keys that never meet `Object.prototype`.
 *
 * Party, element, preset, framework and parameter ids come from users. On a plain object, `obj["constructor"]` or
 * `obj["toString"]` finds a prototype member when the key is absent, and `obj["__proto__"] = v` replaces the prototype
 * instead of storing a value. Keyed reads go through {@link getOwn}; keyed writes go into records made by
 * {@link setOwn}, into records made by {@link nullRecord} or {@link nullRecordFrom} (no prototype), or into a `Map`.
 * `Object.fromEntries` is safe for writing (it defines own properties), not for reading.
 */

/** A record keyed by user-supplied strings (read it with {@link getOwn}). */
export type KeyedRecord<T> = Record<string, T>;

/**
 * Read an own property by a user-supplied key; a key that names a prototype member (`constructor`, `toString`,
 * `__proto__`, …) and is not an own property gives `undefined`.
 * @param record the record (plain, null-prototype or from JSON); `undefined` gives `undefined`
 * @param key the id or key
 */
export function getOwn<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when `key` is an own property of `record` (the prototype-safe form of `key in record`). */
export function hasOwnKey(record: object | undefined | null, key: string): boolean {
  return record !== undefined && record !== null && Object.hasOwn(record, key);
}

/**
 * Store a value under a user-supplied key as an own, enumerable property, also for `__proto__` (which plain
 * assignment would take as the prototype). The record keeps its prototype, so it compares and serialises as before.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Create an empty record without a prototype, safe to key by any string (including `__proto__`). */
export function nullRecord<T>(): KeyedRecord<T> {
  return Object.create(null) as KeyedRecord<T>;
}

/**
 * Build a record without a prototype from entries (the safe form of `Object.fromEntries` for user keys). A later entry
 * with the same key wins, as with `Object.fromEntries`.
 */
export function nullRecordFrom<T>(entries: Iterable<readonly [string, T]>): KeyedRecord<T> {
  const out = nullRecord<T>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** Names of `Object.prototype` members, plus `__proto__`: the keys the tests throw at every id-keyed path. */
export const PROTOTYPE_KEYS: readonly string[] = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
];
