/**
 * The engine calls the API makes, as plain-data jobs: the same job runs in-process or in a worker thread, and
 * returns exactly what calling the core function directly returns.
 */
import {
  checkCompliance,
  crisisTimeline,
  evaluate,
  pathToCompliance,
  type ComplianceOptions,
  type ComplianceReport,
  type CrisisTimeline,
  type EvaluateOptions,
  type Framework,
  type PathOptions,
  type PathToCompliance,
  type Report,
  type Scenario,
} from "@seceq/core";

/** `evaluate(scenario, options)`. */
export interface EvaluateJob {
  kind: "evaluate";
  scenario: Scenario;
  options: Pick<EvaluateOptions, "samples" | "seed" | "sensitivities" | "drawdown">;
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

/** Any engine job. */
export type EngineJob = EvaluateJob | CrisisJob | TreatyCheckJob | TreatyComplyJob;

/** What a job of each kind returns. */
export interface JobResults {
  evaluate: Report;
  crisis: CrisisTimeline;
  "treaty-check": ComplianceReport;
  "treaty-comply": PathToCompliance;
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
      return evaluate(j.scenario, j.options) as JobResult<J>;
    case "crisis":
      return crisisTimeline(j.scenario, j.days) as JobResult<J>;
    case "treaty-check":
      return checkCompliance(j.scenario, j.framework, j.options) as JobResult<J>;
    case "treaty-comply":
      return pathToCompliance(j.scenario, j.framework, j.party, j.options) as JobResult<J>;
  }
}
