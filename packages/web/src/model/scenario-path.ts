/**
 * Paths into scenario documents: read a value, write one immutably (structural sharing, so React sees what changed),
 * and diff two documents setting by setting.
 *
 * A path is a list of object keys and array indices, outermost first, as in core's `Issue.path`.
 */

/** A path into a document. */
export type DocPath = ReadonlyArray<string | number>;

/** One setting that differs between two documents. */
export interface DiffEntry {
  /** Path in the second document (array items matched by `id` where they have one). */
  path: Array<string | number>;
  /** Readable path, e.g. `parties[us].forces[mm3].launchers.deployed`. */
  label: string;
  /** Value in the first document (`undefined` when absent there). */
  before: unknown;
  /** Value in the second document (`undefined` when removed). */
  after: unknown;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Read the value at `path`, or undefined when any step is missing. */
export function getAt(doc: unknown, path: DocPath): unknown {
  let cur: unknown = doc;
  for (const key of path) {
    if (Array.isArray(cur) && typeof key === "number") cur = cur[key];
    else if (isRecord(cur) && typeof key === "string") cur = cur[key];
    else return undefined;
  }
  return cur;
}

/**
 * Return a copy of `doc` with `value` at `path`; objects along the path are copied, everything else is shared.
 * Missing intermediate objects are created (arrays when the next key is a number). `value === undefined` deletes an
 * object key.
 */
export function setAt<T>(doc: T, path: DocPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (typeof head === "number") {
    const arr = Array.isArray(doc) ? [...(doc as unknown[])] : [];
    arr[head] = setAt(arr[head], rest, value);
    return arr as T;
  }
  const obj: Record<string, unknown> = isRecord(doc) ? { ...doc } : {};
  const next = setAt(obj[head!], rest, value);
  if (next === undefined && rest.length === 0) delete obj[head!];
  else obj[head!] = next;
  return obj as T;
}

/** True when two JSON-like values are equal (numbers compared exactly). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** Readable form of a path where array items are named by their ids: `parties[us].forces[mm3].cepM`. */
export function pathLabel(path: DocPath, doc?: unknown): string {
  let out = "";
  let cur: unknown = doc;
  for (const key of path) {
    if (typeof key === "number") {
      const item = Array.isArray(cur) ? (cur[key] as unknown) : undefined;
      const id = isRecord(item) && typeof item.id === "string" ? item.id : String(key);
      out += `[${id}]`;
      cur = item;
    } else {
      out += out === "" ? key : `.${key}`;
      cur = isRecord(cur) ? cur[key] : undefined;
    }
  }
  return out === "" ? "(root)" : out;
}

function hasIds(arr: unknown[]): arr is Array<{ id: string }> {
  return arr.length > 0 && arr.every((x) => isRecord(x) && typeof x.id === "string");
}

function diffInto(a: unknown, b: unknown, path: Array<string | number>, labelPath: string, out: DiffEntry[]): void {
  if (deepEqual(a, b)) return;
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) diffInto(a[k], b[k], [...path, k], labelPath === "" ? k : `${labelPath}.${k}`, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (hasIds(a) && hasIds(b)) {
      const bIds = new Set(b.map((x) => x.id));
      b.forEach((item, i) => {
        const before = a.find((x) => x.id === item.id);
        diffInto(before, item, [...path, i], `${labelPath}[${item.id}]`, out);
      });
      for (const item of a)
        if (!bIds.has(item.id))
          out.push({ path: [...path], label: `${labelPath}[${item.id}]`, before: item, after: undefined });
      return;
    }
    const isScalarArray = (x: unknown[]) => x.every((v) => !isRecord(v) && !Array.isArray(v));
    if (!(isScalarArray(a) && isScalarArray(b))) {
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) diffInto(a[i], b[i], [...path, i], `${labelPath}[${i}]`, out);
      return;
    }
  }
  out.push({ path, label: labelPath === "" ? "(root)" : labelPath, before: a, after: b });
}

/**
 * Every setting that differs between `a` and `b`, leaf by leaf. Arrays of objects with ids (parties, forces,
 * defences) are matched by id, so reordering is not a change; arrays of plain values compare as one setting.
 */
export function diffDocuments(a: unknown, b: unknown): DiffEntry[] {
  const out: DiffEntry[] = [];
  diffInto(a, b, [], "", out);
  return out;
}

/** Short display of a diffed value: numbers as written, objects as compact JSON (≤ 60 characters). */
export function formatDiffValue(v: unknown): string {
  if (v === undefined) return "—";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
