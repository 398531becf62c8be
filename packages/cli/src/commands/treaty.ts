/**
 * `seceq treaty list|show|check|comply|history`: count scenarios under rule packs (New START, START I, SORT, INF,
 * none) and user framework files, find the reductions that bring a party into compliance, and print the New START
 * data-exchange history against the limits.
 */
import type { Command } from "@commander-js/extra-typings";
import {
  IsoDate,
  RULE_PACK_IDS,
  RULE_PACKS,
  getRulePack,
  checkCompliance,
  closest,
  csvTable,
  frameworkBreakout,
  uploadStability,
  type Breakout,
  type UploadStability,
  formatIssue,
  frameworkJsonSchema,
  loadFrameworkBytes,
  newStartHistory,
  newStartRichardsonFit,
  pathToCompliance,
  ruleOf,
  statusOf,
  type ComplianceReport,
  type Framework,
  type Issue,
  type LimitCheck,
  type NewStartHistoryRow,
  type PathToCompliance,
  type Scenario,
} from "@seceq/core";
import { NEW_START_AGGREGATES } from "@seceq/data";
import { ExitRequest, EXIT, UserError } from "../errors.js";
import { isFileArg } from "../io/file-arg.js";
import { readFileBytes } from "../io/read-input.js";
import { resolveScenarioInput, scenarioInput, type ScenarioOptions } from "../io/scenario-arg.js";
import { fmt, note, printJson, printText, table } from "../io/output.js";

/** A framework resolved from the command line, with the warnings its file produced. */
export interface ResolvedFramework {
  framework: Framework;
  /** `builtin` rule pack or a `file`. */
  origin: "builtin" | "file";
  warnings: Issue[];
}

/**
 * Resolve `--framework`: a built-in rule-pack id, or a path to a YAML/JSON framework file (validated with
 * file:line:col diagnostics; errors exit 2).
 */
export function resolveFramework(arg: string): ResolvedFramework {
  const pack = getRulePack(arg);
  if (pack) return { framework: pack, origin: "builtin", warnings: [] };
  if (isFileArg(arg)) {
    const r = loadFrameworkBytes(readFileBytes(arg), arg);
    if (!r.value) throw new UserError(r.issues);
    return { framework: r.value, origin: "file", warnings: r.issues };
  }
  const guess = closest(arg, [...RULE_PACK_IDS]);
  throw new UserError([
    {
      code: "unknown_framework",
      path: [],
      message: `unknown framework "${arg}"; built-in: ${RULE_PACK_IDS.join(", ")}; or give a path to a framework file`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    },
  ]);
}

/** Parse `--date`; a malformed date is a user error (exit 2). */
function parseDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!IsoDate.safeParse(text).success)
    throw new UserError([
      { code: "invalid_date", path: [], message: `--date must be a date written YYYY-MM-DD, got "${text}"` },
    ]);
  return text;
}

/**
 * The framework and date to count with: `--framework`, else the scenario's `framework.id`; `--date`, else the
 * scenario's `framework.date` when the scenario names that framework (then the core defaults to `asOf`).
 */
function frameworkFor(
  scenario: Scenario,
  arg: string | undefined,
  date: string | undefined,
): ResolvedFramework & { date?: string } {
  const id = arg ?? scenario.framework?.id;
  if (id === undefined)
    throw new UserError(
      `give --framework (${RULE_PACK_IDS.join(", ")}, or a framework file): scenario "${scenario.id}" names none`,
    );
  const resolved = resolveFramework(id);
  const own = scenario.framework?.id === id ? scenario.framework.date : undefined;
  const d = date ?? own;
  return { ...resolved, ...(d !== undefined ? { date: d } : {}) };
}

function warn(issues: readonly Issue[]): void {
  for (const i of issues) note(formatIssue(i));
}

const STATE_TEXT = { "not-yet-in-force": "not yet in force", "in-force": "in force", expired: "expired" } as const;

function statusText(c: LimitCheck): string {
  if (c.status !== "not-in-force") return c.status === "violation" ? "VIOLATION" : "compliant";
  return `not in force (${c.reason === "not-yet-binding" ? "not yet binding" : STATE_TEXT[c.reason ?? "expired"]})`;
}

