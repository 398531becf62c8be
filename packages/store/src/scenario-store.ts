/**
 * Saved scenarios with a version history, in SQLite: table `scenarios` (one row per scenario, pointing at its latest
 * version) and `scenario_versions` (one row per version, documents as JSON text). Every write runs in one
 * transaction, so a failure part-way leaves the previous versions and the pointer untouched.
 */
import { randomUUID } from "node:crypto";
import { writeTransaction, type Db, type Migration } from "./db.js";
import { contentHash } from "./content-hash.js";
import { clampPage } from "./paging.js";
import {
  StoreError,
  type CreateScenarioInput,
  type Page,
  type PageOptions,
  type SavedScenario,
  type SavedScenarioSummary,
  type ScenarioVersionInfo,
  type UpdateScenarioInput,
} from "./result-store.js";

/** Largest scenario document the store accepts, bytes of JSON (5 MB, the scenario file limit). */
export const MAX_STORED_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Longest scenario name, characters. */
export const MAX_SCENARIO_NAME_LENGTH = 200;

/** Longest change note, characters. */
export const MAX_NOTE_LENGTH = 2000;

/** Pattern of caller-chosen scenario ids. */
export const SCENARIO_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Schema migrations of the scenario tables (ids `scenarios-NNN`). */
export const SCENARIO_MIGRATIONS: readonly Migration[] = [
  {
    id: "scenarios-001",
    sql: `
      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        latest_version INTEGER NOT NULL CHECK (latest_version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE scenario_versions (
        scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL,
        document TEXT NOT NULL,
        hash TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scenario_id, version)
      );
      CREATE INDEX scenarios_updated ON scenarios (updated_at DESC, id);
    `,
  },
];

interface JoinedRow {
  id: string;
  name: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
  latest_hash: string;
  version: number;
  version_name: string;
  document: string;
  hash: string;
  note: string | null;
  version_created_at: string;
}

interface SummaryRow {
  id: string;
  name: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
  hash: string;
}

interface VersionRow {
  version: number;
  name: string;
  hash: string;
  note: string | null;
  created_at: string;
}

const SELECT_JOINED = `
  SELECT s.id, s.name, s.latest_version, s.created_at, s.updated_at, l.hash AS latest_hash,
         v.version, v.name AS version_name, v.document, v.hash, v.note, v.created_at AS version_created_at
  FROM scenarios s
  JOIN scenario_versions l ON l.scenario_id = s.id AND l.version = s.latest_version
  JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = COALESCE(?, s.latest_version)
  WHERE s.id = ?`;

function toSaved(r: JoinedRow): SavedScenario {
  return {
    id: r.id,
    name: r.name,
    latestVersion: r.latest_version,
    hash: r.latest_hash,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    versionName: r.version_name,
    versionHash: r.hash,
    note: r.note,
    versionCreatedAt: r.version_created_at,
    document: JSON.parse(r.document) as unknown,
  };
}

function checkName(name: unknown): string {
  if (typeof name !== "string" || name.trim() === "" || name.length > MAX_SCENARIO_NAME_LENGTH)
    throw new StoreError("invalid", `name must be 1–${MAX_SCENARIO_NAME_LENGTH} characters`);
  return name;
}

function checkNote(note: unknown): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note !== "string" || note.length > MAX_NOTE_LENGTH)
    throw new StoreError("invalid", `note must be a string of at most ${MAX_NOTE_LENGTH} characters`);
  return note;
}

/** Serialise a document, refusing what JSON cannot carry and documents over the size limit. */
function serialise(document: unknown): { json: string; hash: string } {
  let json: string | undefined;
  try {
    json = JSON.stringify(document);
  } catch (e) {
    throw new StoreError("invalid", `document is not plain JSON data (${(e as Error).message})`);
  }
  if (json === undefined || document === null || typeof document !== "object")
    throw new StoreError("invalid", "document must be a JSON object");
  if (Buffer.byteLength(json, "utf8") > MAX_STORED_DOCUMENT_BYTES)
    throw new StoreError("invalid", "document is larger than 5 MB");
  return { json, hash: contentHash(document) };
}

/**
 * Scenario tables over one open database. Apply {@link SCENARIO_MIGRATIONS} first.
 * Methods are synchronous; `SqliteResultStore` wraps them in promises.
 */
export class ScenarioTable {
  readonly #db: Db;
  readonly #now: () => Date;

