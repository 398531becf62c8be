/**
 * Sweep outputs: the named numbers a cell records, computed by the stability fast path (both exchanges of every
 * pair) and, with a framework, the compliance count.
 *
 * Names (pairs in scenario party order, `a` before `b`):
 * - `stability.min`: lowest combined first-strike stability over all pairs (0–1).
 * - `stability.<a>-<b>.combined`: combined index fss_a × fss_b (0–1).
 * - `stability.<a>-<b>.fss.<p>`: first-strike stability C1/C2 of party p (0–1).
 * - `stability.<a>-<b>.c1.<p>`, `…c2.<p>`: Kent–Thaler cost to p of striking first / of being struck first.
 * - `exchange.<x>><y>.<field>`: outcome of x striking y first at x's chosen strike size; fields are warheads
 *   (`warheadsUsed`, `victimWarheadsDestroyed`, `victimWarheadsSurviving`, `retaliationArriving`, `strikerArriving`,
 *   `strikerAvailable`, `victimWarheadsBefore`), value fractions 0–1 (`damageToStriker`, `damageToVictim`) and costs
 *   (`costToStriker`, `costToVictim`).
 * - with a framework: `treaty.violations` (rows in violation, after compliance when `comply`), and
 *   `treaty.<limit>.<party>.counted|limit|headroom` in the limit's units.
 */
import type { Issue } from "../_shared/issues.js";
import type { Scenario } from "../schema/scenario.js";
import { closest } from "../schema/suggest.js";
import { scenarioStability, type StabilityResult } from "../stability/pair-stability.js";
import { PreparedScenario } from "../stability/prepared-scenario.js";
import type { ExchangeResult } from "../exchange/first-strike.js";
import { checkCompliance, type ComplianceReport } from "../treaty/compliance.js";
import { pathToCompliance } from "../treaty/path-to-compliance.js";
import type { Framework } from "../treaty/framework-schema.js";
import {
  combinedKey,
  costKey,
  exchangeKey,
  fssKey,
  STABILITY_MIN_KEY,
  TREATY_VIOLATIONS_KEY,
  treatyKey,
} from "../protocol/metric-keys.js";

/** Numeric fields of an exchange outcome available as outputs. */
export const EXCHANGE_FIELDS = [
  "warheadsUsed",
  "victimWarheadsDestroyed",
  "victimWarheadsSurviving",
  "retaliationArriving",
  "strikerArriving",
  "damageToStriker",
  "damageToVictim",
  "costToStriker",
  "costToVictim",
  "strikerAvailable",
  "victimWarheadsBefore",
] as const;

/** What an output needs computed. */
interface OutputContext {
  stability?: StabilityResult;
  compliance?: ComplianceReport;
}

type Getter = (ctx: OutputContext) => number;

/** A catalog entry: its getter, what it needs computed, and (stability outputs) the one pair it reads, if just one. */
interface CatalogEntry {
  getter: Getter;
  needs: "stability" | "treaty";
  /** Index of the pair read (scenario pair order); undefined when the output reads every pair. */
  pair?: number;
}

/** The framework part of a sweep as outputs see it. */
export interface OutputFramework {
  framework: Framework;
  comply: boolean;
  date?: string;
}

function exchangeValue(e: ExchangeResult, field: (typeof EXCHANGE_FIELDS)[number]): number {
  if (field === "strikerAvailable") return e.strikerAvailable;
  if (field === "victimWarheadsBefore") return e.victimWarheadsBefore;
  return e.outcome[field];
}

