/**
 * The evaluation orchestration as it was before the prepared-scenario engine (issue 11): every arms-race sensitivity
 * a `structuredClone` of the scenario and a full recomputation of every exchange, every crisis day a full
 * recomputation, every Monte Carlo sample a `structuredClone`, the third-party effects two more full runs. Kept,
 * unchanged in behaviour, as the reference the differential tests compare the fast path with
 * (`orchestration.test.ts`) and as the "before" of `npm run bench engine`.
 */
import {
  BAND_EXCHANGE_FIELDS,
  InputError,
  attachPopulation,
  combinedKey,
  derivedHoldBack,
  distanceKm,
  exchangeKey,
  exchangeValue,
  firstStrike,
  firstStrikeStability,
  forceState,
  fssKey,
  generationAt,
  getOwn,
  matchedDamageCurve,
  meanEmtPerWarhead,
  populationTarget,
  reaches,
  reserveCostAgainst,
  sample,
  setOwn,
  stabilityReading,
  uniformRng,
  uploadedParty,
  DEFAULT_EFFECTS,
  type CrisisTimeline,
  type CrisisUpload,
  type ExchangeResult,
  type ForceState,
  type PairStability,
  type PlaceLookup,
  type Scenario,
  type SensitivityEntry,
  type StabilityResult,
  type ThirdParty,
  type Uncertainty,
  type Uniform,
} from "@seceq/core";

/** The former `scenarioStability`: every ordered exchange and every pair's stability, nothing reused. */
export function referenceStability(
  scenario: Scenario,
  generated: Readonly<Record<string, number>> = {},
  places?: PlaceLookup,
): StabilityResult {
  const states = new Map<string, ForceState>(
    scenario.parties.map((p) => [p.id, forceState(p, getOwn(generated, p.id) ?? (p.posture === "generated" ? 1 : 0))]),
  );
  const exchanges: ExchangeResult[] = [];
  const pairs: PairStability[] = [];
  const ps = scenario.parties;
  const pops = ps.map((p, i) => populationTarget(p, i, places));
  const index = new Map(ps.map((p, i) => [p.id, i] as const));
  const survival = new Map<string, ReadonlyMap<string, number>>();
  const survivalAgainst = (striker: string, victim: string): ReadonlyMap<string, number> => {
    const key = `${striker}>${victim}`;
    let m = survival.get(key);
    if (!m) {
      const d = distanceKm(scenario, striker, victim);
      const si = index.get(striker)!;
      const vi = index.get(victim)!;
      const sS = states.get(striker)!;
      const sV = states.get(victim)!;
      const ex = firstStrike(sS, sV, {
        assumptions: scenario.assumptions,
        ...(d !== undefined ? { distanceKm: d } : {}),
        value: exchangeValue(sS, sV, pops[si], pops[vi], d),
      });
      m = new Map(Object.entries(ex.survivingShare));
      survival.set(key, m);
    }
    return m;
  };
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++) {
      const A = ps[i]!;
      const B = ps[j]!;
      const d = distanceKm(scenario, A.id, B.id);
      const a = scenario.assumptions;
      const thirds = (self: string): ThirdParty[] =>
        ps
          .filter((p) => p.id !== A.id && p.id !== B.id)
          .map((p) => ({
            party: p,
            distanceKm: distanceKm(scenario, self, p.id),
            survival: survivalAgainst(p.id, self),
          }));
      const reach = (s: { element: Parameters<typeof reaches>[0] }) => reaches(s.element, d);
      const hold = (self: typeof A) =>
        a.thirdParty.holdBack === "derived"
          ? Math.max(self.options.holdBackFraction, derivedHoldBack(states.get(self.id)!, thirds(self.id), reach, a))
          : self.options.holdBackFraction;
      const holdA = hold(A);
      const holdB = hold(B);
      const costA = reserveCostAgainst(thirds(A.id), a);
      const costB = reserveCostAgainst(thirds(B.id), a);
      const base = { assumptions: a, ...(d !== undefined ? { distanceKm: d } : {}) };
      const sA = states.get(A.id)!;
      const sB = states.get(B.id)!;
      const ab = firstStrike(sA, sB, {
        ...base,
        value: exchangeValue(sA, sB, pops[i], pops[j], d),
        holdBack: { striker: holdA, victim: holdB },
        reserveCost: { ...(costA ? { striker: costA } : {}), ...(costB ? { victim: costB } : {}) },
      });
      const ba = firstStrike(sB, sA, {
        ...base,
        value: exchangeValue(sB, sA, pops[j], pops[i], d),
        holdBack: { striker: holdB, victim: holdA },
        reserveCost: { ...(costB ? { striker: costB } : {}), ...(costA ? { victim: costA } : {}) },
      });
      exchanges.push(ab, ba);
      const c1A = ab.outcome.costToStriker;
      const c2A = ba.outcome.costToVictim;
      const c1B = ba.outcome.costToStriker;
      const c2B = ab.outcome.costToVictim;
      const fssA = firstStrikeStability(c1A, c2A);
      const fssB = firstStrikeStability(c1B, c2B);
      const combined = fssA * fssB;
      pairs.push({ a: A.id, b: B.id, c1A, c2A, c1B, c2B, fssA, fssB, combined, reading: stabilityReading(combined) });
    }
  return { exchanges, pairs };
}

