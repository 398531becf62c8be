import { test } from "node:test";
import assert from "node:assert/strict";
import type { PlaceTable } from "../geo/types.js";
import { resolveEffects } from "../schema/value-model.js";
import { buildAgglomerations } from "./agglomerations.js";
import { clarkScaleKm } from "./clark-profile.js";
import { greatCircleKm } from "./great-circle.js";

const cite = { source: "test fixture", asOf: "2026-01-01", confidence: "notional" } as const;

/** A table of `n` places in a few clusters (deterministic), around `lat0`, `lon0`. */
function clusteredTable(n: number, lat0: number, lon0: number): PlaceTable {
  let x = 12345;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const latDeg: number[] = [];
  const lonDeg: number[] = [];
  const population: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % 5;
    latDeg.push(lat0 + c * 0.7 + (rnd() - 0.5) * 0.6);
    lonDeg.push(lon0 + c * 0.9 + (rnd() - 0.5) * 0.8);
    population.push(Math.round(1000 + rnd() ** 4 * 3_000_000));
  }
  return {
    country: "AQ",
    name: "Test",
    totalPopulation: population.reduce((a, b) => a + b, 0),
    totalSource: cite,
    placesSource: cite,
    names: population.map((_, i) => `p${i}`),
    latDeg,
    lonDeg,
    population,
  };
}

/** The rule, written plainly: largest first, each place joins the nearest earlier head within reach, or heads. */
function reference(t: PlaceTable, merge: number, b1: number, beta: number) {
  const order = t.population.map((_, i) => i).sort((a, b) => t.population[b]! - t.population[a]! || a - b);
  const heads: { i: number; members: number[]; dist: number[] }[] = [];
  for (const i of order) {
    let best: (typeof heads)[number] | undefined;
    let bestD = Infinity;
    for (const h of heads) {
      const d = greatCircleKm(t.latDeg[i]!, t.lonDeg[i]!, t.latDeg[h.i]!, t.lonDeg[h.i]!);
      if (d < bestD && d <= merge * clarkScaleKm(t.population[h.i]!, b1, beta)) [best, bestD] = [h, d];
    }
    if (best) {
      best.members.push(i);
      best.dist.push(bestD);
    } else heads.push({ i, members: [], dist: [] });
  }
  return heads;
}

test("agglomerations follow the plain rule (nearest larger head within reach) exactly, at any latitude", () => {
  for (const [lat0, lon0] of [
    [40, -100],
    [66, 170],
    [-10, -179.5],
  ] as const) {
    const t = clusteredTable(400, lat0, lon0);
    for (const merge of [0, 3, 8]) {
      const e = { ...resolveEffects(undefined), mergeScaleLengths: merge };
      const ag = buildAgglomerations(t, e);
      const ref = reference(t, merge, e.scaleKmAtMillion, e.scaleExponent);
      const byHead = new Map(ref.map((h) => [t.names[h.i]!, h]));
      assert.equal(ag.name.length, ref.length);
      ag.name.forEach((name, k) => {
        const h = byHead.get(name)!;
        const members = [...ag.memberDistanceKm.subarray(ag.memberStart[k], ag.memberStart[k + 1])];
        assert.deepEqual(members, h.dist, `${name} at ${lat0}, merge ${merge}`);
        assert.equal(
          ag.population[k],
          h.members.reduce((s, m) => s + t.population[m]!, t.population[h.i]!),
        );
      });
    }
  }
});

test("merge candidates shared across scale lengths give the cell search's agglomerations at every b₁", () => {
  // Dense clusters, near the date line and near the pole (wide longitude windows), with equal-population ties.
  const tables = [clusteredTable(1500, 40, 10), clusteredTable(600, 80, 178.5), clusteredTable(400, -60, -179.6)];
  for (const table of tables) {
    const base = resolveEffects(undefined);
    // 3.3 first (candidates up to 6.6 km), then smaller, then beyond twice the first (candidates rebuilt).
    for (const b1 of [3.3, 2.1, 4.62, 6.6, 1.2, 9.5, 3.3]) {
      const effects = { ...base, scaleKmAtMillion: b1 };
      const shared = buildAgglomerations(table, effects);
      const searched = buildAgglomerations(table, effects, undefined, false);
      assert.deepEqual(shared, searched, `b₁ = ${b1} km`);
      assert.ok(shared.memberPopulation.length > 0, "some places merge");
    }
  }
});
