import { test } from "node:test";
import assert from "node:assert/strict";
import { FAILURE_CLASSES } from "./run-case.js";
import { runFuzz } from "./fuzz.js";

// A few hundred seeded mutants in every `npm test`; `npm run fuzz` runs thousands. The budget here is 2 s of CPU time
// instead of 10 s: the three-party presets' full reports (sensitivities on 50 elements) cost about 8 s each, and a
// case stopped cleanly by the budget still runs validation, the stability evaluation and the first sensitivities.
test("mutation fuzzer, 200 seeded cases: every mutant is refused cleanly (located) or evaluates", (t) => {
  const s = runFuzz({ cases: 200, seed: 14, samples: 2, budgetMs: 2000 });
  t.diagnostic(JSON.stringify(s.counts));
  const failures = Object.fromEntries(FAILURE_CLASSES.map((c) => [c, s.counts[c]]));
  assert.deepEqual(
    failures,
    { threwAfterValidation: 0, hang: 0, nonUserException: 0, prototypePollution: 0 },
    JSON.stringify(s.examples, null, 1),
  );
  assert.equal(s.unlocatedRefusals, 0);
  assert.equal(s.nonFiniteReports, 0, "a report holds NaN or Infinity that no warning explains");
  assert.ok(s.counts.refused > 50 && s.counts.evaluated > 10, JSON.stringify(s.counts));
});
