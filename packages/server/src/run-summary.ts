/**
 * The small summary of each run kept in the run history: the headline figures, not the whole result.
 */
import type {
  ComplianceReport,
  CrisisTimeline,
  NegotiationResult,
  OperationKind,
  PathToCompliance,
  Report,
} from "@seceq/core";

/** Headline figures of an operation's result, as plain JSON data. */
export function runSummary(kind: OperationKind, result: unknown): Record<string, unknown> {
  switch (kind) {
    case "evaluate": {
      const r = result as Report;
      return {
        scenario: r.scenario,
        minCombined: r.stability.minCombined,
        pairs: r.stability.pairs.map((p) => ({ a: p.a, b: p.b, fssA: p.fssA, fssB: p.fssB, combined: p.combined })),
        warnings: r.warnings.length,
        ...(r.monteCarlo ? { samples: r.monteCarlo.samples, seed: r.monteCarlo.seed } : {}),
      };
    }
    case "crisis": {
      const r = result as CrisisTimeline;
      return { days: r.days.length - 1, worstDay: r.worstDay, worstCombined: r.worstCombined };
    }
    case "treaty-check": {
      const r = result as ComplianceReport;
      return {
        framework: r.framework.id,
        date: r.date,
        state: r.state,
        violations: r.violations,
        rows: r.checks.length,
      };
    }
    case "treaty-comply": {
      const r = result as PathToCompliance;
      return {
        framework: r.framework,
        party: r.party,
        status: r.status,
        changes: r.changes.length,
        survivableWarheads: r.survivableWarheads,
      };
    }
    case "negotiate": {
      const r = result as NegotiationResult;
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
    case "validate":
    case "save-scenario":
    case "sweep-cells":
      return {};
  }
}
