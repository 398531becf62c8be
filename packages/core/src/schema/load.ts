/**
 * Load documents (scenarios, frameworks, sweep specs) from YAML or JSON text with every problem reported at once,
 * each located at `file:line:col` by mapping the issue path to the YAML node range (a plain JSON text is parsed by
 * `JSON.parse` and located through a one-pass index at the same positions: `json-index.ts`).
 *
 * Pure: takes bytes or text, returns data or issues. Reading files is the caller's job.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Pair,
  type YAMLMap,
} from "yaml";
import type { z } from "zod";
import type { Issue } from "../_shared/issues.js";
import { findDataExcess, findStructureExcess, MAX_DEPTH, structureIssue } from "./structure-limits.js";
import { indexJson, locateJson } from "./json-index.js";
import { capIssues, MAX_ISSUES, TOO_MANY_ISSUES } from "./cap-issues.js";
import { findReservedKeys } from "./reserved-keys.js";
import { fromZodIssues } from "./zod-issues.js";

/** Largest document accepted, bytes (5 MB). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Result of loading: the parsed, validated value when there are no errors, and every issue found. */
export interface LoadResult<T> {
  value?: T;
  issues: Issue[];
}

/**
 * Decode raw bytes as UTF-8 text, refusing oversized, empty and binary input.
 * @param bytes file contents
 * @param file name used in issues
 */
export function decodeDocumentBytes(bytes: Uint8Array, file?: string): LoadResult<string> {
  const at = (message: string, code: string): LoadResult<string> => ({
    issues: [{ code, path: [], message, ...(file !== undefined ? { file, line: 1, col: 1 } : {}) }],
  });
  if (bytes.byteLength > MAX_DOCUMENT_BYTES)
    return at(`file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is 5 MB`, "too_large");
  if (bytes.byteLength === 0) return at("file is empty", "empty");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return at("file is not UTF-8 text (binary data?)", "binary");
  }
  if (text.includes("\u0000")) return at("file contains NUL bytes (binary data?)", "binary");
  return { value: text, issues: [] };
}

type Located = { range?: [number, number, number] | null };

/** Most alias nodes (`*name`) accepted in a document; the presets use about 100. */
export const MAX_ALIASES = 10_000;

/** Most nodes a document may hold once its aliases are expanded (what validation walks). */
export const MAX_EXPANDED_NODES = 1_000_000;

/**
 * Index of a parsed YAML document: for each mapping, its pairs by key, built once in one iterative walk (O(nodes)), so
 * locating an issue costs O(path length) instead of a walk over siblings from the root. The walk also finds
 * duplicate keys (the parser's own check compares every pair with every other, O(n²) in a mapping's width), counts
 * aliases and measures how many nodes the document holds once they are expanded (an alias stands for a copy of its
 * anchor's node). The parser's own alias check resolves each alias by a walk over the whole document, O(nodes ×
 * aliases); this one is O(nodes).
 */
class DocumentIndex {
  private readonly maps = new Map<YAMLMap, Map<string, Pair>>();
  /** Duplicate keys found: the repeated key node and its text. */
  readonly duplicates: { node: Located; key: string }[] = [];
  /** Alias nodes in the document. */
  aliases = 0;
  /** Nodes once aliases are expanded (capped at 2⁵³ − 1; a cyclic alias counts as one node). */
  expandedNodes = 0;
  /** The first alias found that refers to a node containing it (a cycle), if any. */
  cyclic?: Located;

