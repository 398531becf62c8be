/**
 * The small summary of each run kept in the run history: the headline figures, not the whole result.
 */
import type { EngineJob, JobResult } from "./jobs.js";

/** Headline figures of a job's result, as plain JSON data. */
export function runSummary<J extends EngineJob>(job: J, result: JobResult<J>): Record<string, unknown> {
  const j: EngineJob = job;
  switch (j.kind) {
    case "evaluate": {
      const r = result as JobResult<typeof j>;
      return {
        scenario: r.scenario,
        minCombined: r.stability.minCombined,
        pairs: r.stability.pairs.map((p) => ({ a: p.a, b: p.b, fssA: p.fssA, fssB: p.fssB, combined: p.combined })),
        warnings: r.warnings.length,
        ...(r.monteCarlo ? { samples: r.monteCarlo.samples, seed: r.monteCarlo.seed } : {}),
      };
    }
    case "crisis": {
      const r = result as JobResult<typeof j>;
      return { days: r.days.length - 1, worstDay: r.worstDay, worstCombined: r.worstCombined };
    }
    case "treaty-check": {
      const r = result as JobResult<typeof j>;
      return {
        framework: r.framework.id,
        date: r.date,
        state: r.state,
        violations: r.violations,
        rows: r.checks.length,
      };
    }
    case "treaty-comply": {
      const r = result as JobResult<typeof j>;
      return {
        framework: r.framework,
        party: r.party,
        status: r.status,
        changes: r.changes.length,
        survivableWarheads: r.survivableWarheads,
      };
    }
    case "negotiate": {
      const r = result as JobResult<typeof j>;
      return {
        spec: r.spec.id,
        scenario: r.spec.scenario,
        parties: r.spec.parties,
        scored: r.evaluations.scored,
        infeasible: r.evaluations.infeasible,
        zopa: r.zopa.length,
        frontier: r.frontier.length,
        statusQuoDominated: r.statusQuoDominated,
      };
    }
  }
}
