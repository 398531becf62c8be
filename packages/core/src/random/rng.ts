/**
 * Seeded random numbers for Monte Carlo and sampling: pure-rand's xoroshiro128+, with independent streams
 * per cell or sample derived from a seed and an index, so results never depend on which runner computed them.
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import type { Distribution } from "../schema/scenario.js";

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/** Mix a seed and a stream index into one 32-bit seed (SplitMix32-style finaliser; deterministic). */
export function streamSeed(seed: number, stream: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Create a seeded uniform generator in [0, 1).
 * @param seed integer seed
 * @param stream optional stream index (e.g. the sample or cell number) for independent, reproducible streams
 */
export function uniformRng(seed: number, stream = 0): Uniform {
  const g = xoroshiro128plus(streamSeed(seed, stream));
  return () => uniformFloat64(g);
}

/** Draw a standard normal deviate by the Box–Muller transform (Box & Muller 1958); uses two uniforms. */
export function standardNormal(u: Uniform): number {
  let u1 = u();
  while (u1 <= Number.MIN_VALUE) u1 = u();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u());
}

/**
 * Draw from a distribution. Triangular uses the inverse CDF; lognormal is exp(N(mu, sigma)).
 * @param d the distribution
 * @param u uniform source
 */
export function sample(d: Distribution, u: Uniform): number {
  switch (d.type) {
    case "normal":
      return d.mean + d.sd * standardNormal(u);
    case "lognormal":
      return Math.exp(d.mu + d.sigma * standardNormal(u));
    case "uniform":
      return d.min + (d.max - d.min) * u();
    case "triangular": {
      const { min: a, mode: c, max: b } = d;
      if (b === a) return a;
      const p = u();
      const fc = (c - a) / (b - a);
      return p < fc ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c));
    }
  }
}
