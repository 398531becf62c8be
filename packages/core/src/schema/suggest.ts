/**
 * "Did you mean" hints for unknown keys and names: the closest candidate by Levenshtein distance.
 */

/** Levenshtein edit distance between two strings (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Longest word given a suggestion; longer ones are not typos of a field name. */
export const MAX_SUGGEST_LENGTH = 128;

/** Most candidates compared; past this (e.g. thousands of ids) no suggestion is made. */
export const MAX_SUGGEST_CANDIDATES = 1000;

/**
 * Return the candidate closest to `word`, or undefined when none is close enough: within a third of the word's length
 * (at least 2 edits), or when one contains the other case-insensitively. Bounded work: words over
 * {@link MAX_SUGGEST_LENGTH} characters or lists over {@link MAX_SUGGEST_CANDIDATES} get no suggestion, and candidates
 * whose length differs by more than the threshold are skipped (the length difference bounds the distance from below).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_SUGGEST_LENGTH || candidates.length > MAX_SUGGEST_CANDIDATES) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  const lw = word.toLowerCase();
  const threshold = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const contains = lc.includes(lw) || lw.includes(lc);
    if (!contains && Math.abs(c.length - word.length) > threshold) continue;
    const d = contains ? 1 : editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= threshold ? best : undefined;
}
