/**
 * What the route modules share: the store, the executor for engine operations, the limits, and the logger.
 */
import type { Context } from "hono";
import type { Executor } from "@seceq/core";
import type { ResultStore } from "@seceq/store";

/** Limits of the API (all optional in `AppOptions`; defaults in brackets). */
export interface AppLimits {
  /** Largest request body, bytes [1 MB]. Larger bodies get 413. */
  maxBodyBytes: number;
  /** Largest Monte Carlo `samples` per evaluation or negotiation [10,000]. More gets 422. */
  maxSamples: number;
  /**
   * Time budget of an operation in the engine, ms [20,000]: checked after each Monte Carlo sample, search step or
   * sweep cell; a run over it stops with 422 `over_budget`. (Worker threads are also stopped outright at the pool's
   * own, longer, time limit: 503 `timeout`.)
   */
  monteCarloBudgetMs: number;
}

/** State shared by the routes of one app. */
export interface AppContext {
  store: ResultStore;
  /** Runs engine operations: parsing and validating bodies included. */
  executor: Executor;
  limits: AppLimits;
  /** Record a run in the store after each engine call [true]. */
  recordRuns: boolean;
  /** Write one line to the server log (stderr by default). */
  log: (line: string) => void;
  /** Time the app was created, ms since the epoch. */
  startedAt: number;
  /** The app's answer to an error thrown by a handler. */
  answerError: (err: unknown, c: Context) => Response | Promise<Response>;
}
