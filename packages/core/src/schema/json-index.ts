/**
 * Source positions of a JSON document, found in one linear scan of its text: the offset of every value and of every
 * object member's key, by path. It lets a JSON body be parsed with the engine's own `JSON.parse` and still have its
 * issues located at line:col exactly as the YAML parser would place them (JSON is YAML 1.2, and the YAML path gives
 * the same offsets: a value's first character, a member's opening key quote), at a fraction of the cost: a 1 MB
 * body with 60,000 keys takes about 800 ms through the YAML parser and tens of milliseconds here.
 */

/** Separator of path segments in index keys (a character JSON keys cannot hold unescaped in our paths). */
const SEP = "\u0000";

/** Offsets (UTF-16 code units from the start of the text) of a JSON document's values and keys, by path. */
export interface JsonIndex {
  /** Offset of the value at a path (segments joined by U+0000; the root is ""). */
  value: Map<string, number>;
  /** Offset of the key's opening quote of the object member at a path. */
  key: Map<string, number>;
}

/** Index key of a path prefix extended by one segment. */
export function jsonPathKey(prefix: string, segment: string | number): string {
  return prefix + SEP + String(segment);
}

/**
 * Index a JSON text that `JSON.parse` accepts.
 * @param text the document text
 * @returns the index, or undefined when the text is not plain JSON or an object repeats a key (the caller then
 *   takes the YAML path, which reports duplicate keys)
 */
export function indexJson(text: string): JsonIndex | undefined {
  const value = new Map<string, number>();
  const key = new Map<string, number>();
  const n = text.length;
  let i = 0;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  /** A string at `i` (its opening quote); returns its value and leaves `i` after the closing quote. */
  const str = (): string | undefined => {
    const start = i;
    let escaped = false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        escaped = true;
        i += 2;
      } else if (c === 34) {
        i++;
        return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
      } else i++;
    }
    return undefined;
  };
  /** A value at `i` under `path`; false when the text is not what a JSON value looks like. */
  const val = (path: string): boolean => {
    ws();
    value.set(path, i);
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) {
      i++;
      ws();
      if (text.charCodeAt(i) === 125) {
        i++;
        return true;
      }
      const seen = new Set<string>();
      for (;;) {
        ws();
        if (text.charCodeAt(i) !== 34) return false;
        const at = i;
        const k = str();
        if (k === undefined || seen.has(k)) return false;
        seen.add(k);
        const p = jsonPathKey(path, k);
        key.set(p, at);
        ws();
        if (text.charCodeAt(i) !== 58 /* : */) return false;
        i++;
        if (!val(p)) return false;
        ws();
        const d = text.charCodeAt(i++);
        if (d === 125) return true;
        if (d !== 44) return false;
      }
    }
    if (c === 91 /* [ */) {
      i++;
      ws();
      if (text.charCodeAt(i) === 93) {
        i++;
        return true;
      }
      for (let k = 0; ; k++) {
        if (!val(jsonPathKey(path, k))) return false;
        ws();
        const d = text.charCodeAt(i++);
        if (d === 93) return true;
        if (d !== 44) return false;
      }
    }
    if (c === 34) return str() !== undefined;
    // A number or a literal: up to the next delimiter.
    const start = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 9 || d === 10 || d === 13) break;
      i++;
    }
    return i > start;
  };
  if (!val("")) return undefined;
  ws();
  return i === n ? { value, key } : undefined;
}

/**
 * Offset of the deepest node along a path that the document has, as the YAML index finds it: for an unknown key
 * (`keyNode`), the last segment's key itself.
 * @param index the document's index
 * @param path issue path
 * @param keyNode true to point at the last segment's key rather than its value
 */
export function locateJson(
  index: JsonIndex,
  path: ReadonlyArray<string | number>,
  keyNode: boolean,
): number | undefined {
  let p = "";
  let best = index.value.get(p);
  for (let k = 0; k < path.length; k++) {
    const next = jsonPathKey(p, path[k]!);
    const last = keyNode && k === path.length - 1;
    const at = last ? index.key.get(next) : index.value.get(next);
    if (at === undefined) break;
    best = at;
    p = next;
  }
  return best;
}