  constructor(private readonly doc: Document) {
    // Depth-first in document order; a node's size is known when the walk leaves it. An alias refers to the last node
    // before it with its anchor: that node has been left already, or it contains the alias (a cycle).
    const size = new Map<unknown, number>();
    const anchors = new Map<string, unknown>();
    type Frame = { node: unknown; children: unknown[]; next: number; total: number };
    const enter = (node: unknown): Frame => {
      const anchor = (node as { anchor?: string } | null)?.anchor;
      if (anchor) anchors.set(anchor, node);
      const children: unknown[] = [];
      if (isMap(node)) {
        const byKey = new Map<string, Pair>();
        for (const pair of node.items) {
          if (isScalar(pair.key)) {
            const key = String(pair.key.value);
            if (byKey.has(key)) this.duplicates.push({ node: pair.key, key });
            else byKey.set(key, pair);
          } else children.push(pair.key);
          children.push(pair.value);
        }
        this.maps.set(node, byKey);
      } else if (isSeq(node)) children.push(...node.items);
      return { node, children, next: 0, total: 1 };
    };
    const stack = [enter(doc.contents)];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.children.length) {
        const child = top.children[top.next++];
        if (isAlias(child)) {
          this.aliases++;
          const target = anchors.get(child.source);
          const n = target === undefined ? 1 : size.get(target);
          if (n === undefined) this.cyclic ??= child as Located;
          else top.total = Math.min(top.total + n, Number.MAX_SAFE_INTEGER);
        } else stack.push(enter(child));
        continue;
      }
      stack.pop();
      size.set(top.node, top.total);
      const parent = stack[stack.length - 1];
      if (parent) parent.total = Math.min(parent.total + top.total, Number.MAX_SAFE_INTEGER);
      else this.expandedNodes = top.total;
    }
  }

  /**
   * Find the deepest node along a path that has a source range (the path may lead past the document, e.g. to a
   * missing required field); for an unknown key, the key itself.
   */
  locate(path: ReadonlyArray<string | number>, keyNode: boolean): number | undefined {
    let node: unknown = this.doc.contents;
    let best = (node as Located | null)?.range?.[0];
    for (let k = 0; k < path.length; k++) {
      const key = path[k]!;
      let next: unknown;
      if (isMap(node)) {
        const pair = this.maps.get(node)?.get(String(key));
        if (!pair) break;
        next = keyNode && k === path.length - 1 ? pair.key : pair.value;
      } else if (isSeq(node) && typeof key === "number") next = node.items[key];
      else break;
      const start = (next as Located | null)?.range?.[0];
      if (start !== undefined) best = start;
      node = next;
    }
    return best;
  }
}

/**
 * The JSON fast path of {@link parseDocumentText}: a text that starts with `{` and that `JSON.parse` accepts with no
 * repeated key is parsed by `JSON.parse`, and its issues are located through a one-pass {@link indexJson} at the
 * offsets the YAML parser would give (tested equal). Anything else (a syntax error, a repeated key, YAML) returns
 * undefined and takes the YAML path, which reports it.
 */
