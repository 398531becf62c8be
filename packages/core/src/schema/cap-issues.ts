/**
 * Bound the list of issues one document can produce (issue 14): the first {@link MAX_ISSUES} are kept and the rest
 * become one `too_many_issues` issue saying how many were left out, so a hostile document cannot make the report, its
 * location work or its hints grow without bound.
 */
import type { Issue } from "../_shared/issues.js";

/** Most issues reported for one document (the rest are counted in one "and N more" issue). */
export const MAX_ISSUES = 200;

/** Code of the issue that stands for the issues left out. */
export const TOO_MANY_ISSUES = "too_many_issues";

/**
 * Build the issue that stands for `omitted` issues left out.
 * @param omitted issues left out (≥ 1)
 */
export function moreIssues(omitted: number): Issue {
  return {
    code: TOO_MANY_ISSUES,
    path: [],
    message: `… and ${omitted} more issue${omitted === 1 ? "" : "s"} (only the first ${MAX_ISSUES} are listed)`,
  };
}

/** Issues a `too_many_issues` marker stands for (0 for any other issue). */
export function omittedBy(issue: Issue): number {
  if (issue.code !== TOO_MANY_ISSUES) return 0;
  const m = /and (\d+) more/.exec(issue.message);
  return m ? Number(m[1]) : 1;
}

/** Count the problems a (possibly capped) list stands for: the issues listed plus those a marker left out. */
export function countIssues(issues: readonly Issue[]): number {
  let n = 0;
  for (const i of issues) n += i.code === TOO_MANY_ISSUES ? omittedBy(i) : 1;
  return n;
}

/**
 * Keep the first `max` issues (earlier `too_many_issues` markers are folded in) and append one marker for the rest.
 * @param issues issues in report order
 * @param max most issues kept, default {@link MAX_ISSUES}
 * @param omitted issues already left out before this list was built, default 0
 */
export function capIssues(issues: readonly Issue[], max = MAX_ISSUES, omitted = 0): Issue[] {
  const kept: Issue[] = [];
  let more = omitted;
  for (const issue of issues) {
    if (issue.code === TOO_MANY_ISSUES) more += omittedBy(issue);
    else if (kept.length < max) kept.push(issue);
    else more++;
  }
  if (more > 0) kept.push(moreIssues(more));
  return kept;
}
