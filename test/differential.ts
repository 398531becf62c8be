/**
 * Differential-test harness: a seeded generator of random valid scenarios (perturbations of the presets) and a
 * numeric deep comparison that lists every difference with its path. The fast engine paths are checked against the
 * reference paths with these (`differential.test.ts`, `reference-exchange-*.test.ts`), on the scenarios of
 * {@link comparisonScenarios}.
 */
import { uniformRng, validateScenario, type Scenario, type Uniform } from "@seceq/core";
import { getPreset, listPresets } from "@seceq/data";

/** Number of presets the generator draws from (all of them). */
export const presetIds = (): string[] => listPresets().map((p) => p.id);

function scaleCount(u: Uniform, n: number): number {
  // Whole counts from 0 to twice the preset's, with 0 one time in ten (empty elements are a classic edge).
  return u() < 0.1 ? 0 : Math.min(1_000_000, Math.round(n * 2 * u()));
}

const logScale = (u: Uniform, x: number, lo: number, hi: number): number => x * lo * (hi / lo) ** u();

/**
 * A random valid scenario: a preset chosen by the seed, with every party's posture, launch under attack and hold-back,
 * and every element's launchers, yield, CEP, reliability, hardness and survivable shares perturbed, and defence
 * stocks rescaled; then validated. Returns undefined when validation refuses the draw (the caller counts those).
 * @param seed generator seed; the same seed gives the same scenario
 * @returns the validated scenario, or undefined if the perturbation made it invalid
 */
export function randomScenario(seed: number): Scenario | undefined {
  const u = uniformRng(seed, 7);
  const ids = presetIds();
  const base = getPreset(ids[Math.floor(u() * ids.length)]!);
  const s: Scenario = structuredClone(base);
  s.id = `${base.id}-r${seed}`;
  for (const p of s.parties) {
    p.posture = u() < 0.5 ? "dayToDay" : "generated";
    p.options.launchUnderAttack = u() < 0.4;
    p.options.holdBackFraction = u() < 0.5 ? 0 : 0.3 * u();
    for (const f of p.forces) {
      f.launchers.deployed = scaleCount(u, f.launchers.deployed);
      if (f.nuclear) f.yieldKt = logScale(u, f.yieldKt, 0.5, 2);
      f.cepM = logScale(u, f.cepM, 0.5, 2);
      f.reliability = 0.5 + 0.5 * u();
      f.basing.hardnessPsi = Math.max(1, logScale(u, f.basing.hardnessPsi, 0.25, 4));
      if (u() < 0.5) {
        const d2d = u();
        f.basing.survivableFraction = { dayToDay: d2d, generated: d2d + (1 - d2d) * u() };
      }
    }
    for (const d of p.defenses) d.interceptors = scaleCount(u, d.interceptors);
  }
  const r = validateScenario(s);
  return r.value;
}

/** One numeric difference found by {@link numericDiff}. */
export interface Difference {
  /** Where, e.g. `exchanges.0.outcome.costToStriker`. */
  path: string;
  a: unknown;
  b: unknown;
}

/**
 * Compare two JSON-like values: numbers to an absolute-or-relative tolerance (|a − b| ≤ tol · max(1, |a|, |b|); equal
 * infinities and two NaNs are equal), everything else exactly; arrays by length and position, objects by key set.
 * @param a first value (e.g. the reference result)
 * @param b second value (e.g. the fast result)
 * @param tol tolerance, e.g. 1e-9
 * @param max stop after this many differences (default 20)
 * @returns the differences, empty when the two agree
 */
export function numericDiff(a: unknown, b: unknown, tol: number, max = 20): Difference[] {
  const out: Difference[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (out.length >= max) return;
    if (typeof x === "number" && typeof y === "number") {
      if (x === y || (Number.isNaN(x) && Number.isNaN(y))) return;
      if (Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y))) return;
      out.push({ path, a: x, b: y });
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) out.push({ path: `${path}.length`, a: x.length, b: y.length });
      else x.forEach((v, i) => walk(v, y[i], `${path}.${i}`));
      return;
    }
    if (x && y && typeof x === "object" && typeof y === "object" && !Array.isArray(x) && !Array.isArray(y)) {
      const kx = Object.keys(x).sort();
      const ky = Object.keys(y).sort();
      if (kx.join("\0") !== ky.join("\0")) {
        out.push({ path: `${path}.{keys}`, a: kx, b: ky });
        return;
      }
      for (const k of kx) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
      return;
    }
    if (x !== y) out.push({ path, a: x, b: y });
  };
  walk(a, b, "");
  return out;
}

/**
 * The scenario with the population model's effects of the frozen reference's time: blast rings only (no burns in
 * the open), no neighbouring agglomerations, no fallout and no rural cells. The frozen reference exchange
 * (test/reference/) predates the fallout of counterforce surface bursts (docs/methods.md §7.7) and the people outside
 * the place table (§7.8), which add collateral deaths, so the engine must equal it with both off; fallout is checked by its own tests (`effects/fallout.test.ts`, the population
 * validation tests). The reference reads the same damage tables (core's `damageTable`), so burns and neighbours would
 * compare equal either way; the old effects keep the many table derivations of this test as fast as they were (rings
 * reaching neighbours cost about ten times more per derivation, docs/methods.md §7.3).
 */
export function oldEffects(s: Scenario): Scenario {
  if (!s.parties.some((p) => p.value.model === "population")) return s;
  const t = structuredClone(s);
  for (const p of t.parties)
    if (p.value.model === "population")
      p.value.effects = {
        ...p.value.effects,
        fallout: false,
        rural: false,
        neighbours: false,
        burns: { ...p.value.effects?.burns, exposedShare: 0 },
      };
  return t;
}

/**
 * Every preset and the first `n` valid random scenarios (seeds 1, 2, …), each with the frozen reference's effects
 * ({@link oldEffects}): the scenarios of the differential tests.
 * @param n random scenarios
 * @throws Error when validation refused more than one draw in ten (the generator would not be testing much)
 */
export function comparisonScenarios(n: number): { name: string; s: Scenario }[] {
  const out = presetIds().map((id) => ({ name: id, s: oldEffects(getPreset(id)) }));
  let refused = 0;
  for (let seed = 1; out.length < presetIds().length + n; seed++) {
    const s = randomScenario(seed);
    if (s) out.push({ name: `random #${seed}`, s: oldEffects(s) });
    else refused++;
  }
  // The generator must produce valid scenarios nearly always, or the test would not be testing much.
  if (refused > n / 10) throw new Error(`${refused} random draws refused by validation`);
  return out;
}