function parseJsonText(
  text: string,
  where: { file?: string },
  at: (offset: number) => { line: number; col: number },
  counter: LineCounter,
): { data?: unknown; issues: Issue[]; locate: (issue: Issue) => Issue } | undefined {
  if (!/^[ \t\r\n]*\{/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const index = indexJson(text);
  if (!index) return undefined;
  // Line starts as the YAML parser records them: the start, then after each line feed (JSON strings hold none).
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) counter.addNewLine(i + 1);
  const locate = (issue: Issue): Issue => {
    if (issue.line !== undefined) return { ...where, ...issue };
    const offset = locateJson(index, issue.path, issue.code === "unknown_field");
    return { ...issue, ...where, ...(offset !== undefined ? at(offset) : {}) };
  };
  const excess = findDataExcess(data);
  if (excess) return { issues: [locate(structureIssue(excess.kind, undefined, excess.path))], locate };
  return { data, issues: [], locate };
}

/** Message of a call-stack overflow (V8 `RangeError`), which must never pass for a syntax error. */
const STACK_OVERFLOW = /Maximum call stack size exceeded/;

/**
 * Parse YAML or JSON text into plain data; report syntax errors with positions.
 * @param text document text (JSON is parsed as YAML 1.2, which it is a subset of, so positions work the same)
 * @param file name used in issues
 */
export function parseDocumentText(
  text: string,
  file?: string,
): { data?: unknown; issues: Issue[]; locate: (issue: Issue) => Issue } {
  const counter = new LineCounter();
  const where = file !== undefined ? { file } : {};
  const at = (offset: number): { line: number; col: number } => {
    const pos = counter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };
  const tooDeep = (line: number, col: number): Issue => ({ ...structureIssue("deep"), ...where, line, col });
  // Depth and width first, before any recursive parser sees the text or a validator visits every key.
  const excess = findStructureExcess(text);
  if (excess) {
    const before = text.slice(0, excess.offset);
    const line = before.split("\n").length;
    const col = excess.offset - before.lastIndexOf("\n");
    return { issues: [{ ...structureIssue(excess.kind), ...where, line, col }], locate: (i) => i };
  }
  const json = parseJsonText(text, where, at, counter);
  if (json) return json;
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: false });
  } catch (e) {
    const message = (e as Error).message;
    return {
      issues: [
        STACK_OVERFLOW.test(message)
          ? tooDeep(1, 1)
          : { code: "syntax", path: [], message: `cannot parse: ${message}`, ...where },
      ],
      locate: (i) => i,
    };
  }
  let index: DocumentIndex | undefined;
  const locateIssue = (issue: Issue): Issue => {
    if (issue.line !== undefined) return { ...where, ...issue };
    index ??= new DocumentIndex(doc);
    const offset = index.locate(issue.path, issue.code === "unknown_field");
    return { ...issue, ...where, ...(offset !== undefined ? at(offset) : {}) };
  };
  const MAX_SYNTAX = 8;
  const issues: Issue[] = doc.errors.slice(0, MAX_SYNTAX).map((e) => {
    const pos = e.linePos?.[0];
    const overflow = STACK_OVERFLOW.test(e.message);
    return {
      code: overflow ? "too_deep" : "syntax",
      path: [],
      message: overflow
        ? `document nests deeper than ${MAX_DEPTH} levels`
        : (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ""),
      ...where,
      line: pos?.line ?? 1,
      col: pos?.col ?? 1,
    };
  });
  if (doc.errors.length > MAX_SYNTAX)
    issues.push({
      code: "too_many_issues",
      path: [],
      message: `… and ${doc.errors.length - MAX_SYNTAX} more syntax errors`,
      ...where,
      line: doc.errors[MAX_SYNTAX]?.linePos?.[0].line ?? 1,
      col: doc.errors[MAX_SYNTAX]?.linePos?.[0].col ?? 1,
    });
  if (issues.length > 0) return { issues, locate: locateIssue };
  index = new DocumentIndex(doc);
  if (index.duplicates.length > 0) {
    const dups = index.duplicates.slice(0, MAX_SYNTAX).map((d): Issue => ({
      code: "duplicate_key",
      path: [],
      message: `map keys must be unique: "${d.key.length > 40 ? d.key.slice(0, 40) + "…" : d.key}" appears again`,
      ...where,
      ...at(d.node.range?.[0] ?? 0),
    }));
    if (index.duplicates.length > MAX_SYNTAX)
      dups.push({
        code: "too_many_issues",
        path: [],
        message: `… and ${index.duplicates.length - MAX_SYNTAX} more duplicate keys`,
        ...where,
        ...at(index.duplicates[MAX_SYNTAX]!.node.range?.[0] ?? 0),
      });
    return { issues: dups, locate: locateIssue };
  }
  const aliasProblem =
    index.aliases > MAX_ALIASES
      ? `document has ${index.aliases.toLocaleString("en-US")} aliases (*name); the limit is ${MAX_ALIASES.toLocaleString("en-US")}`
      : index.cyclic
        ? "an alias refers to a node that contains it (a cycle)"
        : index.expandedNodes > MAX_EXPANDED_NODES
          ? `aliases expand the document to ${index.expandedNodes.toLocaleString("en-US")} nodes; the limit is ${MAX_EXPANDED_NODES.toLocaleString("en-US")}`
          : undefined;
  if (aliasProblem)
    return {
      issues: [
        { code: "too_many_aliases", path: [], message: aliasProblem, ...where, ...at(index.cyclic?.range?.[0] ?? 0) },
      ],
      locate: locateIssue,
    };
  let data: unknown;
  try {
    // Aliases were counted and their expansion bounded above: the parser's own count would cost O(nodes × aliases).
    data = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    const message = (e as Error).message;
    return {
      issues: [
        STACK_OVERFLOW.test(message) ? tooDeep(1, 1) : { code: "syntax", path: [], message, ...where, line: 1, col: 1 },
      ],
      locate: locateIssue,
    };
  }
  if (data === null || data === undefined)
    return {
      issues: [
        { code: "empty", path: [], message: "document has no content (only comments?)", ...where, line: 1, col: 1 },
      ],
      locate: locateIssue,
    };
  if (typeof data !== "object" || Array.isArray(data))
    return {
      issues: [locateIssue({ code: "invalid_type", path: [], message: "document must be a mapping of fields" })],
      locate: locateIssue,
    };
  // Aliases and merge keys can still build deep or wide values out of a small text.
  const aliased = findDataExcess(data);
  if (aliased)
    return { issues: [locateIssue(structureIssue(aliased.kind, undefined, aliased.path))], locate: locateIssue };
  return { data, issues: [], locate: locateIssue };
}

