import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations, ensureParentDir, openDatabase, pendingMigrations } from "./db.js";

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

test("processes opening a new file at the same moment apply each migration once between them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-db-race-"));
  try {
    const path = join(dir, "store.db");
    const go = join(dir, "go");
    const dbModule = new URL("./db.ts", import.meta.url).href;
    // Each process waits for the "go" file, then opens the store and applies 3 migrations, printing what it applied.
    // Each migration builds a table of 200,000 rows, so one process is still applying while the others start.
    const script = `
      import { existsSync } from "node:fs";
      import { applyMigrations, openDatabase } from ${JSON.stringify(dbModule)};
      process.stdout.write("ready\\n");
      while (!existsSync(${JSON.stringify(go)}));
      const db = openDatabase(${JSON.stringify(path)});
      const ms = [0, 1, 2].map((i) => ({
        id: "race-10" + i,
        sql: "CREATE TABLE t" + i + " AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT x FROM c",
      }));
      process.stdout.write(JSON.stringify(applyMigrations(db, ms)));
      db.close();
    `;
    let ready = 0;
    let allReady!: () => void;
    const loaded = new Promise<void>((r) => (allReady = r));
    const runs = Array.from({ length: 6 }, () => {
      const child = spawn(
        process.execPath,
        ["--conditions=@seceq/source", "--import", "tsx", "--input-type=module", "-e", script],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let out = "";
      let err = "";
      child.stdout.on("data", (d: Buffer) => {
        const wasReady = out.startsWith("ready\n");
        out += d.toString();
        if (!wasReady && out.startsWith("ready\n") && ++ready === 6) allReady();
      });
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      return new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
        child.once("close", (code) => resolve({ code, out, err })),
      );
    });
    // Once every process has loaded (or one has died early), let them race: the barrier is the file.
    await Promise.race([loaded, ...runs]);
    writeFileSync(go, "");
    const results = await Promise.all(runs);
    for (const r of results) assert.equal(r.code, 0, r.err);
    const applied = results.flatMap((r) => JSON.parse(r.out.replace(/^ready\n/, "")) as string[]).sort();
    const ids = ["race-100", "race-101", "race-102"];
    assert.deepEqual(applied, ids, "each migration applied by exactly one process");
    const db = openDatabase(path, { readonly: true });
    try {
      assert.deepEqual(
        pendingMigrations(db, [
          { id: "race-100", sql: "" },
          { id: "race-102", sql: "" },
          { id: "race-103", sql: "" },
        ]),
        ["race-103"],
      );
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("read-only: an existing file opens as it is; a missing one is refused and not created", () => {
  const dir = mkdtempSync(join(tmpdir(), "seceq-db-ro-"));
  try {
    const missing = join(dir, "none", "store.db");
    assert.throws(() => openDatabase(missing, { readonly: true }));
    assert.equal(existsSync(join(dir, "none")), false);

    const path = join(dir, "store.db");
    const rw = openDatabase(path);
    applyMigrations(rw, [{ id: "t-001", sql: "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7)" }]);
    rw.close();
    const ro = openDatabase(path, { readonly: true });
    try {
      assert.equal(ro.prepare("SELECT x FROM t").pluck().get(), 7);
      assert.throws(() => ro.exec("INSERT INTO t VALUES (8)"), /readonly/);
      assert.deepEqual(applyMigrations(ro, [{ id: "t-001", sql: "" }]), []);
      assert.throws(
        () => applyMigrations(ro, [{ id: "t-002", sql: "CREATE TABLE u (y INTEGER)" }]),
        /read-only and lacks migrations t-002/,
      );
    } finally {
      ro.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("store paths are checked before any folder is made: /proc and a file in the way fail at once", () => {
  // Node's recursive mkdir spun at full CPU for ever on /proc; the checked walk fails at once with ENOENT.
  assert.throws(
    () => openDatabase("/proc/seceq-no-such/y.db"),
    (e: NodeJS.ErrnoException) => e.code === "ENOENT" && e.syscall === "mkdir",
  );
  const dir = mkdtempSync(join(tmpdir(), "seceq-path-"));
  try {
    writeFileSync(join(dir, "file"), "x");
    assert.throws(
      () => openDatabase(join(dir, "file", "sub", "y.db")),
      (e: NodeJS.ErrnoException) => e.code === "ENOTDIR" && e.message.includes(join(dir, "file")),
    );
    const nested = join(dir, "a", "b", "c", "y.db");
    ensureParentDir(nested);
    ensureParentDir(nested);
    openDatabase(nested).close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
