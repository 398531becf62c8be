/**
 * CLI error types and exit codes: 0 ok, 1 internal error, 2 invalid input, 3 treaty violation, 130 interrupted (Ctrl-C).
 */
import type { Issue } from "@seceq/core";

/** Exit codes of the `seceq` command. */
export const EXIT = { ok: 0, bug: 1, invalidInput: 2, violation: 3, interrupted: 130 } as const;

/** A user mistake: reported as issues on stderr, exit code 2, never a stack trace. */
export class UserError extends Error {
  /** The problems, each with path and (from files) line:col. */
  readonly issues: Issue[];
  /** Closing line on stderr instead of the default "N problems found; nothing was written." */
  readonly summary: string | undefined;
  /**
   * @param issues the problems, or one message (code `usage`)
   * @param options `summary`: the closing line, when "nothing was written" would not be true
   */
  constructor(issues: Issue[] | string, options: { summary?: string } = {}) {
    const list: Issue[] = typeof issues === "string" ? [{ code: "usage", path: [], message: issues }] : issues;
    super(list.map((i) => i.message).join("; "));
    this.name = "UserError";
    this.issues = list;
    this.summary = options.summary;
  }
}

/** Ask the entry point to exit with a given code after output was written (e.g. 3 on a treaty violation). */
export class ExitRequest extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}
