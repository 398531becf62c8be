/**
 * Page-size policy shared by the store's list calls.
 */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageOptions } from "./result-store.js";

/**
 * Clamp a page request: `limit` to a whole number in 1–500 (default 50), `offset` to a whole number ≥ 0 (default 0).
 * Non-finite values take the defaults.
 */
export function clampPage(page: PageOptions = {}): { limit: number; offset: number } {
  const lim = page.limit;
  const off = page.offset;
  const limit =
    lim === undefined || !Number.isFinite(lim)
      ? DEFAULT_PAGE_SIZE
      : Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(lim)));
  const offset = off === undefined || !Number.isFinite(off) ? 0 : Math.max(0, Math.floor(off));
  return { limit, offset };
}
