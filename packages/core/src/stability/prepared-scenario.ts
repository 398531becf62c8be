/**
 * A scenario prepared for repeated stability evaluation (issue 11): the arms-race sensitivities, the crisis days, the
 * hold-back-only and two-party readings of the third-party effects all evaluate the same scenario with one party
 * patched (one element's deployed launchers, its generated share, its uploaded loads). What does not change between
 * them is resolved once — party index, pair distances, population targets, force states by (party object, generated
 * share) — and every exchange is memoised by the identity of the force states it depends on, so a patch recomputes
 * only the exchanges it reaches and total cost is (exchanges that really change) × (cost of one exchange).
 *
 * What an exchange depends on (methods §4, three-party coupling), with X, Y the dyad and T the other parties:
 * - the uncoupled exchange T → X (the third party's first strike on X, whose surviving shares feed X's reserve
 *   damage): the states of T and X only;
 * - X's derived hold-back in the dyad {X, Y}: the states of X and of every T (through T → X), and the X–Y distance;
 * - the coupled exchanges X → Y and Y → X: the states of X, Y and every T.
 *
 * So a patch of party P leaves every uncoupled exchange between two other parties, and every hold-back of another
 * party in a dyad without P, as it was; pairs without P change only through their third-party terms (and
 * {@link PreparedScenario.stability}'s `involving` skips them when the caller reads only P's pairs, as the
 * sensitivities do). Results equal a fresh full computation exactly: the same functions run on the same inputs.
 *
 * Memos are held by the prepared scenario, which lives as long as one evaluation (one `evaluate`, one crisis timeline):
 * the engine never modifies its input, so identity stands for value within it.
 */
import type { Assumptions, Party, Scenario } from "../schema/scenario.js";
import { reaches } from "../schema/scenario.js";
import { firstStrike, type ExchangeResult } from "../exchange/first-strike.js";
import { distanceKm, forceState, type ElementState, type ForceState } from "../exchange/force-state.js";
import { derivedHoldBack, reserveCostAgainst, type ThirdParty } from "../exchange/reserve.js";
import { populationTarget, type PopulationTarget } from "../effects/population-model.js";
import { exchangeValue } from "../effects/exchange-value.js";
import type { PlaceLookup } from "../geo/place-registry.js";
import { getOwn } from "../_shared/own-keys.js";
import { firstStrikeStability, stabilityReading } from "./kent-thaler.js";
import type { PairStability, StabilityResult } from "./pair-stability.js";

/** Options of {@link PreparedScenario.stability}. */
export interface PreparedStabilityOptions {
  /**
   * Compute only the pairs that involve the party at this index (in scenario pair order), and only the exchanges they
   * need. Default: every pair.
   */
  involving?: number;
  /** Compute only the pairs {i, j} (i < j, scenario indices) for which this returns true. Default: every pair. */
  wanted?: (i: number, j: number) => boolean;
  /**
   * The hold-back-only reading of the third-party effects: `assumptions.thirdParty.weight` taken as 0 (no post-exchange
   * vulnerability term; the derived hold-back stays). Default false.
   */
  noVulnerability?: boolean;
  /**
   * Keep each exchange's draw-down curve (default true). Readings that need only the pairs (sensitivities, Monte Carlo
   * samples, crisis days, sweeps) pass false and save one object per allocation step; a memoised pair computed without
   * its curve is recomputed when a later call wants it.
   */
  drawdown?: boolean;
}

/** Work counters of a prepared scenario (for tests and benchmarks). */
export interface PreparedStats {
  /** First-strike exchanges computed (coupled and uncoupled). */
  exchanges: number;
  /** Pair or uncoupled-exchange results served from the memo. */
  reused: number;
}

interface PairResult {
  ab: ExchangeResult;
  ba: ExchangeResult;
  pair: PairStability;
}

interface Uncoupled {
  exchange: ExchangeResult;
  /** Surviving share of each of the victim's elements, by element id. */
  survival: ReadonlyMap<string, number>;
}

/** Share generated a party's posture stands for: 1 generated, 0 day-to-day. */
export function postureShare(party: Party): number {
  return party.posture === "generated" ? 1 : 0;
}

/** Stability of a pair from its two exchanges (a → b, b → a). */
export function pairFromExchanges(a: string, b: string, ab: ExchangeResult, ba: ExchangeResult): PairStability {
  const c1A = ab.outcome.costToStriker;
  const c2A = ba.outcome.costToVictim;
  const c1B = ba.outcome.costToStriker;
  const c2B = ab.outcome.costToVictim;
  const fssA = firstStrikeStability(c1A, c2A);
  const fssB = firstStrikeStability(c1B, c2B);
  const combined = fssA * fssB;
  return { a, b, c1A, c2A, c1B, c2B, fssA, fssB, combined, reading: stabilityReading(combined) };
}

