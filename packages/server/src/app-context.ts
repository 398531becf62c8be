/**
 * What the route modules share: the store, the gate and executor for engine jobs, the limits, and the logger.
 */
import type { ResultStore } from "@seceq/store";
import type { Executor } from "./executor.js";
import type { Gate } from "./gate.js";

/** Limits of the API (all optional in {@link AppOptions}; defaults in brackets). */
export interface AppLimits {
  /** Largest request body, bytes [1 MB]. Larger bodies get 413. */
  maxBodyBytes: number;
  /** Largest Monte Carlo `samples` per evaluation [10,000]. More gets 422. */
  maxSamples: number;
  /** Engine jobs admitted at once [2 × the executor's parallelism]. */
  maxConcurrent: number;
  /** Engine jobs waiting for a slot [64]. One more gets 503 `busy` at once. */
  maxQueue: number;
  /** Longest wait for a slot, ms [15,000]. Then 503 `busy`. */
  queueTimeoutMs: number;
  /**
   * Time budget of an evaluation's Monte Carlo samples, and of a negotiation search, ms [20,000]: checked after each
   * sample (each framework scored); a run over it stops with 422 `over_budget`. (Worker threads are also stopped
   * outright at their own, longer, time limit.)
   */
  monteCarloBudgetMs: number;
}

/** State shared by the routes of one app. */
export interface AppContext {
  store: ResultStore;
  executor: Executor;
  gate: Gate;
  limits: AppLimits;
  /** Record a run in the store after each engine call [true]. */
  recordRuns: boolean;
  /** Write one line to the server log (stderr by default). */
  log: (line: string) => void;
  /** Time the app was created, ms since the epoch. */
  startedAt: number;
}
