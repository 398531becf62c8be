import { test } from "node:test";
import assert from "node:assert/strict";
import { applyMigrations, openDatabase, type Db } from "./db.js";
import { SCENARIO_MIGRATIONS, ScenarioTable } from "./scenario-store.js";
import { StoreError } from "./result-store.js";
import { contentHash } from "./content-hash.js";

/** A clock that advances one second per call, so timestamps and orderings are predictable. */
function stepClock(start = Date.UTC(2026, 1, 5, 12, 0, 0)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

function setup(): { db: Db; table: ScenarioTable } {
  const db = openDatabase(":memory:");
  applyMigrations(db, SCENARIO_MIGRATIONS);
  return { db, table: new ScenarioTable(db, stepClock()) };
}

const docA = { schemaVersion: 1, id: "demo", name: "Demo", parties: [{ id: "a" }, { id: "b" }] };

test("create, get, list and delete a scenario", () => {
  const { db, table } = setup();
  const s = table.create({ name: "Demo", document: docA, note: "first" });
  assert.match(s.id, /^[0-9a-f-]{36}$/);
  assert.equal(s.version, 1);
  assert.equal(s.latestVersion, 1);
  assert.equal(s.note, "first");
  assert.equal(s.hash, contentHash(docA));
  assert.deepEqual(s.document, docA);
  assert.equal(s.createdAt, "2026-02-05T12:00:01.000Z");
  assert.deepEqual(table.get(s.id), s);

  const t = table.create({ name: "Other", document: { x: 1 }, id: "my-scenario" });
  assert.equal(t.id, "my-scenario");
  const listed = table.list();
  assert.equal(listed.total, 2);
  // Most recently updated first.
  assert.deepEqual(
    listed.items.map((i) => i.id),
    ["my-scenario", s.id],
  );
  assert.deepEqual(
    table.list({ limit: 1, offset: 1 }).items.map((i) => i.id),
    [s.id],
  );

  assert.equal(table.delete(s.id), true);
  assert.equal(table.delete(s.id), false);
  assert.equal(table.get(s.id), undefined);
  assert.equal(table.versions(s.id), undefined);
  assert.equal((db.prepare("SELECT COUNT(*) AS n FROM scenario_versions").get() as { n: number }).n, 1);
  db.close();
});

test("updates add versions; old versions stay readable; stale base versions are refused", () => {
  const { db, table } = setup();
  const s = table.create({ name: "Demo", document: docA });
  const docB = { ...docA, name: "Demo B" };
  const v2 = table.update(s.id, { document: docB, note: "rename", baseVersion: 1 });
  assert.equal(v2.version, 2);
  assert.equal(v2.name, "Demo");
  const v3 = table.update(s.id, { document: { ...docB, id: "demo3" }, name: "Demo three" });
  assert.equal(v3.version, 3);
  assert.equal(v3.name, "Demo three");

  const old = table.get(s.id, 1)!;
  assert.equal(old.version, 1);
  assert.equal(old.latestVersion, 3);
  assert.equal(old.versionName, "Demo");
  assert.equal(old.name, "Demo three");
  assert.deepEqual(old.document, docA);
  assert.equal(old.versionHash, contentHash(docA));
  assert.equal(old.hash, v3.versionHash);
  assert.equal(table.get(s.id, 4), undefined);
  assert.equal(table.get(s.id, 0), undefined);

  const versions = table.versions(s.id)!;
  assert.deepEqual(
    versions.map((v) => [v.version, v.name, v.note]),
    [
      [1, "Demo", null],
      [2, "Demo", "rename"],
      [3, "Demo three", null],
    ],
  );

  assert.throws(
    () => table.update(s.id, { document: docA, baseVersion: 2 }),
    (e: unknown) => e instanceof StoreError && e.code === "conflict",
  );
  assert.throws(
    () => table.update("nope", { document: docA }),
    (e: unknown) => e instanceof StoreError && e.code === "not_found",
  );
  assert.equal(table.get(s.id)!.latestVersion, 3);
  db.close();
});

test("invalid input is refused before anything is written", () => {
  const { db, table } = setup();
  const invalid = (e: unknown) => e instanceof StoreError && e.code === "invalid";
  assert.throws(() => table.create({ name: "", document: docA }), invalid);
  assert.throws(() => table.create({ name: "x".repeat(201), document: docA }), invalid);
  assert.throws(() => table.create({ name: "n", document: "a string" }), invalid);
  assert.throws(() => table.create({ name: "n", document: { big: 1n } }), invalid);
  assert.throws(() => table.create({ name: "n", document: docA, id: "../etc" }), invalid);
  assert.throws(() => table.create({ name: "n", document: { s: "x".repeat(5 * 1024 * 1024) } }), invalid);
  table.create({ name: "n", document: docA, id: "taken" });
  assert.throws(
    () => table.create({ name: "n2", document: docA, id: "taken" }),
    (e: unknown) => e instanceof StoreError && e.code === "conflict",
  );
  assert.equal(table.list().total, 1);
  assert.equal(table.get("taken")!.name, "n");
  db.close();
});

test("a write that fails part-way through its transaction leaves earlier data intact", () => {
  const { db, table } = setup();
  const s = table.create({ name: "Keep me", document: docA });
  table.update(s.id, { document: { ...docA, name: "v2" } });
  // Make the version insert fail after the pointer row was already updated inside the same transaction.
  db.exec(`CREATE TRIGGER fail_insert BEFORE INSERT ON scenario_versions
           WHEN NEW.document LIKE '%explode%' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
  assert.throws(() => table.update(s.id, { name: "Broken", document: { explode: true } }), /injected failure/);
  const after = table.get(s.id)!;
  assert.equal(after.latestVersion, 2);
  assert.equal(after.name, "Keep me");
  assert.deepEqual(after.document, { ...docA, name: "v2" });
  assert.equal(table.versions(s.id)!.length, 2);
  // A failing create leaves no half-made scenario behind.
  assert.throws(() => table.create({ name: "New", document: { explode: 1 }, id: "half" }), /injected failure/);
  assert.equal(table.get("half"), undefined);
  assert.equal((db.prepare("SELECT COUNT(*) AS n FROM scenarios").get() as { n: number }).n, 1);
  // The store still works afterwards.
  db.exec("DROP TRIGGER fail_insert");
  assert.equal(table.update(s.id, { document: { fine: true } }).version, 3);
  db.close();
});