/** A scenario prepared for many stability evaluations with patched parties (see the module comment). */
export class PreparedScenario {
  /** The base scenario: its assumptions, distances and party order hold for every evaluation. */
  readonly scenario: Scenario;
  /** Place tables for population value models (default: the registry `@seceq/data` fills). */
  readonly places: PlaceLookup | undefined;
  /** Work done so far. */
  readonly stats: PreparedStats = { exchanges: 0, reused: 0 };
  readonly #n: number;
  /** Capital distance of parties i and j at `i * n + j`, km (undefined when not given). */
  readonly #dist: (number | undefined)[];
  #noVulnerability: Assumptions | undefined;
  readonly #states = new WeakMap<Party, Map<number, ForceState>>();
  readonly #pops = new WeakMap<Party, { target: PopulationTarget | undefined }>();
  readonly #ids = new WeakMap<ForceState, number>();
  #nextId = 0;
  readonly #uncoupled = new WeakMap<ForceState, WeakMap<ForceState, Uncoupled>>();
  readonly #holds = new Map<string, number>();
  readonly #pairs = new Map<string, PairResult>();

  /**
   * Prepare a validated scenario.
   * @param scenario validated scenario (not modified; must not be modified while this object is in use)
   * @param places place tables for population value models
   */
  constructor(scenario: Scenario, places?: PlaceLookup) {
    this.scenario = scenario;
    this.places = places;
    const ps = scenario.parties;
    this.#n = ps.length;
    this.#dist = [];
    for (let i = 0; i < ps.length; i++)
      for (let j = 0; j < ps.length; j++) this.#dist.push(distanceKm(scenario, ps[i]!.id, ps[j]!.id));
  }

  /**
   * The force state of a party at a generation level, one object per (party object, share): evaluations that see the
   * same party at the same share share the state, and with it every exchange memoised on it.
   * @param partyIndex index of the party in the scenario
   * @param party the party as evaluated (a patched copy of the scenario's, or the scenario's own)
   * @param generated share generated, 0–1 (default: the party's posture)
   */
  state(
    partyIndex: number,
    party: Party = this.scenario.parties[partyIndex]!,
    generated: number = postureShare(party),
  ): ForceState {
    let byShare = this.#states.get(party);
    if (!byShare) this.#states.set(party, (byShare = new Map<number, ForceState>()));
    let s = byShare.get(generated);
    if (!s) {
      byShare.set(generated, (s = forceState(party, generated)));
      this.#ids.set(s, this.#nextId++);
    }
    return s;
  }

  /**
   * The scenario's own parties' states.
   * @param generated share generated per party id (0–1); absent parties use their posture
   */
  baseStates(generated: Readonly<Record<string, number>> = {}): ForceState[] {
    return this.scenario.parties.map((p, i) => this.state(i, p, getOwn(generated, p.id) ?? postureShare(p)));
  }

  /**
   * Every ordered exchange and every pair's stability for the given party states, as `scenarioStability` computes
   * them; exchanges already computed for the same states are reused.
   * @param states one state per party, in scenario order (from {@link state})
   * @param options pairs wanted and the hold-back-only reading
   * @throws InputError when a population-model party's country has no place table
   */
  stability(states: readonly ForceState[], options: PreparedStabilityOptions = {}): StabilityResult {
    const pops = this.#popsOf(states);
    const noVulnerability = options.noVulnerability === true && this.scenario.assumptions.thirdParty.weight > 0;
    const exchanges: ExchangeResult[] = [];
    const pairs: PairStability[] = [];
    for (let i = 0; i < this.#n; i++)
      for (let j = i + 1; j < this.#n; j++) {
        if (options.involving !== undefined && i !== options.involving && j !== options.involving) continue;
        if (options.wanted && !options.wanted(i, j)) continue;
        const r = this.#pair(i, j, states, pops, noVulnerability, options.drawdown !== false);
        exchanges.push(r.ab, r.ba);
        pairs.push(r.pair);
      }
    return { exchanges, pairs };
  }

  /**
   * The uncoupled exchange `striker` → `victim`: no third-party coupling, each side's own hold-back fraction. It is
   * both the third party's first strike that sets a side's surviving reserve and the exchange of the two-party
   * scenario {striker, victim}. Its draw-down curve is not kept (`drawdown` is empty; `outcome` is the chosen point).
   * @param striker striker's index
   * @param victim victim's index
   * @param states one state per party, in scenario order
   */
  uncoupled(striker: number, victim: number, states: readonly ForceState[]): ExchangeResult {
    return this.#uncoupledOf(striker, victim, states, this.#popsOf(states)).exchange;
  }

  /**
   * Stability of the pair {i, j} as a two-party scenario (the other parties and their distances removed).
   * @param i first party's index (i < j keeps the scenario's pair orientation)
   * @param j second party's index
   * @param states one state per party, in scenario order
   */
  dyad(i: number, j: number, states: readonly ForceState[]): PairStability {
    const pops = this.#popsOf(states);
    const ab = this.#uncoupledOf(i, j, states, pops).exchange;
    const ba = this.#uncoupledOf(j, i, states, pops).exchange;
    return pairFromExchanges(states[i]!.party.id, states[j]!.party.id, ab, ba);
  }

  #d(i: number, j: number): number | undefined {
    return this.#dist[i * this.#n + j];
  }

