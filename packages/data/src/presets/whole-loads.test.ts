import { test } from "node:test";
import assert from "node:assert/strict";
import { countingState, wholeLoadText } from "@seceq/core";
import { getPreset, listPresets } from "./index.js";
import { wholeLoads } from "./whole-loads.js";
import type { ElementInput } from "./modelling-defaults.js";

void test("every preset carries whole warheads on every nuclear element (treaty counts are integers)", () => {
  for (const { id } of listPresets())
    for (const p of getPreset(id).parties)
      for (const e of p.forces) {
        if (!e.nuclear) continue;
        assert.ok(Number.isInteger(e.warheadsPerLauncher), `${id}/${p.id}/${e.id} loads ${e.warheadsPerLauncher}`);
        assert.ok(Number.isInteger(countingState(e).warheads), `${id}/${p.id}/${e.id}`);
      }
});

void test("Russia 2026 keeps its leg totals after the split: 857 ICBM, 631 SLBM, 230 at bomber bases", () => {
  const ru = getPreset("us-russia-2026").parties.find((p) => p.id === "ru")!;
  const leg = (cats: string[]) =>
    ru.forces
      .filter((e) => e.nuclear && cats.includes(e.category))
      .reduce((t, e) => t + e.launchers.deployed * e.warheadsPerLauncher, 0);
  assert.equal(leg(["icbm-silo", "icbm-mobile"]), 857);
  assert.equal(leg(["slbm"]), 631);
  assert.equal(leg(["bomber"]), 230);
  // The original id keeps the lower load; the new part carries one more.
  const main = ru.forces.find((e) => e.id === "rs-20v-voevoda")!;
  const part = ru.forces.find((e) => e.id === `rs-20v-voevoda-${main.warheadsPerLauncher + 1}w`)!;
  assert.equal(main.launchers.deployed + part.launchers.deployed, 34);
  assert.equal(
    main.launchers.deployed * main.warheadsPerLauncher + part.launchers.deployed * part.warheadsPerLauncher,
    235,
  );
});

void test("wholeLoads: largest remainder within a leg, stored warheads follow launcher capacity", () => {
  const cite = { source: "t", asOf: "2026-01-01", confidence: "notional" } as const;
  const el = (id: string, n: number, l: number, stored = 0): ElementInput => ({
    id,
    name: id,
    category: "slbm",
    launchers: { deployed: n, nonDeployed: 2 },
    warheadsPerLauncher: l,
    maxWarheadsPerLauncher: 8,
    yieldKt: 100,
    cepM: 100,
    reliability: 0.9,
    rangeKm: 10000,
    basing: { hardnessPsi: 10, survivableFraction: { dayToDay: 0, generated: 0 } },
    treaty: { storedWarheads: stored },
    source: cite,
  });
  // 10 × 2.55 = 25.5 and 10 × 3.45 = 34.5: the leg total 60 is kept (26 + 34 by largest remainder, ties to the first).
  const out = wholeLoads([el("a", 10, 2.55, 40), el("b", 10, 3.45)]);
  const w = (id: string) =>
    out
      .filter((e) => e.id === id || e.id.startsWith(`${id}-`))
      .reduce((t, e) => t + e.launchers.deployed * e.warheadsPerLauncher, 0);
  assert.equal(w("a") + w("b"), 60);
  assert.deepEqual(
    out.map((e) => [
      e.id,
      e.launchers.deployed,
      e.warheadsPerLauncher,
      e.treaty?.storedWarheads,
      e.launchers.nonDeployed,
    ]),
    [
      ["a", 4, 2, 10, 2],
      ["a-3w", 6, 3, 30, undefined],
      ["b", 6, 3, 0, 2],
      ["b-4w", 4, 4, 0, undefined],
    ],
  );
  assert.equal(wholeLoadText(100, 240), "2.4 per launcher (40 at 3, 60 at 2)");
  assert.equal(wholeLoadText(10, 30), "3 per launcher");
});
