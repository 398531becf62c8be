/**
 * Tornado data: which uncertain input drives the spread of an output. Each input in turn goes from its 5th to its
 * 95th percentile with every other input at its median; the bar is the output range that produces. Bars are sorted
 * by swing, widest first (the usual one-at-a-time sensitivity display; e.g. Howard 1988, "Decision analysis:
 * practice and promise", Management Science 34(6)).
 *
 * Policy: inputs keep their given order among equal swings; a NaN output gives a NaN swing, sorted last.
 */
import type { Distribution, Scenario, Uncertainty } from "../schema/scenario.js";
import { perturbScenario } from "../evaluate/uncertainty.js";
import type { Uniform } from "../random/rng.js";
import { compileOutputs, complyWithFramework, type OutputFramework } from "./outputs.js";
import { setOwn } from "../_shared/own-keys.js";

/** 95th percentile of the standard normal distribution, Φ⁻¹(0.95). */
export const Z95 = 1.6448536269514722;

/** An uncertain input: its 5th, 50th and 95th percentiles. */
export interface TornadoInput {
  name: string;
  p5: number;
  p50: number;
  p95: number;
}

/** One bar of a tornado chart. */
export interface TornadoBar {
  name: string;
  /** Input value at its 5th and 95th percentiles. */
  inputLow: number;
  inputHigh: number;
  /** Output with this input at its 5th / 95th percentile and every other input at its median. */
  outputAtLow: number;
  outputAtHigh: number;
  /** |outputAtHigh − outputAtLow|. */
  swing: number;
}

/** Tornado data for one output. */
export interface TornadoResult {
  /** Output with every input at its median. */
  base: number;
  /** Bars, widest swing first. */
  bars: TornadoBar[];
}

/**
 * Compute tornado data for a function of several inputs.
 * @param f the output as a function of the input values (in `inputs` order)
 * @param inputs the uncertain inputs with their percentiles
 */
export function tornado(f: (values: readonly number[]) => number, inputs: readonly TornadoInput[]): TornadoResult {
  const median = inputs.map((i) => i.p50);
  const base = f(median);
  const bars = inputs.map((input, k): TornadoBar => {
    const at = (v: number) => f(median.map((m, j) => (j === k ? v : m)));
    const outputAtLow = at(input.p5);
    const outputAtHigh = at(input.p95);
    return {
      name: input.name,
      inputLow: input.p5,
      inputHigh: input.p95,
      outputAtLow,
      outputAtHigh,
      swing: Math.abs(outputAtHigh - outputAtLow),
    };
  });
  const order = bars.map((b, i) => ({ b, i }));
  order.sort((x, y) => {
    const sx = Number.isNaN(x.b.swing) ? -Infinity : x.b.swing;
    const sy = Number.isNaN(y.b.swing) ? -Infinity : y.b.swing;
    return sy - sx || x.i - y.i;
  });
  return { base, bars: order.map((o) => o.b) };
}

/**
 * The 5th, 50th and 95th percentiles of a distribution (exact: normal via Φ⁻¹(0.95), log-normal through exp,
 * uniform and triangular through their inverse CDFs).
 */
export function distributionPercentiles(d: Distribution): { p5: number; p50: number; p95: number } {
  switch (d.type) {
    case "normal":
      return { p5: d.mean - Z95 * d.sd, p50: d.mean, p95: d.mean + Z95 * d.sd };
    case "lognormal":
      return { p5: Math.exp(d.mu - Z95 * d.sigma), p50: Math.exp(d.mu), p95: Math.exp(d.mu + Z95 * d.sigma) };
    case "uniform":
      return { p5: d.min + 0.05 * (d.max - d.min), p50: (d.min + d.max) / 2, p95: d.min + 0.95 * (d.max - d.min) };
    case "triangular": {
      const { min: a, mode: c, max: b } = d;
      const q = (p: number) => {
        if (b === a) return a;
        const fc = (c - a) / (b - a);
        return p < fc ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c));
      };
      return { p5: q(0.05), p50: q(0.5), p95: q(0.95) };
    }
  }
}

/** Label of an uncertainty entry: `cepM`, `cepM@us`, `cepM@us/mm3-w87`. */
export function uncertaintyLabel(u: Uncertainty): string {
  return `${u.parameter}${u.party !== undefined ? `@${u.party}` : ""}${u.element !== undefined ? `/${u.element}` : ""}`;
}

/** A uniform source that is never read in a meaningful way (degenerate distributions ignore it). */
const constantUniform: Uniform = () => 0.5;

/**
 * Tornado data for a scenario's outputs over its uncertain assumptions: one bar per uncertainty entry, moved from its
 * p5 to its p95 with the others at their medians. Entries are applied exactly as Monte Carlo applies them
 * (`perturbScenario`), with each draw replaced by the percentile.
 * @param scenario the scenario (brought into compliance first when `fw.comply`)
 * @param uncertainty the uncertain assumptions
 * @param outputs output names (see `outputCatalog`)
 * @param fw optional framework for treaty outputs and compliance
 */
export function scenarioTornado(
  scenario: Scenario,
  uncertainty: readonly Uncertainty[],
  outputs: readonly string[],
  fw?: OutputFramework,
): Record<string, TornadoResult> {
  const base = fw?.comply ? complyWithFramework(scenario, fw) : scenario;
  const plan = compileOutputs(outputs, scenario, fw);
  const pct = uncertainty.map((u) => distributionPercentiles(u.distribution));
  const seen = new Map<string, number>();
  const inputs: TornadoInput[] = uncertainty.map((u, k) => {
    let name = uncertaintyLabel(u);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name}#${n}`;
    return { name, ...pct[k]! };
  });
  // Evaluate every needed combination once; each yields all outputs.
  const cache = new Map<string, number[]>();
  const evalAt = (values: readonly number[]): number[] => {
    const key = values.join(",");
    let v = cache.get(key);
    if (!v) {
      const fixed = uncertainty.map((u, k): Uncertainty => ({
        ...u,
        distribution: { type: "uniform", min: values[k]!, max: values[k]! },
      }));
      v = plan.compute(perturbScenario(base, fixed, constantUniform), fw);
      cache.set(key, v);
    }
    return v;
  };
  const out: Record<string, TornadoResult> = {};
  outputs.forEach((name, j) =>
    setOwn(
      out,
      name,
      tornado((values) => evalAt(values)[j]!, inputs),
    ),
  );
  return out;
}
