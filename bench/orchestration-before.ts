/**
 * The orchestration's "before" figures (issue 11, points 3–4), measured in the same process as the engine bench's
 * "after" ones: the former path (every sensitivity a `structuredClone` and a full recomputation, every crisis day a
 * full run, every Monte Carlo sample a clone; `test/reference-engine.ts`), and the first-strike exchanges each path
 * runs, which do not depend on how fast one exchange is: total cost ≈ exchanges × cost of one exchange.
 */
import {
  DEFAULT_UNCERTAINTY,
  PreparedScenario,
  evaluate,
  generationAt,
  perturbScenario,
  uniformRng,
  thirdPartyReadings,
  withDeployedLaunchers,
  type Scenario,
} from "@seceq/core";
import { cpuMs, medianCpuMs } from "./cpu-time.js";
import { referenceCrisis, referenceMonteCarlo, referencePerturb, referenceReport } from "../test/reference-engine.js";

/** Exchanges the prepared path runs for a full report (base, sensitivities, third-party readings). */
export function fullReportExchanges(s: Scenario): number {
  const prepared = new PreparedScenario(s);
  const base = prepared.baseStates();
  prepared.stability(base);
  s.parties.forEach((p, pi) =>
    p.forces.forEach((f, fi) => {
      if (!f.nuclear || f.launchers.deployed === 0 || f.warheadsPerLauncher === 0) return;
      const delta = Math.max(1, Math.round(f.launchers.deployed * 0.01));
      const states = base.slice();
      states[pi] = prepared.state(pi, withDeployedLaunchers(p, fi, f.launchers.deployed + delta));
      prepared.stability(states, { involving: pi });
    }),
  );
  thirdPartyReadings(prepared, base);
  return prepared.stats.exchanges;
}

/** Exchanges the prepared path runs for a crisis timeline of days 0..`days` (no uploads). */
export function crisisExchanges(s: Scenario, days: number): number {
  const prepared = new PreparedScenario(s);
  for (let day = 0; day <= days; day++)
    prepared.stability(
      s.parties.map((p, i) =>
        prepared.state(i, p, p.generation ? generationAt(p.generation, day) : p.posture === "generated" ? 1 : 0),
      ),
    );
  return prepared.stats.exchanges;
}

/** Exchanges of one full stability run on the former path: every pair, and (three or more parties) every uncoupled. */
function runExchanges(s: Scenario): number {
  const n = s.parties.length;
  return n * (n - 1) * (n >= 3 ? 2 : 1);
}

/** Elements that get an arms-race sensitivity. */
function sensitivityCount(s: Scenario): number {
  let k = 0;
  for (const p of s.parties)
    for (const f of p.forces) if (f.nuclear && f.launchers.deployed > 0 && f.warheadsPerLauncher > 0) k++;
  return k;
}

/**
 * Before figures and exchange counts for one scenario.
 * @param label figure prefix ("2 parties")
 * @param s the scenario
 */
export function orchestrationBefore(label: string, s: Scenario): Record<string, number> {
  const out: Record<string, number> = {};
  const n = s.parties.length;
  const run = runExchanges(s);
  // Former third-party readings: one more full run (hold-back only) and each pair as a two-party scenario.
  const thirdBefore = n >= 3 ? run + n * (n - 1) : 0;
  out[`${label}: full report, exchanges run, before`] = (1 + sensitivityCount(s)) * run + thirdBefore;
  out[`${label}: full report, exchanges run, after`] = fullReportExchanges(s);
  out[`${label}: crisis 15 days, exchanges run, before`] = 15 * run;
  out[`${label}: crisis 15 days, exchanges run, after`] = crisisExchanges(s, 14);
  referenceReport(s);
  out[`${label}: full report, before (clone + full recompute), CPU ms`] = medianCpuMs(
    () => void referenceReport(s),
    1,
    3,
  );
  out[`${label}: crisis timeline 15 days, before (full run per day), CPU ms`] = medianCpuMs(
    () => void referenceCrisis(s, 14),
    1,
    3,
  );
  // Monte Carlo, both paths warmed on other samples first (perturbed elements meet the caches for the first time).
  const k = 20;
  const mc = { seed: 1, sensitivities: false, drawdown: false } as const;
  evaluate(s, { ...mc, seed: 2, samples: 5 });
  out[`${label}: Monte Carlo samples per CPU s, after (warmed; target ≥ 5,000)`] =
    k / (cpuMs(() => void evaluate(s, { ...mc, samples: k })) / 1000);
  referenceMonteCarlo(s, DEFAULT_UNCERTAINTY, 2, 5);
  const ms = cpuMs(() => void referenceMonteCarlo(s, DEFAULT_UNCERTAINTY, 1, k));
  out[`${label}: Monte Carlo samples per CPU s, before (clone per sample)`] = k / (ms / 1000);
  // The orchestration's own share of a sample: drawing and applying the perturbation.
  const m = 200;
  const perturb = (f: typeof perturbScenario) => () => {
    for (let i = 0; i < m; i++) f(s, DEFAULT_UNCERTAINTY, uniformRng(1, i));
  };
  out[`${label}: Monte Carlo perturbation per sample, before (clone), CPU µs`] =
    (1000 * medianCpuMs(perturb(referencePerturb), 1, 3)) / m;
  out[`${label}: Monte Carlo perturbation per sample, after (copy-on-write), CPU µs`] =
    (1000 * medianCpuMs(perturb(perturbScenario), 1, 3)) / m;
  return out;
}