function period(f: Framework): string {
  const from = f.inForce.from ?? "—";
  const to = f.inForce.to ?? "open-ended";
  return `${from} to ${to}${f.bindingFrom ? `; limits binding from ${f.bindingFrom}` : ""}`;
}

/** Render a compliance report as text. */
export function renderCompliance(r: ComplianceReport, scenarioId: string, framework: Framework): string {
  const out: string[] = [];
  out.push(`${r.framework.name} [${r.framework.id}] — scenario ${scenarioId}, counted as of ${r.date}`);
  out.push(
    `state: ${STATE_TEXT[r.state]} (${period(framework)})${r.assumeBinding ? "; limits treated as binding (--as-if-binding)" : ""}`,
  );
  if (r.checks.length === 0) out.push("", "no limits apply");
  else {
    out.push("");
    out.push(
      table(
        ["limit", "party", "counted", "ceiling", "headroom", "status", "rule", "flags"],
        r.checks.map((c) => [
          c.sublimitOf ? `  ${c.limitId}` : c.limitId,
          c.party,
          c.counted,
          c.limit,
          c.headroom,
          statusText(c),
          c.rule,
          [
            c.unequal ? "unequal" : "",
            c.belowRange ? "below band" : "",
            c.notes.some((n) => /^(suspension|withdrawal)/.test(n)) ? "suspended" : "",
          ]
            .filter(Boolean)
            .join(", "),
        ]),
      ),
    );
    out.push("", "LIMITS AND RULES");
    for (const l of framework.limits) {
      const rule = ruleOf(l);
      const ceiling = l.perParty
        ? Object.entries(l.perParty)
            .map(([p, v]) => `${p} ${fmt(v)}`)
            .join(", ") + (l.max !== undefined ? `, others ${fmt(l.max)}` : "")
        : fmt(l.max!);
      out.push(`  ${l.id}: ${l.name} — ${l.quantity} ≤ ${ceiling} (${statusOf(l)}) [${l.citation}]`);
      const row = r.checks.find((c) => c.limitId === l.id);
      if (row) out.push(`      rule ${rule}: ${row.ruleDescription} [${row.ruleCitation}]`);
    }
    const notes = [...new Set(r.checks.flatMap((c) => c.notes.map((n) => `${c.party}: ${n}`)))];
    if (notes.length) out.push("", "NOTES", ...notes.map((n) => `  ${n}`));
  }
  if (r.events.length)
    out.push(
      "",
      "EVENTS TO DATE",
      ...r.events.map((e) => `  ${e.date} ${e.kind}${e.party ? ` (${e.party})` : ""}: ${e.description}`),
    );
  out.push("", r.violations === 0 ? "no violations" : `${r.violations} violation${r.violations === 1 ? "" : "s"}`);
  return out.join("\n");
}

/** Render a framework's definition as text. */
export function renderFramework(f: Framework): string {
  const out: string[] = [`${f.name} [${f.id}]`, f.citation];
  if (f.description) out.push(f.description);
  out.push(`in force: ${period(f)}`);
  if (f.parties) out.push(`parties: ${f.parties.join(", ")}`);
  if (f.limits.length === 0) out.push("", "no limits");
  else
    out.push(
      "",
      table(
        ["limit", "quantity", "rule", "status", "ceiling", "sublimit of", "citation"],
        f.limits.map((l) => [
          l.id,
          l.quantity,
          ruleOf(l),
          statusOf(l),
          l.perParty
            ? Object.entries(l.perParty)
                .map(([p, v]) => `${p} ${fmt(v)}`)
                .join(", ")
            : l.min !== undefined
              ? `${fmt(l.min)}–${fmt(l.max!)}`
              : fmt(l.max!),
          l.sublimitOf ?? "",
          l.citation,
        ]),
      ),
    );
  if (f.events.length)
    out.push(
      "",
      "EVENTS",
      ...f.events.map(
        (e) => `  ${e.date} ${e.kind}${e.party ? ` (${e.party})` : ""}: ${e.description} [${e.citation}]`,
      ),
    );
  if (f.notes) out.push("", f.notes);
  return out.join("\n");
}

