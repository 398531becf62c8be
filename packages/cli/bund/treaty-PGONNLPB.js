import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  NEW_START_AGGREGATES
} from "./chunk-HGX77QSL.js";
import "./chunk-6N5FZQWW.js";
import "./chunk-BTSYSKZD.js";
import "./chunk-AFHUO6GM.js";
import "./chunk-QSAFBHGA.js";
import {
  resolveScenario
} from "./chunk-BDFUYSRV.js";
import {
  isFileArg
} from "./chunk-XTBLRET6.js";
import "./chunk-O55QCBDD.js";
import "./chunk-VFJJYWYL.js";
import "./chunk-E2RVYJI7.js";
import "./chunk-YJ2BOZGL.js";
import "./chunk-7QWLCKED.js";
import "./chunk-2R2QFW4W.js";
import "./chunk-SJQYRQDR.js";
import "./chunk-SLYOZQH6.js";
import "./chunk-NYQCOKSK.js";
import "./chunk-KH3G6G5M.js";
import "./chunk-F53KMMGD.js";
import "./chunk-L7JI5VNB.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-YADZZQJS.js";
import "./chunk-GM6B6TUQ.js";
import "./chunk-AUD5JZRV.js";
import "./chunk-RRP66DYV.js";
import "./chunk-K6R4XSAA.js";
import "./chunk-VTZTK2HB.js";
import "./chunk-PXX2UYWN.js";
import "./chunk-4LN6R5KY.js";
import {
  readFileBytes
} from "./chunk-TAVVANR4.js";
import {
  EXIT,
  ExitRequest,
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  fmt,
  note,
  printJson,
  printText,
  table
} from "./chunk-S5PDL7IM.js";
import {
  IsoDate,
  RULE_PACKS,
  RULE_PACK_IDS,
  checkCompliance,
  closest,
  csvTable,
  formatIssue,
  frameworkBreakout,
  frameworkJsonSchema,
  getRulePack,
  loadFrameworkBytes,
  newStartHistory,
  newStartRichardsonFit,
  pathToCompliance,
  ruleOf,
  statusOf,
  uploadStability
} from "./chunk-GM5MLEME.js";
import "./chunk-HHSNIQSI.js";
import "./chunk-GBSWOPFD.js";
import "./chunk-SYM3FMUH.js";
import "./chunk-WSDFJJWY.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/commands/treaty.js
function resolveFramework(arg) {
  const pack = getRulePack(arg);
  if (pack)
    return { framework: pack, origin: "builtin", warnings: [] };
  if (isFileArg(arg)) {
    const r = loadFrameworkBytes(readFileBytes(arg), arg);
    if (!r.value)
      throw new UserError(r.issues);
    return { framework: r.value, origin: "file", warnings: r.issues };
  }
  const guess = closest(arg, [...RULE_PACK_IDS]);
  throw new UserError([
    {
      code: "unknown_framework",
      path: [],
      message: `unknown framework "${arg}"; built-in: ${RULE_PACK_IDS.join(", ")}; or give a path to a framework file`,
      ...guess ? { hint: `did you mean "${guess}"?` } : {}
    }
  ]);
}
function parseDate(text) {
  if (text === void 0)
    return void 0;
  if (!IsoDate.safeParse(text).success)
    throw new UserError([
      { code: "invalid_date", path: [], message: `--date must be a date written YYYY-MM-DD, got "${text}"` }
    ]);
  return text;
}
function frameworkFor(scenario, arg, date) {
  const id = arg ?? scenario.framework?.id;
  if (id === void 0)
    throw new UserError(`give --framework (${RULE_PACK_IDS.join(", ")}, or a framework file): scenario "${scenario.id}" names none`);
  const resolved = resolveFramework(id);
  const own = scenario.framework?.id === id ? scenario.framework.date : void 0;
  const d = date ?? own;
  return { ...resolved, ...d !== void 0 ? { date: d } : {} };
}
function warn(issues) {
  for (const i of issues)
    note(formatIssue(i));
}
var STATE_TEXT = { "not-yet-in-force": "not yet in force", "in-force": "in force", expired: "expired" };
function statusText(c) {
  if (c.status !== "not-in-force")
    return c.status === "violation" ? "VIOLATION" : "compliant";
  return `not in force (${c.reason === "not-yet-binding" ? "not yet binding" : STATE_TEXT[c.reason ?? "expired"]})`;
}
function period(f) {
  const from = f.inForce.from ?? "\u2014";
  const to = f.inForce.to ?? "open-ended";
  return `${from} to ${to}${f.bindingFrom ? `; limits binding from ${f.bindingFrom}` : ""}`;
}
function renderCompliance(r, scenarioId, framework) {
  const out = [];
  out.push(`${r.framework.name} [${r.framework.id}] \u2014 scenario ${scenarioId}, counted as of ${r.date}`);
  out.push(`state: ${STATE_TEXT[r.state]} (${period(framework)})${r.assumeBinding ? "; limits treated as binding (--as-if-binding)" : ""}`);
  if (r.checks.length === 0)
    out.push("", "no limits apply");
  else {
    out.push("");
    out.push(table(["limit", "party", "counted", "ceiling", "headroom", "status", "rule", "flags"], r.checks.map((c) => [
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
        c.notes.some((n) => /^(suspension|withdrawal)/.test(n)) ? "suspended" : ""
      ].filter(Boolean).join(", ")
    ])));
    out.push("", "LIMITS AND RULES");
    for (const l of framework.limits) {
      const rule = ruleOf(l);
      const ceiling = l.perParty ? Object.entries(l.perParty).map(([p, v]) => `${p} ${fmt(v)}`).join(", ") + (l.max !== void 0 ? `, others ${fmt(l.max)}` : "") : fmt(l.max);
      out.push(`  ${l.id}: ${l.name} \u2014 ${l.quantity} \u2264 ${ceiling} (${statusOf(l)}) [${l.citation}]`);
      const row = r.checks.find((c) => c.limitId === l.id);
      if (row)
        out.push(`      rule ${rule}: ${row.ruleDescription} [${row.ruleCitation}]`);
    }
    const notes = [...new Set(r.checks.flatMap((c) => c.notes.map((n) => `${c.party}: ${n}`)))];
    if (notes.length)
      out.push("", "NOTES", ...notes.map((n) => `  ${n}`));
  }
  if (r.events.length)
    out.push("", "EVENTS TO DATE", ...r.events.map((e) => `  ${e.date} ${e.kind}${e.party ? ` (${e.party})` : ""}: ${e.description}`));
  out.push("", r.violations === 0 ? "no violations" : `${r.violations} violation${r.violations === 1 ? "" : "s"}`);
  return out.join("\n");
}
function renderFramework(f) {
  const out = [`${f.name} [${f.id}]`, f.citation];
  if (f.description)
    out.push(f.description);
  out.push(`in force: ${period(f)}`);
  if (f.parties)
    out.push(`parties: ${f.parties.join(", ")}`);
  if (f.limits.length === 0)
    out.push("", "no limits");
  else
    out.push("", table(["limit", "quantity", "rule", "status", "ceiling", "sublimit of", "citation"], f.limits.map((l) => [
      l.id,
      l.quantity,
      ruleOf(l),
      statusOf(l),
      l.perParty ? Object.entries(l.perParty).map(([p, v]) => `${p} ${fmt(v)}`).join(", ") : l.min !== void 0 ? `${fmt(l.min)}\u2013${fmt(l.max)}` : fmt(l.max),
      l.sublimitOf ?? "",
      l.citation
    ])));
  if (f.events.length)
    out.push("", "EVENTS", ...f.events.map((e) => `  ${e.date} ${e.kind}${e.party ? ` (${e.party})` : ""}: ${e.description} [${e.citation}]`));
  if (f.notes)
    out.push("", f.notes);
  return out.join("\n");
}
function renderBreakout(scenario, framework, breakout, stability) {
  const u = scenario.assumptions.upload;
  const lines = [
    `Breakout from ${framework.name} [${framework.id}] \u2014 scenario ${scenario.id}`,
    `(upload days: ICBM silo ${u.days["icbm-silo"]}, mobile ${u.days["icbm-mobile"]}, SLBM ${u.days.slbm}, bomber ${u.days.bomber}, other ${u.days.other}; reserve launchers ${u.reserveLauncherDays}; breakout = ceiling + ${fmt(Math.round(u.breakoutMargin * 100))} %)`,
    ""
  ];
  if (breakout.length === 0)
    lines.push("The framework has no ceiling on deployed warheads an upload could break.");
  else
    lines.push(table(["limit", "party", "counted", "ceiling", "after upload", "potential", "breakout (days)", "full upload (days)"], breakout.map((b) => [
      b.limit,
      b.party,
      fmt(Math.round(b.countNow)),
      fmt(Math.round(b.ceiling)),
      fmt(Math.round(b.countUploaded)),
      fmt(Math.round(b.potential)),
      b.breakoutDays === null ? "never" : fmt(Math.round(b.breakoutDays)),
      fmt(Math.round(b.fullUploadDays))
    ])));
  lines.push("", "STABILITY AFTER UPLOAD (combined index)");
  for (const s of stability)
    lines.push(`  ${s.a}\u2013${s.b}: today ${s.before.toFixed(3)}; ${s.a} uploads ${s.afterOne[s.a].toFixed(3)}; ${s.b} uploads ${s.afterOne[s.b].toFixed(3)}; both ${s.afterAll.toFixed(3)}`);
  return lines.join("\n") + "\n";
}
function renderPath(p) {
  const out = [`Path to compliance: ${p.party} under ${p.framework} \u2014 ${p.status}`, p.message];
  if (p.changes.length) {
    out.push("", "CHANGES");
    for (const c of p.changes)
      out.push(`  ${c.id} (${c.name}): ${c.description}`);
  }
  out.push("", "LIMITS (before \u2192 after)");
  out.push(table(["limit", "ceiling", "before", "after", "status after"], p.before.map((b) => {
    const a = p.after.find((x) => x.limitId === b.limitId) ?? b;
    return [b.limitId, b.limit, b.counted, a.counted, statusText(a)];
  })));
  out.push("", `survivable retaliatory warheads (generated): ${fmt(p.survivableWarheads.before)} \u2192 ${fmt(p.survivableWarheads.after)}`);
  return out.join("\n");
}
var HISTORY_COLUMNS = [
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
  "source"
];
function historyCsv(rows) {
  return csvTable(HISTORY_COLUMNS, rows.map((r) => [
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
    r.source
  ]));
}
function historyText(rows) {
  const cell = (v, h) => v === void 0 ? "\u2014" : `${fmt(v)} (${h >= 0 ? "+" : ""}${fmt(h)})`;
  return [
    "New START aggregates (deployed ICBMs+SLBMs+HB \u2264 700 / warheads \u2264 1,550 / deployed+non-deployed launchers \u2264 800);",
    "headroom in brackets; the limits bound from 2018-02-05.",
    "",
    table(["date", "party", "deployed (700)", "warheads (1,550)", "launchers (800)", "status", "source"], rows.map((r) => [
      r.date,
      r.party,
      cell(r.values.deployedLaunchers, r.headroom.deployedLaunchers),
      cell(r.values.warheads, r.headroom.warheads),
      cell(r.values.totalLaunchers, r.headroom.totalLaunchers),
      r.status === "not-in-force" ? "not in force" : r.status,
      `${r.source ?? ""}${r.confidence && r.confidence !== "published" ? ` [${r.confidence}]` : ""}`
    ]))
  ].join("\n");
}
function registerTreaty(program) {
  const treaty = program.command("treaty").description("arms-control frameworks: list, show, check a scenario, path to compliance, New START history");
  treaty.command("list").description("list the built-in rule packs").option("--json", "print one JSON document").action((opts) => {
    const packs = RULE_PACK_IDS.map((id) => RULE_PACKS[id]);
    if (opts.json)
      printJson(packs.map((f) => ({
        id: f.id,
        name: f.name,
        inForce: f.inForce,
        bindingFrom: f.bindingFrom ?? null,
        limits: f.limits.length
      })));
    else
      printText(table(["id", "name", "in force", "limits"], packs.map((f) => [
        f.id,
        f.name,
        `${f.inForce.from ?? "\u2014"} to ${f.inForce.to ?? "open-ended"}`,
        f.limits.length
      ])) + "\n\nUser frameworks: pass a YAML/JSON file to --framework (see examples/frameworks/).");
  });
  treaty.command("show").description("show a framework's limits, counting rules, dates, events and citations").argument("<framework>", "rule-pack id or framework file").option("--json", "print the framework as one JSON document").action((arg, opts) => {
    const { framework, warnings } = resolveFramework(arg);
    warn(warnings);
    if (opts.json)
      printJson(framework);
    else
      printText(renderFramework(framework));
  });
  treaty.command("check").description("count a scenario under a framework at a date (default scenario when none given)").argument("[scenario]", "scenario file (YAML/JSON) or preset id").option("--framework <id|file>", "rule-pack id (new-start, start1, sort, inf, none) or framework file (default: the scenario's framework)").option("--date <YYYY-MM-DD>", "date to count at (default: the scenario's asOf)").option("--as-if-binding", "treat every limit as binding whatever the date").option("--json", "print the report as one JSON document").option("--fail-on-violation", "exit 3 when any limit is violated").action(async (file, opts) => {
    const scenario = await resolveScenario(file);
    const { framework, warnings, date } = frameworkFor(scenario, opts.framework, parseDate(opts.date));
    const report = checkCompliance(scenario, framework, {
      ...date !== void 0 ? { date } : {},
      assumeBinding: opts.asIfBinding ?? false
    });
    const allWarnings = [
      ...warnings,
      ...report.warnings.filter((w) => !warnings.some((x) => x.code === w.code && x.message === w.message))
    ];
    if (opts.json)
      printJson({ ok: true, scenario: scenario.id, ...report, warnings: allWarnings });
    else {
      warn(allWarnings);
      printText(renderCompliance(report, scenario.id, framework));
    }
    if (opts.failOnViolation && report.violations > 0)
      throw new ExitRequest(EXIT.violation);
  });
  treaty.command("comply").description("find the reductions that bring a party into compliance, keeping its survivable retaliatory warheads").argument("[scenario]", "scenario file (YAML/JSON) or preset id").option("--framework <id|file>", "rule-pack id or framework file (default: the scenario's framework)").requiredOption("--party <id>", "party to bring into compliance").option("--date <YYYY-MM-DD>", "count only limits binding at this date (default: all limits, as if binding)").option("--json", "print the result as one JSON document").action(async (file, opts) => {
    const scenario = await resolveScenario(file);
    const { framework, warnings } = frameworkFor(scenario, opts.framework, void 0);
    const date = parseDate(opts.date);
    const ids = scenario.parties.map((p) => p.id);
    if (!ids.includes(opts.party)) {
      const guess = closest(opts.party, ids);
      throw new UserError([
        {
          code: "unknown_reference",
          path: [],
          message: `unknown party "${opts.party}" in scenario "${scenario.id}"; known: ${ids.join(", ")}`,
          ...guess ? { hint: `did you mean "${guess}"?` } : {}
        }
      ]);
    }
    const result = pathToCompliance(scenario, framework, opts.party, date !== void 0 ? { date } : {});
    warn(warnings);
    if (opts.json)
      printJson({ ok: true, scenario: scenario.id, ...result });
    else
      printText(renderPath(result));
  });
  treaty.command("breakout").description("upload potential, breakout time from the framework's warhead ceilings, and stability after upload").argument("[scenario]", "scenario file (YAML/JSON) or preset id").option("--framework <id|file>", "rule-pack id or framework file (default: the scenario's framework)").option("--json", "print the result as one JSON document").action(async (file, opts) => {
    const scenario = await resolveScenario(file);
    const { framework, warnings } = frameworkFor(scenario, opts.framework, void 0);
    const breakout = frameworkBreakout(scenario, framework);
    const stability = uploadStability(scenario);
    warn(warnings);
    if (opts.json)
      printJson({ ok: true, scenario: scenario.id, framework: framework.id, breakout, stability });
    else
      printText(renderBreakout(scenario, framework, breakout, stability));
  });
  treaty.command("schema").description("print the JSON Schema of framework files").action(() => printJson(frameworkJsonSchema()));
  treaty.command("history").description("print the New START aggregate data-exchange series with the limits and each side's headroom").option("--json", "print one JSON document").option("--csv", "print CSV").action((opts) => {
    if (opts.json && opts.csv)
      throw new UserError("choose one of --json and --csv");
    const rows = newStartHistory(NEW_START_AGGREGATES);
    const richardson = newStartRichardsonFit(rows) ?? null;
    if (opts.json)
      printJson({ ok: true, framework: "new-start", rows, richardson });
    else if (opts.csv)
      process.stdout.write(historyCsv(rows));
    else {
      printText(historyText(rows));
      if (richardson) {
        const R = richardson;
        const term = (c, v, first = false) => `${c < 0 ? first ? "\u2212" : " \u2212 " : first ? "" : " + "}${Math.abs(c).toFixed(3)}${v}`;
        printText(`
Richardson fit to counted warheads (x = us, y = ru; ${R.points} dates, t in years):
  dx/dt = ${term(R.a, "\xB7y", true)}${term(-R.m, "\xB7x")}${term(R.r, "")}
  dy/dt = ${term(R.b, "\xB7x", true)}${term(-R.n, "\xB7y")}${term(R.s, "")}
  m\xB7n \u2212 a\xB7b = ${R.det.toFixed(4)} \u2192 ${R.stable ? "stable" : "unstable"} (${R.outcome}). Fitted under the treaty's cap: a description of mutual adjustment, not free reaction.`);
      }
    }
  });
}
export {
  historyCsv,
  registerTreaty,
  renderBreakout,
  renderCompliance,
  renderFramework,
  renderPath,
  resolveFramework
};