/**
 * Validate plain data against a zod schema, then run cross-field checks. Every issue is returned at once.
 * @param schema zod schema of the document
 * @param data parsed data
 * @param crossCheck optional checks that need the whole valid document (ids, references)
 */
export function validateData<S extends z.ZodType>(
  schema: S,
  data: unknown,
  crossCheck?: (value: z.infer<S>) => Issue[],
  rawCheck?: (data: unknown) => Issue[],
): LoadResult<z.infer<S>> {
  const excess = findDataExcess(data);
  if (excess) return { issues: [structureIssue(excess.kind, undefined, excess.path)] };
  const parsed = schema.safeParse(data, { reportInput: true });
  const reserved = findReservedKeys(data);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, schema, MAX_ISSUES);
    const seen = new Set(issues.map((i) => i.path.join("\u0000")));
    return {
      issues: capIssues([
        ...issues,
        ...reserved.filter((r) => !seen.has(r.path.join("\u0000"))),
        ...(rawCheck ? rawCheck(data) : []),
      ]),
    };
  }
  if (reserved.length > 0) return { issues: reserved };
  const extra = capIssues(crossCheck ? crossCheck(parsed.data) : []);
  const errors = extra.filter((i) => (i.severity ?? "error") === "error");
  return errors.length > 0 ? { issues: extra } : { value: parsed.data, issues: extra };
}

/** Options of {@link loadDocument}. */
export interface LoadOptions<T> {
  /** File name used in issues. */
  file?: string;
  /** Checks that need the whole valid document (ids, references). */
  crossCheck?: (value: T) => Issue[];
  /** Checks run on the raw data when the schema fails, so such problems are still reported at once. */
  rawCheck?: (data: unknown) => Issue[];
}

/**
 * Load a document from text: parse, validate, cross-check, and locate every issue.
 * @param text YAML or JSON text
 * @param schema zod schema of the document
 * @param options file name for issues and optional cross-field checks
 */
export function loadDocument<S extends z.ZodType>(
  text: string,
  schema: S,
  options: LoadOptions<z.infer<S>> = {},
): LoadResult<z.infer<S>> {
  const parsed = parseDocumentText(text, options.file);
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  const result = validateData(schema, parsed.data, options.crossCheck, options.rawCheck);
  const where = options.file !== undefined ? { file: options.file } : {};
  const issues = result.issues.filter((i) => i.code !== TOO_MANY_ISSUES).map(parsed.locate);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  const more = result.issues.find((i) => i.code === TOO_MANY_ISSUES);
  if (more) issues.push({ ...more, ...where, line: 1, col: 1 });
  return { ...result, issues };
}

/** Load a document from raw bytes (size, encoding and binary checks first). */
export function loadDocumentBytes<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
  options: LoadOptions<z.infer<S>> = {},
): LoadResult<z.infer<S>> {
  const text = decodeDocumentBytes(bytes, options.file);
  if (text.value === undefined) return { issues: text.issues };
  return loadDocument(text.value, schema, options);
}

/** True when a YAML node is a sequence (re-exported for callers that inspect documents). */
export const isSequenceNode = isSeq;
