import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { BudgetMs, CrisisDays, integerBounds, MAX_SAMPLES, MAX_SEED, Samples, Seed } from "./domains.js";

test("seeds are unsigned 32-bit integers: 3e9 is accepted, −1, 2³² and 1.5 are not", () => {
  assert.equal(Seed.parse(3e9), 3e9);
  assert.equal(Seed.parse(0), 0);
  assert.equal(Seed.parse(MAX_SEED), 4_294_967_295);
  for (const bad of [-1, 2 ** 32, 1.5, Number.NaN]) assert.equal(Seed.safeParse(bad).success, false, String(bad));
});

test("samples, budgets and crisis days have one domain with readable bounds", () => {
  assert.deepEqual(integerBounds(Seed), { min: 0, max: 4_294_967_295 });
  assert.deepEqual(integerBounds(Samples), { min: 0, max: MAX_SAMPLES });
  assert.deepEqual(integerBounds(CrisisDays), { min: 0, max: 365 });
  assert.equal(Samples.safeParse(MAX_SAMPLES + 1).success, false);
  assert.equal(BudgetMs.safeParse(0).success, false);
  assert.throws(() => integerBounds(z.number().min(0)), RangeError);
});
