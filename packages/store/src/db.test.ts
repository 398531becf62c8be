import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations, openDatabase } from "./db.js";

test("migrations apply once, in WAL mode, and a failing migration leaves no trace", () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-db-"));
  try {
    const path = join(dir, "a", "store.db");
    const db = openDatabase(path);
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    const ms = [{ id: "t-001", sql: "CREATE TABLE t (x INTEGER)" }];
    assert.deepEqual(applyMigrations(db, ms), ["t-001"]);
    assert.deepEqual(applyMigrations(db, ms), []);
    assert.throws(() =>
      applyMigrations(db, [{ id: "bad-001", sql: "CREATE TABLE u (y INTEGER); SELECT * FROM nope" }]),
    );
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='u'").all();
    assert.equal(tables.length, 0);
    const rec = db.prepare("SELECT id FROM schema_migrations WHERE id='bad-001'").all();
    assert.equal(rec.length, 0);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
