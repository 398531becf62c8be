/**
 * The changes between two versions of a JSON-like document, found by object identity: an edit that copies only the
 * objects on the path to what it changed (the workbench's edits do) leaves every other object shared, so the walk
 * enters only where the versions differ. Equal objects that are not the same object are walked into too, so two equal
 * copies give no change, and a document rebuilt from scratch gives many (past the limit, none are listed).
 */

/** One change: the value at a path (undefined where an object key was removed). */
export interface DocPatch {
  path: Array<string | number>;
  value: unknown;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * The patches that turn `a` into `b`: a changed scalar, an added or removed key, and an array whose length changed or
 * a value whose type changed each give one patch at its path, with the new value.
 * @param a the earlier version
 * @param b the later version
 * @param limit most patches listed (default 64)
 * @returns the patches in document order, or null when there are more than `limit`
 */
export function docPatches(a: unknown, b: unknown, limit = 64): DocPatch[] | null {
  const out: DocPatch[] = [];
  const walk = (x: unknown, y: unknown, path: Array<string | number>): boolean => {
    if (x === y || (typeof x === "number" && typeof y === "number" && Object.is(x, y))) return true;
    if (isRecord(x) && isRecord(y)) {
      for (const k of Object.keys(y)) if (!walk(x[k], y[k], [...path, k])) return false;
      for (const k of Object.keys(x))
        if (!(k in y) && x[k] !== undefined && !walk(x[k], undefined, [...path, k])) return false;
      return true;
    }
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
      for (let i = 0; i < y.length; i++) if (!walk(x[i], y[i], [...path, i])) return false;
      return true;
    }
    out.push({ path, value: y });
    return out.length <= limit;
  };
  return walk(a, b, []) ? out : null;
}
