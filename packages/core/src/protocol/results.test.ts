import { test } from "node:test";
import assert from "node:assert/strict";
import type { z } from "zod";
import { evaluate } from "../evaluate/evaluate.js";
import type { Report } from "../evaluate/report.js";
import type { CrisisTimeline } from "../stability/crisis-timeline.js";
import { crisisTimeline } from "../stability/crisis-timeline.js";
import type { ComplianceReport } from "../treaty/compliance.js";
import type { PathToCompliance } from "../treaty/path-to-compliance.js";
import type { NegotiationResult } from "../negotiate/search.js";
import type { CellResult } from "../sweep/run-cell.js";
import type { Issue } from "../_shared/issues.js";
import { toyScenario } from "../test-utils/toy-scenario.js";
import type {
  CellResultSchema,
  ComplianceReportSchema,
  IssueSchema,
  NegotiationResultSchema,
  PathToComplianceSchema,
} from "./results.js";
import { CrisisTimelineSchema, ReportSchema } from "./results.js";

/** A schema's input type without the open `[key: string]: unknown` members of loose objects. */
type Known<T> = T extends readonly (infer U)[]
  ? readonly Known<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? (unknown extends T[K] ? never : K) : K]: Known<T[K]> }
    : T;
/** Compile-time check that the engine's type fits what the schema accepts (fails `tsc` otherwise). */
type Fits<T, S extends z.ZodType> = T extends Known<z.input<S>> ? true : false;
const fits: [
  Fits<Report, typeof ReportSchema>,
  Fits<CrisisTimeline, typeof CrisisTimelineSchema>,
  Fits<ComplianceReport, typeof ComplianceReportSchema>,
  Fits<PathToCompliance, typeof PathToComplianceSchema>,
  Fits<NegotiationResult, typeof NegotiationResultSchema>,
  Fits<CellResult, typeof CellResultSchema>,
  Fits<Issue, typeof IssueSchema>,
] = [true, true, true, true, true, true, true];

const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

test("every result interface fits its schema (checked by the compiler)", () => {
  assert.ok(fits.every((x) => x));
});

test("a report and a crisis timeline, as JSON, pass their schemas; a broken one does not", () => {
  const s = toyScenario();
  const report = asJson(evaluate(s, { samples: 20, seed: 3e9 }));
  assert.equal(ReportSchema.safeParse(report).success, true);
  assert.equal(CrisisTimelineSchema.safeParse(asJson(crisisTimeline(s, 3))).success, true);
  const broken = { ...(report as Record<string, unknown>), stability: { pairs: [{ a: 1 }], minCombined: 0 } };
  assert.equal(ReportSchema.safeParse(broken).success, false);
});
