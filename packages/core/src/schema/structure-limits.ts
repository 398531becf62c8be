/**
 * Structural limits of a document, checked before any parser or validator recurses into it or walks it key by key
 * (issue 14: cost bounded by the input, depth and size limits checked before recursion):
 *
 * - depth: nesting of mappings and sequences, at most {@link MAX_DEPTH} levels;
 * - width: keys of one mapping, at most {@link MAX_MAP_KEYS}.
 *
 * Two checks share the limits: a one-pass scan of the text (no recursion, O(length), run on a request's own thread
 * before the body is queued and by the loader before parsing), and a walk of parsed data (aliases and merge keys can
 * build deeper or wider values than the text shows; `JSON.parse`d bodies have no text scan).
 *
 * The text scan over-approximates depth: it counts block indentation levels, `- ` sequence entries on one line and
 * open flow brackets (`[`, `{`) outside quoted scalars, comments and block scalars. It can overcount only on unusual
 * plain scalars (e.g. `a:[b` in block context), never undercount flow nesting, which is the kind that lets a small text
 * nest deeply. It counts keys exactly in flow mappings (JSON objects: commas + 1) and, in block context, the lines that
 * start a mapping entry at one indentation (a first key written on a `- ` line is not counted there, so a block
 * mapping inside a sequence entry can be undercounted by one; the data walk is exact).
 */
import type { Issue, IssuePath } from "../_shared/issues.js";

/** Deepest nesting accepted in a document, levels (a scenario needs about 8). */
export const MAX_DEPTH = 64;

/**
 * Most keys accepted in one mapping. The widest mapping of a valid scenario holds a few dozen (the fields of an element,
 * an element's field sources), so 1,000 refuses only generated or corrupted documents, before the validator visits
 * and reports each unknown key.
 */
export const MAX_MAP_KEYS = 1000;

/** The limits a check applies. */
export interface StructureLimits {
  /** Deepest nesting accepted, levels. */
  depth: number;
  /** Most keys accepted in one mapping. */
  keys: number;
}

/** The default limits: {@link MAX_DEPTH} and {@link MAX_MAP_KEYS}. */
export const DOCUMENT_LIMITS: StructureLimits = { depth: MAX_DEPTH, keys: MAX_MAP_KEYS };

/** Where a text first passes a limit: 0-based character offset, which limit, and the depth reached there. */
export interface StructureExcess {
  /** 0-based offset of the character that went past the limit (an open bracket, or the first key too many). */
  offset: number;
  /** `deep`: nesting past `limits.depth`; `wide`: a mapping with more than `limits.keys` keys. */
  kind: "deep" | "wide";
  /** Depth reached at that character, levels. */
  depth: number;
}

/** Where parsed data first passes a limit: which limit and the path (for `wide`, the first key too many). */
export interface DataExcess {
  /** As in {@link StructureExcess}. */
  kind: "deep" | "wide";
  /** `[]` for `deep`; the path of the first key past the limit for `wide`. */
  path: IssuePath;
}

/**
 * The issue that refuses a document past a limit (`too_deep` or `too_wide`), without a location.
 * @param kind which limit
 * @param limits the limits applied
 * @param path where (the first key too many, for `wide`)
 * @param what what is refused, for the message ("document", "request body", …)
 */
export function structureIssue(
  kind: "deep" | "wide",
  limits: StructureLimits = DOCUMENT_LIMITS,
  path: IssuePath = [],
  what = "document",
): Issue {
  return kind === "deep"
    ? { code: "too_deep", path: [], message: `${what} nests deeper than ${limits.depth} levels` }
    : {
        code: "too_wide",
        path,
        message: `a mapping in the ${what} has more than ${limits.keys} keys (a scenario's widest holds a few dozen)`,
      };
}

const isSpace = (c: string | undefined): boolean => c === " " || c === "\t";

/**
 * Find the first place where a YAML or JSON text nests deeper than `limits.depth` or holds a mapping with more than
 * `limits.keys` keys; undefined when it does neither.
 * @param text YAML or JSON text
 * @param limits the limits (default {@link DOCUMENT_LIMITS})
 */
