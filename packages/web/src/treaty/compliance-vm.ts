/**
 * View model of the treaty compliance table: one row per limit and party at the chosen date, with the counting rule
 * and its citation.
 */
import type { ComplianceReport } from "@seceq/core";
import { formatCount } from "../model/format.js";
import type { TableVm } from "../results/results-vm.js";

/** The compliance panel, ready to render. */
export interface ComplianceVm extends TableVm {
  title: string;
  /** One-line verdict. */
  summary: string;
  /** Row index → status, for styling. */
  statuses: Array<"compliant" | "violation" | "not-in-force">;
  /** Row index → tooltip (rule, citation, contributions). */
  titles: string[];
  warnings: string[];
}

const STATE_TEXT: Readonly<Record<ComplianceReport["state"], string>> = {
  "not-yet-in-force": "not yet in force at this date",
  "in-force": "in force at this date",
  expired: "expired at this date",
};

/** Build the compliance view model; `names` maps party ids to display names. */
export function complianceVm(r: ComplianceReport, names: Record<string, string>): ComplianceVm {
  const columns = ["Limit", "Party", "Counted", "Limit value", "Headroom", "Status", "Counting rule"];
  const raw = r.checks.map((c) => [
    c.limitName,
    names[c.party] ?? c.party,
    c.counted,
    c.limit,
    c.headroom,
    c.status,
    c.rule,
  ]);
  const rows = r.checks.map((c) => [
    c.limitName,
    names[c.party] ?? c.party,
    formatCount(c.counted, 1),
    formatCount(c.limit),
    formatCount(c.headroom, 1),
    c.status === "not-in-force" ? `not in force (${c.reason ?? "date"})` : c.status,
    c.rule,
  ]);
  const titles = r.checks.map((c) =>
    [
      `${c.limitName} — ${c.citation}`,
      `Rule ${c.rule}: ${c.ruleDescription} (${c.ruleCitation})`,
      ...c.contributions.map((k) => `${k.id}: ${formatCount(k.count, 1)}`),
      ...c.notes,
    ].join("\n"),
  );
  const inForce = r.state === "in-force" || r.assumeBinding;
  const summary = !inForce
    ? `${r.framework.name} is ${STATE_TEXT[r.state]} (${r.date}): limits shown for reference (tick “Treat limits as binding” for a hypothetical check).`
    : r.violations === 0
      ? `All ${r.checks.length} limits met on ${r.date}.`
      : `${r.violations} of ${r.checks.length} limits exceeded on ${r.date}.`;
  return {
    title: `${r.framework.name} on ${r.date}`,
    summary,
    statuses: r.checks.map((c) => c.status),
    titles,
    columns,
    rows,
    raw,
    warnings: r.warnings.map((w) => w.message),
  };
}
