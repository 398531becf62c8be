/**
 * Structural sharing between two parses of a document. The engine caches much by object identity (kill
 * probabilities, footprints, reach masks, damage tables by party), and a document parsed anew (each workbench edit,
 * each request) has only new objects, so every such cache misses although one number changed. Handing the engine the
 * previous parse's objects wherever the content is unchanged keeps those caches warm; the engine never mutates a
 * scenario, so sharing is safe.
 */
import { setOwn } from "./own-keys.js";

/**
 * Share `prev`'s objects into `next` wherever their content is equal (own enumerable keys, values by `Object.is`,
 * arrays by position), in one walk.
 * @param prev the previous parse (any JSON-like value; `undefined` on the first call)
 * @param next the new parse; its changed objects get their unchanged members replaced in place
 * @returns `prev` when the two are equal in content, else `next`
 */
export function shareUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (typeof next !== "object" || next === null || typeof prev !== "object" || prev === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    for (let i = 0; i < next.length; i++) {
      const s: unknown = shareUnchanged(prev[i], next[i]);
      if (!Object.is(s, next[i])) next[i] = s;
      if (!Object.is(s, prev[i])) same = false;
    }
    return same ? (prev as T) : next;
  }
  if (Array.isArray(prev) || Object.getPrototypeOf(prev) !== Object.getPrototypeOf(next)) return next;
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  for (const k of keys) {
    const had = Object.hasOwn(p, k);
    const s = shareUnchanged(had ? p[k] : undefined, n[k]);
    if (!Object.is(s, n[k])) setOwn(n, k, s);
    if (!had || !Object.is(s, p[k])) same = false;
  }
  return same ? (prev as T) : next;
}
