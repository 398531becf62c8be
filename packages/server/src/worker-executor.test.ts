import { test } from "node:test";
import assert from "node:assert/strict";
import { builtinNegotiationSpace, getRulePack, InputError, parseNegotiationSpec } from "@seceq/core";
import { DEFAULT_PRESET_ID, getPreset } from "@seceq/data";
import { HttpError } from "./http-errors.js";
import { BudgetExceededError, runJob, type EngineJob } from "./jobs.js";
import { WorkerExecutor } from "./worker-executor.js";

// Worker threads load the engine from TypeScript source in tests, which takes seconds on a busy machine.
const SLOW = { timeout: 180_000 };

test("jobs in worker threads return exactly what they return in-process", SLOW, async () => {
  const scenario = getPreset(DEFAULT_PRESET_ID);
  const pool = new WorkerExecutor({ size: 2, timeoutMs: 120_000 });
  try {
    const jobs: EngineJob[] = [
      { kind: "evaluate", scenario, options: { samples: 10, seed: 3, sensitivities: false } },
      { kind: "crisis", scenario, days: 3 },
      { kind: "treaty-check", scenario, framework: getRulePack("new-start")!, options: { date: "2024-01-01" } },
      { kind: "treaty-comply", scenario, framework: getRulePack("new-start")!, party: "ru", options: {} },
      {
        kind: "negotiate",
        spec: parseNegotiationSpec(
          { ...builtinNegotiationSpace(DEFAULT_PRESET_ID)!, samples: 2, refine: { starts: 1, iterations: 2 } },
          { resolvePreset: getPreset },
        ).value!,
      },
    ];
    const results = await Promise.all(jobs.map((j) => pool.run(j)));
    jobs.forEach((j, i) => assert.deepEqual(results[i], runJob(j), j.kind));
  } finally {
    await pool.close();
  }
});

test(
  "errors cross the thread boundary with their kind; a job over its time limit is stopped and the pool recovers",
  SLOW,
  async () => {
    const scenario = getPreset(DEFAULT_PRESET_ID);
    const pool = new WorkerExecutor({ size: 1, timeoutMs: 120_000 });
    try {
      await assert.rejects(
        pool.run({
          kind: "treaty-check",
          scenario,
          framework: getRulePack("new-start")!,
          options: { date: "2024-13-45" },
        }),
        (e: unknown) => e instanceof InputError && e.issues[0]!.code === "invalid_date",
      );
      await assert.rejects(
        pool.run({ kind: "evaluate", scenario, options: { samples: 500, sensitivities: false }, budgetMs: 0.001 }),
        (e: unknown) => e instanceof BudgetExceededError && /of 500 samples done/.test(e.message),
      );
      const t0 = performance.now();
      await assert.rejects(
        pool.run(
          { kind: "evaluate", scenario, options: { samples: 1_000_000, sensitivities: false } },
          { timeoutMs: 300 },
        ),
        (e: unknown) => e instanceof HttpError && e.status === 503 && e.code === "timeout",
      );
      assert.ok(performance.now() - t0 < 5_000, "stopped near its limit");
      // A fresh worker takes over.
      const after = await pool.run({ kind: "crisis", scenario, days: 1 });
      assert.equal(after.days.length, 2);
    } finally {
      await pool.close();
    }
    await assert.rejects(pool.run({ kind: "crisis", scenario, days: 1 }), /closed/);
  },
);
