/**
 * Whether plain data holds a NaN or ±Infinity, and immutable arrays known to hold none.
 *
 * Every report is searched for non-finite numbers before it is returned (`evaluate/non-finite.ts`). Parts of a report
 * that are shared, unchanged, between reports (the struck places of a population strike, replayed from a memo) would
 * be searched again each time; {@link sealFinite} freezes such an array deeply once and records that it holds only
 * finite numbers, and the searches skip it from then on. Only arrays are recorded and looked up: a report has few of
 * them and many objects, so the lookup costs little where it finds nothing.
 */

/** Deep-frozen arrays found to hold only finite numbers. */
const sealed = new WeakSet<readonly unknown[]>();

/**
 * True when `value` is an array sealed by {@link sealFinite}: frozen all the way down and free of non-finite numbers.
 * @param value any value
 */
export function isSealedFinite(value: unknown): boolean {
  return Array.isArray(value) && sealed.has(value);
}

/**
 * Freeze a plain-data array deeply (the array, and every object and array inside it) and, when it holds no NaN or
 * ±Infinity, record it so that {@link hasNonFinite} and the located search skip it. An array holding a typed array is
 * left as it is (a typed array with elements cannot be frozen), as is one holding a non-finite number (its search must
 * still find it; it is frozen all the same).
 * @param value the array, shared from now on between the values that hold it
 * @returns the same array
 */
export function sealFinite<T extends readonly unknown[]>(value: T): T {
  if (deepFreeze(value) && !hasNonFinite(value)) sealed.add(value);
  return value;
}

/**
 * Freeze plain data deeply; false (and only partly frozen) when it holds a typed array. Recurses only into objects
 * (the struck places are flat records: one freeze each, no walk over their numbers).
 */
function deepFreeze(value: object): boolean {
  if (ArrayBuffer.isView(value)) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i];
      if (typeof x === "object" && x !== null && !deepFreeze(x)) return false;
    }
  } else
    for (const k in value)
      if (Object.hasOwn(value, k)) {
        const x: unknown = (value as Record<string, unknown>)[k];
        if (typeof x === "object" && x !== null && !deepFreeze(x)) return false;
      }
  Object.freeze(value);
  return true;
}

/**
 * Whether plain data (objects, arrays, typed arrays) holds a NaN or ±Infinity anywhere, over own enumerable keys;
 * arrays sealed by {@link sealFinite} are skipped. It may answer true where a located walk finds nothing (a bigint
 * array), never false where it finds something.
 * @param value a report, a result or any JSON-like value
 */
export function hasNonFinite(value: unknown): boolean {
  if (typeof value === "number") return value - value !== 0;
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) {
    if (sealed.has(value)) return false;
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i];
      if (typeof x === "number" ? x - x !== 0 : typeof x === "object" && x !== null && hasNonFinite(x)) return true;
    }
    return false;
  }
  if (ArrayBuffer.isView(value)) {
    if (value instanceof DataView) return false;
    const a = value as unknown as ArrayLike<number>;
    for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return true;
    return false;
  }
  // Own enumerable values, as the located walk reads them (faster than `for … in` over the report's many shapes).
  const xs: unknown[] = Object.values(value);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x === "number" ? x - x !== 0 : typeof x === "object" && x !== null && hasNonFinite(x)) return true;
  }
  return false;
}