/** Render a path to compliance as text. */
/** Render upload potential, breakout times and stability after upload as text. */
export function renderBreakout(
  scenario: Scenario,
  framework: Framework,
  breakout: readonly Breakout[],
  stability: readonly UploadStability[],
): string {
  const u = scenario.assumptions.upload;
  const lines = [
    `Breakout from ${framework.name} [${framework.id}] — scenario ${scenario.id}`,
    `(upload days: ICBM silo ${u.days["icbm-silo"]}, mobile ${u.days["icbm-mobile"]}, SLBM ${u.days.slbm}, bomber ${u.days.bomber}, other ${u.days.other}; reserve launchers ${u.reserveLauncherDays}; breakout = ceiling + ${fmt(Math.round(u.breakoutMargin * 100))} %)`,
    "",
  ];
  if (breakout.length === 0) lines.push("The framework has no ceiling on deployed warheads an upload could break.");
  else
    lines.push(
      table(
        ["limit", "party", "counted", "ceiling", "after upload", "potential", "breakout (days)", "full upload (days)"],
        breakout.map((b) => [
          b.limit,
          b.party,
          fmt(Math.round(b.countNow)),
          fmt(Math.round(b.ceiling)),
          fmt(Math.round(b.countUploaded)),
          fmt(Math.round(b.potential)),
          b.breakoutDays === null ? "never" : fmt(Math.round(b.breakoutDays)),
          fmt(Math.round(b.fullUploadDays)),
        ]),
      ),
    );
  lines.push("", "STABILITY AFTER UPLOAD (combined index)");
  for (const s of stability)
    lines.push(
      `  ${s.a}–${s.b}: today ${s.before.toFixed(3)}; ${s.a} uploads ${s.afterOne[s.a]!.toFixed(3)}; ${s.b} uploads ${s.afterOne[s.b]!.toFixed(3)}; both ${s.afterAll.toFixed(3)}`,
    );
  return lines.join("\n") + "\n";
}

export function renderPath(p: PathToCompliance): string {
  const out: string[] = [`Path to compliance: ${p.party} under ${p.framework} — ${p.status}`, p.message];
  if (p.changes.length) {
    out.push("", "CHANGES");
    for (const c of p.changes) out.push(`  ${c.id} (${c.name}): ${c.description}`);
  }
  out.push("", "LIMITS (before → after)");
  out.push(
    table(
      ["limit", "ceiling", "before", "after", "status after"],
      p.before.map((b) => {
        const a = p.after.find((x) => x.limitId === b.limitId) ?? b;
        return [b.limitId, b.limit, b.counted, a.counted, statusText(a)];
      }),
    ),
  );
  out.push(
    "",
    `survivable retaliatory warheads (generated): ${fmt(p.survivableWarheads.before)} → ${fmt(p.survivableWarheads.after)}`,
  );
  return out.join("\n");
}

const HISTORY_COLUMNS = [
  "date",
  "party",
  "deployedLaunchers",
  "deployedLimit",
  "deployedHeadroom",
  "warheads",
  "warheadLimit",
  "warheadHeadroom",
  "totalLaunchers",
  "launcherLimit",
  "launcherHeadroom",
  "status",
  "confidence",
  "source",
] as const;

/** Render the history as CSV (one header line, one row per party and date). */
export function historyCsv(rows: readonly NewStartHistoryRow[]): string {
  return csvTable(
    HISTORY_COLUMNS,
    rows.map((r) => [
      r.date,
      r.party,
      r.values.deployedLaunchers,
      r.limits.deployedLaunchers,
      r.headroom.deployedLaunchers,
      r.values.warheads,
      r.limits.warheads,
      r.headroom.warheads,
      r.values.totalLaunchers,
      r.limits.totalLaunchers,
      r.headroom.totalLaunchers,
      r.status === "not-in-force" ? `not-in-force (${r.reason})` : r.status,
      r.confidence,
      r.source,
    ]),
  );
}

