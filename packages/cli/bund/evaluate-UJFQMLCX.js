import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  progressBar
} from "./chunk-CXQQFCHD.js";
import {
  resolveScenario
} from "./chunk-BDFUYSRV.js";
import "./chunk-XTBLRET6.js";
import {
  parseDomainOption
} from "./chunk-COACYP2P.js";
import "./chunk-O55QCBDD.js";
import "./chunk-VFJJYWYL.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-TAVVANR4.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  fmt,
  printJson,
  printText,
  table
} from "./chunk-S5PDL7IM.js";
import {
  DEGENERATE_POSTURE,
  Samples,
  Seed,
  bandReading,
  evaluate,
  formatPath
} from "./chunk-GM5MLEME.js";
import "./chunk-SN3MUZB2.js";

// packages/cli/dist/io/work-budget.js
function watchWork(options) {
  const now = options.now ?? (() => performance.now());
  const showAfter = options.showAfterMs ?? 1e3;
  const start = now();
  let bar;
  const stop = () => {
    bar?.stop();
    bar = void 0;
  };
  return {
    onWork: (done, total) => {
      const elapsed = now() - start;
      if (options.budgetSeconds !== void 0 && elapsed > options.budgetSeconds * 1e3 && done < total) {
        stop();
        throw new UserError([
          {
            code: "budget_exceeded",
            path: [],
            message: `${options.label} stopped after ${(elapsed / 1e3).toFixed(1)} s, over the --budget of ${options.budgetSeconds} s (${done} of ${total} steps done)`,
            hint: "raise --budget, or do less work: --no-sensitivities, fewer --samples, fewer force elements"
          }
        ], { summary: "budget exceeded; nothing was written." });
      }
      if (!bar && elapsed >= showAfter && done < total)
        bar = (options.startBar ?? progressBar)(options.label, total);
      bar?.update(done);
    },
    stop
  };
}

// packages/cli/dist/commands/evaluate-population.js
var pct = (x) => `${(100 * x).toFixed(1)} %`;
var mio = (x) => `${(x / 1e6).toFixed(1)} M`;
function renderPopulation(r) {
  const rows = r.exchanges.filter((e) => e.population);
  if (rows.length === 0)
    return [];
  const out = ["", "POPULATION AT THE CHOSEN STRIKE (prompt blast fatalities; population value model)"];
  out.push(table([
    "striker\u2192victim",
    "victim killed",
    "share",
    "of which collateral",
    "striker killed",
    "share",
    "places hit hardest"
  ], rows.map((e) => {
    const v = e.population.onVictim;
    const s = e.population.onStriker;
    return [
      `${e.striker}\u2192${e.victim}`,
      mio(v.fatalities),
      pct(v.share),
      mio(v.collateralFatalities),
      mio(s.fatalities),
      pct(s.share),
      v.places.slice(0, 3).map((p) => `${p.name} ${Math.round(p.warheads)}\xD7${Math.round(p.yieldKt)} kt`).join(", ")
    ];
  })));
  return out;
}

