import { test } from "node:test";
import assert from "node:assert/strict";
import { applyMigrations, openDatabase } from "./db.js";
import { RUN_MIGRATIONS, RunTable } from "./run-store.js";
import { StoreError } from "./result-store.js";

test("record, get and list runs newest first, with filters and paging", () => {
  const db = openDatabase(":memory:");
  applyMigrations(db, RUN_MIGRATIONS);
  let t = Date.UTC(2026, 0, 1);
  const runs = new RunTable(db, () => new Date((t += 60_000)));
  const a = runs.record({
    kind: "evaluate",
    scenarioHash: "h1",
    options: { samples: 0 },
    summary: { minCombined: 0.42 },
  });
  assert.deepEqual(a, {
    id: 1,
    kind: "evaluate",
    scenarioId: null,
    scenarioVersion: null,
    scenarioHash: "h1",
    options: { samples: 0 },
    summary: { minCombined: 0.42 },
    createdAt: "2026-01-01T00:01:00.000Z",
  });
  runs.record({
    kind: "crisis",
    scenarioId: "s1",
    scenarioVersion: 2,
    scenarioHash: "h2",
    options: { days: 14 },
    summary: {},
  });
  runs.record({ kind: "evaluate", scenarioId: "s1", scenarioVersion: 2, scenarioHash: "h2", options: {}, summary: {} });

  const all = runs.list();
  assert.equal(all.total, 3);
  assert.deepEqual(
    all.items.map((r) => r.id),
    [3, 2, 1],
  );
  assert.deepEqual(
    runs.list({ kind: "evaluate" }).items.map((r) => r.id),
    [3, 1],
  );
  assert.deepEqual(
    runs.list({ scenarioId: "s1", kind: "crisis" }).items.map((r) => r.id),
    [2],
  );
  const page = runs.list({ limit: 1, offset: 1 });
  assert.deepEqual([page.total, page.limit, page.offset, page.items[0]!.id], [3, 1, 1, 2]);
  assert.equal(runs.get(2)!.scenarioVersion, 2);
  assert.equal(runs.get(99), undefined);

  const invalid = (e: unknown) => e instanceof StoreError && e.code === "invalid";
  assert.throws(() => runs.record({ kind: "", scenarioHash: "h", options: {}, summary: {} }), invalid);
  assert.throws(() => runs.record({ kind: "x", scenarioHash: "h", options: { n: 1n }, summary: {} }), invalid);
  assert.throws(
    () => runs.record({ kind: "x", scenarioHash: "h", options: {}, summary: { s: "x".repeat(300_000) } }),
    invalid,
  );
  assert.equal(runs.list().total, 3);
  db.close();
});