export function findStructureExcess(
  text: string,
  limits: StructureLimits = DOCUMENT_LIMITS,
): StructureExcess | undefined {
  const limit = limits.depth;
  const n = text.length;
  const indents: number[] = [];
  // Keys counted at each block level (parallel to `indents`), and per open flow bracket (-1: a sequence).
  const blockKeys: number[] = [];
  const flowKeys: number[] = [];
  let flow = 0;
  let i = 0;
  while (i < n) {
    // Line start (block context): indentation decides the block level.
    let indent = 0;
    if (flow === 0) {
      while (i < n && text[i] === " ") {
        i++;
        indent++;
      }
      if (i >= n) break;
      const c0 = text[i];
      if (c0 === "\n" || c0 === "\r" || c0 === "#") {
        while (i < n && text[i] !== "\n") i++;
        i++;
        continue;
      }
      // A line at the indentation of the level it closes is that level's next entry: its count carries on.
      let closed = -1;
      let keys = 0;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) {
        closed = indents.pop()!;
        keys = blockKeys.pop()!;
      }
      indents.push(indent);
      if (indents.length > limit) return { offset: i, kind: "deep", depth: indents.length };
      const entry = c0 === "-" && (i + 1 >= n || isSpace(text[i + 1]) || text[i + 1] === "\n" || text[i + 1] === "\r");
      keys = (closed === indent ? keys : 0) + (entry ? 0 : 1);
      blockKeys.push(keys);
      if (keys > limits.keys) return { offset: i, kind: "wide", depth: indents.length };
    }
    let blockDepth = indents.length;
    // tokenStart: the next character begins a value (line start, after `- `, `: `, `? `, `[`, `{` or `,`).
    let tokenStart = true;
    let prev: string | undefined = flow === 0 ? " " : undefined;
    while (i < n && text[i] !== "\n") {
      const c = text[i]!;
      if (c === "#" && (prev === undefined || isSpace(prev))) {
        while (i < n && text[i] !== "\n") i++;
        break;
      }
      if ((c === '"' || c === "'") && (tokenStart || flow > 0)) {
        // Quoted scalar, possibly over several lines.
        i++;
        while (i < n) {
          const q = text[i]!;
          if (c === '"' && q === "\\") i += 2;
          else if (q === c) {
            if (c === "'" && text[i + 1] === "'") i += 2;
            else break;
          } else i++;
        }
        i++;
        prev = c;
        tokenStart = false;
        continue;
      }
      if ((c === "[" || c === "{") && (tokenStart || flow > 0)) {
        flow++;
        if (blockDepth + flow > limit) return { offset: i, kind: "deep", depth: blockDepth + flow };
        flowKeys.push(c === "{" ? 1 : -1);
        tokenStart = true;
      } else if ((c === "]" || c === "}") && flow > 0) {
        flow--;
        flowKeys.pop();
        tokenStart = false;
      } else if (c === ",") {
        tokenStart = flow > 0;
        if (flow > 0 && flowKeys[flow - 1]! > 0 && ++flowKeys[flow - 1]! > limits.keys) {
          let j = i + 1;
          while (j < n && (isSpace(text[j]) || text[j] === "\n" || text[j] === "\r")) j++;
          return { offset: j, kind: "wide", depth: blockDepth + flow };
        }
      } else if (flow === 0 && tokenStart && (c === "|" || c === ">")) {
        // Block scalar: skip the lines indented deeper than this one (or blank).
        while (i < n && text[i] !== "\n") i++;
        while (i < n) {
          let j = i + 1;
          let k = 0;
          while (j < n && text[j] === " ") {
            j++;
            k++;
          }
          if (j < n && text[j] !== "\n" && text[j] !== "\r" && k <= indent) break;
          i = j;
          while (i < n && text[i] !== "\n") i++;
          if (i >= n) break;
        }
        break;
      } else if (
        (c === "-" || c === "?" || c === ":") &&
        (i + 1 >= n || isSpace(text[i + 1]) || text[i + 1] === "\n")
      ) {
        if (c === "-" && flow === 0 && tokenStart) {
          blockDepth++;
          if (blockDepth + flow > limit) return { offset: i, kind: "deep", depth: blockDepth + flow };
        }
        tokenStart = true;
      } else if (c === ":" && flow > 0) {
        tokenStart = true;
      } else if (!isSpace(c)) {
        tokenStart = false;
      }
      prev = c;
      i++;
    }
    i++;
  }
  return undefined;
}

/**
 * Find where parsed data first nests deeper than `limits.depth` or holds a mapping with more than `limits.keys` keys.
 * Iterative (an explicit stack), so hostile depth cannot overflow the call stack; visits each value at most once and
 * stops at the first excess, O(size).
 * @param value plain data (objects, arrays, scalars)
 * @param limits the limits (default {@link DOCUMENT_LIMITS})
 */
export function findDataExcess(value: unknown, limits: StructureLimits = DOCUMENT_LIMITS): DataExcess | undefined {
  // Entries: a value, its depth (levels of containers above it), and its parent entry's index with its key (for paths).
  const values: unknown[] = [value];
  const depths: number[] = [0];
  const stack: number[] = [0];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [""];
  const pathOf = (at: number, last: string): IssuePath => {
    const path: (string | number)[] = [last];
    for (let k = at; k > 0; k = parents[k]!) path.push(keys[k]!);
    return path.reverse();
  };
  while (stack.length > 0) {
    const at = stack.pop()!;
    const v = values[at];
    if (v === null || typeof v !== "object") continue;
    const d = depths[at]!;
    if (d >= limits.depth) return { kind: "deep", path: [] };
    const push = (child: unknown, key: string | number): void => {
      if (child === null || typeof child !== "object") return;
      stack.push(values.length);
      values.push(child);
      depths.push(d + 1);
      parents.push(at);
      keys.push(key);
    };
    if (Array.isArray(v)) v.forEach(push);
    else {
      const names = Object.keys(v);
      if (names.length > limits.keys) return { kind: "wide", path: pathOf(at, names[limits.keys]!) };
      for (const name of names) push((v as Record<string, unknown>)[name], name);
    }
  }
  return undefined;
}
