/**
 * `seceq evaluate [scenario] [--json] [--samples N --seed S]`: the security equation on a scenario.
 */
import type { Command } from "@commander-js/extra-typings";
import { DEGENERATE_POSTURE, bandReading, evaluate, formatPath, Samples, Seed, type Report } from "@seceq/core";
import { resolveScenarioInput, scenarioInput, type ScenarioOptions } from "../io/scenario-arg.js";
import { fmt, printJson, printText, table } from "../io/output.js";
import { parseDomainOption } from "../io/options.js";
import { watchWork } from "../io/work-budget.js";
import { UserError } from "../errors.js";
import { renderPopulation } from "./evaluate-population.js";

/** Parse `--budget <seconds>`: a number > 0 (fractions allowed), at most a day. */
function parseBudget(text: string): number {
  const v = Number(text);
  if (!(text.trim() !== "" && Number.isFinite(v) && v > 0 && v <= 86_400))
    throw new UserError(`--budget must be a number of seconds > 0 and ≤ 86400 (got "${text}")`);
  return v;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const f3 = (x: number) => x.toFixed(3);

/** Render a report as readable text for a terminal. */
export function renderReport(r: Report): string {
  const a = r.assumptions;
  const out: string[] = [];
  out.push(`Security Equation — ${r.scenario.name} [${r.scenario.id}, as of ${r.scenario.asOf}]`);
  out.push(
    `engine ${r.engine.name} ${r.engine.version} · report v${r.reportVersion} · lethal radius ${a.lethalRadiusModel} · ` +
      `cost C = D_self^${a.costExponent} + ${a.costWeight}·(1 − D_other^${a.costExponent}) · striker uses ` +
      `${pct(a.strikerSurvivableUse)} of survivable forces · ≤ ${a.maxWarheadsPerAimPoint} warheads per aim point`,
  );
  out.push("", "FORCES (deployed nuclear; parity by Richelson's EMT and Suh's CMP)");
  out.push(
    table(
      ["party", "posture", "launchers", "warheads", "survivable", "EMT", "CMP (Suh)", "interceptors", "conv. strike"],
      r.parties.map((p) => [
        p.id,
        p.posture,
        Math.round(p.deployedLaunchers),
        Math.round(p.deployedWarheads),
        Math.round(p.survivableWarheads),
        p.parity.richelson.emt,
        p.parity.suh.cmp,
        p.interceptors,
        Math.round(p.conventionalWeapons),
      ]),
    ),
  );
  out.push("", "FIRST-STRIKE EXCHANGES (expected values; striker stops at its lowest-cost strike)");
  out.push(
    table(
      [
        "striker→victim",
        "warheads used",
        "victim warheads destroyed",
        "of",
        "retaliating warheads arriving",
        "damage to striker",
        "damage to victim",
      ],
      r.exchanges.map((e) => [
        `${e.striker}→${e.victim}`,
        Math.round(e.outcome.warheadsUsed),
        Math.round(e.outcome.victimWarheadsDestroyed),
        Math.round(e.victimWarheadsBefore),
        Math.round(e.outcome.retaliationArriving),
        pct(e.outcome.damageToStriker),
        pct(e.outcome.damageToVictim),
      ]),
    ),
  );
  out.push(
    "",
    "FIRST-STRIKE STABILITY (Kent–Thaler, each side's own costs; FSS = C1/C2 capped at 1; combined = product)",
  );
  out.push(
    "C1 = the side's cost if it strikes first; C2 = its cost if the other strikes first (from the other exchange).",
  );
  const degenerate = new Set(r.warnings.filter((w) => w.code === DEGENERATE_POSTURE).map((w) => Number(w.path[2])));
  const reading = (k: number, key: string, det: string) => {
    if (degenerate.has(k)) return "not a reading: degenerate posture (see WARNINGS)";
    const b = r.monteCarlo?.bands[key];
    const sh = r.monteCarlo?.readings[key];
    return b && sh ? bandReading(b.p5, b.p95, sh).text : det;
  };
  out.push(
    table(
      ["pair", "side", "C1 (strikes first)", "C2 (struck first)", "FSS = C1/C2", "combined", "reading*"],
      r.stability.pairs.flatMap((p, k) => [
        [
          `${p.a}–${p.b}`,
          p.a,
          f3(p.c1A),
          f3(p.c2A),
          f3(p.fssA),
          f3(p.combined),
          reading(k, `stability.${p.a}-${p.b}.combined`, p.reading),
        ],
        ["", p.b, f3(p.c1B), f3(p.c2B), f3(p.fssB), "", ""],
      ]),
    ),
  );
  out.push(
    "* reading bands (≥ 0.75 robust, < 0.45 fragile) follow a public calculator's convention, not Kent–Thaler's." +
      (r.monteCarlo ? " With samples, robust only when the whole 90 % band is; otherwise the share of samples." : ""),
  );
  out.push(...renderPopulation(r));
  const c3 = r.exchanges.filter((e) => e.c3Strikes.length > 0 || e.warning.shareBefore < 1);
  if (c3.length) {
    out.push("", "C3, WARNING AND ENTANGLEMENT (strikes on command, early-warning and missile-defence sites)");
    out.push(
      table(
        ["striker→victim", "site", "kind", "destroyed", "of", "conv. warheads", "nuc. warheads", "entangled"],
        c3.flatMap((e) =>
          e.c3Strikes.map((c) => [
            `${e.striker}→${e.victim}`,
            c.site,
            c.kind,
            c.destroyed,
            c.sites,
            Math.round(c.conventionalWarheads),
            Math.round(c.nuclearWarheads),
            c.entangled ? "yes" : "no",
          ]),
        ),
      ),
    );
    for (const e of c3)
      if (e.warning.luaBefore > 0 && e.warning.luaAfter < e.warning.luaBefore - 1e-6)
        out.push(
          `  ${e.victim}'s chance to launch under attack: ${pct(e.warning.luaBefore)} → ${pct(e.warning.luaAfter)} ` +
            `after ${e.striker}'s strike` +
            (e.c3Strikes.some((c) => c.entangled)
              ? " — conventional strikes on dual-use C3 degrade nuclear warning (entanglement): they raise the " +
                "striker's gain from striking first and the victim's pressure to launch early."
              : "."),
        );
  }
  if (r.thirdParty.length) {
    out.push("", "HOW THE THIRD PARTY MOVES THIS DYAD'S INDEX (with / without the other parties)");
    out.push(
      table(
        ["pair", "with", "without", "shift", "hold-back part", "vulnerability part"],
        r.thirdParty.map((t) => [
          `${t.a}–${t.b}`,
          t.withThird,
          t.withoutThird,
          t.shift,
          t.holdBackPart,
          t.vulnerabilityPart,
        ]),
      ),
    );
    for (const t of r.thirdParty) out.push(`  ${t.explanation}`);
  }
  if (r.dyads.length) {
    out.push("", "PARITY BY DYAD (systems that reach; SLBMs always reach)");
    out.push(
      table(
        ["dyad", "km", "warheads A→B", "warheads B→A", "EMT A→B", "EMT B→A", "warhead ratio"],
        r.dyads.map((d) => [
          `${d.a}–${d.b}`,
          d.distanceKm ?? "—",
          Math.round(d.aAgainstB.deliverableWarheads),
          Math.round(d.bAgainstA.deliverableWarheads),
          d.aAgainstB.emt,
          d.bAgainstA.emt,
          d.warheadRatio,
        ]),
      ),
    );
  }
  if (r.sensitivities.length) {
    const top = [...r.sensitivities]
      .sort((x, y) => Math.abs(y.dCombinedPerWarhead) - Math.abs(x.dCombinedPerWarhead))
      .slice(0, 10);
    out.push("", "ARMS-RACE SENSITIVITIES (change per added warhead, ×1000; top 10 by |combined|)");
    out.push(
      table(
        ["party", "element", "vs", "own FSS", "other FSS", "combined", "exch. ratio", "arms-race stable"],
        top.map((s) => [
          s.party,
          s.element,
          s.counterpart,
          1000 * s.dFssSelfPerWarhead,
          1000 * s.dFssOtherPerWarhead,
          1000 * s.dCombinedPerWarhead,
          s.marginalExchangeRatio === null ? "∞ (survivable)" : fmt(s.marginalExchangeRatio),
          s.armsRaceStable ? "yes" : "no",
        ]),
      ),
    );
  }
  if (r.monteCarlo) {
    const mc = r.monteCarlo;
    out.push(
      "",
      `UNCERTAINTY (${mc.samples} samples, seed ${mc.seed}, ${mc.uncertainty} spreads): mean [5 % · 50 % · 95 %]`,
    );
    out.push(
      table(
        ["metric", "mean", "p5", "p50", "p95"],
        Object.entries(mc.bands)
          .filter(([k]) => k.startsWith("stability"))
          .map(([k, b]) => [k, b.mean, b.p5, b.p50, b.p95]),
      ),
    );
  }
  if (r.warnings.length) {
    out.push("", `WARNINGS (${r.warnings.length})`);
    for (const w of r.warnings.slice(0, 12))
      out.push(w.code === DEGENERATE_POSTURE ? `  ⚠ ${w.message}` : `  ${formatPath(w.path)}: ${w.message}`);
    if (r.warnings.length > 12) out.push(`  … ${r.warnings.length - 12} more (--json shows all)`);
  }
  const counts = r.sources.reduce<Record<string, number>>(
    (m, s) => ((m[s.confidence] = (m[s.confidence] ?? 0) + 1), m),
    {},
  );
  out.push(
    "",
    `SOURCES (${r.sources.length} citations: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")})`,
  );
  const cut = (t: string, n: number) => (t.length > n ? t.slice(0, n - 1) + "…" : t);
  const elementSources = r.sources.filter((s) => s.field === undefined);
  out.push(
    table(
      ["party", "item", "confidence", "as of", "source"],
      elementSources.map((s) => [s.party, s.item, s.confidence, s.asOf, cut(s.source, 100)]),
    ),
  );
  const fieldLevel = r.sources.length - elementSources.length;
  if (fieldLevel > 0)
    out.push(`… plus ${fieldLevel} field-level citations (e.g. CEP, yield, hardness); --json lists every one.`);
  return out.join("\n");
}

/** Register `evaluate`. */
export function registerEvaluate(program: Command): void {
  scenarioInput(
    program
      .command("evaluate")
      .description(
        "evaluate a scenario: exchanges, first-strike stability, parity, sensitivities (default scenario when none given)",
      ),
  )
    .option("--json", "print the versioned report as one JSON document")
    .option("--samples <n>", "Monte Carlo samples over uncertain assumptions (0 = expected values only)", "0")
    .option("--seed <s>", "seed for Monte Carlo", "1")
    .option("--no-sensitivities", "skip arms-race sensitivities (faster)")
    .option(
      "--budget <seconds>",
      "stop with exit code 2 and no output when the evaluation takes longer than this (checked between steps)",
    )
    .action(
      async (
        file: string | undefined,
        opts: {
          json?: boolean;
          samples: string;
          seed: string;
          sensitivities: boolean;
          budget?: string;
        } & ScenarioOptions,
      ) => {
        const samples = parseDomainOption("--samples", opts.samples, Samples);
        const seed = parseDomainOption("--seed", opts.seed, Seed);
        const budgetSeconds = opts.budget === undefined ? undefined : parseBudget(opts.budget);
        const scenario = await resolveScenarioInput(file, opts);
        // A progress bar appears once the evaluation has run for about a second.
        const watch = watchWork({ label: "evaluate", ...(budgetSeconds !== undefined ? { budgetSeconds } : {}) });
        let report: Report;
        try {
          report = evaluate(scenario, { samples, seed, sensitivities: opts.sensitivities, onWork: watch.onWork });
        } finally {
          watch.stop();
        }
        if (opts.json) printJson(report);
        else printText(renderReport(report));
      },
    );
}