/** Every output name a scenario (and framework) offers, each with its getter; in a stable order. */
function catalog(scenario: Scenario, fw?: OutputFramework): Map<string, CatalogEntry> {
  const out = new Map<string, CatalogEntry>();
  const st = (g: (s: StabilityResult) => number, pair?: number): CatalogEntry => ({
    getter: (c: OutputContext) => g(c.stability!),
    needs: "stability" as const,
    ...(pair !== undefined ? { pair } : {}),
  });
  out.set(
    STABILITY_MIN_KEY,
    st((s) => Math.min(...s.pairs.map((p) => p.combined))),
  );
  const ps = scenario.parties;
  let k = 0;
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++, k++) {
      const a = ps[i]!.id;
      const b = ps[j]!.id;
      const pk = k;
      out.set(
        combinedKey(a, b),
        st((s) => s.pairs[pk]!.combined, pk),
      );
      out.set(
        fssKey(a, b, a),
        st((s) => s.pairs[pk]!.fssA, pk),
      );
      out.set(
        fssKey(a, b, b),
        st((s) => s.pairs[pk]!.fssB, pk),
      );
      out.set(
        costKey(a, b, "c1", a),
        st((s) => s.pairs[pk]!.c1A, pk),
      );
      out.set(
        costKey(a, b, "c2", a),
        st((s) => s.pairs[pk]!.c2A, pk),
      );
      out.set(
        costKey(a, b, "c1", b),
        st((s) => s.pairs[pk]!.c1B, pk),
      );
      out.set(
        costKey(a, b, "c2", b),
        st((s) => s.pairs[pk]!.c2B, pk),
      );
      // scenarioStability lists exchanges per pair as (a → b, b → a).
      for (const [x, y, e] of [
        [a, b, 2 * pk],
        [b, a, 2 * pk + 1],
      ] as const)
        for (const f of EXCHANGE_FIELDS)
          out.set(
            exchangeKey(x, y, f),
            st((s) => exchangeValue(s.exchanges[e]!, f), pk),
          );
    }
  if (fw) {
    const tr = (g: (c: ComplianceReport) => number): CatalogEntry => ({
      getter: (c: OutputContext) => g(c.compliance!),
      needs: "treaty" as const,
    });
    out.set(
      TREATY_VIOLATIONS_KEY,
      tr((c) => c.violations),
    );
    const parties = fw.framework.parties ?? ps.map((p) => p.id);
    for (const l of fw.framework.limits)
      for (const p of parties) {
        if (!ps.some((q) => q.id === p)) continue;
        const row = (c: ComplianceReport) => c.checks.find((r) => r.limitId === l.id && r.party === p);
        out.set(
          treatyKey(l.id, p, "counted"),
          tr((c) => row(c)?.counted ?? NaN),
        );
        out.set(
          treatyKey(l.id, p, "limit"),
          tr((c) => row(c)?.limit ?? NaN),
        );
        out.set(
          treatyKey(l.id, p, "headroom"),
          tr((c) => row(c)?.headroom ?? NaN),
        );
      }
  }
  return out;
}

/**
 * List the output names available for a scenario (and framework).
 * @param scenario the base scenario
 * @param fw the sweep's framework, if any
 */
export function outputCatalog(scenario: Scenario, fw?: OutputFramework): string[] {
  return [...catalog(scenario, fw).keys()];
}

/**
 * Check output names against the catalog; unknown names become issues with the closest known name.
 * @param names requested outputs
 * @param scenario the base scenario
 * @param fw the sweep's framework, if any
 * @param issuePath where issues point; the index of the name is appended
 */
export function checkOutputs(
  names: readonly string[],
  scenario: Scenario,
  fw: OutputFramework | undefined,
  issuePath: (string | number)[] = ["outputs"],
): Issue[] {
  const known = outputCatalog(scenario, fw);
  const set = new Set(known);
  const out: Issue[] = [];
  names.forEach((n, i) => {
    if (set.has(n)) return;
    const guess = closest(n, known);
    out.push({
      code: "unknown_output",
      path: [...issuePath, i],
      message: `unknown output "${n}"${n.startsWith("treaty.") && !fw ? " (treaty outputs need a `framework`)" : ""}`,
      hint: guess ? `did you mean "${guess}"?` : `known: ${known.slice(0, 12).join(", ")}…`,
    });
  });
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (seen.has(n))
      out.push({ code: "duplicate_output", path: [...issuePath, i], message: `output "${n}" is listed twice` });
    seen.add(n);
  });
  return out;
}

