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

/**
 * Field paths where a type and a schema's input disagree: fields of `T` the schema lacks (`+path`) and fields of the
 * schema `T` lacks (`-path`), recursively through objects, arrays, tuples and records. `never` when they agree.
 */
type Diff<T, S, P extends string = "$"> = [T] extends [S]
  ? [S] extends [T]
    ? never
    : DiffShape<T, S, P>
  : DiffShape<T, S, P>;
type DiffShape<T, S, P extends string> = [NonNullable<T>] extends [readonly (infer U)[]]
  ? [NonNullable<S>] extends [readonly (infer V)[]]
    ? Diff<U, V, `${P}[]`>
    : `${P} (array in type only)`
  : [NonNullable<T>] extends [object]
    ? [NonNullable<S>] extends [object]
      ? DiffObject<NonNullable<T>, NonNullable<S>, P>
      : `${P} (object in type only)`
    : never;
type DiffObject<T, S, P extends string> =
  | { [K in Exclude<keyof T, keyof S> & string]: `+${P}.${K}` }[Exclude<keyof T, keyof S> & string]
  | { [K in Exclude<keyof S, keyof T> & string]: `-${P}.${K}` }[Exclude<keyof S, keyof T> & string]
  | { [K in keyof T & keyof S & string]-?: Diff<T[K], S[K], `${P}.${K}`> }[keyof T & keyof S & string];

/** Compile-time check that the engine's type fits what the schema accepts (fails `tsc` otherwise). */
type Fits<T, S extends z.ZodType> = T extends z.input<S> ? true : false;
/** The fields on which an interface and a schema disagree, both ways (`never` when none). */
type Mismatch<T, S extends z.ZodType> = Diff<T, z.input<S>>;

const fits: [
  Fits<Report, typeof ReportSchema>,
  Fits<CrisisTimeline, typeof CrisisTimelineSchema>,
  Fits<ComplianceReport, typeof ComplianceReportSchema>,
  Fits<PathToCompliance, typeof PathToComplianceSchema>,
  Fits<NegotiationResult, typeof NegotiationResultSchema>,
  Fits<CellResult, typeof CellResultSchema>,
  Fits<Issue, typeof IssueSchema>,
] = [true, true, true, true, true, true, true];

/**
 * Compiles only when `M` is `never`; otherwise `tsc` names the disagreeing fields (`+$.path`: in the interface, not
 * the schema; `-$.path`: in the schema, not the interface).
 */
const agree = <M extends never>(): M[] => [];

const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

test("every result interface fits its schema and the schema describes exactly its fields (checked by the compiler)", () => {
  assert.ok(fits.every((x) => x));
  const mismatches = [
    ...agree<Mismatch<Report, typeof ReportSchema>>(),
    ...agree<Mismatch<CrisisTimeline, typeof CrisisTimelineSchema>>(),
    ...agree<Mismatch<ComplianceReport, typeof ComplianceReportSchema>>(),
    ...agree<Mismatch<PathToCompliance, typeof PathToComplianceSchema>>(),
    ...agree<Mismatch<NegotiationResult, typeof NegotiationResultSchema>>(),
    ...agree<Mismatch<CellResult, typeof CellResultSchema>>(),
    ...agree<Mismatch<Issue, typeof IssueSchema>>(),
  ];
  assert.deepEqual(mismatches, []);
});

test("a report and a crisis timeline, as JSON, pass their schemas; a broken one does not", () => {
  const s = toyScenario();
  const report = asJson(evaluate(s, { samples: 20, seed: 3e9 }));
  assert.equal(ReportSchema.safeParse(report).success, true);
  assert.equal(CrisisTimelineSchema.safeParse(asJson(crisisTimeline(s, 3))).success, true);
  const broken = { ...(report as Record<string, unknown>), stability: { pairs: [{ a: 1 }], minCombined: 0 } };
  assert.equal(ReportSchema.safeParse(broken).success, false);
  // Strict: a field no schema describes fails, however deep.
  const r = report as { exchanges: Record<string, unknown>[] };
  assert.equal(ReportSchema.safeParse({ ...r, extra: 1 }).success, false);
  const exchanges = [{ ...r.exchanges[0], undocumented: true }, ...r.exchanges.slice(1)];
  assert.equal(ReportSchema.safeParse({ ...r, exchanges }).success, false);
});
