/**
 * Errors as HTTP responses: every refusal is JSON `{error, message, issues?}` with a stable machine-readable `error`
 * code, a sentence for a person and, for invalid input, the list of issues (each with a path and, from YAML text,
 * line:col). Internal details (stack traces, file paths) never reach a response.
 */
import type { Issue } from "@seceq/core";

/** Body of every error response. */
export interface ErrorBody {
  /** Stable code, e.g. `invalid_json`, `invalid_scenario`, `payload_too_large`, `busy`, `not_found`, `internal`. */
  error: string;
  /** A sentence for a person. */
  message: string;
  /** The problems, for invalid input. */
  issues?: Issue[];
}

/** HTTP status codes this API answers with on errors. */
export type ErrorStatus = 400 | 403 | 404 | 408 | 409 | 413 | 415 | 422 | 500 | 503;

/** A refusal to answer with a given status and body; thrown by handlers and turned into a response by the app. */
export class HttpError extends Error {
  readonly status: ErrorStatus;
  readonly code: string;
  readonly issues: Issue[] | undefined;
  /** Extra response headers (e.g. `Retry-After`). */
  readonly headers: Record<string, string>;

  constructor(
    status: ErrorStatus,
    code: string,
    message: string,
    issues?: Issue[],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }

  /** The JSON body of the response. */
  body(): ErrorBody {
    return { error: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}