/**
 * Bring every party the framework binds into compliance (path to compliance, keeping the most survivable warheads).
 * Parties already compliant, not bound, or for which no compliant posture exists are left as they are.
 * @param scenario the scenario (not modified)
 * @param fw the framework and the date to count at
 * @returns a scenario with the compliant postures
 */
export function complyWithFramework(scenario: Scenario, fw: OutputFramework): Scenario {
  const bound = new Set(fw.framework.parties ?? scenario.parties.map((p) => p.id));
  let s = scenario;
  for (const p of scenario.parties) {
    if (!bound.has(p.id)) continue;
    const r = pathToCompliance(s, fw.framework, p.id, fw.date !== undefined ? { date: fw.date } : {});
    if (r.status === "solved") s = { ...s, parties: s.parties.map((q) => (q.id === p.id ? r.posture : q)) };
  }
  return s;
}

/**
 * Stability of the given pairs only, at their places in scenario pair order (other places empty).
 * @param scenario the cell's scenario
 * @param wanted pair indices (scenario pair order)
 */
function pairsOnly(scenario: Scenario, wanted: ReadonlySet<number>): StabilityResult {
  const n = scenario.parties.length;
  const index: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) index.push(i * n + j);
  const prepared = new PreparedScenario(scenario);
  const r = prepared.stability(prepared.baseStates(), {
    wanted: (i, j) => wanted.has(index.indexOf(i * n + j)),
    drawdown: false,
  });
  const pairs: StabilityResult["pairs"] = [];
  const exchanges: StabilityResult["exchanges"] = [];
  let c = 0;
  for (let k = 0; k < index.length; k++) {
    if (!wanted.has(k)) continue;
    pairs[k] = r.pairs[c]!;
    exchanges[2 * k] = r.exchanges[2 * c]!;
    exchanges[2 * k + 1] = r.exchanges[2 * c + 1]!;
    c++;
  }
  return { pairs, exchanges };
}

/** A compiled list of outputs: compute them for any scenario shaped like the base (same parties, same order). */
export interface OutputPlan {
  names: readonly string[];
  /**
   * Compute the outputs, in `names` order, for a scenario already brought into compliance when required.
   * @param scenario the cell's scenario
   * @param fw the cell's framework (its limits may be swept); default the one compiled with
   */
  compute(scenario: Scenario, fw?: OutputFramework): number[];
}

/**
 * Compile output names into a plan. Throws when a name is unknown (validate specs with {@link checkOutputs} first).
 * @param names outputs wanted
 * @param base the base scenario (fixes the party order the names refer to)
 * @param fw the sweep's framework, if any
 */
export function compileOutputs(names: readonly string[], base: Scenario, fw?: OutputFramework): OutputPlan {
  const cat = catalog(base, fw);
  const entries = names.map((n) => {
    const e = cat.get(n);
    if (!e) throw new Error(`unknown output "${n}"`);
    return e;
  });
  const needStability = entries.some((e) => e.needs === "stability");
  const needTreaty = entries.some((e) => e.needs === "treaty");
  // Pairs the outputs read (all when one output reads every pair): with three or more parties, the others' exchanges
  // are skipped (a pair still gets its third-party terms, from the uncoupled strikes on its two sides).
  const stabilityEntries = entries.filter((e) => e.needs === "stability");
  const wanted = stabilityEntries.every((e) => e.pair !== undefined)
    ? new Set(stabilityEntries.map((e) => e.pair!))
    : undefined;
  return {
    names,
    compute(scenario: Scenario, cellFw: OutputFramework | undefined = fw): number[] {
      const ctx: OutputContext = {};
      if (needStability)
        ctx.stability = wanted
          ? pairsOnly(scenario, wanted)
          : scenarioStability(scenario, {}, undefined, { drawdown: false });
      if (needTreaty && cellFw)
        ctx.compliance = checkCompliance(
          scenario,
          cellFw.framework,
          cellFw.date !== undefined ? { date: cellFw.date } : { assumeBinding: true },
        );
      return entries.map((e) => e.getter(ctx));
    },
  };
}
