/**
 * The engine calls the API makes, as plain-data jobs: the same job runs in-process or in a worker thread, and
 * returns exactly what calling the core function directly returns.
 */
import {
  checkCompliance,
  crisisTimeline,
  evaluate,
  negotiate,
  pathToCompliance,
  type ComplianceOptions,
  type ComplianceReport,
  type CrisisTimeline,
  type EvaluateOptions,
  type Framework,
  type NegotiationResult,
  type PathOptions,
  type PathToCompliance,
  type Report,
  type ResolvedNegotiationSpec,
  type Scenario,
} from "@seceq/core";

/** `evaluate(scenario, options)`. */
export interface EvaluateJob {
  kind: "evaluate";
  scenario: Scenario;
  options: Pick<EvaluateOptions, "samples" | "seed" | "sensitivities" | "drawdown">;
  /**
   * Time budget of the Monte Carlo part, ms: checked after every sample, and when exceeded the job stops with a
   * {@link BudgetExceededError}. Default: none.
   */
  budgetMs?: number;
}

/** A Monte Carlo run stopped because it exceeded its time budget. */
export class BudgetExceededError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BudgetExceededError";
  }
}

/** Evaluate with a cooperative time budget on the Monte Carlo loop (the deterministic part runs to the end). */
function evaluateWithin(job: EvaluateJob): Report {
  const budget = job.budgetMs;
  if (budget === undefined || !((job.options.samples ?? 0) > 0)) return evaluate(job.scenario, job.options);
  const deadline = performance.now() + budget;
  return evaluate(job.scenario, {
    ...job.options,
    onProgress: (done, total) => {
      if (done < total && performance.now() > deadline)
        throw new BudgetExceededError(
          `the Monte Carlo run did not finish within this server's time budget of ${budget / 1000} s ` +
            `(${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} samples done); ` +
            "use fewer samples, or run it with `seceq evaluate --samples`",
        );
    },
  });
}

/** `crisisTimeline(scenario, days)`. */
export interface CrisisJob {
  kind: "crisis";
  scenario: Scenario;
  /** Last crisis day. */
  days: number;
}

/** `checkCompliance(scenario, framework, options)`. */
export interface TreatyCheckJob {
  kind: "treaty-check";
  scenario: Scenario;
  framework: Framework;
  options: ComplianceOptions;
}

/** `pathToCompliance(scenario, framework, party, options)`. */
export interface TreatyComplyJob {
  kind: "treaty-comply";
  scenario: Scenario;
  framework: Framework;
  party: string;
  options: PathOptions;
}

/** `negotiate(spec)`: search a space of frameworks. */
export interface NegotiateJob {
  kind: "negotiate";
  /** The resolved spec (base scenario inline). */
  spec: ResolvedNegotiationSpec;
  /**
   * Time budget of the search, ms: checked after every framework scored, and when exceeded the job stops with a
   * {@link BudgetExceededError}. Default: none.
   */
  budgetMs?: number;
}

/** Search with a cooperative time budget, checked after every step. */
function negotiateWithin(job: NegotiateJob): NegotiationResult {
  const budget = job.budgetMs;
  if (budget === undefined) return negotiate(job.spec);
  const deadline = performance.now() + budget;
  return negotiate(job.spec, {
    onProgress: ({ done, total }) => {
      if (done < total && performance.now() > deadline)
        throw new BudgetExceededError(
          `the negotiation search did not finish within this server's time budget of ${budget / 1000} s ` +
            `(${done.toLocaleString("en-US")} of at most ${total.toLocaleString("en-US")} steps done); ` +
            "use fewer samples or refinement runs, search in the browser, or run it with `seceq negotiate`",
        );
    },
  });
}

/** Any engine job. */
export type EngineJob = EvaluateJob | CrisisJob | TreatyCheckJob | TreatyComplyJob | NegotiateJob;

/** What a job of each kind returns. */
export interface JobResults {
  evaluate: Report;
  crisis: CrisisTimeline;
  "treaty-check": ComplianceReport;
  "treaty-comply": PathToCompliance;
  negotiate: NegotiationResult;
}

/** Result type of a job. */
export type JobResult<J extends EngineJob> = JobResults[J["kind"]];

/**
 * Run a job synchronously on this thread.
 * @throws whatever the core function throws (an `InputError` for input validation would have refused)
 */
export function runJob<J extends EngineJob>(job: J): JobResult<J> {
  const j: EngineJob = job;
  switch (j.kind) {
    case "evaluate":
      return evaluateWithin(j) as JobResult<J>;
    case "crisis":
      return crisisTimeline(j.scenario, j.days) as JobResult<J>;
    case "treaty-check":
      return checkCompliance(j.scenario, j.framework, j.options) as JobResult<J>;
    case "treaty-comply":
      return pathToCompliance(j.scenario, j.framework, j.party, j.options) as JobResult<J>;
    case "negotiate":
      return negotiateWithin(j) as JobResult<J>;
  }
}
