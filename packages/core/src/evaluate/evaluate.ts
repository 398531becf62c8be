/**
 * `evaluate(scenario)`: the security equation. Returns a versioned {@link Report}: parity per party and dyad, both
 * exchanges of every pair, first-strike stability, arms-race sensitivities, warnings, sources, and optional Monte
 * Carlo bands.
 */
import type { Citation, Scenario } from "../schema/scenario.js";
import { partyParity } from "../parity/index.js";
import { distanceKm, type ForceState } from "../exchange/force-state.js";
import type { ExchangeResult } from "../exchange/first-strike.js";
import { scenarioStability, type PairStability } from "../stability/pair-stability.js";
import { thirdPartyEffects, thirdPartyReadings } from "../stability/third-party-effect.js";
import { PreparedScenario } from "../stability/prepared-scenario.js";
import { withDeployedLaunchers } from "../stability/scenario-patch.js";
import type { Band } from "../random/quantile.js";
import { DEFAULT_UNCERTAINTY, monteCarloColumns } from "./uncertainty.js";
import { degenerateWarnings } from "./degenerate.js";
import { readingShares, type ReadingShares } from "../stability/band-reading.js";
import { ENGINE_VERSION, REPORT_VERSION, type Report, type SensitivityEntry, type SourceEntry } from "./report.js";
import type { Issue } from "../_shared/issues.js";
import { BAND_EXCHANGE_FIELDS, combinedKey, exchangeKey, fssKey } from "../protocol/metric-keys.js";
import type { PlaceLookup } from "../geo/place-registry.js";
import { attachPopulation } from "../effects/population-report.js";
import { getOwn } from "../_shared/own-keys.js";
import { finiteBand, nonFiniteWarnings } from "./non-finite.js";

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Compute arms-race sensitivities (one extra evaluation per element). Default true. */
  sensitivities?: boolean;
  /** Monte Carlo samples; 0 (default) for deterministic expected values only. */
  samples?: number;
  /** Seed for Monte Carlo, default 1. */
  seed?: number;
  /** Keep the full draw-down curves in the report. Default true. */
  drawdown?: boolean;
  /** Called after each Monte Carlo sample with (done, total); for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Called after each unit of work (the base exchanges, each arms-race sensitivity, each Monte Carlo sample) with the
   * units done and the total, for progress over the whole evaluation. It may throw to stop the evaluation (the CLI's
   * `--budget` does): the engine keeps no clock, so a deadline is the caller's check, made between units.
   */
  onWork?: (done: number, total: number) => void;
  /** Place tables for population value models. Default: the registry `@seceq/data` fills when imported. */
  places?: PlaceLookup;
}

/** Elements that get an arms-race sensitivity (one extra stability evaluation each). */
function sensitivityElements(s: Scenario): number {
  let n = 0;
  for (const p of s.parties)
    for (const f of p.forces) if (f.nuclear && f.launchers.deployed > 0 && f.warheadsPerLauncher > 0) n++;
  return n;
}

function collectSources(s: Scenario): SourceEntry[] {
  const out: SourceEntry[] = [];
  const add = (party: string, item: string, field: string | undefined, c: Citation) =>
    out.push({ party, item, ...(field !== undefined ? { field } : {}), ...c });
  for (const p of s.parties) {
    for (const f of p.forces) {
      add(p.id, f.id, undefined, f.source);
      for (const [field, c] of Object.entries(f.fieldSources ?? {})) add(p.id, f.id, field, c);
    }
    for (const d of p.defenses) add(p.id, d.id, undefined, d.source);
    add(p.id, "value", undefined, p.value.source);
  }
  for (const d of s.distancesKm) if (d.source) add(d.between.join("-"), "distance", undefined, d.source);
  return out;
}

