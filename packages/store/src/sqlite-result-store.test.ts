import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteResultStore } from "./sqlite-result-store.js";
import { StoreError } from "./result-store.js";

test("data survive closing and reopening the file; migrations apply once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-store-"));
  try {
    const path = join(dir, "nested", "store.db");
    const store = SqliteResultStore.open(path);
    const s = await store.createScenario({ name: "Saved", document: { id: "x", n: 1 } });
    await store.updateScenario(s.id, { document: { id: "x", n: 2 }, note: "second" });
    const run = await store.recordRun({
      kind: "evaluate",
      scenarioId: s.id,
      scenarioVersion: 2,
      scenarioHash: s.hash,
      options: { seed: 7 },
      summary: { ok: true },
    });
    await store.close();
    await store.close(); // closing twice is harmless

    const again = SqliteResultStore.open(path);
    const migrations = again.db.prepare("SELECT id FROM schema_migrations ORDER BY id").all() as { id: string }[];
    assert.deepEqual(
      migrations.map((m) => m.id),
      ["runs-001", "scenarios-001"],
    );
    const latest = await again.getScenario(s.id);
    assert.equal(latest!.version, 2);
    assert.deepEqual(latest!.document, { id: "x", n: 2 });
    assert.deepEqual((await again.getScenario(s.id, 1))!.document, { id: "x", n: 1 });
    assert.deepEqual(
      (await again.listScenarioVersions(s.id))!.map((v) => v.note),
      [null, "second"],
    );
    assert.deepEqual(await again.getRun(run.id), run);
    assert.equal((await again.listRuns()).total, 1);
    // Deleting the scenario keeps the run history.
    assert.equal(await again.deleteScenario(s.id), true);
    assert.equal((await again.listScenarios()).total, 0);
    assert.equal((await again.listRuns({ scenarioId: s.id })).total, 1);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("refusals arrive as rejected promises with a code", async () => {
  const store = SqliteResultStore.open(":memory:");
  await assert.rejects(
    store.updateScenario("missing", { document: {} }),
    (e: unknown) => e instanceof StoreError && e.code === "not_found",
  );
  await assert.rejects(
    store.createScenario({ name: "", document: {} }),
    (e: unknown) => e instanceof StoreError && e.code === "invalid",
  );
  await store.close();
  await assert.rejects(store.listScenarios(), /not open/);
});
