/**
 * Load documents (scenarios, frameworks, sweep specs) from YAML or JSON text with every problem reported at once,
 * each located at `file:line:col` by mapping the issue path to the YAML node range.
 *
 * Pure: takes bytes or text, returns data or issues. Reading files is the caller's job.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { Issue } from "../_shared/issues.js";
import { findReservedKeys } from "./reserved-keys.js";
import { fromZodIssues } from "./zod-issues.js";

/** Largest document accepted, bytes (5 MB). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Deepest nesting accepted in a document. */
export const MAX_DEPTH = 64;

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

/** Measure nesting depth of plain data, stopping early past `limit`. */
function depthExceeds(value: unknown, limit: number, depth = 0): boolean {
  if (depth > limit) return true;
  if (Array.isArray(value)) return value.some((v) => depthExceeds(v, limit, depth + 1));
  if (value !== null && typeof value === "object")
    return Object.values(value).some((v) => depthExceeds(v, limit, depth + 1));
  return false;
}

/** Find the closest YAML node for a path (walking up while a node is missing) and return its 1-based line:col. */
function locate(
  doc: Document,
  counter: LineCounter,
  path: ReadonlyArray<string | number>,
  keyNode: boolean,
): { line: number; col: number } | undefined {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    let node: unknown = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    // For an unknown key, point at the key itself rather than its value.
    if (keyNode && n === path.length && n > 0) {
      const parent = doc.getIn(path.slice(0, n - 1), true) ?? (n === 1 ? doc.contents : undefined);
      if (isMap(parent)) {
        const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === path[n - 1]);
        if (pair && isScalar(pair.key)) node = pair.key;
      }
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      const pos = counter.linePos(range[0]);
      return { line: pos.line, col: pos.col };
    }
  }
  return undefined;
}

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
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    return {
      issues: [{ code: "syntax", path: [], message: `cannot parse: ${(e as Error).message}`, ...where }],
      locate: (i) => i,
    };
  }
  const locateIssue = (issue: Issue): Issue => {
    if (issue.line !== undefined) return { ...where, ...issue };
    const pos = locate(doc, counter, issue.path, issue.code === "unknown_field");
    return { ...issue, ...where, ...(pos ?? {}) };
  };
  const MAX_SYNTAX = 8;
  const issues: Issue[] = doc.errors.slice(0, MAX_SYNTAX).map((e) => {
    const pos = e.linePos?.[0];
    return {
      code: "syntax",
      path: [],
      message: (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ""),
      ...where,
      line: pos?.line ?? 1,
      col: pos?.col ?? 1,
    };
  });
  if (doc.errors.length > MAX_SYNTAX)
    issues.push({
      code: "syntax",
      path: [],
      message: `… and ${doc.errors.length - MAX_SYNTAX} more syntax errors`,
      ...where,
      line: doc.errors[MAX_SYNTAX]?.linePos?.[0].line ?? 1,
      col: doc.errors[MAX_SYNTAX]?.linePos?.[0].col ?? 1,
    });
  if (issues.length > 0) return { issues, locate: locateIssue };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return {
      issues: [{ code: "syntax", path: [], message: (e as Error).message, ...where, line: 1, col: 1 }],
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
  if (depthExceeds(data, MAX_DEPTH))
    return {
      issues: [locateIssue({ code: "too_deep", path: [], message: `document nests deeper than ${MAX_DEPTH} levels` })],
      locate: locateIssue,
    };
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
  const parsed = schema.safeParse(data, { reportInput: true });
  const reserved = findReservedKeys(data);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, schema);
    const seen = new Set(issues.map((i) => i.path.join("\u0000")));
    return {
      issues: [
        ...issues,
        ...reserved.filter((r) => !seen.has(r.path.join("\u0000"))),
        ...(rawCheck ? rawCheck(data) : []),
      ],
    };
  }
  if (reserved.length > 0) return { issues: reserved };
  const extra = crossCheck ? crossCheck(parsed.data) : [];
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
  const issues = result.issues.map(parsed.locate);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
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

/** Depth-check helper exported for tests. */
export const _depthExceeds = depthExceeds;

/** True when a YAML node is a sequence (re-exported for callers that inspect documents). */
export const isSequenceNode = isSeq;