/** Model-validity warnings of the exchanges actually computed (weapon against target hardness), deduplicated. */
function exchangeWarnings(exchanges: readonly ExchangeResult[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  exchanges.forEach((e, k) => {
    for (const message of e.warnings) {
      if (seen.has(message)) continue;
      seen.add(message);
      out.push({ code: "model_validity", severity: "warning", path: ["exchanges", k], message });
    }
  });
  return out;
}

/**
 * Arms-race sensitivities: per nuclear element with deployed launchers, its party with `max(1, 1 %)` more deployed
 * launchers (a shallow path copy of the party, every other object shared), and the pairs involving that party
 * recomputed on the prepared scenario. Only the exchanges the patch reaches run again: the patched party's pair
 * exchanges and the third parties' first strikes on it; the other parties' strikes on each other and their hold-backs
 * are reused.
 */
function sensitivities(
  prepared: PreparedScenario,
  states: readonly ForceState[],
  base: PairStability[],
  baseEx: ExchangeResult[],
  onDone: () => void,
): SensitivityEntry[] {
  const s = prepared.scenario;
  const out: SensitivityEntry[] = [];
  s.parties.forEach((p, pi) => {
    const baseState = states[pi]!;
    p.forces.forEach((f, fi) => {
      if (!f.nuclear || f.launchers.deployed === 0 || f.warheadsPerLauncher === 0) return;
      const delta = Math.max(1, Math.round(f.launchers.deployed * 0.01));
      const patched = states.slice();
      patched[pi] = prepared.state(pi, withDeployedLaunchers(p, fi, f.launchers.deployed + delta), baseState.generated);
      const pairs = prepared.stability(patched, { involving: pi, drawdown: false }).pairs;
      onDone();
      const state = baseState.elements[fi]!;
      for (const bp of base) {
        if (bp.a !== p.id && bp.b !== p.id) continue;
        const np = pairs.find((x) => x.a === bp.a && x.b === bp.b)!;
        const selfIsA = bp.a === p.id;
        const other = selfIsA ? bp.b : bp.a;
        const dSelf = (selfIsA ? np.fssA - bp.fssA : np.fssB - bp.fssB) / delta;
        const dOther = (selfIsA ? np.fssB - bp.fssB : np.fssA - bp.fssA) / delta;
        const dCombined = (np.combined - bp.combined) / delta;
        const ex = baseEx.find((e) => e.striker === other && e.victim === p.id);
        const shots = (ex && getOwn(ex.shotsPerAimPoint, f.id)) ?? 0;
        const targetable = 1 - state.survivableShare;
        const mer = targetable <= 1e-12 ? null : (shots * targetable) / f.basing.launchersPerAimPoint;
        const perWarhead = 1 / Math.max(1e-12, f.warheadsPerLauncher);
        out.push({
          party: p.id,
          element: f.id,
          counterpart: other,
          deltaLaunchers: delta,
          dFssSelfPerLauncher: dSelf,
          dFssOtherPerLauncher: dOther,
          dCombinedPerLauncher: dCombined,
          dFssSelfPerWarhead: dSelf * perWarhead,
          dFssOtherPerWarhead: dOther * perWarhead,
          dCombinedPerWarhead: dCombined * perWarhead,
          marginalExchangeRatio: mer,
          survivableShare: state.survivableShare,
          armsRaceStable: dOther >= -1e-9,
        });
      }
    });
  });
  return out;
}

/**
 * Evaluate a validated scenario.
 * @param scenario a scenario that passed {@link validateScenario}
 * @param options sensitivities, Monte Carlo samples and seed
 */
export function evaluate(scenario: Scenario, options: EvaluateOptions = {}): Report {
  const n = Math.max(0, Math.floor(options.samples ?? 0));
  const withSensitivities = options.sensitivities !== false;
  const totalWork = 1 + (withSensitivities ? sensitivityElements(scenario) : 0) + n;
  let workDone = 0;
  const work = () => options.onWork?.(++workDone, totalWork);
  // One prepared scenario for the base run, the sensitivities and the third-party readings: each exchange once.
  const prepared = new PreparedScenario(scenario, options.places);
  const baseStates = prepared.baseStates();
  const { pairs, exchanges } = prepared.stability(baseStates, { drawdown: options.drawdown !== false });
  attachPopulation(scenario, exchanges, options.places, baseStates);
  work();

  const parties = scenario.parties.map((p, pi) => {
    const st = baseStates[pi]!;
    const nuclear = st.elements.filter((e) => e.element.nuclear);
    return {
      id: p.id,
      name: p.name,
      posture: p.posture,
      deployedLaunchers: nuclear.reduce((t, e) => t + e.launchers, 0),
      deployedWarheads: nuclear.reduce((t, e) => t + e.warheads, 0),
      survivableWarheads: nuclear.reduce((t, e) => t + e.survivableWarheads, 0),
      conventionalWeapons: st.elements.filter((e) => !e.element.nuclear).reduce((t, e) => t + e.warheads, 0),
      interceptors: p.defenses.reduce((t, d) => t + d.interceptors, 0),
      parity: {
        richelson: partyParity(p.forces, { convention: "richelson" }),
        suh: partyParity(p.forces, { convention: "suh" }),
      },
    };
  });

  const warnings: Issue[] = [
    ...degenerateWarnings(
      scenario,
      pairs,
      exchanges,
      Object.fromEntries(parties.map((p) => [p.id, p.deployedWarheads])),
    ),
    ...exchangeWarnings(exchanges),
  ];

  const dyads = [];
  for (let i = 0; i < scenario.parties.length; i++)
    for (let j = i + 1; j < scenario.parties.length; j++) {
      const A = scenario.parties[i]!;
      const B = scenario.parties[j]!;
      const d = distanceKm(scenario, A.id, B.id);
      const reach = d !== undefined ? { reachKm: d } : {};
      const aOnB = partyParity(A.forces, { convention: "suh", ...reach });
      const bOnA = partyParity(B.forces, { convention: "suh", ...reach });
      const aOnBr = partyParity(A.forces, { convention: "richelson", ...reach });
      const bOnAr = partyParity(B.forces, { convention: "richelson", ...reach });
      const ratio = (x: number, y: number) => (y > 0 ? x / y : x > 0 ? Infinity : 1);
      dyads.push({
        a: A.id,
        b: B.id,
        distanceKm: d ?? null,
        aAgainstB: {
          deliverableWarheads: aOnB.deliverableWarheads,
          emt: aOnB.emt,
          cmpSuh: aOnB.cmp,
          cmpRichelson: aOnBr.cmp,
        },
        bAgainstA: {
          deliverableWarheads: bOnA.deliverableWarheads,
          emt: bOnA.emt,
          cmpSuh: bOnA.cmp,
          cmpRichelson: bOnAr.cmp,
        },
        warheadRatio: ratio(aOnB.deliverableWarheads, bOnA.deliverableWarheads),
        emtRatio: ratio(aOnB.emt, bOnA.emt),
      });
    }

  const report: Report = {
    reportVersion: REPORT_VERSION,
    engine: { name: "seceq", version: ENGINE_VERSION },
    scenario: { id: scenario.id, name: scenario.name, asOf: scenario.asOf },
    assumptions: scenario.assumptions,
    parties,
    dyads,
    exchanges,
    stability: {
      pairs,
      minCombined: Math.min(...pairs.map((p) => p.combined)),
    },
    sensitivities: withSensitivities ? sensitivities(prepared, baseStates, pairs, exchanges, work) : [],
    thirdParty: thirdPartyEffects(scenario, pairs, exchanges, thirdPartyReadings(prepared, baseStates)),
    warnings,
    sources: collectSources(scenario),
  };

  if (n > 0) {
    const seed = options.seed ?? 1;
    const specs = scenario.uncertainty.length > 0 ? scenario.uncertainty : DEFAULT_UNCERTAINTY;
    // Metric names follow the deterministic result; every sample yields them in the same order.
    const names = [
      ...pairs.flatMap((p) => [combinedKey(p.a, p.b), fssKey(p.a, p.b, p.a), fssKey(p.a, p.b, p.b)]),
      ...exchanges.flatMap((e) => BAND_EXCHANGE_FIELDS.map((m) => exchangeKey(e.striker, e.victim, m))),
    ];
    const columns = monteCarloColumns(
      scenario,
      specs,
      seed,
      n,
      (perturbed) => {
        const r = scenarioStability(perturbed, {}, options.places, { drawdown: false });
        return [
          ...r.pairs.flatMap((p) => [p.combined, p.fssA, p.fssB]),
          ...r.exchanges.flatMap((e) => [
            e.outcome.warheadsUsed,
            e.outcome.victimWarheadsDestroyed,
            e.outcome.damageToStriker,
            e.outcome.damageToVictim,
          ]),
        ];
      },
      (done, total) => {
        options.onProgress?.(done, total);
        work();
      },
    );
    const bands: Record<string, Band> = {};
    const readings: Record<string, ReadingShares> = {};
    names.forEach((k, i) => {
      const { band: b, warning } = finiteBand(columns[i]!, ["monteCarlo", "bands", k], k, seed);
      bands[k] = b;
      if (warning) report.warnings.push(warning);
      if (k.startsWith("stability.")) readings[k] = readingShares(columns[i]!);
    });
    report.monteCarlo = {
      samples: n,
      seed,
      uncertainty: scenario.uncertainty.length > 0 ? "scenario" : "default",
      bands,
      readings,
    };
  }
  // Never a NaN or an infinity without a word: explain each (JSON would show it as null).
  report.warnings.push(...nonFiniteWarnings(report));
  return report;
}