  #popsOf(states: readonly ForceState[]): (PopulationTarget | undefined)[] {
    return states.map((s, i) => {
      let m = this.#pops.get(s.party);
      if (!m) this.#pops.set(s.party, (m = { target: populationTarget(s.party, i, this.places) }));
      return m.target;
    });
  }

  #uncoupledOf(
    si: number,
    vi: number,
    states: readonly ForceState[],
    pops: readonly (PopulationTarget | undefined)[],
  ): Uncoupled {
    const sS = states[si]!;
    const sV = states[vi]!;
    let byVictim = this.#uncoupled.get(sS);
    if (!byVictim) this.#uncoupled.set(sS, (byVictim = new WeakMap<ForceState, Uncoupled>()));
    const hit = byVictim.get(sV);
    if (hit) {
      this.stats.reused++;
      return hit;
    }
    const d = this.#d(si, vi);
    // Uncoupled exchanges feed third-party readings and hold-backs, never a report: no draw-down curve.
    const exchange = firstStrike(sS, sV, {
      assumptions: this.scenario.assumptions,
      ...(d !== undefined ? { distanceKm: d } : {}),
      value: exchangeValue(sS, sV, pops[si], pops[vi], d),
      drawdown: false,
    });
    this.stats.exchanges++;
    const u: Uncoupled = { exchange, survival: new Map(Object.entries(exchange.survivingShare)) };
    byVictim.set(sV, u);
    return u;
  }

  /** Identity key of the states at the given indices (all when `skip` is -1). */
  #key(states: readonly ForceState[], skip: number): string {
    let k = "";
    for (let i = 0; i < states.length; i++) if (i !== skip) k += `${this.#ids.get(states[i]!) ?? "?"},`;
    return k;
  }

  #pair(
    i: number,
    j: number,
    states: readonly ForceState[],
    pops: readonly (PopulationTarget | undefined)[],
    noVulnerability: boolean,
    drawdown: boolean,
  ): PairResult {
    const key = `${i}-${j}${noVulnerability ? "h" : ""}|${this.#key(states, -1)}`;
    const hit = this.#pairs.get(key);
    // A kept curve has at least its first point.
    if (hit && (!drawdown || hit.ab.drawdown.length > 0)) {
      this.stats.reused++;
      return hit;
    }
    const a = noVulnerability ? this.#noVulnerabilityAssumptions() : this.scenario.assumptions;
    const d = this.#d(i, j);
    const sA = states[i]!;
    const sB = states[j]!;
    // Three-party coupling (methods §4): each side's hold-back against the parties outside the dyad and the cost of
    // what it has left against them after the exchange.
    const thirds = (self: number): ThirdParty[] => {
      const out: ThirdParty[] = [];
      for (let k = 0; k < this.#n; k++)
        if (k !== i && k !== j)
          out.push({
            party: states[k]!.party,
            distanceKm: this.#d(self, k),
            survival: this.#uncoupledOf(k, self, states, pops).survival,
          });
      return out;
    };
    const reach = (s: ElementState) => reaches(s.element, d);
    const hold = (self: number, other: number): number => {
      const own = states[self]!.party.options.holdBackFraction;
      if (a.thirdParty.holdBack !== "derived") return own;
      const hk = `${self}>${other}|${this.#key(states, other)}`;
      // Hold-back does not read the vulnerability weight: one memo serves both readings.
      let h = this.#holds.get(hk);
      if (h === undefined) {
        h = Math.max(own, derivedHoldBack(states[self]!, thirds(self), reach, a));
        if (!hk.includes("?")) this.#holds.set(hk, h);
      }
      return h;
    };
    const holdA = hold(i, j);
    const holdB = hold(j, i);
    const costA = reserveCostAgainst(thirds(i), a);
    const costB = reserveCostAgainst(thirds(j), a);
    const base = { assumptions: a, ...(d !== undefined ? { distanceKm: d } : {}) };
    const ab = firstStrike(sA, sB, {
      ...base,
      value: exchangeValue(sA, sB, pops[i], pops[j], d),
      holdBack: { striker: holdA, victim: holdB },
      reserveCost: { ...(costA ? { striker: costA } : {}), ...(costB ? { victim: costB } : {}) },
      drawdown,
    });
    const ba = firstStrike(sB, sA, {
      ...base,
      value: exchangeValue(sB, sA, pops[j], pops[i], d),
      holdBack: { striker: holdB, victim: holdA },
      reserveCost: { ...(costB ? { striker: costB } : {}), ...(costA ? { victim: costA } : {}) },
      drawdown,
    });
    this.stats.exchanges += 2;
    const r: PairResult = { ab, ba, pair: pairFromExchanges(sA.party.id, sB.party.id, ab, ba) };
    // States made outside `state()` carry no identity key: their results are not memoised.
    if (!key.includes("?")) this.#pairs.set(key, r);
    return r;
  }

  #noVulnerabilityAssumptions(): Assumptions {
    const a = this.scenario.assumptions;
    return (this.#noVulnerability ??= { ...a, thirdParty: { ...a.thirdParty, weight: 0 } });
  }
}