// packages/cli/dist/commands/evaluate.js
function parseBudget(text) {
  const v = Number(text);
  if (!(text.trim() !== "" && Number.isFinite(v) && v > 0 && v <= 86400))
    throw new UserError(`--budget must be a number of seconds > 0 and \u2264 86400 (got "${text}")`);
  return v;
}
var pct2 = (x) => `${(100 * x).toFixed(1)} %`;
var f3 = (x) => x.toFixed(3);
function renderReport(r) {
  const a = r.assumptions;
  const out = [];
  out.push(`Security Equation \u2014 ${r.scenario.name} [${r.scenario.id}, as of ${r.scenario.asOf}]`);
  out.push(`engine ${r.engine.name} ${r.engine.version} \xB7 report v${r.reportVersion} \xB7 lethal radius ${a.lethalRadiusModel} \xB7 cost C = D_self^${a.costExponent} + ${a.costWeight}\xB7(1 \u2212 D_other^${a.costExponent}) \xB7 striker uses ${pct2(a.strikerSurvivableUse)} of survivable forces \xB7 \u2264 ${a.maxWarheadsPerAimPoint} warheads per aim point`);
  out.push("", "FORCES (deployed nuclear; parity by Richelson's EMT and Suh's CMP)");
  out.push(table(["party", "posture", "launchers", "warheads", "survivable", "EMT", "CMP (Suh)", "interceptors", "conv. strike"], r.parties.map((p) => [
    p.id,
    p.posture,
    Math.round(p.deployedLaunchers),
    Math.round(p.deployedWarheads),
    Math.round(p.survivableWarheads),
    p.parity.richelson.emt,
    p.parity.suh.cmp,
    p.interceptors,
    Math.round(p.conventionalWeapons)
  ])));
  out.push("", "FIRST-STRIKE EXCHANGES (expected values; striker stops at its lowest-cost strike)");
  out.push(table([
    "striker\u2192victim",
    "warheads used",
    "victim warheads destroyed",
    "of",
    "retaliating warheads arriving",
    "damage to striker",
    "damage to victim"
  ], r.exchanges.map((e) => [
    `${e.striker}\u2192${e.victim}`,
    Math.round(e.outcome.warheadsUsed),
    Math.round(e.outcome.victimWarheadsDestroyed),
    Math.round(e.victimWarheadsBefore),
    Math.round(e.outcome.retaliationArriving),
    pct2(e.outcome.damageToStriker),
    pct2(e.outcome.damageToVictim)
  ])));
  out.push("", "FIRST-STRIKE STABILITY (Kent\u2013Thaler, each side's own costs; FSS = C1/C2 capped at 1; combined = product)");
  out.push("C1 = the side's cost if it strikes first; C2 = its cost if the other strikes first (from the other exchange).");
  const degenerate = new Set(r.warnings.filter((w) => w.code === DEGENERATE_POSTURE).map((w) => Number(w.path[2])));
  const reading = (k, key, det) => {
    if (degenerate.has(k))
      return "not a reading: degenerate posture (see WARNINGS)";
    const b = r.monteCarlo?.bands[key];
    const sh = r.monteCarlo?.readings[key];
    return b && sh ? bandReading(b.p5, b.p95, sh).text : det;
  };
  out.push(table(["pair", "side", "C1 (strikes first)", "C2 (struck first)", "FSS = C1/C2", "combined", "reading*"], r.stability.pairs.flatMap((p, k) => [
    [
      `${p.a}\u2013${p.b}`,
      p.a,
      f3(p.c1A),
      f3(p.c2A),
      f3(p.fssA),
      f3(p.combined),
      reading(k, `stability.${p.a}-${p.b}.combined`, p.reading)
    ],
    ["", p.b, f3(p.c1B), f3(p.c2B), f3(p.fssB), "", ""]
  ])));
  out.push("* reading bands (\u2265 0.75 robust, < 0.45 fragile) follow a public calculator's convention, not Kent\u2013Thaler's." + (r.monteCarlo ? " With samples, robust only when the whole 90 % band is; otherwise the share of samples." : ""));
  out.push(...renderPopulation(r));
  const c3 = r.exchanges.filter((e) => e.c3Strikes.length > 0 || e.warning.shareBefore < 1);
  if (c3.length) {
    out.push("", "C3, WARNING AND ENTANGLEMENT (strikes on command, early-warning and missile-defence sites)");
    out.push(table(["striker\u2192victim", "site", "kind", "destroyed", "of", "conv. warheads", "nuc. warheads", "entangled"], c3.flatMap((e) => e.c3Strikes.map((c) => [
      `${e.striker}\u2192${e.victim}`,
      c.site,
      c.kind,
      c.destroyed,
      c.sites,
      Math.round(c.conventionalWarheads),
      Math.round(c.nuclearWarheads),
      c.entangled ? "yes" : "no"
    ]))));
    for (const e of c3)
      if (e.warning.luaBefore > 0 && e.warning.luaAfter < e.warning.luaBefore - 1e-6)
        out.push(`  ${e.victim}'s chance to launch under attack: ${pct2(e.warning.luaBefore)} \u2192 ${pct2(e.warning.luaAfter)} after ${e.striker}'s strike` + (e.c3Strikes.some((c) => c.entangled) ? " \u2014 conventional strikes on dual-use C3 degrade nuclear warning (entanglement): they raise the striker's gain from striking first and the victim's pressure to launch early." : "."));
  }
  if (r.thirdParty.length) {
    out.push("", "HOW THE THIRD PARTY MOVES THIS DYAD'S INDEX (with / without the other parties)");
    out.push(table(["pair", "with", "without", "shift", "hold-back part", "vulnerability part"], r.thirdParty.map((t) => [
      `${t.a}\u2013${t.b}`,
      t.withThird,
      t.withoutThird,
      t.shift,
      t.holdBackPart,
      t.vulnerabilityPart
    ])));
    for (const t of r.thirdParty)
      out.push(`  ${t.explanation}`);
  }
  if (r.dyads.length) {
    out.push("", "PARITY BY DYAD (systems that reach; SLBMs always reach)");
    out.push(table(["dyad", "km", "warheads A\u2192B", "warheads B\u2192A", "EMT A\u2192B", "EMT B\u2192A", "warhead ratio"], r.dyads.map((d) => [
      `${d.a}\u2013${d.b}`,
      d.distanceKm ?? "\u2014",
      Math.round(d.aAgainstB.deliverableWarheads),
      Math.round(d.bAgainstA.deliverableWarheads),
      d.aAgainstB.emt,
      d.bAgainstA.emt,
      d.warheadRatio
    ])));
  }
  if (r.sensitivities.length) {
    const top = [...r.sensitivities].sort((x, y) => Math.abs(y.dCombinedPerWarhead) - Math.abs(x.dCombinedPerWarhead)).slice(0, 10);
    out.push("", "ARMS-RACE SENSITIVITIES (change per added warhead, \xD71000; top 10 by |combined|)");
    out.push(table(["party", "element", "vs", "own FSS", "other FSS", "combined", "exch. ratio", "arms-race stable"], top.map((s) => [
      s.party,
      s.element,
      s.counterpart,
      1e3 * s.dFssSelfPerWarhead,
      1e3 * s.dFssOtherPerWarhead,
      1e3 * s.dCombinedPerWarhead,
      s.marginalExchangeRatio === null ? "\u221E (survivable)" : fmt(s.marginalExchangeRatio),
      s.armsRaceStable ? "yes" : "no"
    ])));
  }
  if (r.monteCarlo) {
    const mc = r.monteCarlo;
    out.push("", `UNCERTAINTY (${mc.samples} samples, seed ${mc.seed}, ${mc.uncertainty} spreads): mean [5 % \xB7 50 % \xB7 95 %]`);
    out.push(table(["metric", "mean", "p5", "p50", "p95"], Object.entries(mc.bands).filter(([k]) => k.startsWith("stability")).map(([k, b]) => [k, b.mean, b.p5, b.p50, b.p95])));
  }
  if (r.warnings.length) {
    out.push("", `WARNINGS (${r.warnings.length})`);
    for (const w of r.warnings.slice(0, 12))
      out.push(w.code === DEGENERATE_POSTURE ? `  \u26A0 ${w.message}` : `  ${formatPath(w.path)}: ${w.message}`);
    if (r.warnings.length > 12)
      out.push(`  \u2026 ${r.warnings.length - 12} more (--json shows all)`);
  }
  const counts = r.sources.reduce((m, s) => (m[s.confidence] = (m[s.confidence] ?? 0) + 1, m), {});
  out.push("", `SOURCES (${r.sources.length} citations: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")})`);
  const cut = (t, n) => t.length > n ? t.slice(0, n - 1) + "\u2026" : t;
  const elementSources = r.sources.filter((s) => s.field === void 0);
  out.push(table(["party", "item", "confidence", "as of", "source"], elementSources.map((s) => [s.party, s.item, s.confidence, s.asOf, cut(s.source, 100)])));
  const fieldLevel = r.sources.length - elementSources.length;
  if (fieldLevel > 0)
    out.push(`\u2026 plus ${fieldLevel} field-level citations (e.g. CEP, yield, hardness); --json lists every one.`);
  return out.join("\n");
}
function registerEvaluate(program) {
  program.command("evaluate").description("evaluate a scenario: exchanges, first-strike stability, parity, sensitivities (default scenario when none given)").argument("[scenario]", "scenario file (YAML/JSON) or preset id").option("--json", "print the versioned report as one JSON document").option("--samples <n>", "Monte Carlo samples over uncertain assumptions (0 = expected values only)", "0").option("--seed <s>", "seed for Monte Carlo", "1").option("--no-sensitivities", "skip arms-race sensitivities (faster)").option("--budget <seconds>", "stop with exit code 2 and no output when the evaluation takes longer than this (checked between steps)").action(async (file, opts) => {
    const samples = parseDomainOption("--samples", opts.samples, Samples);
    const seed = parseDomainOption("--seed", opts.seed, Seed);
    const budgetSeconds = opts.budget === void 0 ? void 0 : parseBudget(opts.budget);
    const scenario = await resolveScenario(file);
    const watch = watchWork({ label: "evaluate", ...budgetSeconds !== void 0 ? { budgetSeconds } : {} });
    let report;
    try {
      report = evaluate(scenario, { samples, seed, sensitivities: opts.sensitivities, onWork: watch.onWork });
    } finally {
      watch.stop();
    }
    if (opts.json)
      printJson(report);
    else
      printText(renderReport(report));
  });
}
export {
  registerEvaluate,
  renderReport
};
