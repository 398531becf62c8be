/**
 * SQLite through better-sqlite3 12: open a database file with WAL and foreign keys, and apply named migrations once,
 * each in its own transaction, so a crash mid-migration leaves the previous schema intact.
 *
 * Each store module (scenarios, runs, sweeps) declares its own migrations with ids unique across modules
 * (e.g. `scenarios-001`); they are recorded in `schema_migrations`.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

/** An open database. */
export type Db = Database.Database;

/** One schema migration: an id unique across the store and the SQL that applies it. */
export interface Migration {
  id: string;
  sql: string;
}

/**
 * Open (creating if needed) a SQLite database with WAL journaling, `synchronous = NORMAL` (durable across process
 * crashes in WAL mode), foreign keys on and a busy timeout of 5 s.
 * @param path file path, or `:memory:`
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
  return db;
}

/**
 * Apply the migrations not yet recorded, in order, each in a transaction with its record.
 * @returns ids applied now
 */
export function applyMigrations(db: Db, migrations: readonly Migration[]): string[] {
  const done = new Set((db.prepare("SELECT id FROM schema_migrations").all() as { id: string }[]).map((r) => r.id));
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)").run(m.id, new Date().toISOString());
    })();
    applied.push(m.id);
  }
  return applied;
}