/** The former arms-race sensitivities: one clone and one full {@link referenceStability} per element. */
export function referenceSensitivities(
  s: Scenario,
  base: PairStability[],
  baseEx: ExchangeResult[],
  places?: PlaceLookup,
): SensitivityEntry[] {
  const out: SensitivityEntry[] = [];
  s.parties.forEach((p, pi) =>
    p.forces.forEach((f, fi) => {
      if (!f.nuclear || f.launchers.deployed === 0 || f.warheadsPerLauncher === 0) return;
      const delta = Math.max(1, Math.round(f.launchers.deployed * 0.01));
      const t = structuredClone(s);
      t.parties[pi]!.forces[fi]!.launchers.deployed += delta;
      const pairs = referenceStability(t, {}, places).pairs;
      const state = forceState(p).elements[fi]!;
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
    }),
  );
  return out;
}

/** The former third-party effects' two extra runs: with hold-back only, and each pair as a two-party scenario. */
export function referenceThirdPartyReadings(
  scenario: Scenario,
  pairs: readonly PairStability[],
): { holdOnly: PairStability[]; withoutThird: number[] } {
  if (scenario.parties.length < 3) return { holdOnly: [], withoutThird: [] };
  const noVulnerability: Scenario = {
    ...scenario,
    assumptions: { ...scenario.assumptions, thirdParty: { ...scenario.assumptions.thirdParty, weight: 0 } },
  };
  const holdOnly = referenceStability(noVulnerability).pairs;
  const withoutThird = pairs.map((p) => {
    const dyad: Scenario = {
      ...scenario,
      parties: scenario.parties.filter((x) => x.id === p.a || x.id === p.b),
      distancesKm: scenario.distancesKm.filter((d) => d.between.every((id) => id === p.a || id === p.b)),
    };
    return referenceStability(dyad).pairs[0]!.combined;
  });
  return { holdOnly, withoutThird };
}