  /**
   * @param db open database with the scenario migrations applied
   * @param now clock for timestamps (default the system clock)
   */
  constructor(db: Db, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  /** Save a new scenario as version 1. */
  create(input: CreateScenarioInput): SavedScenario {
    const name = checkName(input.name);
    const note = checkNote(input.note);
    const { json, hash } = serialise(input.document);
    if (input.id !== undefined && !SCENARIO_ID_PATTERN.test(input.id))
      throw new StoreError(
        "invalid",
        "id must be 1–128 letters, digits, '.', '_' or '-', starting with a letter or digit",
      );
    const id = input.id ?? randomUUID();
    const at = this.#now().toISOString();
    return writeTransaction(this.#db, () => {
      const exists = this.#db.prepare("SELECT 1 FROM scenarios WHERE id = ?").get(id);
      if (exists) throw new StoreError("conflict", `a scenario with id "${id}" exists`);
      this.#db
        .prepare("INSERT INTO scenarios (id, name, latest_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)")
        .run(id, name, at, at);
      this.#db
        .prepare(
          "INSERT INTO scenario_versions (scenario_id, version, name, document, hash, note, created_at) VALUES (?, 1, ?, ?, ?, ?, ?)",
        )
        .run(id, name, json, hash, note, at);
      // Read back inside the write transaction: exactly what this call wrote.
      return this.get(id, 1)!;
    });
  }

  /** Save a new version of an existing scenario. */
  update(id: string, input: UpdateScenarioInput): SavedScenario {
    const note = checkNote(input.note);
    const { json, hash } = serialise(input.document);
    const givenName = input.name === undefined ? undefined : checkName(input.name);
    const at = this.#now().toISOString();
    return writeTransaction(this.#db, () => {
      const row = this.#db.prepare("SELECT name, latest_version FROM scenarios WHERE id = ?").get(id) as
        { name: string; latest_version: number } | undefined;
      if (!row) throw new StoreError("not_found", `no scenario with id "${id}"`);
      if (input.baseVersion !== undefined && input.baseVersion !== row.latest_version)
        throw new StoreError(
          "conflict",
          `scenario "${id}" is at version ${row.latest_version}, not ${input.baseVersion}; reload and edit again`,
        );
      const name = givenName ?? row.name;
      // Move the pointer first, then add the version: a failure in between must roll both back. The version written
      // is the one RETURNING reports, in this transaction, never a later read of "the latest".
      const written = this.#db
        .prepare(
          "UPDATE scenarios SET name = ?, latest_version = latest_version + 1, updated_at = ? WHERE id = ? RETURNING latest_version",
        )
        .get(name, at, id) as { latest_version: number };
      const version = written.latest_version;
      this.#db
        .prepare(
          "INSERT INTO scenario_versions (scenario_id, version, name, document, hash, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .run(id, version, name, json, hash, note, at);
      return this.get(id, version)!;
    });
  }

  /** Get a scenario at its latest version or at `version`. */
  get(id: string, version?: number): SavedScenario | undefined {
    if (version !== undefined && (!Number.isInteger(version) || version < 1)) return undefined;
    const row = this.#db.prepare(SELECT_JOINED).get(version ?? null, id) as JoinedRow | undefined;
    return row ? toSaved(row) : undefined;
  }

  /** List scenarios, most recently updated first. */
  list(page?: PageOptions): Page<SavedScenarioSummary> {
    const { limit, offset } = clampPage(page);
    return this.#db.transaction(() => {
      const total = (this.#db.prepare("SELECT COUNT(*) AS n FROM scenarios").get() as { n: number }).n;
      const rows = this.#db
        .prepare(
          `SELECT s.id, s.name, s.latest_version, s.created_at, s.updated_at, v.hash
           FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.latest_version
           ORDER BY s.updated_at DESC, s.id LIMIT ? OFFSET ?`,
        )
        .all(limit, offset) as SummaryRow[];
      const items = rows.map((r) => ({
        id: r.id,
        name: r.name,
        latestVersion: r.latest_version,
        hash: r.hash,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
      return { items, total, limit, offset };
    })();
  }

  /** List the versions of a scenario, oldest first. */
  versions(id: string): ScenarioVersionInfo[] | undefined {
    return this.#db.transaction(() => {
      if (!this.#db.prepare("SELECT 1 FROM scenarios WHERE id = ?").get(id)) return undefined;
      const rows = this.#db
        .prepare(
          "SELECT version, name, hash, note, created_at FROM scenario_versions WHERE scenario_id = ? ORDER BY version",
        )
        .all(id) as VersionRow[];
      return rows.map((r) => ({
        version: r.version,
        name: r.name,
        hash: r.hash,
        note: r.note,
        createdAt: r.created_at,
      }));
    })();
  }

  /** Delete a scenario and its versions; false when unknown. */
  delete(id: string): boolean {
    return writeTransaction(this.#db, () => {
      this.#db.prepare("DELETE FROM scenario_versions WHERE scenario_id = ?").run(id);
      return this.#db.prepare("DELETE FROM scenarios WHERE id = ?").run(id).changes > 0;
    });
  }
}
