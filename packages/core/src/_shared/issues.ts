/**
 * Errors as data: every validation problem is an {@link Issue} with a code, a path into the document and, when the
 * document came from text, a source location. Each interface (CLI, HTTP, web) formats issues its own way.
 */

/** A path into a document: object keys and array indices, outermost first. */
export type IssuePath = ReadonlyArray<string | number>;

/** Severity of an issue: errors make the input unusable, warnings are reported alongside results. */
export type Severity = "error" | "warning";

/** One validation problem. */
export interface Issue {
  /** Stable machine-readable code, e.g. `invalid_type`, `duplicate_id`, `unknown_reference`. */
  code: string;
  /** Where in the document the problem is. */
  path: IssuePath;
  /** A sentence for a person. */
  message: string;
  /** `error` unless stated. */
  severity?: Severity;
  /** A suggestion, e.g. "did you mean `cepM`?". */
  hint?: string;
  /** The file the document came from, when known. */
  file?: string;
  /** 1-based line of the offending node, when the document came from text. */
  line?: number;
  /** 1-based column of the offending node. */
  col?: number;
}

/** Render an issue path as `parties[0].forces[2].cepM`; the empty path renders as `(root)`. */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/** Render one issue as `file:line:col: error [code] path: message (hint)`, the format compilers use. */
export function formatIssue(issue: Issue): string {
  const where = [issue.file, issue.line, issue.col].filter((x) => x !== undefined).join(":");
  const prefix = where === "" ? "" : `${where}: `;
  const hint = issue.hint ? ` (${issue.hint})` : "";
  return `${prefix}${issue.severity ?? "error"} [${issue.code}] ${formatPath(issue.path)}: ${issue.message}${hint}`;
}

/** True when any issue in the list is an error (not a warning). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => (i.severity ?? "error") === "error");
}

/** Thrown by library functions given input that validation would have refused; carries the issues. */
export class InputError extends Error {
  /** The problems found. */
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "InputError";
    this.issues = issues;
  }
}
