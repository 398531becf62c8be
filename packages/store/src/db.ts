/**
 * SQLite through better-sqlite3 12: open a database file with WAL and foreign keys, and apply named migrations once,
 * each in its own transaction, so a crash mid-migration leaves the previous schema intact.
 *
 * Each store module (scenarios, runs, sweeps) declares its own migrations with ids unique across modules
 * (e.g. `scenarios-001`); they are recorded in `schema_migrations`.
 */
import Database from "better-sqlite3";
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { StoreError } from "./result-store.js";

/** An open database. */
export type Db = Database.Database;

/** One schema migration: an id unique across the store and the SQL that applies it. */
export interface Migration {
  id: string;
  sql: string;
}

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /**
   * Open an existing file for reading only: nothing is created (no folders, no file, no tables) and writes fail.
   * Throws when the file does not exist. Default false.
   */
  readonly?: boolean;
}

/**
 * Open (creating if needed) a SQLite database with WAL journaling, `synchronous = NORMAL` (durable across process
 * crashes in WAL mode), foreign keys on and a busy timeout of 5 s. With `readonly`, open an existing file as it is.
 * @param path file path, or `:memory:`
 * @param options `readonly` (default false)
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  if (options.readonly) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    return db;
  }
  if (path !== ":memory:") ensureParentDir(path);
  const db = new Database(path);
  try {
    // The busy timeout first, so processes opening a new file at the same time wait for each other's setup.
    db.pragma("busy_timeout = 5000");
    journalModeWal(db);
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Longest wait for another process's lock while switching a new file to WAL, ms (the busy timeout's). */
const WAL_SWITCH_WAIT_MS = 5000;

/**
 * Switch the file to WAL journaling. The switch needs the file to itself, and SQLite answers SQLITE_BUSY at once,
 * without its busy handler, while another connection holds the file (as when processes open a new file at the same
 * moment, one of them switching it and creating its tables): retry every 10 ms for up to {@link WAL_SWITCH_WAIT_MS}.
 * On a file already in WAL mode the switch is a no-op.
 */
function journalModeWal(db: Db): void {
  const deadline = Date.now() + WAL_SWITCH_WAIT_MS;
  for (;;) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/**
 * Create the folder of a file, one missing level at a time after checking what exists. Node's recursive `mkdir`
 * spins forever at full CPU on some paths (e.g. under `/proc`); this fails at once with the system's error instead.
 * @param file the file whose folder must exist
 * @throws the `mkdir` error (`ENOENT`, `EACCES`, …), or `ENOTDIR` when an ancestor is a file
 */
export function ensureParentDir(file: string): void {
  const missing: string[] = [];
  let dir = resolve(dirname(file));
  for (;;) {
    let isDir: boolean | undefined;
    try {
      isDir = statSync(dir).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // ENOTDIR: a file where a folder should be, higher up; the walk finds and names it.
      if (code !== "ENOENT" && code !== "ENOTDIR") throw Object.assign(e as Error, { syscall: "mkdir" });
    }
    if (isDir === false)
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), {
        code: "ENOTDIR",
        syscall: "mkdir",
        path: dir,
      });
    if (isDir) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    missing.unshift(dir);
    dir = parent;
  }
  for (const d of missing)
    try {
      mkdirSync(d);
    } catch (e) {
      // Another process opening the same new store may have made it first.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
}

/** Ids of the given migrations not yet recorded in the database (all of them when it has no migration table). */
export function pendingMigrations(db: Db, migrations: readonly Migration[]): string[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return migrations.map((m) => m.id);
  const done = new Set(db.prepare("SELECT id FROM schema_migrations").pluck().all() as string[]);
  return migrations.filter((m) => !done.has(m.id)).map((m) => m.id);
}

/**
 * Apply the migrations not yet recorded, in order, each in an immediate (write-locked) transaction with its record.
 * Whether a migration is applied is checked inside its transaction, so processes opening a new file at the same time
 * apply each migration once between them (the others wait for the lock, then find it recorded).
 * @returns ids applied now (by this call)
 * @throws Error on a read-only database that lacks some of the migrations
 */
export function applyMigrations(db: Db, migrations: readonly Migration[]): string[] {
  if (db.readonly) {
    const pending = pendingMigrations(db, migrations);
    if (pending.length > 0)
      throw new Error(`the database ${db.name} is open read-only and lacks migrations ${pending.join(", ")}`);
    return [];
  }
  const isApplied = db.prepare("SELECT 1 FROM schema_migrations WHERE id = ?");
  const record = db.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)");
  const applied: string[] = [];
  for (const m of migrations) {
    const ran = db
      .transaction(() => {
        if (isApplied.get(m.id)) return false;
        db.exec(m.sql);
        record.run(m.id, new Date().toISOString());
        return true;
      })
      .immediate();
    if (ran) applied.push(m.id);
  }
  return applied;
}

/** True for SQLite's "database is locked/busy" errors (including a stale WAL snapshot). */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/**
 * Run `fn` in an immediate transaction: the write lock is taken at BEGIN, waiting up to the busy timeout for other
 * writers (other connections or processes on the same file), so a read-then-write cannot fail half-way on a snapshot
 * another writer made stale. Everything `fn` reads is what it writes against, and what it returns is what it wrote.
 * Retries a few times when the lock stays busy beyond the busy timeout, then throws `StoreError("busy")`.
 * @param db open database
 * @param fn the reads and writes, synchronous
 * @param attempts tries before giving up (default 3)
 */
export function writeTransaction<T>(db: Db, fn: () => T, attempts = 3): T {
  const tx = db.transaction(fn);
  for (let attempt = 1; ; attempt++) {
    try {
      return tx.immediate();
    } catch (e) {
      if (!isBusyError(e)) throw e;
      if (attempt >= attempts)
        throw new StoreError("busy", "the database is busy with other writers; nothing was written, try again");
    }
  }
}
