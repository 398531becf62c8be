/**
 * Errors of an operation as data: a status class, a stable code, a sentence and the issues. They cross worker
 * boundaries as plain data, and each edge maps them its own way (HTTP status, CLI exit code, a message in the UI).
 */
import type { Issue } from "../_shared/issues.js";

/** Why an operation was refused: 400 bad input, 404 unknown reference, 422 over a limit or budget, 503 busy. */
export type OperationStatus = 400 | 404 | 409 | 413 | 422 | 503;

/** A refusal as data. */
export interface OperationError {
  /** HTTP-like status class. */
  status: OperationStatus;
  /** Stable code, e.g. `invalid_json`, `invalid_scenario`, `invalid_request`, `too_many_samples`, `over_budget`. */
  code: string;
  /** A sentence for a person. */
  message: string;
  /** The problems, for invalid input. */
  issues?: Issue[];
}

/** An {@link OperationError} thrown inside an operation and returned as data by `runOperation`. */
export class OperationFailure extends Error {
  /** The refusal. */
  readonly error: OperationError;
  constructor(error: OperationError) {
    super(error.message);
    this.name = "OperationFailure";
    this.error = error;
  }
}

/** Throw a refusal. */
export function refuse(status: OperationStatus, code: string, message: string, issues?: Issue[]): never {
  throw new OperationFailure({ status, code, message, ...(issues ? { issues } : {}) });
}

/** Prefix every issue's path (e.g. with `["scenario"]` when the scenario came wrapped in a request). */
export function prefixIssues(issues: readonly Issue[], prefix: ReadonlyArray<string | number>): Issue[] {
  return prefix.length === 0 ? [...issues] : issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}

/** Count the errors (not warnings) of a list of issues, as "N problem(s)". */
export function problemCount(issues: readonly Issue[]): string {
  const n = issues.filter((i) => (i.severity ?? "error") === "error").length;
  return `${n} problem${n === 1 ? "" : "s"}`;
}