/** The former crisis timeline: one full {@link referenceStability} per day. */
export function referenceCrisis(scenario: Scenario, days = 14, uploads: readonly CrisisUpload[] = []): CrisisTimeline {
  const out: CrisisTimeline["days"] = [];
  for (let day = 0; day <= days; day++) {
    const generated: Record<string, number> = {};
    for (const p of scenario.parties)
      setOwn(generated, p.id, p.generation ? generationAt(p.generation, day) : p.posture === "generated" ? 1 : 0);
    const today =
      uploads.length === 0
        ? scenario
        : {
            ...scenario,
            parties: scenario.parties.map((p) => {
              const up = uploads.find((x) => x.party === p.id);
              return up ? uploadedParty(p, day - (up.startDay ?? 0), scenario.assumptions.upload) : p;
            }),
          };
    const { pairs } = referenceStability(today, generated);
    out.push({ day, generated, pairs, minCombined: Math.min(...pairs.map((p) => p.combined)) });
  }
  let worst = out[0]!;
  for (const d of out) if (d.minCombined < worst.minCombined - 1e-12) worst = d;
  return { days: out, worstDay: worst.day, worstCombined: worst.minCombined };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The former `perturbScenario`: a `structuredClone` of the whole scenario, then the draws applied in place. */
export function referencePerturb(scenario: Scenario, specs: readonly Uncertainty[], u: Uniform): Scenario {
  const s = structuredClone(scenario);
  for (const spec of specs) {
    const finite = (v: number): number => {
      if (!Number.isFinite(v)) throw new InputError([{ code: "non_finite_draw", path: [], message: String(v) }]);
      return v;
    };
    const apply = (x: number) => {
      const v = sample(spec.distribution, u);
      return finite(spec.mode === "set" ? v : x * v);
    };
    const a = s.assumptions;
    if (spec.parameter === "costExponent") {
      a.costExponent = Math.min(5, Math.max(0.05, apply(a.costExponent)));
      continue;
    }
    if (spec.parameter === "costWeight") {
      a.costWeight = Math.min(5, Math.max(0, apply(a.costWeight)));
      continue;
    }
    if (spec.parameter === "luaFraction") {
      a.luaFraction = clamp01(apply(a.luaFraction));
      continue;
    }
    if (spec.parameter === "strikerSurvivableUse") {
      a.strikerSurvivableUse = clamp01(apply(a.strikerSurvivableUse));
      continue;
    }
    const emtMean = spec.parameter === "damageModel" ? meanEmtPerWarhead(s) : 1;
    for (const party of s.parties) {
      if (spec.party !== undefined && party.id !== spec.party) continue;
      if (spec.parameter === "populationScaleKm") {
        if (party.value.model === "population") {
          const e = (party.value.effects ??= {});
          e.scaleKmAtMillion = Math.max(0.05, apply(e.scaleKmAtMillion ?? DEFAULT_EFFECTS.scaleKmAtMillion));
        }
        continue;
      }
      if (spec.parameter === "damageModel") {
        const draw = finite(sample(spec.distribution, u));
        const c = party.value.damageCurve;
        if (draw > 0.5 && c && party.value.model !== "population")
          party.value.damageCurve = matchedDamageCurve(c, emtMean);
        continue;
      }
      if (spec.parameter === "w80") {
        const c = party.value.damageCurve;
        if (!c) continue;
        if (c.model === "exponential-w80") c.w80 = Math.max(1e-6, apply(c.w80));
        else if (c.model === "emt-area") c.valueAreaKm2 = Math.max(1e-6, apply(c.valueAreaKm2));
        continue;
      }
      if (spec.parameter === "pk") {
        for (const d of party.defenses)
          if (spec.element === undefined || d.id === spec.element) d.pk = clamp01(apply(d.pk));
        continue;
      }
      for (const f of party.forces) {
        if (spec.element !== undefined && f.id !== spec.element) continue;
        switch (spec.parameter) {
          case "cepM":
            f.cepM = Math.max(0.1, apply(f.cepM));
            break;
          case "reliability":
            f.reliability = clamp01(apply(f.reliability));
            break;
          case "hardnessPsi":
            f.basing.hardnessPsi = Math.max(0.1, apply(f.basing.hardnessPsi));
            break;
          case "yieldKt":
            f.yieldKt = Math.max(0.001, apply(f.yieldKt));
            break;
          case "survivableFraction": {
            const v = finite(sample(spec.distribution, u));
            const sf = f.basing.survivableFraction;
            sf.dayToDay = clamp01(spec.mode === "set" ? v : sf.dayToDay * v);
            sf.generated = clamp01(spec.mode === "set" ? v : sf.generated * v);
            break;
          }
        }
      }
    }
  }
  return s;
}

/** The former Monte Carlo of `evaluate`: one clone and one full stability run per sample, in report order. */
export function referenceMonteCarlo(
  scenario: Scenario,
  specs: readonly Uncertainty[],
  seed: number,
  samples: number,
  places?: PlaceLookup,
): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < samples; i++) {
    const r = referenceStability(referencePerturb(scenario, specs, uniformRng(seed, i)), {}, places);
    rows.push([
      ...r.pairs.flatMap((p) => [p.combined, p.fssA, p.fssB]),
      ...r.exchanges.flatMap((e) => [
        e.outcome.warheadsUsed,
        e.outcome.victimWarheadsDestroyed,
        e.outcome.damageToStriker,
        e.outcome.damageToVictim,
      ]),
    ]);
  }
  return rows;
}

/** Metric names of the Monte Carlo rows of {@link referenceMonteCarlo}, in order. */
export function referenceMonteCarloNames(pairs: readonly PairStability[], exchanges: readonly ExchangeResult[]) {
  return [
    ...pairs.flatMap((p) => [combinedKey(p.a, p.b), fssKey(p.a, p.b, p.a), fssKey(p.a, p.b, p.b)]),
    ...exchanges.flatMap((e) => BAND_EXCHANGE_FIELDS.map((m) => exchangeKey(e.striker, e.victim, m))),
  ];
}

/** The engine parts of the former full report: stability, exchanges (with population), sensitivities, third party. */
export function referenceReport(
  s: Scenario,
  places?: PlaceLookup,
): {
  pairs: PairStability[];
  exchanges: ExchangeResult[];
  sensitivities: SensitivityEntry[];
  thirdParty: { holdOnly: PairStability[]; withoutThird: number[] };
} {
  const { pairs, exchanges } = referenceStability(s, {}, places);
  attachPopulation(s, exchanges, places);
  return {
    pairs,
    exchanges,
    sensitivities: referenceSensitivities(s, pairs, exchanges, places),
    thirdParty: referenceThirdPartyReadings(s, pairs),
  };
}
