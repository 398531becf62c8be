/**
 * Measure how deep a YAML or JSON text nests before any parser recurses into it (issue 14: depth limits are checked
 * before recursion). One pass over the characters with an explicit state, no recursion, O(length).
 *
 * The scan over-approximates: it counts block indentation levels, `- ` sequence entries on one line and open flow
 * brackets (`[`, `{`) outside quoted scalars, comments and block scalars. It can overcount only on unusual plain
 * scalars (e.g. `a:[b` in block context), never undercount flow nesting, which is the kind that lets a small text nest
 * deeply.
 */

/** Where a text first nests deeper than a limit: 0-based character offset and the depth reached there. */
export interface NestingExcess {
  /** 0-based offset of the character that went past the limit. */
  offset: number;
  /** Depth reached at that character. */
  depth: number;
}

const isSpace = (c: string | undefined): boolean => c === " " || c === "\t";

/**
 * Find the first place where a YAML or JSON text nests deeper than `limit`, or undefined when it never does.
 * @param text YAML or JSON text
 * @param limit deepest nesting accepted (levels)
 */
export function findNestingExcess(text: string, limit: number): NestingExcess | undefined {
  const n = text.length;
  const indents: number[] = [];
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
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > limit) return { offset: i, depth: indents.length };
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
        if (blockDepth + flow > limit) return { offset: i, depth: blockDepth + flow };
        tokenStart = true;
      } else if ((c === "]" || c === "}") && flow > 0) {
        flow--;
        tokenStart = false;
      } else if (c === ",") {
        tokenStart = flow > 0;
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
          if (blockDepth + flow > limit) return { offset: i, depth: blockDepth + flow };
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