function historyText(rows: readonly NewStartHistoryRow[]): string {
  const cell = (v: number | undefined, h: number | undefined) =>
    v === undefined ? "—" : `${fmt(v)} (${h! >= 0 ? "+" : ""}${fmt(h!)})`;
  return [
    "New START aggregates (deployed ICBMs+SLBMs+HB ≤ 700 / warheads ≤ 1,550 / deployed+non-deployed launchers ≤ 800);",
    "headroom in brackets; the limits bound from 2018-02-05.",
    "",
    table(
      ["date", "party", "deployed (700)", "warheads (1,550)", "launchers (800)", "status", "source"],
      rows.map((r) => [
        r.date,
        r.party,
        cell(r.values.deployedLaunchers, r.headroom.deployedLaunchers),
        cell(r.values.warheads, r.headroom.warheads),
        cell(r.values.totalLaunchers, r.headroom.totalLaunchers),
        r.status === "not-in-force" ? "not in force" : r.status,
        `${r.source ?? ""}${r.confidence && r.confidence !== "published" ? ` [${r.confidence}]` : ""}`,
      ]),
    ),
  ].join("\n");
}

/** Register `treaty` and its subcommands. */
export function registerTreaty(program: Command): void {
  const treaty = program
    .command("treaty")
    .description("arms-control frameworks: list, show, check a scenario, path to compliance, New START history");

  treaty
    .command("list")
    .description("list the built-in rule packs")
    .option("--json", "print one JSON document")
    .action((opts: { json?: boolean }) => {
      const packs = RULE_PACK_IDS.map((id) => RULE_PACKS[id]);
      if (opts.json)
        printJson(
          packs.map((f) => ({
            id: f.id,
            name: f.name,
            inForce: f.inForce,
            bindingFrom: f.bindingFrom ?? null,
            limits: f.limits.length,
          })),
        );
      else
        printText(
          table(
            ["id", "name", "in force", "limits"],
            packs.map((f) => [
              f.id,
              f.name,
              `${f.inForce.from ?? "—"} to ${f.inForce.to ?? "open-ended"}`,
              f.limits.length,
            ]),
          ) + "\n\nUser frameworks: pass a YAML/JSON file to --framework (see examples/frameworks/).",
        );
    });

  treaty
    .command("show")
    .description("show a framework's limits, counting rules, dates, events and citations")
    .argument("<framework>", "rule-pack id or framework file")
    .option("--json", "print the framework as one JSON document")
    .action((arg: string, opts: { json?: boolean }) => {
      const { framework, warnings } = resolveFramework(arg);
      warn(warnings);
      if (opts.json) printJson(framework);
      else printText(renderFramework(framework));
    });

  scenarioInput(
    treaty
      .command("check")
      .description("count a scenario under a framework at a date (default scenario when none given)"),
  )
    .option(
      "--framework <id|file>",
      "rule-pack id (new-start, start1, sort, inf, none) or framework file (default: the scenario's framework)",
    )
    .option("--date <YYYY-MM-DD>", "date to count at (default: the scenario's asOf)")
    .option("--as-if-binding", "treat every limit as binding whatever the date")
    .option("--json", "print the report as one JSON document")
    .option("--fail-on-violation", "exit 3 when any limit is violated")
    .action(
      async (
        file: string | undefined,
        opts: {
          framework?: string;
          date?: string;
          asIfBinding?: boolean;
          json?: boolean;
          failOnViolation?: boolean;
        } & ScenarioOptions,
      ) => {
        const scenario = await resolveScenarioInput(file, opts);
        const { framework, warnings, date } = frameworkFor(scenario, opts.framework, parseDate(opts.date));
        const report = checkCompliance(scenario, framework, {
          ...(date !== undefined ? { date } : {}),
          assumeBinding: opts.asIfBinding ?? false,
        });
        // Framework warnings come back from the file (located) and from the report (not): keep the located ones.
        const allWarnings = [
          ...warnings,
          ...report.warnings.filter((w) => !warnings.some((x) => x.code === w.code && x.message === w.message)),
        ];
        if (opts.json) printJson({ ok: true, scenario: scenario.id, ...report, warnings: allWarnings });
        else {
          warn(allWarnings);
          printText(renderCompliance(report, scenario.id, framework));
        }
        if (opts.failOnViolation && report.violations > 0) throw new ExitRequest(EXIT.violation);
      },
    );

  scenarioInput(
    treaty
      .command("comply")
      .description(
        "find the reductions that bring a party into compliance, keeping its survivable retaliatory warheads",
      ),
  )
    .option("--framework <id|file>", "rule-pack id or framework file (default: the scenario's framework)")
    .requiredOption("--party <id>", "party to bring into compliance")
    .option("--date <YYYY-MM-DD>", "count only limits binding at this date (default: all limits, as if binding)")
    .option("--json", "print the result as one JSON document")
    .action(
      async (
        file: string | undefined,
        opts: { framework?: string; party: string; date?: string; json?: boolean } & ScenarioOptions,
      ) => {
        const scenario = await resolveScenarioInput(file, opts);
        const { framework, warnings } = frameworkFor(scenario, opts.framework, undefined);
        const date = parseDate(opts.date);
        const ids = scenario.parties.map((p) => p.id);
        if (!ids.includes(opts.party)) {
          const guess = closest(opts.party, ids);
          throw new UserError([
            {
              code: "unknown_reference",
              path: [],
              message: `unknown party "${opts.party}" in scenario "${scenario.id}"; known: ${ids.join(", ")}`,
              ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
            },
          ]);
        }
        const result = pathToCompliance(scenario, framework, opts.party, date !== undefined ? { date } : {});
        warn(warnings);
        if (opts.json) printJson({ ok: true, scenario: scenario.id, ...result });
        else printText(renderPath(result));
      },
    );

  scenarioInput(
    treaty
      .command("breakout")
      .description("upload potential, breakout time from the framework's warhead ceilings, and stability after upload"),
  )
    .option("--framework <id|file>", "rule-pack id or framework file (default: the scenario's framework)")
    .option("--json", "print the result as one JSON document")
    .action(async (file: string | undefined, opts: { framework?: string; json?: boolean } & ScenarioOptions) => {
      const scenario = await resolveScenarioInput(file, opts);
      const { framework, warnings } = frameworkFor(scenario, opts.framework, undefined);
      const breakout = frameworkBreakout(scenario, framework);
      const stability = uploadStability(scenario);
      warn(warnings);
      if (opts.json) printJson({ ok: true, scenario: scenario.id, framework: framework.id, breakout, stability });
      else printText(renderBreakout(scenario, framework, breakout, stability));
    });

  treaty
    .command("schema")
    .description("print the JSON Schema of framework files")
    .action(() => printJson(frameworkJsonSchema()));

  treaty
    .command("history")
    .description("print the New START aggregate data-exchange series with the limits and each side's headroom")
    .option("--json", "print one JSON document")
    .option("--csv", "print CSV")
    .action((opts: { json?: boolean; csv?: boolean }) => {
      if (opts.json && opts.csv) throw new UserError("choose one of --json and --csv");
      const rows = newStartHistory(NEW_START_AGGREGATES);
      const richardson = newStartRichardsonFit(rows) ?? null;
      if (opts.json) printJson({ ok: true, framework: "new-start", rows, richardson });
      else if (opts.csv) process.stdout.write(historyCsv(rows));
      else {
        printText(historyText(rows));
        if (richardson) {
          const R = richardson;
          const term = (c: number, v: string, first = false) =>
            `${c < 0 ? (first ? "−" : " − ") : first ? "" : " + "}${Math.abs(c).toFixed(3)}${v}`;
          printText(
            `\nRichardson fit to counted warheads (x = us, y = ru; ${R.points} dates, t in years):\n` +
              `  dx/dt = ${term(R.a, "·y", true)}${term(-R.m, "·x")}${term(R.r, "")}\n` +
              `  dy/dt = ${term(R.b, "·x", true)}${term(-R.n, "·y")}${term(R.s, "")}\n  ` +
              `m·n − a·b = ${R.det.toFixed(4)} → ${R.stable ? "stable" : "unstable"} (${R.outcome}). ` +
              `Fitted under the treaty's cap: a description of mutual adjustment, not free reaction.`,
          );
        }
      }
    });
}
